package parse

import (
	"context"
	"os"
	"testing"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/internal/shareddata"
	"github.com/sitrep/sitrep/segment"
	"github.com/sitrep/sitrep/tag"
)

// TestEvalRawText runs segment, tag and parse on the raw text of EWT test
// (rebuilt from the # text comments, paragraphs as blank lines) and scores
// words aligned by byte span, CoNLL 2018 style: F1 of UPOS, XPOS, lemma,
// UAS and LAS over gold and system words. Segmentation errors count
// against every score. The floors only catch breakage; the numbers are
// reported in docs/bench/tagparse.md.
func TestEvalRawText(t *testing.T) {
	path := shareddata.Path(t, "data/ud-ewt/en_ewt-ud-test.conllu")
	tg, p := loadModels(t)
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	gs, err := segment.ReadCoNLLU(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	g := segment.BuildGold(gs, segment.Paragraphs)
	gold, err := tag.ReadGold(path)
	if err != nil {
		t.Fatal(err)
	}
	// Flatten the gold words with document-wide head indexes.
	type gw struct {
		upos, xpos, lemma, rel string
		head                   int
	}
	var flat []gw
	for _, s := range gold {
		base := len(flat)
		for i := range s.Words {
			h := -1
			if s.Heads[i] >= 0 {
				h = base + s.Heads[i]
			}
			flat = append(flat, gw{s.UPOS[i], s.XPOS[i], s.Lemma[i], s.Deprels[i], h})
		}
	}
	if len(flat) != len(g.Words) {
		t.Fatalf("gold words %d but %d spans rebuilt", len(flat), len(g.Words))
	}
	goldAt := map[[2]int]int{}
	for k, sp := range g.Words {
		if _, dup := goldAt[sp]; !dup {
			goldAt[sp] = k
		}
	}
	toks, sents := segment.Text(g.Text)
	d := doc.New(g.Text)
	d.Tokens, d.Sentences = toks, sents
	ctx := context.Background()
	if err := tag.NewWith(tg).Process(ctx, d); err != nil {
		t.Fatal(err)
	}
	if err := NewWith(p).Process(ctx, d); err != nil {
		t.Fatal(err)
	}
	span := func(i int) [2]int { return [2]int{d.Tokens[i].Start, d.Tokens[i].End} }
	var upos, xpos, lemma, uas, las, aligned int
	for i, tok := range d.Tokens {
		k, ok := goldAt[span(i)]
		if !ok {
			continue
		}
		aligned++
		w := flat[k]
		if tok.UPOS == w.upos {
			upos++
		}
		if tok.XPOS == w.xpos {
			xpos++
		}
		if tok.Lemma == w.lemma {
			lemma++
		}
		headOK := false
		switch {
		case tok.Head < 0:
			headOK = w.head < 0
		case w.head >= 0:
			headOK = span(tok.Head) == g.Words[w.head]
		}
		if headOK {
			uas++
			if tok.Deprel == w.rel {
				las++
			}
		}
	}
	f1 := func(c int) float64 { return 2 * float64(c) / float64(len(flat)+len(d.Tokens)) }
	t.Logf("EWT test raw text: %d gold words, %d system words, %d aligned (F1 %.4f); sentences gold %d, system %d",
		len(flat), len(d.Tokens), aligned, f1(aligned), len(gold), len(d.Sentences))
	t.Logf("F1: UPOS %.4f XPOS %.4f lemma %.4f UAS %.4f LAS %.4f", f1(upos), f1(xpos), f1(lemma), f1(uas), f1(las))
	if f1(upos) < 0.90 || f1(las) < 0.70 {
		t.Errorf("raw-text scores collapsed: UPOS F1 %.4f, LAS F1 %.4f", f1(upos), f1(las))
	}
}
