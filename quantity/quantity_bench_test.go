package quantity

import (
	"context"
	"runtime"
	"syscall"
	"testing"
	"time"

	"github.com/sitrep/sitrep/clean"
	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/internal/shareddata"
	"github.com/sitrep/sitrep/segment"
	"github.com/sitrep/sitrep/timex"
)

// benchDocs reads the Wikinews articles and runs clean and segment on them
// once, outside the timed loop.
func benchDocs(b *testing.B) ([]*doc.Doc, int) {
	var docs []*doc.Doc
	total := 0
	ctx := context.Background()
	for _, a := range shareddata.Wikinews(b) {
		d := doc.FromInput([]byte(a.Text), a.URL)
		pub := a.Date
		d.Meta.Published = &pub
		if clean.New().Process(ctx, d) != nil || segment.New().Process(ctx, d) != nil {
			continue
		}
		d.Annotations = append(d.Annotations, doc.AnnParagraphs, doc.AnnTokens, doc.AnnSentences)
		docs = append(docs, d)
		total += len(d.Text)
	}
	return docs, total
}

// BenchmarkTimexQuantity runs the timex and quantity stages together on
// one core over the Wikinews articles.
func BenchmarkTimexQuantity(b *testing.B) {
	docs, total := benchDocs(b)
	runtime.GOMAXPROCS(1)
	tx, qs := timex.New(), New()
	ctx := context.Background()
	b.SetBytes(int64(total))
	b.ReportAllocs()
	cpu0 := cpuTime()
	n := 0
	for b.Loop() {
		for _, d := range docs {
			d.Times, d.Quantities = d.Times[:0], d.Quantities[:0]
			_ = tx.Process(ctx, d)
			_ = qs.Process(ctx, d)
		}
		n++
	}
	// MB per second of CPU time: stable on a loaded machine, where the
	// wall-clock MB/s above also counts time spent waiting for a core.
	if sec := (cpuTime() - cpu0).Seconds(); sec > 0 {
		b.ReportMetric(float64(total)*float64(n)/1e6/sec, "MB/cpu-s")
	}
}

// cpuTime is the user+system CPU time of the process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
