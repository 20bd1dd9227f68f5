// Package parse owns dependency parsing: the parse stage gives every token
// a head (Token.Head, an index into Doc.Tokens, -1 for the root) and a UD
// relation (Token.Deprel, with EWT subtypes such as nsubj:pass).
//
// The parser is a greedy, labelled arc-hybrid transition system with the
// root at the end of the buffer (so every sentence gets exactly one root),
// scored by an averaged perceptron (package tag/perceptron) over words,
// tags, children, distances, valencies and label sets of the stack and
// buffer, and trained here on UD English EWT with a dynamic oracle and
// exploration (Train, `sitrep train parser`). The model ships embedded in
// the binary (models/files/parser.gz), loaded once and shared read-only.
// The package reads tokens and tags; it must not change tokens or
// sentences, and changes a tag only where the stage's repairs of news
// parses show it wrong (stage.go: a past participle that is the
// sentence's only verb becomes a past tense and the sentence is parsed
// again; a participle made the root becomes VBD; a preposition found to
// open a clause becomes SCONJ).
package parse

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/sitrep/sitrep/tag"
	"github.com/sitrep/sitrep/tag/perceptron"
)

// Parser is a trained parser; read-only and safe for concurrent use.
type Parser struct {
	// Labels are the dependency relations, in class order.
	Labels []string
	root   int // index of "root" in Labels
	// models are scored together (an ensemble of perceptrons trained with
	// different seeds); their scores are summed in averaged-weight units.
	models []*perceptron.Model
	// Beam is the beam width the models were trained for (1: greedy).
	Beam int
	// noMerge turns off the merging of equivalent beam items (to measure
	// what it brings).
	noMerge bool
}

// transition classes: 0 SHIFT, 1+l LEFT-l, 1+L+l RIGHT-l.
const shift = 0

func (p *Parser) nClasses() int { return 1 + 2*len(p.Labels) }

// WithBeam returns a parser sharing p's models that decodes with beam width
// w (1: greedy). A model trained with a wide beam decodes well with a
// narrower one. EWT test UAS/LAS of the shipped beam-8 model by width:
// 1 0.787/0.756, 2 0.839/0.807, 4 0.851/0.820, 8 0.856/0.824; from width 2
// on it parses the news clauses of TestNewsSentences right, and the event
// scores on the hand-coded news set are the same at 2 and 8.
func (p *Parser) WithBeam(w int) *Parser {
	if w < 1 {
		w = 1
	}
	q := *p
	q.Beam = w
	return &q
}

// input is one sentence as the features see it.
type input struct {
	word, tag, utag []string // lower-cased form, XPOS, UPOS; index n is ROOT
	n               int
}

func newInput(words, upos, xpos []string) *input {
	n := len(words)
	in := &input{word: make([]string, n+1), tag: make([]string, n+1), utag: make([]string, n+1), n: n}
	for i := 0; i < n; i++ {
		in.word[i] = strings.ToLower(tag.Norm(words[i]))
		in.tag[i] = xpos[i]
		in.utag[i] = upos[i]
	}
	in.word[n], in.tag[n], in.utag[n] = "<root>", "<root>", "<root>"
	return in
}

// state is an arc-hybrid configuration.
type state struct {
	in       *input
	stack    []int
	b        int // buffer front; the buffer is b..n (n is ROOT)
	heads    []int
	labels   []int
	lc1, lc2 []int // leftmost and second-leftmost child
	rc1, rc2 []int // rightmost and second-rightmost child
	nl, nr   []int
	lset     []uint64
	rset     []uint64
	inStack  []bool
	// ints and sets are the slabs the per-word slices above live in.
	ints []int
	sets []uint64
}

func newState(in *input) *state {
	m := in.n + 1
	s := &state{in: in, stack: make([]int, 0, m)}
	ints := make([]int, 8*m)
	s.heads, s.labels = ints[0:m], ints[m:2*m]
	s.lc1, s.lc2, s.rc1, s.rc2 = ints[2*m:3*m], ints[3*m:4*m], ints[4*m:5*m], ints[5*m:6*m]
	s.nl, s.nr = ints[6*m:7*m], ints[7*m:8*m]
	for i := 0; i < 6*m; i++ {
		ints[i] = -1
	}
	s.ints = ints
	s.sets = make([]uint64, 2*m)
	s.lset, s.rset = s.sets[:m], s.sets[m:]
	s.inStack = make([]bool, m)
	return s
}

func (s *state) terminal() bool { return len(s.stack) == 0 && s.b >= s.in.n }

func (s *state) s(k int) int {
	if k < len(s.stack) {
		return s.stack[len(s.stack)-1-k]
	}
	return -1
}

func (s *state) bf(k int) int {
	if s.b+k <= s.in.n {
		return s.b + k
	}
	return -1
}

func (s *state) addArc(h, d, l int) {
	s.heads[d], s.labels[d] = h, l
	bit := uint64(1) << (uint(l) & 63)
	if d < h {
		s.nl[h]++
		s.lset[h] |= bit
		if s.lc1[h] < 0 || d < s.lc1[h] {
			s.lc2[h], s.lc1[h] = s.lc1[h], d
		} else if s.lc2[h] < 0 || d < s.lc2[h] {
			s.lc2[h] = d
		}
	} else {
		s.nr[h]++
		s.rset[h] |= bit
		if s.rc1[h] < 0 || d > s.rc1[h] {
			s.rc2[h], s.rc1[h] = s.rc1[h], d
		} else if s.rc2[h] < 0 || d > s.rc2[h] {
			s.rc2[h] = d
		}
	}
}

// valid reports whether a transition class may be applied.
func (s *state) valid(c, nLabels, root int) bool {
	switch {
	case c == shift:
		return s.b < s.in.n
	case c <= nLabels: // LEFT
		if len(s.stack) == 0 {
			return false
		}
		if s.b == s.in.n {
			return len(s.stack) == 1 && c-1 == root
		}
		return c-1 != root
	default: // RIGHT
		return len(s.stack) >= 2 && c-1-nLabels != root
	}
}

func (s *state) apply(c, nLabels int) {
	switch {
	case c == shift:
		s.stack = append(s.stack, s.b)
		s.inStack[s.b] = true
		s.b++
	case c <= nLabels:
		d := s.stack[len(s.stack)-1]
		s.stack = s.stack[:len(s.stack)-1]
		s.inStack[d] = false
		s.addArc(s.b, d, c-1)
	default:
		d := s.stack[len(s.stack)-1]
		s.stack = s.stack[:len(s.stack)-1]
		s.inStack[d] = false
		s.addArc(s.stack[len(s.stack)-1], d, c-1-nLabels)
	}
}

// MaxParseWords is the longest run of words parsed as one tree. A longer
// "sentence" (a list, a table, text with no punctuation) is parsed in
// chunks of this size whose roots attach to the first chunk's root as
// parataxis: the cost of a parse grows faster than its length, and real
// sentences are far shorter (the longest in UD EWT has 159 words).
const MaxParseWords = 200

// Parse parses one tagged sentence. Heads are 0-based word indexes, -1 for
// the root.
func (p *Parser) Parse(words, upos, xpos []string) (heads []int, deprels []string) {
	n := len(words)
	if n <= MaxParseWords {
		return p.parseOne(words, upos, xpos)
	}
	heads, deprels = make([]int, n), make([]string, n)
	root := -1
	for lo := 0; lo < n; lo += MaxParseWords {
		hi := min(lo+MaxParseWords, n)
		h, r := p.parseOne(words[lo:hi], upos[lo:hi], xpos[lo:hi])
		for i := range h {
			switch {
			case h[i] >= 0:
				heads[lo+i], deprels[lo+i] = h[i]+lo, r[i]
			case root < 0:
				root = lo + i
				heads[lo+i], deprels[lo+i] = -1, r[i]
			default:
				heads[lo+i], deprels[lo+i] = root, "parataxis"
			}
		}
	}
	return heads, deprels
}

// parseOne parses one tagged sentence as a single tree.
func (p *Parser) parseOne(words, upos, xpos []string) (heads []int, deprels []string) {
	n := len(words)
	heads, deprels = make([]int, n), make([]string, n)
	if n == 0 {
		return
	}
	in := newInput(words, upos, xpos)
	if p.Beam > 1 {
		return p.finish(p.parseBeam(in, p.Beam), n)
	}
	s := newState(in)
	L := len(p.Labels)
	scores := make([]float32, p.nClasses())
	part := make([]int32, p.nClasses())
	feats := make([]uint32, 0, 96)
	for !s.terminal() {
		feats = s.features(feats[:0])
		if len(p.models) == 1 {
			clear(part)
			p.models[0].Score(feats, part)
			for c, v := range part {
				scores[c] = float32(v)
			}
		} else {
			clear(scores)
			for _, m := range p.models {
				clear(part)
				m.Score(feats, part)
				for c, v := range part {
					scores[c] += float32(v) * m.Scale
				}
			}
		}
		best := -1
		for c := range scores {
			if (best < 0 || scores[c] > scores[best]) && s.valid(c, L, p.root) {
				best = c
			}
		}
		if best < 0 { // cannot happen: some transition is always valid
			break
		}
		s.apply(best, L)
	}
	return p.finish(s, n)
}

// finish reads heads and relations off a final state.
func (p *Parser) finish(s *state, n int) (heads []int, deprels []string) {
	heads, deprels = make([]int, n), make([]string, n)
	for i := 0; i < n; i++ {
		h := s.heads[i]
		if h == n || h < 0 {
			heads[i] = -1
		} else {
			heads[i] = h
		}
		if s.labels[i] >= 0 {
			deprels[i] = p.Labels[s.labels[i]]
		} else {
			deprels[i] = "dep"
		}
	}
	return heads, deprels
}

const (
	parserMagic1 = "SRPAR1\n" // one model
	parserMagic2 = "SRPAR2\n" // a count, then the models
	parserMagic3 = "SRPAR3\n" // beam width, a count, then the models
)

// WriteTo writes the parser: labels then the perceptron models.
func (p *Parser) WriteTo(w io.Writer) (int64, error) {
	bw := bufio.NewWriter(w)
	bw.WriteString(parserMagic3)
	tag.WriteStrings(bw, p.Labels)
	bw.WriteByte(byte(max(p.Beam, 1)))
	bw.WriteByte(byte(len(p.models)))
	for _, m := range p.models {
		if _, err := m.WriteTo(bw); err != nil {
			return 0, err
		}
	}
	return 0, bw.Flush()
}

// ReadParser reads a parser written by WriteTo.
func ReadParser(r io.Reader) (*Parser, error) {
	br := bufio.NewReaderSize(r, 1<<16)
	head := make([]byte, len(parserMagic2))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != parserMagic1 && string(head) != parserMagic2 && string(head) != parserMagic3 {
		return nil, fmt.Errorf("parser model: bad header")
	}
	labels, err := tag.ReadStrings(br)
	if err != nil {
		return nil, fmt.Errorf("parser model: labels: %w", err)
	}
	n, beam := 1, 1
	if string(head) == parserMagic3 {
		b, err := br.ReadByte()
		if err != nil || b == 0 || b > 64 {
			return nil, fmt.Errorf("parser model: bad beam width")
		}
		beam = int(b)
	}
	if string(head) != parserMagic1 {
		c, err := br.ReadByte()
		if err != nil || c == 0 || c > 16 {
			return nil, fmt.Errorf("parser model: bad model count")
		}
		n = int(c)
	}
	p := &Parser{Labels: labels, root: -1, Beam: beam}
	for i, l := range labels {
		if l == "root" {
			p.root = i
		}
	}
	if p.root < 0 || len(labels) > 64 {
		return nil, fmt.Errorf("parser model: bad labels (%d, root %d)", len(labels), p.root)
	}
	for i := 0; i < n; i++ {
		m, err := perceptron.Read(br)
		if err != nil {
			return nil, fmt.Errorf("parser model %d: %w", i, err)
		}
		if m.NClasses != p.nClasses() {
			return nil, fmt.Errorf("parser model %d: %d classes for %d labels", i, m.NClasses, len(labels))
		}
		p.models = append(p.models, m)
	}
	return p, nil
}

// Combine returns a parser scoring with the models of all ps together;
// they must share labels.
func Combine(ps ...*Parser) (*Parser, error) {
	if len(ps) == 0 {
		return nil, fmt.Errorf("parse: nothing to combine")
	}
	out := &Parser{Labels: ps[0].Labels, root: ps[0].root, Beam: ps[0].Beam}
	for _, p := range ps {
		if strings.Join(p.Labels, "\n") != strings.Join(out.Labels, "\n") {
			return nil, fmt.Errorf("parse: cannot combine parsers with different labels")
		}
		out.models = append(out.models, p.models...)
	}
	return out, nil
}

// Summed returns a parser that scores with one model, the sum of p's
// models' weights: the same scores (up to the rounding of the weights)
// at the cost of one model.
func (p *Parser) Summed() (*Parser, error) {
	if len(p.models) < 2 {
		return p, nil
	}
	m, err := perceptron.Sum(p.models...)
	if err != nil {
		return nil, fmt.Errorf("parse: %w", err)
	}
	q := *p
	q.models = []*perceptron.Model{m}
	return &q, nil
}

// Features reports the number of features in the models.
func (p *Parser) Features() int {
	n := 0
	for _, m := range p.models {
		n += m.Features()
	}
	return n
}

// Pruned returns a copy of p whose models keep only weights of absolute
// averaged value at least min.
func (p *Parser) Pruned(min float64) *Parser {
	out := &Parser{Labels: p.Labels, root: p.root, Beam: p.Beam}
	for _, m := range p.models {
		out.models = append(out.models, m.Pruned(min))
	}
	return out
}
