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

// benchConfigs are the parsers the commands decode with: the greedy model
// (--parse-beam 1), extract's default (the ensemble's first member at
// DefaultBeam) and the whole ensemble at its width (`sitrep tag`).
func benchConfigs(b *testing.B) []struct {
	name string
	p    *Parser
} {
	full, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	var out []struct {
		name string
		p    *Parser
	}
	for _, c := range []struct {
		name string
		w    int
	}{{"greedy", 1}, {"extract", 0}, {fmt.Sprintf("ensemble-width=%d", full.Beam), full.Beam}} {
		p, err := ForWidth(c.w)
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, struct {
			name string
			p    *Parser
		}{c.name, p})
	}
	return out
}

// BenchmarkTagParse tags and parses EWT test (or the news sentences when
// ../shared is absent) on one goroutine, as the stages do: every sentence
// tagged, then every sentence parsed; reports tokens/s, for each parser
// the commands use (benchConfigs).
func BenchmarkTagParse(b *testing.B) {
	tg, _ := loadModels(b)
	sents := benchSentences(b)
	tokens := 0
	for _, s := range sents {
		tokens += len(s)
	}
	for _, c := range benchConfigs(b) {
		pw := c.p
		b.Run(c.name, func(b *testing.B) {
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
	tg, _ := loadModels(b)
	sents := benchSentences(b)
	tags := make([]tag.Tags, len(sents))
	tokens := 0
	for i, s := range sents {
		tags[i] = tg.Tag(s)
		tokens += len(s)
	}
	for _, c := range benchConfigs(b) {
		pw := c.p
		b.Run(c.name, func(b *testing.B) {
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
