package geo_test

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/sitrep/sitrep/clean"
	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/geo"
	"github.com/sitrep/sitrep/geo/gazetteer/gaztest"
	"github.com/sitrep/sitrep/geo/geoeval"
	"github.com/sitrep/sitrep/internal/shareddata"
	"github.com/sitrep/sitrep/segment"
)

// BenchmarkResolve resolves the gold toponym spans of LGL (one core):
// toponyms per second.
func BenchmarkResolve(b *testing.B) {
	path := shareddata.Path(b, "data/geo/lgl.xml")
	g := gaztest.Open(b)
	arts, err := geoeval.Load(path)
	if err != nil {
		b.Fatal(err)
	}
	type job struct {
		text string
		ms   []geo.Mention
	}
	var jobs []job
	n, bytes := 0, 0
	for _, a := range arts {
		ms := make([]geo.Mention, len(a.Toponyms))
		for i, t := range a.Toponyms {
			ms[i] = geo.Mention{Start: t.Start, End: t.End}
		}
		jobs = append(jobs, job{a.Text, ms})
		n += len(ms)
		bytes += len(a.Text)
	}
	r := geo.New(g)
	b.SetBytes(int64(bytes))
	start, cpu0 := time.Now(), cpuSeconds()
	for b.Loop() {
		for _, j := range jobs {
			r.Resolve(j.text, j.ms)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/time.Since(start).Seconds(), "toponyms/s")
	if cpu := cpuSeconds() - cpu0; cpu > 0 {
		b.ReportMetric(float64(n)*float64(b.N)/cpu, "toponyms/cpu-s")
	}
}

// BenchmarkStage runs the geo stage (capitalised-span mentions, no NER) on
// the reference article, already segmented: documents per second.
func BenchmarkStage(b *testing.B) {
	path := shareddata.Path(b, "seed/000_01a986955927ca01.txt")
	g := gaztest.Open(b)
	text, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	base := doc.FromInput(text, "seed")
	if err := clean.New().Process(ctx, base); err != nil {
		b.Fatal(err)
	}
	if err := segment.New().Process(ctx, base); err != nil {
		b.Fatal(err)
	}
	s := geo.NewStageWith(g, geo.Options{})
	b.SetBytes(int64(len(base.Text)))
	for b.Loop() {
		d := *base
		if err := s.Process(ctx, &d); err != nil {
			b.Fatal(err)
		}
	}
}
