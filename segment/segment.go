// Package segment owns tokens and sentences: it splits the paragraphs of a
// Doc into syntactic words and sentences, with byte offsets into Doc.Text.
package segment

import (
	"context"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/doc"
)

// Segmenter is the segment stage.
type Segmenter struct{}

// New returns the segment stage.
func New() *Segmenter { return &Segmenter{} }

func (*Segmenter) Name() string       { return "segment" }
func (*Segmenter) Requires() []string { return []string{doc.AnnParagraphs} }
func (*Segmenter) Assigns() []string  { return []string{doc.AnnTokens, doc.AnnSentences} }

// Process tokenizes every paragraph that is not a repeat.
func (s *Segmenter) Process(_ context.Context, d *doc.Doc) error {
	for pi, p := range d.Paragraphs {
		if p.Repeat() {
			continue
		}
		first := len(d.Tokens)
		for i := p.Start; i < p.End; {
			r, n := utf8.DecodeRuneInString(d.Text[i:])
			if unicode.IsSpace(r) {
				i += n
				continue
			}
			j := i
			for j < p.End {
				r, n := utf8.DecodeRuneInString(d.Text[j:])
				if unicode.IsSpace(r) {
					break
				}
				j += n
			}
			d.Tokens = append(d.Tokens, doc.Token{Start: i, End: j, Norm: d.Text[i:j], SpaceAfter: true, Sent: len(d.Sentences), Head: -1})
			i = j
		}
		if len(d.Tokens) > first {
			d.Sentences = append(d.Sentences, doc.Sentence{Start: d.Tokens[first].Start, End: d.Tokens[len(d.Tokens)-1].End, TokStart: first, TokEnd: len(d.Tokens), Para: pi})
		}
	}
	return nil
}
