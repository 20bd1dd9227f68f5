// Package doc owns the Doc: the one value that flows through sitrep's pipeline.
//
// A Doc holds the text exactly as given (for HTML, the extracted text), the
// paragraphs, sentences and tokens found in it, and the typed annotations that
// later stages add (entities, times, quantities, places, events). Every offset
// in a Doc is a byte offset into Doc.Text, end exclusive, so that any output
// points back at the input. The package has no dependencies on other sitrep
// packages and holds no behaviour beyond small accessors and the JSON shape of
// the outside contract; stages own the logic that fills it.
package doc

import (
	"crypto/sha256"
	"encoding/hex"
)

// Doc is one news document on its way through the pipeline.
type Doc struct {
	// ID is a stable content hash of Text (see ContentID).
	ID string
	// Raw is the input as read, before any extraction (HTML source, for
	// instance). For plain text it is the same bytes as Text.
	Raw []byte
	// Text is the text every offset points into: the input exactly as given
	// for plain text, the extracted main text for HTML.
	Text string
	// Format is "text" or "html": what the input was detected as.
	Format string

	Meta Meta

	// Paragraphs covers the text in order; repeats are flagged, not removed.
	Paragraphs []Paragraph
	// Sentences are found only in paragraphs that are not repeats.
	Sentences []Sentence
	// Tokens are in text order; Token.Sent indexes Sentences.
	Tokens []Token

	// Spans holds named groups of token spans, for stages that want to pass
	// intermediate results (noun chunks, candidate mentions) to later ones.
	Spans map[string][]Span

	Entities   []Entity
	Times      []Time
	Quantities []Quantity
	Places     []Place
	Events     []Event

	// Annotations lists what the stages that ran have added, in order.
	Annotations []string
}

// Meta is what is known about a document apart from its text.
type Meta struct {
	Title     *string
	Published *string // ISO date YYYY-MM-DD, nil when unknown
	// PublishedSource says where Published came from: "flag", "html",
	// "dateline", "input".
	PublishedSource string
	Language        string
	Source          string // file name, feed, or other origin
	URL             string
	Dateline        *Dateline
}

// Dateline is the place (and sometimes date) a wire report opens with.
type Dateline struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	// Place is the place part ("KHAZNA, IRAQ"), Date its date if one is given
	// (ISO), Agency the news agency named in it ("Reuters", "AP").
	Place  string  `json:"place,omitempty"`
	Date   *string `json:"date,omitempty"`
	Agency string  `json:"agency,omitempty"`
	// HeadEnd is where the story's text begins after the whole dateline
	// (its place, date, agency and separator: "KINSHASA, Feb 8 (Reuters)
	// - "); a time in the head is the report's, not a happening's.
	HeadEnd int `json:"head_end,omitempty"`
}

// Paragraph is a block of text, usually one line or one HTML block.
type Paragraph struct {
	Start, End int
	// Heading marks a short line without final punctuation.
	Heading bool
	// DupOf is the index of the earlier paragraph this one repeats, or -1.
	DupOf int
}

// Repeat reports whether the paragraph repeats an earlier one.
func (p Paragraph) Repeat() bool { return p.DupOf >= 0 }

// Sentence is a run of tokens within one paragraph.
type Sentence struct {
	Start, End int // byte offsets
	// TokStart and TokEnd index Doc.Tokens, end exclusive.
	TokStart, TokEnd int
	Para             int
}

// Token is one syntactic word.
type Token struct {
	Start, End int // byte offsets into Doc.Text
	// Norm is the form later stages match on: NFC, curly quotes and
	// apostrophes folded to ASCII. For split words (a clitic inside a
	// multi-word token such as "gonna") it may differ from the text.
	Norm string
	// SpaceAfter is false when the next token follows with no space.
	SpaceAfter bool
	Sent       int

	// Filled by the tag stage.
	UPOS, XPOS, Lemma string
	// Filled by the parse stage: Head is an index into Doc.Tokens, -1 for
	// the root of the sentence.
	Head   int
	Deprel string
}

// Span is a labelled run of tokens.
type Span struct {
	// TokStart and TokEnd index Doc.Tokens, end exclusive.
	TokStart, TokEnd int
	Start, End       int // byte offsets
	Label            string
	Attrs            map[string]string
}

// ContentID returns the stable id of a text: the first 16 hex digits of its
// SHA-256.
func ContentID(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:8])
}

// New returns a Doc over plain text, with an id and empty annotations.
func New(text string) *Doc {
	return &Doc{
		ID:     ContentID(text),
		Raw:    []byte(text),
		Text:   text,
		Format: "text",
		Meta:   Meta{Language: "en"},
		Spans:  map[string][]Span{},
	}
}

// TokenText returns the text of token i as it stands in the input.
func (d *Doc) TokenText(i int) string { return d.Text[d.Tokens[i].Start:d.Tokens[i].End] }

// SentenceTokens returns the tokens of sentence s.
func (d *Doc) SentenceTokens(s int) []Token {
	return d.Tokens[d.Sentences[s].TokStart:d.Sentences[s].TokEnd]
}

// SentenceAt returns the index of the sentence holding byte offset off, or -1.
func (d *Doc) SentenceAt(off int) int {
	lo, hi := 0, len(d.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		switch {
		case d.Sentences[m].End <= off:
			lo = m + 1
		case d.Sentences[m].Start > off:
			hi = m
		default:
			return m
		}
	}
	return -1
}

// TokenAt returns the index of the token holding byte offset off, or -1.
func (d *Doc) TokenAt(off int) int {
	lo, hi := 0, len(d.Tokens)
	for lo < hi {
		m := (lo + hi) / 2
		switch {
		case d.Tokens[m].End <= off:
			lo = m + 1
		case d.Tokens[m].Start > off:
			hi = m
		default:
			return m
		}
	}
	return -1
}

// Has reports whether an annotation has been added.
func (d *Doc) Has(annotation string) bool {
	for _, a := range d.Annotations {
		if a == annotation {
			return true
		}
	}
	return false
}

// UniqueParagraphs counts the paragraphs that are not repeats.
func (d *Doc) UniqueParagraphs() int {
	n := 0
	for _, p := range d.Paragraphs {
		if !p.Repeat() {
			n++
		}
	}
	return n
}

// FromInput returns a Doc over raw input bytes, before cleaning: the clean
// stage validates Raw, decides the format and sets Text and ID.
func FromInput(raw []byte, source string) *Doc {
	return &Doc{
		Raw:   raw,
		Text:  "",
		Meta:  Meta{Language: "en", Source: source},
		Spans: map[string][]Span{},
	}
}
