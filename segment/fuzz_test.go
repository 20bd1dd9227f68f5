package segment

import (
	"bytes"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/doc"
)

// checkInvariants asserts what every segmentation must hold: tokens in
// order, non-overlapping, non-empty, within bounds, free of white space;
// sentences covering the tokens contiguously, in order, within one line.
func checkInvariants(t testing.TB, text string, toks []doc.Token, sents []doc.Sentence) {
	t.Helper()
	prev := 0
	valid := utf8.ValidString(text)
	for i, tk := range toks {
		if tk.Start < prev || tk.End <= tk.Start || tk.End > len(text) {
			t.Fatalf("token %d [%d,%d) out of order, empty or out of bounds (previous end %d, text %d bytes)", i, tk.Start, tk.End, prev, len(text))
		}
		if strings.ContainsFunc(text[tk.Start:tk.End], unicode.IsSpace) {
			t.Fatalf("token %d %q holds white space", i, text[tk.Start:tk.End])
		}
		if valid && !utf8.ValidString(text[tk.Start:tk.End]) {
			t.Fatalf("token %d %q cuts a character", i, text[tk.Start:tk.End])
		}
		if tk.Head != -1 {
			t.Fatalf("token %d: Head %d, want -1", i, tk.Head)
		}
		prev = tk.End
	}
	next := 0
	for si, s := range sents {
		if s.TokStart != next || s.TokEnd <= s.TokStart || s.TokEnd > len(toks) {
			t.Fatalf("sentence %d tokens [%d,%d) not contiguous after %d (of %d)", si, s.TokStart, s.TokEnd, next, len(toks))
		}
		if s.Start != toks[s.TokStart].Start || s.End != toks[s.TokEnd-1].End {
			t.Fatalf("sentence %d span [%d,%d) does not match its tokens", si, s.Start, s.End)
		}
		if strings.Contains(text[s.Start:s.End], "\n") {
			t.Fatalf("sentence %d crosses a line: %q", si, text[s.Start:s.End])
		}
		for k := s.TokStart; k < s.TokEnd; k++ {
			if toks[k].Sent != si {
				t.Fatalf("token %d: Sent %d, want %d", k, toks[k].Sent, si)
			}
		}
		next = s.TokEnd
	}
	if next != len(toks) {
		t.Fatalf("sentences cover %d of %d tokens", next, len(toks))
	}
}

func FuzzSegment(f *testing.F) {
	for _, s := range []string{
		"U.S. officials said. He left... \"Go.\" (Then) don't cannot gonna",
		"Shi’ite cleric’s “aides” $5 £3.2bn 6/21/2014 10:30 http://x.org/a?b=1, a@b.co.",
		"al-Qaida 10,000-strong 713-853-3989 01-Feb-02 :-) ;) <3 ''quoted'' ``x''",
		"Calls for new government\n\nJ. R. R. Tolkien. etc. e.g. U.S.A. ?!?! ....",
		"\xff\xfe bad \x00 bytes '72 ’90s x\u200by \ufeffz",
		"",
	} {
		f.Add(s)
	}
	sg := defaultSegmenterF(f)
	f.Fuzz(func(t *testing.T, text string) {
		toks, sents := sg.Text(text)
		checkInvariants(t, text, toks, sents)
		// The same text again gives the same result.
		toks2, sents2 := sg.Text(text)
		if len(toks2) != len(toks) || len(sents2) != len(sents) {
			t.Fatal("segmentation is not deterministic")
		}
	})
}

func defaultSegmenterF(f *testing.F) *Segmenter {
	m, err := DefaultModel()
	if err != nil {
		f.Fatal(err)
	}
	return NewWith(m, Options{})
}

func FuzzReadCoNLLU(f *testing.F) {
	f.Add("# text = Hi there.\n1\tHi\t_\t_\t_\t_\t_\t_\t_\t_\n2-3\tthere.\t_\t_\t_\t_\t_\t_\t_\t_\n2\tthere\t_\t_\t_\t_\t_\t_\t_\t_\n3\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n")
	f.Add("# newdoc\n# newpar\n# text = x\n1.1\tx\t_\t_\t_\t_\t_\t_\t_\t_\n1\tx\t_\t_\t_\t_\t_\t_\t_\t_\n")
	f.Add("1\tx\n")
	f.Fuzz(func(t *testing.T, in string) {
		sents, err := ReadCoNLLU(bytes.NewReader([]byte(in)))
		if err != nil {
			return
		}
		for _, l := range []Layout{Paragraphs, Joined, Lines} {
			g := BuildGold(sents, l)
			for _, w := range g.Words {
				if w[0] < 0 || w[1] < w[0] || w[1] > len(g.Text) {
					t.Fatalf("word span %v out of bounds (%d bytes)", w, len(g.Text))
				}
			}
			for _, e := range g.SentEnds {
				if e < 0 || e > len(g.Text) {
					t.Fatalf("sentence end %d out of bounds", e)
				}
			}
		}
	})
}
