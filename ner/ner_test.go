package ner

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/shareddata"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestEvalCoNLL scores the embedded model on CoNLL-2003 eng.testa (the
// development split; the test split is kept back) with and without the POS
// column, exact spans.
func TestEvalCoNLL(t *testing.T) {
	path := shareddata.Path(t, "data/conll2003/eng.testa")
	f, err := ReadCoNLLFile(path)
	if err != nil {
		t.Fatal(err)
	}
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	docs := TrainDocs(f)
	for _, c := range []struct {
		name  string
		noPOS bool
	}{{"with POS", false}, {"without POS", true}} {
		t.Run(c.name, func(t *testing.T) {
			s := Evaluate(m, docs, c.noPOS)
			t.Logf("eng.testa %s:\n%s", c.name, s)
			if s.Gold != 5942 {
				t.Errorf("eng.testa has %d gold entities, want 5942", s.Gold)
			}
			if f1 := s.F1(); f1 < 0.88 {
				t.Errorf("eng.testa F1 %.4f < 0.88", f1)
			}
		})
	}
}

func TestReadCoNLL(t *testing.T) {
	in := "-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\n\nPeter NNP I-NP B-PER\nBlackburn NNP I-NP I-PER\n\n-DOCSTART- -X- O O\n\nBonn NNP I-NP I-LOC\n"
	f, err := ReadCoNLL(strings.NewReader(in), "x.conll", true)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Documents) != 2 || len(f.Documents[0].Sentences) != 2 || len(f.Documents[1].Sentences) != 1 {
		t.Fatalf("structure: %+v", f.Documents)
	}
	if got := f.Documents[0].Sentences[1][1]; got.Word != "Blackburn" || got.POS != "NNP" || got.Gold != "I-PER" || got.Line != 7 {
		t.Errorf("token: %+v", got)
	}
	// DOCSTART after each document reads the same way.
	in2 := "EU NNP I-NP I-ORG\n\n-DOCSTART- -X- O O\nBonn NNP I-NP I-LOC\n\n-DOCSTART- -X- O O\n"
	f2, err := ReadCoNLL(strings.NewReader(in2), "y", true)
	if err != nil {
		t.Fatal(err)
	}
	if len(f2.Documents) != 2 {
		t.Errorf("got %d documents, want 2", len(f2.Documents))
	}
}

func TestReadCoNLLErrors(t *testing.T) {
	cases := []struct {
		name, in string
		gold     bool
		want     string
	}{
		{"columns change in a sentence", "EU NNP I-NP I-ORG\nrejects VBZ\n", false, "x:2:"},
		{"invalid UTF-8", "EU NNP\n\xff\xfe NN\n", false, "x:2: invalid UTF-8"},
		{"NUL", "a\x00b\n", false, "x:1: NUL"},
		{"bad gold tag", "EU NNP I-NP ORG\n", true, "x:1: bad NER tag"},
		{"too few gold columns", "EU NNP\n", true, "x:1: want 4 columns"},
		{"long line", strings.Repeat("a", MaxLineBytes+10) + "\n", false, "x:1: line longer"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := ReadCoNLL(strings.NewReader(c.in), "x", c.gold)
			if err == nil || !strings.HasPrefix(err.Error(), c.want) {
				t.Fatalf("error %v, want prefix %q", err, c.want)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error is not one line: %q", err)
			}
		})
	}
}

// TestTagCoNLLGolden tags a small CoNLL file written for this test (1, 2
// and 4 columns) and compares the whole output with the golden file.
func TestTagCoNLLGolden(t *testing.T) {
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"small4.conll", "small1.conll"} {
		t.Run(name, func(t *testing.T) {
			in, err := os.ReadFile(filepath.Join("testdata", name))
			if err != nil {
				t.Fatal(err)
			}
			f, err := ReadCoNLL(bytes.NewReader(in), name, false)
			if err != nil {
				t.Fatal(err)
			}
			out := TagCoNLL(m, f)
			inLines := strings.Split(strings.TrimRight(string(in), "\n"), "\n")
			outLines := strings.Split(strings.TrimRight(string(out), "\n"), "\n")
			if len(inLines) != len(outLines) {
				t.Fatalf("%d lines in, %d out", len(inLines), len(outLines))
			}
			for i := range inLines {
				if inLines[i] == "" {
					if outLines[i] != "" {
						t.Errorf("line %d: blank line became %q", i+1, outLines[i])
					}
					continue
				}
				if !strings.HasPrefix(outLines[i], inLines[i]+" ") {
					t.Errorf("line %d: %q does not extend %q", i+1, outLines[i], inLines[i])
				}
			}
			golden := filepath.Join("testdata", name+".golden")
			if *update {
				if err := os.WriteFile(golden, out, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create)", err)
			}
			if !bytes.Equal(out, want) {
				t.Errorf("output differs from %s:\n%s", golden, out)
			}
		})
	}
}

func FuzzCoNLL(f *testing.F) {
	f.Add("-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\n\n")
	f.Add("Peter\nBlackburn\n\nBonn\n")
	f.Add("a b\nc\n")
	f.Add("x\ty\tz\tB-PER\n\r\n-DOCSTART-\n")
	m, err := DefaultModel()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, in string) {
		cf, err := ReadCoNLL(strings.NewReader(in), "fuzz", false)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz:") || strings.Contains(err.Error(), "\n") {
				t.Fatalf("bad error %q", err)
			}
			return
		}
		out := TagCoNLL(m, cf)
		if got, want := strings.Count(string(out), "\n"), len(cf.Lines); got != want {
			t.Fatalf("%d output lines for %d input lines", got, want)
		}
		if _, err := ReadCoNLL(bytes.NewReader(out), "out", false); err != nil {
			t.Fatalf("output does not read back: %v", err)
		}
		if _, err := ReadCoNLL(strings.NewReader(in), "fuzz", true); err == nil {
			// gold files keep a valid tag in column 4
			for _, d := range cf.Documents {
				for _, s := range d.Sentences {
					for _, tk := range s {
						if _, _, ok := splitTag(tk.Gold); !ok {
							t.Fatalf("gold read accepted tag %q", tk.Gold)
						}
					}
				}
			}
		}
	})
}

func sharedPath(tb testing.TB, rel string) string { return shareddata.Path(tb, rel) }
