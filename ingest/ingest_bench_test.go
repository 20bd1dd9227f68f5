package ingest

import (
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"syscall"
	"testing"

	"github.com/sitrep/sitrep/internal/shareddata"
	"github.com/sitrep/sitrep/store/sqlite"
)

// BenchmarkIngestLight ingests the 295 Wikinews articles (CSV read here,
// not a source) with only clean, segment and a stub event stage: the cost
// of the run itself (hashing, MinHash, one SQLite transaction per article,
// FTS). The full pipeline is measured by cmd/sitrep BenchmarkIngestWikinews.
func BenchmarkIngestLight(b *testing.B) {
	dir := shareddata.Path(b, "data/news/wikinews")
	files, _ := filepath.Glob(filepath.Join(dir, "*.csv"))
	sort.Strings(files)
	var msgs []*Message
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			b.Fatal(err)
		}
		rows, err := csv.NewReader(fh).ReadAll()
		fh.Close()
		if err != nil {
			b.Fatal(err)
		}
		for i, r := range rows[1:] {
			msgs = append(msgs, &Message{URL: r[0], Published: r[1], Title: r[2], Raw: []byte(r[3]), Format: "text",
				Pos: filepath.Base(f) + ": row " + strconv.Itoa(i+2)})
		}
	}
	p := testPipeline(b)
	ctx := context.Background()
	var ru0, ru1 syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru0)
	n := 0
	for b.Loop() {
		s, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "light.db"), sqlite.Options{})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := Run(ctx, &Slice{Msgs: msgs}, Options{Store: s, Pipeline: p}); err != nil {
			b.Fatal(err)
		}
		s.Close()
		n += len(msgs)
	}
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru1)
	cpu := func(ru syscall.Rusage) float64 {
		return float64(ru.Utime.Sec+ru.Stime.Sec) + float64(ru.Utime.Usec+ru.Stime.Usec)/1e6
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(n)/(cpu(ru1)-cpu(ru0)), "articles/cpu-s")
}
