package timex_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/clean"
	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/internal/shareddata"
	"github.com/sitrep/sitrep/pipeline"
	"github.com/sitrep/sitrep/segment"
	"github.com/sitrep/sitrep/timex"
)

func str(p *string) string {
	if p == nil {
		return "null"
	}
	return *p
}

// TestReferenceArticle checks the reference article's times, published
// 2014-06-21 (a Saturday).
func TestReferenceArticle(t *testing.T) {
	path := shareddata.Path(t, "seed/000_01a986955927ca01.txt")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d := doc.FromInput(b, path)
	pub := "2014-06-21"
	d.Meta.Published = &pub
	d.Meta.PublishedSource = "flag"
	p, err := pipeline.New(clean.New(), segment.New(), timex.New())
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	byText := map[string][]doc.Time{}
	for _, tm := range d.Times {
		if d.Text[tm.Start:tm.End] != tm.Text {
			t.Errorf("offsets of %q wrong", tm.Text)
		}
		k := strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(tm.Text, "the "), "The "))
		byText[k] = append(byText[k], tm)
	}
	value := []struct{ text, value string }{
		{"saturday", "2014-06-21"},
		{"friday", "2014-06-20"},
		{"thursday", "2014-06-19"},
		{"four days ago", "2014-06-17"},
		{"june 12", "2014-06-12"},
		{"june 30", "2014-06-30"},
		{"april 30", "2014-04-30"},
		{"early last week", "2014-W24"},
		{"next week", "2014-W26"},
	}
	for _, c := range value {
		t.Run(c.text, func(t *testing.T) {
			got := byText[c.text]
			if len(got) == 0 {
				t.Fatalf("%q not found; have %v", c.text, keys(byText))
			}
			for _, tm := range got {
				if str(tm.Value) != c.value {
					t.Errorf("%q at %d = %s, want %s", tm.Text, tm.Start, str(tm.Value), c.value)
				}
			}
		})
	}
	within := []struct{ text, from, to string }{
		{"early last week", "2014-06-09", "2014-06-15"},
		{"next week", "2014-06-22", "2014-06-29"},
		{"overnight", "2014-06-20", "2014-06-21"},
	}
	for _, c := range within {
		t.Run(c.text+" range", func(t *testing.T) {
			got := byText[c.text]
			if len(got) == 0 {
				t.Fatalf("%q not found", c.text)
			}
			for _, tm := range got {
				f, to := str(tm.From), str(tm.To)
				if f < c.from || to > c.to || f > to {
					t.Errorf("%q covers %s..%s, want inside %s..%s", tm.Text, f, to, c.from, c.to)
				}
			}
		})
	}
	t.Run("since Tuesday", func(t *testing.T) {
		for _, tm := range byText["tuesday"] {
			if str(tm.From) != "2014-06-17" || str(tm.To) != "2014-06-21" {
				t.Errorf("since Tuesday covers %s..%s, want 2014-06-17..2014-06-21", str(tm.From), str(tm.To))
			}
			return
		}
		t.Error("Tuesday not found")
	})
	t.Run("early last week mod", func(t *testing.T) {
		for _, tm := range byText["early last week"] {
			if tm.Mod != "START" {
				t.Errorf("mod %q, want START", tm.Mod)
			}
		}
	})
}

func keys(m map[string][]doc.Time) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
