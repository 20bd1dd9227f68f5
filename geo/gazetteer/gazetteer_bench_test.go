package gazetteer_test

import (
	"context"
	"runtime"
	"testing"

	"github.com/sitrep/sitrep/geo/gazetteer"
	"github.com/sitrep/sitrep/geo/gazetteer/gaztest"
)

// heapMB returns the live heap after a collection.
func heapMB() float64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return float64(m.HeapAlloc) / (1 << 20)
}

// BenchmarkLoad opens the cached index (the run-time path).
func BenchmarkLoad(b *testing.B) {
	gaztest.Open(b) // skips without the gazetteer; makes sure the cache exists
	dir := gaztest.Dir()
	before := heapMB()
	var g *gazetteer.Gazetteer
	for b.Loop() {
		var err error
		g, err = gazetteer.Open(context.Background(), dir)
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(heapMB()-before, "heap-MB")
	b.ReportMetric(float64(g.Len()), "places")
	runtime.KeepAlive(g)
}

// BenchmarkBuild builds the index from the sources (what `make setup` and a
// stale cache cost).
func BenchmarkBuild(b *testing.B) {
	gaztest.Open(b)
	dir := gaztest.Dir()
	var peak uint64
	for b.Loop() {
		g, err := gazetteer.Build(context.Background(), dir)
		if err != nil {
			b.Fatal(err)
		}
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		peak = max(peak, m.HeapAlloc)
		runtime.KeepAlive(g)
	}
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
}

// BenchmarkLookup is one exact name look-up.
func BenchmarkLookup(b *testing.B) {
	g := gaztest.Open(b)
	keys := []string{"mosul", "paris", "springfield", "qaim", "united states", "xqzzv"}
	i := 0
	for b.Loop() {
		g.Lookup(keys[i%len(keys)])
		i++
	}
}
