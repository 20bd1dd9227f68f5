// Package clean owns turning raw input bytes into the text sitrep analyses:
// validation, format detection, paragraphs and repeated-paragraph flags.
package clean

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/sitrep/sitrep/doc"
)

// Cleaner is the clean stage.
type Cleaner struct{}

// New returns the clean stage.
func New() *Cleaner { return &Cleaner{} }

func (*Cleaner) Name() string       { return "clean" }
func (*Cleaner) Requires() []string { return []string{doc.AnnText} }
func (*Cleaner) Assigns() []string  { return []string{doc.AnnParagraphs} }

// Process validates d.Raw and fills d.Text and d.Paragraphs.
func (*Cleaner) Process(_ context.Context, d *doc.Doc) error {
	if !utf8.Valid(d.Raw) {
		return fmt.Errorf("invalid UTF-8")
	}
	d.Text = string(d.Raw)
	d.Format = "text"
	d.ID = doc.ContentID(d.Text)
	if strings.TrimSpace(d.Text) == "" {
		return fmt.Errorf("empty document")
	}
	start := 0
	for start < len(d.Text) {
		end := strings.IndexByte(d.Text[start:], '\n')
		if end < 0 {
			end = len(d.Text)
		} else {
			end += start
		}
		if strings.TrimSpace(d.Text[start:end]) != "" {
			d.Paragraphs = append(d.Paragraphs, doc.Paragraph{Start: start, End: end, DupOf: -1})
		}
		start = end + 1
	}
	return nil
}
