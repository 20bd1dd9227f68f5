// Package segment owns tokens and sentences: it splits the paragraphs of a
// Doc into syntactic words (UD English Web Treebank conventions: clitics
// and "n't" split, "cannot" -> "can" "not", punctuation split off,
// abbreviations, numbers, URLs and e-mail addresses kept whole) and
// sentences, with byte offsets into Doc.Text. Sentence ends are decided by
// a small averaged-perceptron model trained here on UD EWT (models/files/
// segment.gz, `sitrep train segment`), with rules as a fallback when the
// model is absent. It reads paragraphs from the clean stage and never
// changes Doc.Text or the paragraphs; it must not touch later stages'
// annotations (POS, entities, ...). Every token is a non-empty substring
// of the text without spaces, and no sentence crosses a paragraph.
package segment

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/models"
)

// ModelName is the name of the embedded sentence-boundary model.
const ModelName = "segment"

var defaultModel struct {
	once sync.Once
	m    *Model
	err  error
}

// DefaultModel returns the embedded sentence-boundary model, loaded once.
// It returns nil and no error when the binary was built without one (the
// rules are used then).
func DefaultModel() (*Model, error) {
	defaultModel.once.Do(func() {
		rc, err := models.Open(ModelName)
		if err != nil {
			slog.Debug("segment: no sentence model, using rules", "err", err)
			return
		}
		defer rc.Close()
		defaultModel.m, defaultModel.err = ReadModel(rc)
	})
	return defaultModel.m, defaultModel.err
}

// Segmenter is the segment stage. It is safe for concurrent use.
type Segmenter struct {
	model *Model
	opts  Options
	err   error
}

// New returns the segment stage with the embedded model.
func New() *Segmenter {
	m, err := DefaultModel()
	return &Segmenter{model: m, err: err}
}

// NewWith returns a segmenter with the given model (nil: rules only) and
// options.
func NewWith(m *Model, opts Options) *Segmenter { return &Segmenter{model: m, opts: opts} }

func (*Segmenter) Name() string       { return "segment" }
func (*Segmenter) Requires() []string { return []string{doc.AnnParagraphs} }
func (*Segmenter) Assigns() []string  { return []string{doc.AnnTokens, doc.AnnSentences} }

// Process tokenizes every paragraph that is not a repeat and splits it
// into sentences.
func (sg *Segmenter) Process(ctx context.Context, d *doc.Doc) error {
	if sg.err != nil {
		return fmt.Errorf("loading the sentence model: %w", sg.err)
	}
	w := sg.newWork()
	for pi, p := range d.Paragraphs {
		if p.Repeat() {
			continue
		}
		if pi%64 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		if p.Start < 0 || p.End > len(d.Text) || p.Start > p.End {
			return fmt.Errorf("paragraph %d: bad range %d:%d for a text of %d bytes", pi, p.Start, p.End, len(d.Text))
		}
		d.Tokens, d.Sentences = w.paragraph(d.Text, p.Start, p.End, pi, d.Tokens, d.Sentences)
	}
	return nil
}

// Text tokenizes and splits raw text without the clean stage: every line
// is a paragraph (sentences never cross a line break; blank lines are
// skipped) and nothing is removed as a repeat. Offsets are byte offsets
// into text. It uses the embedded model (rules when absent).
func Text(text string) ([]doc.Token, []doc.Sentence) {
	m, _ := DefaultModel()
	return NewWith(m, Options{}).Text(text)
}

// Text is the package-level Text with this segmenter's model and options.
func (sg *Segmenter) Text(text string) ([]doc.Token, []doc.Sentence) {
	w := sg.newWork()
	toks := make([]doc.Token, 0, estimateTokens(text))
	var sents []doc.Sentence
	para := 0
	for start := 0; start < len(text); {
		end := start
		for end < len(text) && text[end] != '\n' {
			end++
		}
		for sg.opts.JoinWrapped && end < len(text) && wrapped(text, start, end) {
			end++
			for end < len(text) && text[end] != '\n' {
				end++
			}
		}
		n := len(toks)
		toks, sents = w.paragraph(text, start, end, para, toks, sents)
		if len(toks) > n {
			para++
		}
		start = end + 1
	}
	return toks, sents
}

// estimateTokens guesses how many tokens text holds (white space plus
// punctuation), so that the token slice rarely grows: a doc.Token is large
// and copying them costs more than this scan.
func estimateTokens(text string) int {
	n := 8
	for i := 0; i < len(text); i++ {
		n += int(tokenBytes[text[i]])
	}
	return n
}

// tokenBytes marks the bytes counted by estimateTokens.
var tokenBytes = func() (t [256]uint8) {
	for _, c := range []byte(" \n\t.,;:!?\"'()%$-/") {
		t[c] = 1
	}
	return t
}()

// wrapped reports whether the line break at text[end] (ending the line
// that starts at start) wraps a sentence: the line ends without
// punctuation and the next line, not blank, starts with a lower-case
// letter.
func wrapped(text string, start, end int) bool {
	k := end
	for k > start && (text[k-1] == ' ' || text[k-1] == '\t' || text[k-1] == '\r') {
		k--
	}
	if k == start {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[start:k])
	if !isWordRune(r) && r != ',' {
		return false
	}
	n := end + 1
	for n < len(text) && (text[n] == ' ' || text[n] == '\t') {
		n++
	}
	if n >= len(text) {
		return false
	}
	r, _ = decode(text, n)
	return unicode.IsLower(r)
}

// work is the scratch space of one segmentation run.
type work struct {
	sg    *Segmenter
	tok   tokenizer
	feats []uint64
	cut   []bool // per raw token: a sentence ends after it
	split []bool // per raw token: an abbreviation's period is split off
}

func (sg *Segmenter) newWork() *work {
	w := &work{sg: sg}
	w.tok.opts = sg.opts
	if sg.model != nil {
		w.tok.abbr = sg.model.abbrevs
	}
	return w
}

// candidateAt returns the candidate boundary at raw token i, if any: the
// token must be sentence-final punctuation, an abbreviation or an
// emoticon, and not be the paragraph's last (a paragraph always ends a
// sentence). Closing quotes and brackets attached to it belong to it.
func candidateAt(raw []rawTok, i int) (candidate, bool) {
	switch raw[i].kind {
	case kTerm, kAbbr, kEmo:
	default:
		return candidate{}, false
	}
	j := i
	// At most maxClosers tokens attach, so that a long run of
	// punctuation stays linear.
	for j+1 < len(raw) && j-i < maxClosers && raw[j+1].start == raw[j].end && (raw[j+1].kind == kClose || raw[j+1].kind == kQuote || raw[j+1].kind == kTerm) {
		j++
	}
	if j+1 >= len(raw) {
		return candidate{}, false
	}
	return candidate{i, j}, true
}

const maxClosers = 4

// boundaries tokenizes s[from:to] and marks where sentences end.
func (w *work) boundaries(s string, from, to int) []rawTok {
	w.tok.out = w.tok.out[:0]
	w.tok.tokenize(s, from, to)
	raw := w.tok.out
	w.cut = resize(w.cut, len(raw))
	w.split = resize(w.split, len(raw))
	sentStart := 0
	for i := 0; i < len(raw); i++ {
		c, ok := candidateAt(raw, i)
		if !ok {
			continue
		}
		var yes bool
		if m := w.sg.model; m != nil {
			w.feats = w.tok.features(s, raw, c, sentStart, w.feats)
			yes = m.score(w.feats) > 0
		} else {
			yes = w.tok.ruleBoundary(s, raw, c)
		}
		if yes && raw[c.i].kind == kAbbr && (w.tok.nameContinues(s, raw, c) || w.tok.dayFollows(s, raw, c)) {
			yes = false
		}
		if yes && c.j > c.i && quotedLower(s, raw, c) {
			// "Why?" he asked. A quotation's own ending punctuation, then
			// a lower-case word, goes on with the same sentence.
			yes = false
		}
		if yes {
			w.cut[c.j] = true
			if raw[c.i].kind == kAbbr {
				w.split[c.i] = true
			}
			sentStart = c.j + 1
			i = c.j
		}
	}
	if n := len(raw); n > 0 {
		w.cut[n-1] = true
		// UD splits the period of an abbreviation that ends a sentence.
		if raw[n-1].kind == kAbbr && raw[n-1].end-raw[n-1].start > 1 {
			w.split[n-1] = true
		}
	}
	return raw
}

// quotedLower reports whether candidate c closes a quotation and the next
// token starts with a lower-case letter.
func quotedLower(s string, raw []rawTok, c candidate) bool {
	quote := false
	for k := c.i + 1; k <= c.j; k++ {
		if raw[k].kind == kQuote || raw[k].kind == kClose && s[raw[k].start] != ')' && s[raw[k].start] != ']' && s[raw[k].start] != '}' {
			quote = true
		}
	}
	nt := raw[c.j+1]
	return quote && caseOf(s[nt.start:nt.end]) == 'l'
}

func resize(b []bool, n int) []bool {
	if cap(b) < n {
		return make([]bool, n)
	}
	b = b[:n]
	clear(b)
	return b
}

// MaxSentenceTokens bounds a sentence: a longer run of tokens with no
// sentence end (a list, a table, a wall of symbols) is cut there, so that no
// later stage sees an unbounded sentence. Real sentences are far shorter
// (the longest in UD EWT has 159 words).
const MaxSentenceTokens = 250

// paragraph segments s[from:to] (paragraph index para) and appends its
// tokens and sentences.
func (w *work) paragraph(s string, from, to, para int, toks []doc.Token, sents []doc.Sentence) ([]doc.Token, []doc.Sentence) {
	raw := w.boundaries(s, from, to)
	if len(raw) == 0 {
		return toks, sents
	}
	sentTok := len(toks)
	for i, r := range raw {
		if w.split[i] {
			toks = append(toks, newToken(s, r.start, r.end-1, to, len(sents)), newToken(s, r.end-1, r.end, to, len(sents)))
		} else {
			toks = append(toks, newToken(s, r.start, r.end, to, len(sents)))
		}
		if w.cut[i] || len(toks)-sentTok >= MaxSentenceTokens {
			sents = append(sents, doc.Sentence{Start: toks[sentTok].Start, End: toks[len(toks)-1].End, TokStart: sentTok, TokEnd: len(toks), Para: para})
			sentTok = len(toks)
		}
	}
	return toks, sents
}

// newToken builds the token s[start:end] of a paragraph ending at pend.
func newToken(s string, start, end, pend, sent int) doc.Token {
	space := end >= len(s) || end >= pend
	if !space {
		r, _ := decode(s, end)
		space = isSpaceRune(r)
	}
	return doc.Token{Start: start, End: end, Norm: Norm(s[start:end]), SpaceAfter: space, Sent: sent, Head: -1}
}

// Norm returns the form later stages match on: NFC, with curly quotes and
// apostrophes folded to ASCII (’ ‘ -> ', “ ” -> "). ASCII text is returned
// as is, without allocating.
func Norm(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, n := decode(s, i)
		switch r {
		case '‘', '’', '‚', '‛', '′':
			b = append(b, '\'')
		case '“', '”', '„', '‟', '″':
			b = append(b, '"')
		default:
			b = append(b, s[i:i+n]...)
		}
		i += n
	}
	return norm.NFC.String(string(b))
}
