package tag

import (
	"runtime"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/shareddata"
	"github.com/sitrep/sitrep/models"
)

// BenchmarkTagger tags EWT test (or a few news sentences when ../shared is
// absent) on one goroutine; reports tokens/s.
func BenchmarkTagger(b *testing.B) {
	tg, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	var sents [][]string
	if _, ok := shareddata.Dir(); ok {
		gold, err := ReadGold(shareddata.Path(b, "data/ud-ewt/en_ewt-ud-test.conllu"))
		if err != nil {
			b.Fatal(err)
		}
		for _, g := range gold {
			sents = append(sents, g.Words)
		}
	} else {
		for _, s := range []string{"Militants seized the town of Qaim on Friday , officials said .", "The army has not commented ."} {
			sents = append(sents, strings.Fields(s))
		}
	}
	tokens := 0
	for _, s := range sents {
		tokens += len(s)
	}
	for b.Loop() {
		for _, s := range sents {
			tg.Tag(s)
		}
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkLoadTagger decodes the embedded tagger and reports its heap.
func BenchmarkLoadTagger(b *testing.B) {
	var heap float64
	for b.Loop() {
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		rc, err := models.Open("tagger")
		if err != nil {
			b.Fatal(err)
		}
		tg, err := ReadTagger(rc)
		rc.Close()
		if err != nil {
			b.Fatal(err)
		}
		runtime.GC()
		runtime.ReadMemStats(&after)
		heap = float64(after.HeapAlloc-before.HeapAlloc) / (1 << 20)
		runtime.KeepAlive(tg)
	}
	b.ReportMetric(heap, "heap-MB")
}
