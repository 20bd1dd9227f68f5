package conllu

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
)

const sample = `# newdoc id = t1
# sent_id = 1
# text = They won't stop.
1	They	they	PRON	PRP	Case=Nom	4	nsubj	4:nsubj	_
2-3	won't	_	_	_	_	_	_	_	_
2	wo	will	AUX	MD	VerbForm=Fin	4	aux	4:aux	_
3	n't	not	PART	RB	_	4	advmod	4:advmod	_
4	stop	stop	VERB	VB	VerbForm=Inf	0	root	0:root	SpaceAfter=No
4.1	stop	stop	VERB	VB	_	_	_	4:conj	_
5	.	.	PUNCT	.	_	4	punct	4:punct	_

# sent_id = 2
# text = Yes
1	Yes	yes	INTJ	UH	_	0	root	0:root	_

`

func TestRoundTrip(t *testing.T) {
	sents, err := ReadAll(strings.NewReader(sample), "sample.conllu")
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 2 {
		t.Fatalf("got %d sentences, want 2", len(sents))
	}
	s := sents[0]
	if got := len(s.Words()); got != 5 {
		t.Errorf("words: got %d, want 5", got)
	}
	if s.Lines[1].Kind != Multiword || s.Lines[5].Kind != Empty || s.Lines[0].Kind != Word {
		t.Errorf("kinds wrong: %v %v %v", s.Lines[0].Kind, s.Lines[1].Kind, s.Lines[5].Kind)
	}
	if txt, ok := s.Text(); !ok || txt != "They won't stop." {
		t.Errorf("text = %q, %v", txt, ok)
	}
	if s.Lines[2].LineNo != 6 {
		t.Errorf("line number of 'wo' = %d, want 6", s.Lines[2].LineNo)
	}
	var buf bytes.Buffer
	if err := Write(&buf, sents); err != nil {
		t.Fatal(err)
	}
	if buf.String() != sample {
		t.Errorf("round trip differs:\n%s\nwant:\n%s", buf.String(), sample)
	}
}

func TestLenientForms(t *testing.T) {
	// CRLF line ends, no final blank line, extra blank lines, HEAD "_".
	in := "\n\n1\tHi\t_\t_\t_\t_\t_\t_\t_\t_\r\n2\tthere\t_\t_\t_\t_\t_\t_\t_\t_"
	sents, err := ReadAll(strings.NewReader(in), "x")
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 1 || len(sents[0].Lines) != 2 || sents[0].Lines[0].Cols[MISC] != "_" {
		t.Fatalf("got %+v", sents)
	}
}

func TestMalformed(t *testing.T) {
	word := func(id, head string) string { return id + "\tw\t_\tX\tX\t_\t" + head + "\tdep\t_\t_\n" }
	cases := []struct {
		name, in string
		line     int
		msg      string
	}{
		{"too few columns", "1\ta\tb\n", 1, "want 10 tab-separated columns, got 3"},
		{"too many columns", "1\ta\t_\t_\t_\t_\t0\troot\t_\t_\textra\n", 1, "got 11"},
		{"bad id", "# c\n" + word("x", "0"), 2, `bad ID "x"`},
		{"zero id", word("0", "0"), 1, `bad ID "0"`},
		{"id out of order", word("1", "0") + word("3", "1"), 2, "out of order: want 2"},
		{"bad head", word("1", "0") + word("2", "one"), 2, `bad HEAD "one"`},
		{"head past end", word("1", "0") + word("2", "7"), 2, `HEAD "7" is not a word`},
		{"self head", word("1", "1"), 1, "points at the word itself"},
		{"bad range", word("1", "0") + "2-x\tab\t_\t_\t_\t_\t_\t_\t_\t_\n", 2, "bad multiword token ID"},
		{"range past end", "1-3\tab\t_\t_\t_\t_\t_\t_\t_\t_\n" + word("1", "0") + word("2", "1"), 1, "goes past the last word"},
		{"bad empty node", word("1", "0") + "1.x\tw\t_\t_\t_\t_\t_\t_\t_\t_\n", 2, "bad empty node ID"},
		{"empty column", "1\t\t_\t_\t_\t_\t0\troot\t_\t_\n", 1, "column 2 is empty"},
		{"non utf8", word("1", "0") + "2\t\xff\xfe\t_\t_\t_\t_\t1\tdep\t_\t_\n", 2, "invalid UTF-8"},
		{"comment after tokens", word("1", "0") + "# late\n", 2, "comment line after token lines"},
		{"only comments", "# sent_id = 1\n\n", 1, "sentence has no words"},
		{"spaces line", word("1", "0") + "   \n", 2, "white space"},
		{"second sentence", word("1", "0") + "\n" + word("1", "0") + word("2", "9"), 4, "not a word"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := ReadAll(strings.NewReader(c.in), "in.conllu")
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("err = %v, want a *ParseError", err)
			}
			if pe.Line != c.line {
				t.Errorf("line = %d, want %d (%v)", pe.Line, c.line, err)
			}
			if !strings.Contains(err.Error(), c.msg) || !strings.HasPrefix(err.Error(), "in.conllu:") {
				t.Errorf("error %q does not say %q", err, c.msg)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error is not one line: %q", err)
			}
		})
	}
}

func TestReaderEOF(t *testing.T) {
	r := NewReader(strings.NewReader(""), "empty")
	if _, err := r.Next(); err != io.EOF {
		t.Fatalf("err = %v, want io.EOF", err)
	}
}

func FuzzCoNLLU(f *testing.F) {
	f.Add(sample)
	f.Add("1\ta\t_\t_\t_\t_\t0\troot\t_\t_\n")
	f.Add("1-2\tab\t_\t_\t_\t_\t_\t_\t_\t_\n1\ta\t_\t_\t_\t_\t0\troot\t_\t_\n2\tb\t_\t_\t_\t_\t1\tdep\t_\t_\n")
	f.Add("# x\n\n\n1.1\t\xff\n")
	f.Fuzz(func(t *testing.T, in string) {
		sents, err := ReadAll(strings.NewReader(in), "fuzz")
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error is not a ParseError: %v", err)
			}
			if pe.Line < 1 {
				t.Fatalf("error without a line: %v", err)
			}
			return
		}
		// What reads must write and read back to the same sentences.
		var buf bytes.Buffer
		if err := Write(&buf, sents); err != nil {
			t.Fatal(err)
		}
		again, err := ReadAll(bytes.NewReader(buf.Bytes()), "again")
		if err != nil {
			t.Fatalf("re-read failed: %v\n%q", err, buf.String())
		}
		if len(again) != len(sents) {
			t.Fatalf("re-read %d sentences, want %d", len(again), len(sents))
		}
		for i := range sents {
			if len(again[i].Lines) != len(sents[i].Lines) || len(again[i].Comments) != len(sents[i].Comments) {
				t.Fatalf("sentence %d changed", i)
			}
			for j := range sents[i].Lines {
				if again[i].Lines[j].Cols != sents[i].Lines[j].Cols {
					t.Fatalf("sentence %d line %d changed", i, j)
				}
			}
		}
	})
}
