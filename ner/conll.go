package ner

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// CoNLL-2003 reading, writing and scoring. The format: one token a line
// with whitespace-separated columns (WORD POS CHUNK NER), a blank line
// between sentences, and -DOCSTART- lines between documents (placed before
// or after each document: both are read as a boundary).

// CoNLLToken is one line of a CoNLL file.
type CoNLLToken struct {
	Word string
	// POS is the second column when there are at least two ("" otherwise).
	POS string
	// Gold is the NER tag in the fourth column when there are at least
	// four ("" otherwise), as written (IOB1 or IOB2).
	Gold string
	// Line is the 1-based line number; Raw the line as read (no newline).
	Line int
	Raw  string
}

// CoNLLSentence is a run of token lines.
type CoNLLSentence []CoNLLToken

// CoNLLDocument is the sentences between two -DOCSTART- lines.
type CoNLLDocument struct {
	Sentences []CoNLLSentence
}

// CoNLLFile is a whole parsed file: its documents, and the lines in order so
// that a writer can reproduce it.
type CoNLLFile struct {
	Documents []CoNLLDocument
	// Lines is every line of the input in order: token lines point at
	// their document/sentence/token; others (blank, -DOCSTART-) are kept raw.
	Lines []CoNLLLine
}

// CoNLLLine is one input line: a token (Doc >= 0) or a separator line.
type CoNLLLine struct {
	Doc, Sent, Tok int
	Raw            string
	DocStart       bool
}

// MaxLineBytes bounds one CoNLL line.
const MaxLineBytes = 1 << 20

// ReadCoNLL parses CoNLL-2003 data. name is used in error messages
// ("name:line: ..."). Columns are separated by spaces or tabs; lines may
// have 1 or more columns, but all token lines of one sentence must have the
// same number. When gold is true, every token line must have at least four
// columns and a valid IOB tag in the fourth.
func ReadCoNLL(r io.Reader, name string, gold bool) (*CoNLLFile, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), MaxLineBytes)
	f := &CoNLLFile{}
	var cur CoNLLDocument
	var sent CoNLLSentence
	sentCols, sentLine := 0, 0
	flushSent := func() {
		if len(sent) > 0 {
			cur.Sentences = append(cur.Sentences, sent)
			sent = nil
		}
	}
	flushDoc := func() {
		flushSent()
		if len(cur.Sentences) > 0 {
			f.Documents = append(f.Documents, cur)
			cur = CoNLLDocument{}
		}
	}
	line := 0
	for sc.Scan() {
		line++
		b := sc.Bytes()
		if !utf8.Valid(b) {
			return nil, fmt.Errorf("%s:%d: invalid UTF-8", name, line)
		}
		if bytes.IndexByte(b, 0) >= 0 {
			return nil, fmt.Errorf("%s:%d: NUL byte in line", name, line)
		}
		raw := strings.TrimRight(string(b), "\r")
		if i := strings.IndexByte(raw, '\r'); i >= 0 {
			return nil, fmt.Errorf("%s:%d: byte %d of the line: a carriage return inside the line (old Mac line endings? convert them to LF)", name, line, i)
		}
		fields := strings.Fields(raw)
		if len(fields) == 0 {
			flushSent()
			f.Lines = append(f.Lines, CoNLLLine{Doc: -1, Raw: raw})
			continue
		}
		if fields[0] == "-DOCSTART-" {
			flushDoc()
			f.Lines = append(f.Lines, CoNLLLine{Doc: -1, Raw: raw, DocStart: true})
			continue
		}
		if len(sent) == 0 {
			sentCols, sentLine = len(fields), line
		} else if len(fields) != sentCols {
			return nil, fmt.Errorf("%s:%d: %d columns, but the sentence started on line %d with %d", name, line, len(fields), sentLine, sentCols)
		}
		t := CoNLLToken{Word: fields[0], Line: line, Raw: raw}
		if len(fields) >= 2 {
			t.POS = fields[1]
		}
		if len(fields) >= 4 {
			t.Gold = fields[3]
		}
		if gold {
			if len(fields) < 4 {
				return nil, fmt.Errorf("%s:%d: want 4 columns (WORD POS CHUNK NER), got %d", name, line, len(fields))
			}
			if _, _, ok := splitTag(t.Gold); !ok {
				return nil, fmt.Errorf("%s:%d: bad NER tag %q (want O, B-TYPE or I-TYPE)", name, line, t.Gold)
			}
		}
		f.Lines = append(f.Lines, CoNLLLine{Doc: len(f.Documents), Sent: len(cur.Sentences), Tok: len(sent), Raw: raw})
		sent = append(sent, t)
	}
	if err := sc.Err(); err != nil {
		if err == bufio.ErrTooLong {
			return nil, fmt.Errorf("%s:%d: line longer than %d bytes", name, line+1, MaxLineBytes)
		}
		return nil, fmt.Errorf("%s:%d: %w", name, line+1, err)
	}
	flushDoc()
	return f, nil
}

// splitTag splits an IOB tag into prefix ('O', 'B', 'I') and type.
func splitTag(t string) (byte, string, bool) {
	if t == "O" {
		return 'O', "", true
	}
	if len(t) > 2 && (t[0] == 'B' || t[0] == 'I') && t[1] == '-' {
		return t[0], t[2:], true
	}
	return 0, "", false
}

// TypedSpan is a labelled token range [Start, End) within a sentence.
type TypedSpan struct {
	Start, End int
	Type       string
}

// SpansFromIOB reads chunks from IOB1 or IOB2 tags the way conlleval does:
// a chunk starts at B-X, or at I-X after a tag of another type or O.
// Unknown tags count as O.
func SpansFromIOB(tags []string) []TypedSpan {
	var out []TypedSpan
	open := -1
	typ := ""
	for i, t := range tags {
		p, ty, ok := splitTag(t)
		if !ok {
			p = 'O'
		}
		start := p == 'B' || (p == 'I' && (open < 0 || ty != typ))
		end := open >= 0 && (p == 'O' || start)
		if end {
			out = append(out, TypedSpan{Start: open, End: i, Type: typ})
			open = -1
		}
		if start {
			open, typ = i, ty
		}
	}
	if open >= 0 {
		out = append(out, TypedSpan{Start: open, End: len(tags), Type: typ})
	}
	return out
}

// IOB2 renders spans over n tokens as IOB2 tags.
func IOB2(spans []TypedSpan, n int) []string {
	tags := make([]string, n)
	for i := range tags {
		tags[i] = "O"
	}
	for _, s := range spans {
		for i := s.Start; i < s.End && i < n; i++ {
			if i == s.Start {
				tags[i] = "B-" + s.Type
			} else {
				tags[i] = "I-" + s.Type
			}
		}
	}
	return tags
}

// Score counts exact-span matches, overall and by type (conlleval-style).
type Score struct {
	Gold, Pred, Correct int
	ByType              map[string]*Score
	Tokens, TokCorrect  int
}

// NewScore returns an empty score.
func NewScore() *Score { return &Score{ByType: map[string]*Score{}} }

func (s *Score) typ(t string) *Score {
	x := s.ByType[t]
	if x == nil {
		x = &Score{}
		s.ByType[t] = x
	}
	return x
}

// Add scores one sentence: gold and predicted tags (IOB1 or IOB2).
func (s *Score) Add(gold, pred []string) {
	g, p := SpansFromIOB(gold), SpansFromIOB(pred)
	s.Gold += len(g)
	s.Pred += len(p)
	for _, x := range g {
		s.typ(x.Type).Gold++
	}
	for _, x := range p {
		s.typ(x.Type).Pred++
	}
	set := map[TypedSpan]bool{}
	for _, x := range g {
		set[x] = true
	}
	for _, x := range p {
		if set[x] {
			s.Correct++
			s.typ(x.Type).Correct++
		}
	}
	for i := range gold {
		s.Tokens++
		if i < len(pred) && stripPrefix(gold[i]) == stripPrefix(pred[i]) {
			s.TokCorrect++
		}
	}
}

func stripPrefix(t string) string {
	if _, ty, ok := splitTag(t); ok && ty != "" {
		return ty
	}
	return "O"
}

// P, R and F1 return precision, recall and F1 in [0,1].
func (s *Score) P() float64 { return ratio(s.Correct, s.Pred) }
func (s *Score) R() float64 { return ratio(s.Correct, s.Gold) }
func (s *Score) F1() float64 {
	p, r := s.P(), s.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// String renders a conlleval-like report.
func (s *Score) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "processed %d tokens with %d phrases; found: %d phrases; correct: %d.\n", s.Tokens, s.Gold, s.Pred, s.Correct)
	fmt.Fprintf(&b, "accuracy: %6.2f%%; precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f\n", 100*ratio(s.TokCorrect, s.Tokens), 100*s.P(), 100*s.R(), 100*s.F1())
	for _, t := range sortedKeys(s.ByType) {
		x := s.ByType[t]
		fmt.Fprintf(&b, "%17s: precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f  %d\n", t, 100*x.P(), 100*x.R(), 100*x.F1(), x.Pred)
	}
	return b.String()
}

// ptbTags is the Penn Treebank tag set (with the CoNLL-2003 extras).
var ptbTags = setOf(`CC|CD|DT|EX|FW|IN|JJ|JJR|JJS|LS|MD|NN|NNS|NNP|NNPS|PDT|POS|PRP|PRP$|RB|RBR|RBS|RP|SYM|TO|UH|VB|VBD|VBG|VBN|VBP|VBZ|
WDT|WP|WP$|WRB|.|,|:|''|"|(|)|$|#|-LRB-|-RRB-|HYPH|NFP|AFX|ADD|GW|XX|SP|NN|SYM|` + "``")

// ptbTag reports whether s is a Penn Treebank tag ("NN|SYM" alternatives
// allowed).
func ptbTag(s string) bool {
	for _, p := range strings.Split(s, "|") {
		if !ptbTags[strings.ToLower(p)] {
			return false
		}
	}
	return s != ""
}

// TagCoNLL tags every document of a parsed CoNLL file and renders the
// input lines with one more column: the predicted IOB2 tag (PER ORG LOC
// MISC). -DOCSTART- lines get "O"; blank lines stay blank. The POS column
// is used when every token of a document has a Penn Treebank tag there.
func TagCoNLL(m *Model, f *CoNLLFile) []byte {
	tags := make([][][]string, len(f.Documents))
	for di, d := range f.Documents {
		in := DocInputs(d)
		usePOS := true
		for _, s := range in {
			for _, t := range s {
				if !ptbTag(t.POS) {
					usePOS = false
				}
			}
		}
		if !usePOS {
			for _, s := range in {
				for i := range s {
					s[i].POS = ""
				}
			}
		}
		pred := m.TagDocument(in)
		tags[di] = make([][]string, len(in))
		for si, s := range in {
			tags[di][si] = IOB2(pred[si], len(s))
		}
	}
	var b bytes.Buffer
	for _, l := range f.Lines {
		switch {
		case l.Doc >= 0:
			b.WriteString(l.Raw)
			b.WriteByte(' ')
			b.WriteString(tags[l.Doc][l.Sent][l.Tok])
		case l.DocStart:
			b.WriteString(l.Raw)
			b.WriteString(" O")
		}
		b.WriteByte('\n')
	}
	return b.Bytes()
}
