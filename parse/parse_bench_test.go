package parse

import (
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/shareddata"
	"github.com/sitrep/sitrep/models"
	"github.com/sitrep/sitrep/tag"
)

func benchSentences(b *testing.B) [][]string {
	b.Helper()
	if _, ok := shareddata.Dir(); ok {
		gold, err := tag.ReadGold(shareddata.Path(b, "data/ud-ewt/en_ewt-ud-test.conllu"))
		if err == nil {
			out := make([][]string, len(gold))
			for i, g := range gold {
				out[i] = g.Words
			}
			return out
		}
	}
	var out [][]string
	for _, c := range newsCases {
		out = append(out, strings.Fields(c.tokens))
	}
	return out
}

// BenchmarkTagParse tags and parses EWT test (or the news sentences when
// ../shared is absent) on one goroutine, as the stages do: every sentence
// tagged, then every sentence parsed; reports tokens/s. Sub-benchmarks by
// decoding width: 1 (greedy), 2 (extract's default), the model's own
// (`sitrep tag`).
func BenchmarkTagParse(b *testing.B) {
	tg, p := loadModels(b)
	sents := benchSentences(b)
	tokens := 0
	for _, s := range sents {
		tokens += len(s)
	}
	for _, w := range []int{1, DefaultBeam, p.Beam} {
		pw := p.WithBeam(w)
		b.Run(fmt.Sprintf("width=%d", w), func(b *testing.B) {
			tags := make([]tag.Tags, len(sents))
			for b.Loop() {
				for i, s := range sents {
					tags[i] = tg.Tag(s)
				}
				for i, s := range sents {
					pw.Parse(s, tags[i].UPOS, tags[i].XPOS)
				}
			}
			b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
		})
	}
}

// BenchmarkTagParseInterleaved tags then parses each sentence in turn (the
// two models compete for the cache).
func BenchmarkTagParseInterleaved(b *testing.B) {
	tg, p := loadModels(b)
	sents := benchSentences(b)
	tokens := 0
	for _, s := range sents {
		tokens += len(s)
	}
	for b.Loop() {
		for _, s := range sents {
			t := tg.Tag(s)
			p.Parse(s, t.UPOS, t.XPOS)
		}
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkTag and BenchmarkParse time the two halves alone.
func BenchmarkTag(b *testing.B) {
	tg, _ := loadModels(b)
	sents := benchSentences(b)
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

func BenchmarkParse(b *testing.B) {
	tg, p := loadModels(b)
	sents := benchSentences(b)
	tags := make([]tag.Tags, len(sents))
	tokens := 0
	for i, s := range sents {
		tags[i] = tg.Tag(s)
		tokens += len(s)
	}
	for _, w := range []int{1, DefaultBeam, p.Beam} {
		pw := p.WithBeam(w)
		b.Run(fmt.Sprintf("width=%d", w), func(b *testing.B) {
			for b.Loop() {
				for i, s := range sents {
					pw.Parse(s, tags[i].UPOS, tags[i].XPOS)
				}
			}
			b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
		})
	}
}

// BenchmarkLoadModels decodes both embedded models (gunzip + tables) and
// reports the heap they hold.
func BenchmarkLoadModels(b *testing.B) {
	var heap float64
	for b.Loop() {
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		rc, err := models.Open("tagger")
		if err != nil {
			b.Fatal(err)
		}
		tg, err := tag.ReadTagger(rc)
		rc.Close()
		if err != nil {
			b.Fatal(err)
		}
		rc, err = models.Open("parser")
		if err != nil {
			b.Fatal(err)
		}
		p, err := ReadParser(rc)
		rc.Close()
		if err != nil {
			b.Fatal(err)
		}
		runtime.GC()
		runtime.ReadMemStats(&after)
		heap = float64(after.HeapAlloc-before.HeapAlloc) / (1 << 20)
		runtime.KeepAlive(tg)
		runtime.KeepAlive(p)
	}
	b.ReportMetric(heap, "heap-MB")
}
