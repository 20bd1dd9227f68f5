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
	evalEWT(t, "data/ud-ewt/en_ewt-ud-test.conllu", "test")
}

// TestEvalEWTDev reports the same scores on dev (the model was selected
// on dev, so test is the honest number).
func TestEvalEWTDev(t *testing.T) {
	evalEWT(t, "data/ud-ewt/en_ewt-ud-dev.conllu", "dev")
}

func evalEWT(t *testing.T, rel, split string) {
	sents := loadGold(t, rel)
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
		t.Logf("EWT %s, %s: %s (unaligned gold tokens %d)", split, layout, sc, g.Unaligned)
		wt, ws := NewWith(m, Options{JoinWrapped: true}).Text(g.Text)
		t.Logf("EWT %s, %s, wrapped lines joined: %s", split, layout, Evaluate(g, wt, ws))
		if os.Getenv("SEGMENT_DEBUG") != "" && layout == Paragraphs {
			dumpErrors(t, g, toks, ss)
		}
		if layout == Paragraphs {
			rt, rs := NewWith(nil, Options{}).Text(g.Text)
			t.Logf("EWT %s, %s, rules only (no model): %s", split, layout, Evaluate(g, rt, rs))
			keep := NewWith(m, Options{KeepHyphens: true})
			kt, ks := keep.Text(g.Text)
			t.Logf("EWT %s, %s, hyphenated words kept whole: %s", split, layout, Evaluate(g, kt, ks))
			if sc.TokF1 < 0.97 {
				t.Errorf("token F1 %.4f < 0.97", sc.TokF1)
			}
			if sc.SentF1 < 0.85 {
				t.Errorf("sentence F1 %.4f < 0.85", sc.SentF1)
			}
		}
	}
}
