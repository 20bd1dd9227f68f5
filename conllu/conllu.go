// Package conllu owns reading and writing CoNLL-U, the Universal
// Dependencies file format: sentences of tab-separated ten-column lines,
// with comments, multiword-token ranges ("3-4") and empty nodes ("5.1").
//
// The reader is strict: a wrong column count, a bad ID, a bad HEAD, an empty
// field or bytes that are not UTF-8 stop it with a *ParseError naming the
// file and line. The writer copies every column it is given, so a sentence
// read and written again comes out byte for byte the same (modulo a final
// blank line and CRLF line ends). The package knows nothing of tagging or
// parsing and must not import other sitrep packages.
package conllu

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Column indexes of a CoNLL-U line.
const (
	ID = iota
	FORM
	LEMMA
	UPOS
	XPOS
	FEATS
	HEAD
	DEPREL
	DEPS
	MISC
	NumCols
)

// Kind says what a line of a sentence is.
type Kind uint8

const (
	Word      Kind = iota // a syntactic word: integer ID
	Multiword             // a multiword token: range ID "3-4", words follow
	Empty                 // an empty node: decimal ID "5.1"
)

// Line is one token line.
type Line struct {
	Cols [NumCols]string
	Kind Kind
	// LineNo is the 1-based line number in the input (0 when built in code).
	LineNo int
}

// Sentence is a block of comment lines followed by token lines.
type Sentence struct {
	Comments []string // each with its leading '#'
	Lines    []Line
	// LineNo is the line the sentence starts on.
	LineNo int
}

// Words returns the indexes into Lines of the syntactic words, in order;
// the word with ID k is Lines[Words()[k-1]].
func (s *Sentence) Words() []int {
	out := make([]int, 0, len(s.Lines))
	for i, l := range s.Lines {
		if l.Kind == Word {
			out = append(out, i)
		}
	}
	return out
}

// Text returns the value of the "# text = " comment, if any.
func (s *Sentence) Text() (string, bool) {
	for _, c := range s.Comments {
		if v, ok := strings.CutPrefix(c, "# text = "); ok {
			return v, true
		}
	}
	return "", false
}

// ParseError is malformed input at a given line.
type ParseError struct {
	File string
	Line int
	Msg  string
}

func (e *ParseError) Error() string {
	f := e.File
	if f == "" {
		f = "<input>"
	}
	return fmt.Sprintf("%s:%d: %s", f, e.Line, e.Msg)
}

// MaxLineBytes is the longest line the reader accepts.
const MaxLineBytes = 1 << 20

// Reader reads sentences one at a time.
type Reader struct {
	name   string
	sc     *bufio.Scanner
	lineNo int
	done   bool
}

// NewReader returns a reader over r; name is used in error messages.
func NewReader(r io.Reader, name string) *Reader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), MaxLineBytes)
	return &Reader{name: name, sc: sc}
}

func (r *Reader) errf(line int, format string, args ...any) error {
	return &ParseError{File: r.name, Line: line, Msg: fmt.Sprintf(format, args...)}
}

// Next returns the next sentence, or io.EOF when there are no more.
func (r *Reader) Next() (*Sentence, error) {
	if r.done {
		return nil, io.EOF
	}
	var s *Sentence
	nextWord := 1 // ID the next word must have
	for r.sc.Scan() {
		r.lineNo++
		raw := r.sc.Bytes()
		raw = bytes.TrimSuffix(raw, []byte{'\r'})
		if i := bytes.IndexByte(raw, '\r'); i >= 0 {
			return nil, r.errf(r.lineNo, "byte %d of the line: a carriage return inside the line (old Mac line endings? convert them to LF)", i)
		}
		if !utf8.Valid(raw) {
			return nil, r.errf(r.lineNo, "invalid UTF-8")
		}
		line := string(raw)
		if strings.TrimSpace(line) == "" {
			if line != "" {
				return nil, r.errf(r.lineNo, "line of only white space")
			}
			if s == nil {
				continue // tolerate extra blank lines between sentences
			}
			if err := r.finish(s); err != nil {
				return nil, err
			}
			return s, nil
		}
		if s == nil {
			s = &Sentence{LineNo: r.lineNo}
		}
		if line[0] == '#' {
			if len(s.Lines) > 0 {
				return nil, r.errf(r.lineNo, "comment line after token lines (missing blank line before it?)")
			}
			s.Comments = append(s.Comments, line)
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != NumCols {
			return nil, r.errf(r.lineNo, "want %d tab-separated columns, got %d", NumCols, len(cols))
		}
		var l Line
		copy(l.Cols[:], cols)
		l.LineNo = r.lineNo
		for i, c := range cols {
			if c == "" {
				return nil, r.errf(r.lineNo, "column %d is empty (use _)", i+1)
			}
		}
		id := cols[ID]
		switch {
		case strings.IndexByte(id, '-') >= 0:
			a, _, ok := parseRange(id)
			if !ok {
				return nil, r.errf(r.lineNo, "bad multiword token ID %q", id)
			}
			if a != nextWord {
				return nil, r.errf(r.lineNo, "multiword token ID %q: want it to start at word %d", id, nextWord)
			}
			l.Kind = Multiword
		case strings.IndexByte(id, '.') >= 0:
			a, _, ok := parseDecimal(id)
			if !ok {
				return nil, r.errf(r.lineNo, "bad empty node ID %q", id)
			}
			if a != nextWord-1 {
				return nil, r.errf(r.lineNo, "empty node ID %q: want it after word %d", id, a)
			}
			l.Kind = Empty
		default:
			n, err := strconv.Atoi(id)
			if err != nil || n < 1 || !isDigits(id) {
				return nil, r.errf(r.lineNo, "bad ID %q", id)
			}
			if n != nextWord {
				return nil, r.errf(r.lineNo, "ID %d out of order: want %d", n, nextWord)
			}
			nextWord++
			l.Kind = Word
			if h := cols[HEAD]; h != "_" && !isDigits(h) {
				return nil, r.errf(r.lineNo, "bad HEAD %q", h)
			}
		}
		if l.Kind == Empty && cols[HEAD] != "_" && !isDigits(cols[HEAD]) {
			return nil, r.errf(r.lineNo, "bad HEAD %q", cols[HEAD])
		}
		s.Lines = append(s.Lines, l)
	}
	if err := r.sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return nil, r.errf(r.lineNo+1, "line longer than %d bytes", MaxLineBytes)
		}
		return nil, fmt.Errorf("%s: %w", r.name, err)
	}
	r.done = true
	if s == nil {
		return nil, io.EOF
	}
	if err := r.finish(s); err != nil {
		return nil, err
	}
	return s, nil
}

// finish checks a complete sentence: it has words, multiword ranges stay
// inside it and every HEAD points at a word of it (or 0).
func (r *Reader) finish(s *Sentence) error {
	words := s.Words()
	if len(words) == 0 {
		return r.errf(s.LineNo, "sentence has no words")
	}
	n := len(words)
	for _, l := range s.Lines {
		switch l.Kind {
		case Multiword:
			_, b, _ := parseRange(l.Cols[ID])
			if b > n {
				return r.errf(l.LineNo, "multiword token %q goes past the last word (%d)", l.Cols[ID], n)
			}
		case Word, Empty:
			if h := l.Cols[HEAD]; h != "_" {
				v, err := strconv.Atoi(h)
				if err != nil || v > n {
					return r.errf(l.LineNo, "HEAD %q is not a word of the sentence (1..%d or 0)", h, n)
				}
				if l.Kind == Word && v == atoi(l.Cols[ID]) {
					return r.errf(l.LineNo, "HEAD %q points at the word itself", h)
				}
			}
		}
	}
	return nil
}

// ReadAll reads every sentence of r.
func ReadAll(r io.Reader, name string) ([]*Sentence, error) {
	rd := NewReader(r, name)
	var out []*Sentence
	for {
		s, err := rd.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
}

// Write writes sentences in CoNLL-U, each followed by a blank line.
func Write(w io.Writer, sents []*Sentence) error {
	bw := bufio.NewWriter(w)
	for _, s := range sents {
		writeSentence(bw, s)
	}
	return bw.Flush()
}

// AppendSentence appends one sentence in CoNLL-U (with its blank line) to b.
func AppendSentence(b []byte, s *Sentence) []byte {
	var buf bytes.Buffer
	bw := bufio.NewWriter(&buf)
	writeSentence(bw, s)
	bw.Flush()
	return append(b, buf.Bytes()...)
}

func writeSentence(bw *bufio.Writer, s *Sentence) {
	for _, c := range s.Comments {
		bw.WriteString(c)
		bw.WriteByte('\n')
	}
	for _, l := range s.Lines {
		for i, c := range l.Cols {
			if i > 0 {
				bw.WriteByte('\t')
			}
			if c == "" {
				c = "_"
			}
			bw.WriteString(c)
		}
		bw.WriteByte('\n')
	}
	bw.WriteByte('\n')
}

func isDigits(s string) bool {
	if s == "" || len(s) > 9 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

func parseRange(id string) (a, b int, ok bool) {
	x, y, found := strings.Cut(id, "-")
	if !found || !isDigits(x) || !isDigits(y) {
		return 0, 0, false
	}
	a, b = atoi(x), atoi(y)
	return a, b, a >= 1 && b > a
}

func parseDecimal(id string) (a, b int, ok bool) {
	x, y, found := strings.Cut(id, ".")
	if !found || !isDigits(x) || !isDigits(y) {
		return 0, 0, false
	}
	a, b = atoi(x), atoi(y)
	return a, b, b >= 1
}
