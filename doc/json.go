package doc

import "encoding/json"

// Output is the JSON shape of a processed document in the outside contract
// (shared CONTRACT.md, `sitrep extract`). Every field is always present:
// arrays are empty, never null.
type Output struct {
	ID         string         `json:"id"`
	Published  *string        `json:"published"`
	Language   string         `json:"language"`
	Title      *string        `json:"title"`
	Dateline   *Dateline      `json:"dateline"`
	Paragraphs ParagraphCount `json:"paragraphs"`
	Entities   []Entity       `json:"entities"`
	Places     []Place        `json:"places"`
	Times      []Time         `json:"times"`
	Quantities []Quantity     `json:"quantities"`
	Events     []Event        `json:"events"`
	// Text is the extracted text offsets point into; present for HTML
	// input, where it differs from the input.
	Text   *string `json:"text,omitempty"`
	Source string  `json:"source,omitempty"`
	URL    string  `json:"url,omitempty"`
}

// ParagraphCount reports how many paragraphs the input had and how many
// were analysed after repeats were left out.
type ParagraphCount struct {
	Total  int `json:"total"`
	Unique int `json:"unique"`
}

// Output returns the contract view of the document.
func (d *Doc) Output() Output {
	o := Output{
		ID:         d.ID,
		Published:  d.Meta.Published,
		Language:   d.Meta.Language,
		Title:      d.Meta.Title,
		Dateline:   d.Meta.Dateline,
		Paragraphs: ParagraphCount{Total: len(d.Paragraphs), Unique: d.UniqueParagraphs()},
		Entities:   nonNil(d.Entities),
		Places:     nonNil(d.Places),
		Times:      nonNil(d.Times),
		Quantities: nonNil(d.Quantities),
		Events:     nonNil(d.Events),
		Source:     d.Meta.Source,
		URL:        d.Meta.URL,
	}
	if o.Language == "" {
		o.Language = "en"
	}
	for i := range o.Places {
		if o.Places[i].Text == nil {
			o.Places[i].Text = []string{}
		}
		if o.Places[i].Mentions == nil {
			o.Places[i].Mentions = [][2]int{}
		}
	}
	for i := range o.Events {
		if o.Events[i].Counts == nil {
			o.Events[i].Counts = []Count{}
		}
	}
	if d.Format == "html" {
		t := d.Text
		o.Text = &t
	}
	return o
}

// MarshalJSON encodes the document in the contract's shape.
func (d *Doc) MarshalJSON() ([]byte, error) { return json.Marshal(d.Output()) }

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
