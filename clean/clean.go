// Package clean owns turning the raw bytes of a document into the text
// sitrep analyses: validation (empty, binary, invalid UTF-8, with the byte
// and line of the problem), plain text versus HTML detection, main-text,
// title and date extraction from HTML, paragraphs with heading flags,
// repeated-paragraph flags, the dateline and, from those, the document's
// id, title and published date when nothing better is known. It never
// rewrites the text: every offset it sets points into the input as given
// (for HTML, into the extracted text it sets as Doc.Text); Unicode and
// quote folding are for matching only (Fold). It must not touch tokens,
// sentences or any later annotation, and never reads files itself.
package clean

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/sitrep/sitrep/doc"
)

// Cleaner is the clean stage. It holds no state and is safe for concurrent
// use.
type Cleaner struct{}

// New returns the clean stage.
func New() *Cleaner { return &Cleaner{} }

// Name is the stage's name in errors.
func (*Cleaner) Name() string { return "clean" }

// Requires lists what the stage needs: the input (Doc.Raw or Doc.Text).
func (*Cleaner) Requires() []string { return []string{doc.AnnText} }

// Assigns lists what the stage adds: paragraphs and document metadata.
func (*Cleaner) Assigns() []string { return []string{doc.AnnParagraphs} }

// Process validates d.Raw, decides its format (unless d.Format is already
// "text" or "html"; an HTML page that is not UTF-8 but declares its
// character set in a meta tag is decoded from it), sets d.Text, d.ID and
// d.Paragraphs (repeats flagged with DupOf), and fills d.Meta: Dateline;
// Title (HTML title, or for plain text a headline on a line of its own);
// Published from HTML meta data, a dated dateline or a date line when it
// is not known yet (a date given with --published is never overridden);
// URL from the page's canonical link. When d.Raw is empty and d.Text is
// set, the text is taken as the input. For HTML, d.Text is the extracted
// main text with one blank line between paragraphs, and d.Raw keeps the
// page.
func (*Cleaner) Process(ctx context.Context, d *doc.Doc) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	raw := d.Raw
	if len(raw) == 0 && d.Text != "" {
		raw = []byte(d.Text)
		d.Raw = raw
	}
	format := d.Format
	start, err := Validate(raw)
	if errors.Is(err, ErrInvalidUTF8) && format != FormatText && DetectFormat(raw) == FormatHTML {
		// A page that declares another character set is read in it.
		if utf, ok := decodeDeclared(raw); ok {
			raw = utf
			start, err = Validate(raw)
		}
	}
	if err != nil {
		return err
	}
	if format != FormatText && format != FormatHTML {
		format = DetectFormat(raw)
	}
	d.Format = format
	d.Meta.Dateline = nil
	switch format {
	case FormatHTML:
		h, err := extractHTML(ctx, raw[start:])
		if err != nil {
			return err
		}
		if blank([]byte(h.Text)) {
			return fmt.Errorf("%w: the HTML holds no text", ErrEmpty)
		}
		d.Text = h.Text
		d.Paragraphs = Paragraphs(d.Text, 0)
		if h.Title != "" && d.Meta.Title == nil {
			t := h.Title
			d.Meta.Title = &t
		}
		if h.Published != "" && d.Meta.Published == nil {
			p := h.Published
			d.Meta.Published = &p
			d.Meta.PublishedSource = "html"
		}
		if h.URL != "" && d.Meta.URL == "" {
			d.Meta.URL = h.URL
		}
	default:
		if d.Text != string(raw) {
			d.Text = string(raw)
		}
		d.Paragraphs = Paragraphs(d.Text, start)
	}
	d.ID = doc.ContentID(d.Text)
	if err := ctx.Err(); err != nil {
		return err
	}
	MarkRepeats(d.Text, d.Paragraphs)
	findDateline(d)
	if format == FormatText && d.Meta.Title == nil {
		if t, ok := textTitle(d); ok {
			d.Meta.Title = &t
		}
	}
	return nil
}

// textTitle returns the headline of a plain-text document when it is
// clear: the first paragraph is a heading (three to ten words, no final
// punctuation), it is not the dateline, a date or a byline ("By ..."), and
// a blank line separates it from the text that follows. Otherwise plain
// text has no title: a short first line may as well be a section heading
// or a kicker, and a wrong title is worse than none.
func textTitle(d *doc.Doc) (string, bool) {
	if len(d.Paragraphs) < 2 {
		return "", false
	}
	p, next := d.Paragraphs[0], d.Paragraphs[1]
	if !p.Heading || (d.Meta.Dateline != nil && d.Meta.Dateline.Start < p.End) {
		return "", false
	}
	s := d.Text[p.Start:p.End]
	words := strings.Fields(s)
	if _, isDate := dateLine(s); isDate || len(words) < 3 || strings.EqualFold(words[0], "by") || breaks(d.Text[p.End:next.Start]) < 2 {
		return "", false
	}
	return strings.Join(words, " "), true
}

// breaks counts the line breaks in s (\r\n counts once).
func breaks(s string) int {
	return strings.Count(s, "\n") + strings.Count(s, "\r") - strings.Count(s, "\r\n")
}
