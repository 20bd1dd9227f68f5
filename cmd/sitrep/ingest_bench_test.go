package main

import (
	"context"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/sitrep/sitrep/ingest"
	"github.com/sitrep/sitrep/internal/shareddata"
	"github.com/sitrep/sitrep/store/sqlite"
)

// wikinews reads the Wikinews sample (url,date,title,text CSV files) into
// messages. The CSV is read here, for the benchmark; it is not a source.
func wikinews(b *testing.B) []*ingest.Message {
	var msgs []*ingest.Message
	for _, a := range shareddata.Wikinews(b) {
		msgs = append(msgs, &ingest.Message{URL: a.URL, Published: a.Date, Title: a.Title, Raw: []byte(a.Text), Format: "text", Pos: a.Pos})
	}
	return msgs
}

// BenchmarkIngestWikinews ingests the 295 Wikinews articles end to end
// (the full extract pipeline, MinHash, event merging, one SQLite
// transaction per article) into a fresh database; run it with -cpu 1,2.
func BenchmarkIngestWikinews(b *testing.B) {
	msgs := wikinews(b)
	p := benchPipeline(b)
	ctx := context.Background()
	n := 0
	var ru0 syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru0)
	for b.Loop() {
		s, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "wiki.db"), sqlite.Options{})
		if err != nil {
			b.Fatal(err)
		}
		sum, err := ingest.Run(ctx, &ingest.Slice{Msgs: msgs}, ingest.Options{Store: s, Pipeline: p})
		s.Close()
		if err != nil {
			b.Fatal(err)
		}
		if sum.Added+sum.Duplicates != len(msgs) {
			b.Fatalf("summary %+v for %d articles", sum, len(msgs))
		}
		n += len(msgs)
	}
	var ru1 syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru1)
	cpu := func(ru syscall.Rusage) float64 {
		return float64(ru.Utime.Sec+ru.Stime.Sec) + float64(ru.Utime.Usec+ru.Stime.Usec)/1e6
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(n)/(cpu(ru1)-cpu(ru0)), "articles/cpu-s")
}
