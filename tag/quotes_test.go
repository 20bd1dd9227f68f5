package tag_test

import (
	"context"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/clean"
	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/segment"
	"github.com/sitrep/sitrep/tag"
)

// segmented cleans and segments text into a Doc (first sentence checked).
func segmented(t *testing.T, text string) *doc.Doc {
	t.Helper()
	d := doc.FromInput([]byte(text), "t")
	if err := clean.New().Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if err := segment.New().Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	return d
}

// marked lists the texts of the tokens of the first sentence that marks
// flags.
func marked(d *doc.Doc, marks []bool) string {
	var out []string
	s := d.Sentences[0]
	for i := s.TokStart; i < s.TokEnd; i++ {
		if marks != nil && marks[i-s.TokStart] {
			out = append(out, d.TokenText(i))
		}
	}
	return strings.Join(out, " ")
}

func TestScareQuotes(t *testing.T) {
	cases := []struct{ text, want string }{
		{`Iran had "unintentionally" shot down a jet, blaming "human error".`, `" " " "`},
		{"They called it \u201cdefensive\u201d in nature.", "\u201c \u201d"},
		// speech is no scare quote: too long
		{`He said: "The whole building has collapsed and we ran," officials said.`, ""},
		// an apostrophe-less run with no closing mark
		{`He said "we will`, ""},
	}
	for _, c := range cases {
		d := segmented(t, c.text)
		s := d.Sentences[0]
		if got := marked(d, tag.ScareQuotes(d, s.TokStart, s.TokEnd)); got != c.want {
			t.Errorf("%q: marked %q, want %q", c.text, got, c.want)
		}
	}
}

func TestDatelineTokens(t *testing.T) {
	cases := []struct{ text, want string }{
		{"BAGHDAD (Reuters) - Gunmen attacked a police checkpoint on Tuesday.", "BAGHDAD ( Reuters ) -"},
		{"PESHAWAR, Pakistan \u2014 Flash floods swept through the valleys.", "PESHAWAR , Pakistan \u2014"},
		// the old wire style's underscore
		{"NAIROBI, Kenya (AP) _ Terrorist bombings at U.S. embassies blew apart buildings.", "NAIROBI , Kenya ( AP ) _"},
		// no dash after the dateline: nothing to leave out
		{"Gunmen attacked a police checkpoint on Tuesday.", ""},
	}
	for _, c := range cases {
		d := segmented(t, c.text)
		s := d.Sentences[0]
		if got := marked(d, tag.DatelineTokens(d, s.TokStart, s.TokEnd)); got != c.want {
			t.Errorf("%q (dateline %+v): marked %q, want %q", c.text, d.Meta.Dateline, got, c.want)
		}
	}
}
