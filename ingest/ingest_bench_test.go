package ingest

import (
	"context"
	"path/filepath"
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
	var msgs []*Message
	for _, a := range shareddata.Wikinews(b) {
		msgs = append(msgs, &Message{URL: a.URL, Published: a.Date, Title: a.Title, Raw: []byte(a.Text), Format: "text", Pos: a.Pos})
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
