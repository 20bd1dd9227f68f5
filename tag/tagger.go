// Package tag owns part-of-speech tagging and lemmatisation: the tag stage
// assigns every token a UPOS, a Penn Treebank XPOS and a lemma.
//
// The tagger is a greedy left-to-right averaged perceptron (package
// perceptron) over lexical, affix, shape and context-window features and
// the two previous predictions; it predicts joint "UPOS|XPOS" labels. It is
// trained here on UD English EWT (Train, `sitrep train tagger`) and the
// model ships embedded in the binary (models/files/tagger.gz), loaded once
// and shared read-only. Lemmas come from hand-written rules and exception
// lists keyed by XPOS (lemma.go), helped by the lemmas seen in training.
// The package reads tokens and sentences only; it must not touch
// segmentation, offsets or any other annotation.
package tag

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/tag/perceptron"
)

// Tagger is a trained tagger; read-only and safe for concurrent use.
type Tagger struct {
	// Labels are the joint classes, "UPOS\tXPOS".
	Labels []string
	upos   []string
	xpos   []string
	model  *perceptron.Model
	// model2, when set, is the second pass: it also sees the first pass's
	// labels of the words on both sides.
	model2 *perceptron.Model
	// lemmas holds the lemmas seen in training (lower case), which the
	// lemmatiser uses to choose between candidate stems.
	lemmas map[string]bool
}

// Tags is the output for one sentence.
type Tags struct {
	UPOS, XPOS, Lemma []string
}

// feature templates
const (
	fBias = iota + 1
	fLower
	fForm
	fSuf1
	fSuf2
	fSuf3
	fSuf4
	fPre1
	fPre2
	fPre3
	fShape
	fFlags
	fP1
	fP2P1
	fP1W0
	fWm1
	fWm2
	fWp1
	fWp2
	fSuf3m1
	fSuf3p1
	fWm1W0
	fW0Wp1
	fShapep1
	fShapem1
	fP1Suf3
	fWm1Wp1
	fFirstForm
	fWp1Wp2
	fSuf2m1
	fSuf2p1
	fSuf5
	fQ0
	fN1
	fN1N2
	fP1N1
	fWN1
	fQ0N1
	fP1Q0N1
	fSuf3N1
	fWp1N2
	fFormM1
	fFormP1
	fShape3
	fHyphenLast
)

// sentence holds the per-word strings features are built from.
type sentence struct {
	form, lower, shape []string
}

// Norm folds typographic quotes and apostrophes to ASCII, as doc.Token.Norm
// does, so CoNLL-U forms and pipeline tokens look the same to the model.
func Norm(s string) string {
	if !strings.ContainsAny(s, "\u2018\u2019\u201c\u201d\u2032\u00b4") {
		return s
	}
	return strings.NewReplacer("\u2018", "'", "\u2019", "'", "\u2032", "'", "\u00b4", "'", "\u201c", `"`, "\u201d", `"`).Replace(s)
}

func newSentence(words []string) *sentence {
	s := &sentence{form: make([]string, len(words)), lower: make([]string, len(words)), shape: make([]string, len(words))}
	for i, w := range words {
		w = Norm(w)
		s.form[i] = w
		s.lower[i] = strings.ToLower(w)
		s.shape[i] = shape(w)
	}
	return s
}

// shape maps a word to a short pattern: Xx for "Iraq", d for "2014",
// X.X. for "U.S.", runs collapsed.
func shape(w string) string {
	var b strings.Builder
	var last rune
	n := 0
	for _, r := range w {
		var c rune
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		default:
			c = r
		}
		if c == last {
			continue
		}
		last = c
		b.WriteRune(c)
		n++
		if n > 6 {
			break
		}
	}
	return b.String()
}

func suffix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := len(s) - n
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[i:]
}

func prefix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := n
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return s[:i]
}

func flags(w string, i int) int {
	f := 0
	if i == 0 {
		f |= 1
	}
	for _, r := range w {
		switch {
		case unicode.IsDigit(r):
			f |= 2
		case r == '-':
			f |= 4
		case unicode.IsUpper(r):
			f |= 8
		case unicode.IsLower(r):
			f |= 16
		case unicode.IsPunct(r) || unicode.IsSymbol(r):
			f |= 32
		}
	}
	return f
}

func (s *sentence) word(i int) string {
	switch {
	case i < 0:
		return "<s>"
	case i >= len(s.lower):
		return "</s>"
	}
	return s.lower[i]
}

func (s *sentence) cased(i int) string {
	switch {
	case i < 0:
		return "<s>"
	case i >= len(s.form):
		return "</s>"
	}
	return s.form[i]
}

func (s *sentence) shp(i int) string {
	if i < 0 || i >= len(s.shape) {
		return "<pad>"
	}
	return s.shape[i]
}

// features appends the feature hashes of word i given the labels of the two
// words before it (-1 when none).
func (s *sentence) features(dst []uint32, i, p1, p2 int) []uint32 {
	H := perceptron.NewHash
	w := s.lower[i]
	wm1, wm2, wp1, wp2 := s.word(i-1), s.word(i-2), s.word(i+1), s.word(i+2)
	dst = append(dst,
		H(fBias).Sum(),
		H(fLower).Str(w).Sum(),
		H(fForm).Str(s.form[i]).Sum(),
		H(fSuf1).Str(suffix(w, 1)).Sum(),
		H(fSuf2).Str(suffix(w, 2)).Sum(),
		H(fSuf3).Str(suffix(w, 3)).Sum(),
		H(fSuf4).Str(suffix(w, 4)).Sum(),
		H(fSuf5).Str(suffix(w, 5)).Sum(),
		H(fPre1).Str(prefix(w, 1)).Sum(),
		H(fPre2).Str(prefix(w, 2)).Sum(),
		H(fPre3).Str(prefix(w, 3)).Sum(),
		H(fShape).Str(s.shape[i]).Sum(),
		H(fFlags).Int(flags(s.form[i], i)).Sum(),
		H(fP1).Int(p1).Sum(),
		H(fP2P1).Int(p2).Int(p1).Sum(),
		H(fP1W0).Int(p1).Str(w).Sum(),
		H(fWm1).Str(wm1).Sum(),
		H(fWm2).Str(wm2).Sum(),
		H(fWp1).Str(wp1).Sum(),
		H(fWp2).Str(wp2).Sum(),
		H(fSuf3m1).Str(suffix(wm1, 3)).Sum(),
		H(fSuf3p1).Str(suffix(wp1, 3)).Sum(),
		H(fSuf2m1).Str(suffix(wm1, 2)).Sum(),
		H(fSuf2p1).Str(suffix(wp1, 2)).Sum(),
		H(fWm1W0).Str(wm1).Str(w).Sum(),
		H(fW0Wp1).Str(w).Str(wp1).Sum(),
		H(fShapep1).Str(s.shp(i+1)).Sum(),
		H(fShapem1).Str(s.shp(i-1)).Sum(),
		H(fP1Suf3).Int(p1).Str(suffix(w, 3)).Sum(),
		H(fWm1Wp1).Str(wm1).Str(wp1).Sum(),
		H(fWp1Wp2).Str(wp1).Str(wp2).Sum(),
	)
	dst = append(dst,
		H(fFormM1).Str(s.cased(i-1)).Sum(),
		H(fFormP1).Str(s.cased(i+1)).Sum(),
		H(fShape3).Str(s.shp(i-1)).Str(s.shape[i]).Str(s.shp(i+1)).Sum(),
	)
	if k := strings.LastIndexByte(w, '-'); k > 0 && k < len(w)-1 {
		dst = append(dst, H(fHyphenLast).Str(w[k+1:]).Sum())
	}
	if i == 0 {
		dst = append(dst, H(fFirstForm).Str(s.form[i]).Sum())
	}
	return dst
}

// Tag tags one sentence of words (forms as written); lemmas included.
func (t *Tagger) Tag(words []string) Tags {
	labels := t.predict(words)
	out := Tags{UPOS: make([]string, len(words)), XPOS: make([]string, len(words)), Lemma: make([]string, len(words))}
	for i, l := range labels {
		out.UPOS[i] = t.upos[l]
		out.XPOS[i] = t.xpos[l]
	}
	fixTimeAdverb(words, out.UPOS, out.XPOS)
	fixPastTense(words, out.UPOS, out.XPOS)
	fixHyphenParticiple(words, out.UPOS, out.XPOS)
	fixGappedPassive(words, out.UPOS, out.XPOS)
	fixOpeningParticiple(words, out.UPOS, out.XPOS)
	fixByLexicon(words, out.UPOS, out.XPOS, func(cls, s string) bool { return t.lemmas[cls+s] })
	for i := range labels {
		out.Lemma[i] = t.Lemmatize(Norm(words[i]), out.UPOS[i], out.XPOS[i])
	}
	return out
}

func (t *Tagger) predict(words []string) []int {
	s := newSentence(words)
	labels := predictWith(t.model, nil, s, nil, len(t.Labels))
	if t.model2 != nil {
		labels = predictWith(t.model2, nil, s, labels, len(t.Labels))
	}
	return labels
}

// predictWith tags s greedily with m; prev, when not nil, holds the first
// pass's labels for second-pass features.
func predictWith(m *perceptron.Model, _ *perceptron.Trainer, s *sentence, prev []int, nLabels int) []int {
	labels := make([]int, len(s.form))
	scores := make([]int32, nLabels)
	feats := make([]uint32, 0, 48)
	p1, p2 := -1, -1
	for i := range s.form {
		clear(scores)
		feats = s.features(feats[:0], i, p1, p2)
		if prev != nil {
			feats = s.features2(feats, i, prev, p1)
		}
		m.Score(feats, scores)
		best := 0
		for c := 1; c < len(scores); c++ {
			if scores[c] > scores[best] {
				best = c
			}
		}
		labels[i] = best
		p2, p1 = p1, best
	}
	return labels
}

// features2 appends the second-pass features of word i: first-pass labels
// around it.
func (s *sentence) features2(dst []uint32, i int, prev []int, p1 int) []uint32 {
	H := perceptron.NewHash
	lab := func(j int) int {
		if j < 0 || j >= len(prev) {
			return -1
		}
		return prev[j]
	}
	q0, n1, n2 := lab(i), lab(i+1), lab(i+2)
	w := s.lower[i]
	return append(dst,
		H(fQ0).Int(q0).Sum(),
		H(fN1).Int(n1).Sum(),
		H(fN1N2).Int(n1).Int(n2).Sum(),
		H(fP1N1).Int(p1).Int(n1).Sum(),
		H(fWN1).Str(w).Int(n1).Sum(),
		H(fQ0N1).Int(q0).Int(n1).Sum(),
		H(fP1Q0N1).Int(p1).Int(q0).Int(n1).Sum(),
		H(fSuf3N1).Str(suffix(w, 3)).Int(n1).Sum(),
		H(fWp1N2).Str(s.word(i+1)).Int(n2).Sum(),
	)
}

func (t *Tagger) setLabels(labels []string) {
	t.Labels = labels
	t.upos = make([]string, len(labels))
	t.xpos = make([]string, len(labels))
	for i, l := range labels {
		u, x, _ := strings.Cut(l, "\t")
		t.upos[i], t.xpos[i] = u, x
	}
}

const taggerMagic = "SRTAG1\n"

// WriteTo writes the tagger: labels, training lemmas, perceptron model.
func (t *Tagger) WriteTo(w io.Writer) (int64, error) {
	bw := bufio.NewWriter(w)
	bw.WriteString(taggerMagic)
	writeStrings(bw, t.Labels)
	lem := make([]string, 0, len(t.lemmas))
	for l := range t.lemmas {
		lem = append(lem, l)
	}
	sortStrings(lem)
	writeStrings(bw, lem)
	if _, err := t.model.WriteTo(bw); err != nil {
		return 0, err
	}
	if t.model2 == nil {
		bw.WriteByte(0)
		return 0, bw.Flush()
	}
	bw.WriteByte(1)
	if _, err := t.model2.WriteTo(bw); err != nil {
		return 0, err
	}
	return 0, bw.Flush()
}

// ReadTagger reads a tagger written by WriteTo.
func ReadTagger(r io.Reader) (*Tagger, error) {
	br := bufio.NewReaderSize(r, 1<<16)
	head := make([]byte, len(taggerMagic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != taggerMagic {
		return nil, fmt.Errorf("tagger model: bad header")
	}
	labels, err := readStrings(br)
	if err != nil {
		return nil, fmt.Errorf("tagger model: labels: %w", err)
	}
	lem, err := readStrings(br)
	if err != nil {
		return nil, fmt.Errorf("tagger model: lemmas: %w", err)
	}
	m, err := perceptron.Read(br)
	if err != nil {
		return nil, fmt.Errorf("tagger model: %w", err)
	}
	if m.NClasses != len(labels) {
		return nil, fmt.Errorf("tagger model: %d classes for %d labels", m.NClasses, len(labels))
	}
	t := &Tagger{model: m, lemmas: make(map[string]bool, len(lem))}
	two, err := br.ReadByte()
	if err != nil {
		return nil, fmt.Errorf("tagger model: %w", err)
	}
	if two == 1 {
		if t.model2, err = perceptron.Read(br); err != nil {
			return nil, fmt.Errorf("tagger model: second pass: %w", err)
		}
		if t.model2.NClasses != len(labels) {
			return nil, fmt.Errorf("tagger model: second pass has %d classes for %d labels", t.model2.NClasses, len(labels))
		}
	}
	t.setLabels(labels)
	for _, l := range lem {
		t.lemmas[l] = true
	}
	return t, nil
}

// Features reports the number of features in the model.
func (t *Tagger) Features() int { return t.model.Features() }

// WriteStrings writes a count then length-prefixed strings.
func writeStrings(w *bufio.Writer, ss []string) {
	var buf [binary.MaxVarintLen64]byte
	w.Write(buf[:binary.PutUvarint(buf[:], uint64(len(ss)))])
	for _, s := range ss {
		w.Write(buf[:binary.PutUvarint(buf[:], uint64(len(s)))])
		w.WriteString(s)
	}
}

func readStrings(r *bufio.Reader) ([]string, error) {
	n, err := binary.ReadUvarint(r)
	if err != nil {
		return nil, err
	}
	if n > 1<<22 {
		return nil, fmt.Errorf("too many strings (%d)", n)
	}
	out := make([]string, n)
	for i := range out {
		l, err := binary.ReadUvarint(r)
		if err != nil {
			return nil, err
		}
		if l > 1<<16 {
			return nil, fmt.Errorf("string too long (%d)", l)
		}
		b := make([]byte, l)
		if _, err := io.ReadFull(r, b); err != nil {
			return nil, err
		}
		out[i] = string(b)
	}
	return out, nil
}

// WriteStrings and ReadStrings are shared with the parser's model file.
func WriteStrings(w *bufio.Writer, ss []string)     { writeStrings(w, ss) }
func ReadStrings(r *bufio.Reader) ([]string, error) { return readStrings(r) }

// ReadGzip reads a gzip-compressed tagger file (as in models/files).
func ReadGzip(r io.Reader) (*Tagger, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("tagger model: %w", err)
	}
	defer zr.Close()
	return ReadTagger(zr)
}

// Combine returns a tagger whose passes score with the sums of the
// passes of ts (taggers trained alike with other seeds): an ensemble at
// the cost of one tagger. The labels must be the same; the lemmas seen
// in training are pooled.
func Combine(ts ...*Tagger) (*Tagger, error) {
	if len(ts) == 0 {
		return nil, fmt.Errorf("tag: nothing to combine")
	}
	first, second := make([]*perceptron.Model, len(ts)), make([]*perceptron.Model, 0, len(ts))
	out := &Tagger{lemmas: map[string]bool{}}
	for i, t := range ts {
		if !slices.Equal(t.Labels, ts[0].Labels) {
			return nil, fmt.Errorf("tag: cannot combine taggers with other labels")
		}
		if (t.model2 == nil) != (ts[0].model2 == nil) {
			return nil, fmt.Errorf("tag: cannot combine one-pass and two-pass taggers")
		}
		first[i] = t.model
		if t.model2 != nil {
			second = append(second, t.model2)
		}
		for l := range t.lemmas {
			out.lemmas[l] = true
		}
	}
	var err error
	if out.model, err = perceptron.Sum(first...); err != nil {
		return nil, fmt.Errorf("tag: %w", err)
	}
	if len(second) > 0 {
		if out.model2, err = perceptron.Sum(second...); err != nil {
			return nil, fmt.Errorf("tag: %w", err)
		}
	}
	out.setLabels(ts[0].Labels)
	return out, nil
}
