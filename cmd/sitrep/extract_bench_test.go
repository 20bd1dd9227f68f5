package main

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/pipeline"
)

// BenchmarkExtractWikinews runs the whole extract pipeline (clean, segment,
// tag, parse, ner, timex, quantity, geo, event) over the 295 Wikinews
// articles on one goroutine and reports tokens/s, articles/s and MB/s, and
// the heap in use after a pass (models and gazetteer loaded). Run with
// GOMAXPROCS=1 for the one-core figure.
func BenchmarkExtractWikinews(b *testing.B) {
	msgs := wikinews(b)
	p := benchPipeline(b)
	ctx := context.Background()
	var bytes int64
	for _, m := range msgs {
		bytes += int64(len(m.Raw))
	}
	b.SetBytes(bytes)
	tokens, docs, events := 0, 0, 0
	for b.Loop() {
		for _, m := range msgs {
			d := doc.FromInput(m.Raw, m.Pos)
			pub := m.Published
			if len(pub) >= 10 {
				pub = pub[:10]
				d.Meta.Published = &pub
			}
			if err := p.Process(ctx, d); err != nil {
				b.Fatalf("%s: %v", m.Pos, err)
			}
			tokens += len(d.Tokens)
			events += len(d.Events)
			docs++
		}
	}
	secs := b.Elapsed().Seconds()
	b.ReportMetric(float64(tokens)/secs, "tokens/s")
	b.ReportMetric(float64(docs)/secs, "articles/s")
	b.ReportMetric(float64(events)/float64(docs), "events/article")
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.HeapInuse)/(1<<20), "heapMB")
	b.ReportMetric(float64(ms.Sys)/(1<<20), "sysMB")
}

// benchPipeline builds the extract pipeline for a benchmark, finding the
// data folder of the checkout, or skips when it cannot be built.
func benchPipeline(b *testing.B) *pipeline.Pipeline {
	b.Helper()
	if os.Getenv("SITREP_DATA") == "" {
		if abs, err := filepath.Abs("../../.cache"); err == nil {
			b.Setenv("SITREP_DATA", abs)
		}
	}
	stages, err := extractStages(stageOptions{})
	if err != nil {
		b.Skipf("skipped: the extract pipeline cannot be built (run `make setup`): %v", err)
	}
	p, err := pipeline.New(stages...)
	if err != nil {
		b.Fatal(err)
	}
	return p
}
