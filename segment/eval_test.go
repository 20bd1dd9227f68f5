package segment

import (
	"os"
	"testing"

	"github.com/sitrep/sitrep/internal/shareddata"
)

func loadGold(t testing.TB, rel string) []GoldSentence {
	t.Helper()
	p := shareddata.Path(t, rel)
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s, err := ReadCoNLLU(f)
	if err != nil {
		t.Fatalf("%s: %v", rel, err)
	}
	return s
}

// TestEvalEWT scores tokens and sentence ends on the raw text of UD EWT
// test (rebuilt from # text, paragraphs as blank lines) and fails below
// the targets: token F1 0.97, sentence-boundary F1 0.85. The other
// layouts are reported.
func TestEvalEWT(t *testing.T) {
	sents := loadGold(t, "data/ud-ewt/en_ewt-ud-test.conllu")
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	if m == nil {
		t.Log("no embedded model: scoring the rules")
	}
	sg := NewWith(m, Options{})
	for _, layout := range []Layout{Paragraphs, Joined, Lines} {
		g := BuildGold(sents, layout)
		toks, ss := sg.Text(g.Text)
		sc := Evaluate(g, toks, ss)
		t.Logf("EWT test, %s: %s (unaligned gold tokens %d)", layout, sc, g.Unaligned)
		if os.Getenv("SEGMENT_DEBUG") != "" && layout == Paragraphs {
			dumpErrors(t, g, toks, ss)
		}
		if layout == Paragraphs {
			if sc.TokF1 < 0.97 {
				t.Errorf("token F1 %.4f < 0.97", sc.TokF1)
			}
			if sc.SentF1 < 0.85 {
				t.Errorf("sentence F1 %.4f < 0.85", sc.SentF1)
			}
		}
	}
}
