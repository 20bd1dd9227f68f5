package quantity

import (
	"context"
	"encoding/json"
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

func run(t testing.TB, text, published string) *doc.Doc {
	t.Helper()
	d := doc.FromInput([]byte(text), "test")
	if published != "" {
		d.Meta.Published = &published
		d.Meta.PublishedSource = "flag"
	}
	p, err := pipeline.New(clean.New(), segment.New(), timex.New(), New())
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	return d
}

func unit(q doc.Quantity) string {
	if q.Unit == nil {
		return ""
	}
	return *q.Unit
}

// TestQuantities checks counts in sentences written for this test.
func TestQuantities(t *testing.T) {
	cases := []struct {
		name, text, want string
		value            float64
		approx, unit     string
		noun, category   string
	}{
		{"killed object", "Gunmen killed 42 villagers near the border.", "42", 42, "", "", "villagers", "killed"},
		{"passive killed", "At least 17 people were killed in the blast.", "17", 17, "at least", "", "people", "killed"},
		{"dead", "Officials said 8 dead and 30 wounded.", "8", 8, "", "", "dead", "dead"},
		{"injured", "The attack injured more than 200 civilians.", "200", 200, "more than", "", "civilians", "injured"},
		{"missing words", "Twelve fishermen are missing after the storm.", "Twelve", 12, "", "", "fishermen", "missing"},
		{"displaced", "The floods have displaced 2.5 million people.", "2.5 million", 2.5e6, "", "", "people", "displaced"},
		{"fled", "Nearly 40,000 residents have fled the city.", "40,000", 40000, "nearly", "", "residents", "fled"},
		{"arrested", "Police arrested 35 protesters on Sunday.", "35", 35, "", "", "protesters", "arrested"},
		{"kidnapped", "Gunmen abducted 11 aid workers.", "11", 11, "", "", "workers", "kidnapped"},
		{"troops", "The country will deploy 4,000 troops.", "4,000", 4000, "", "", "troops", "troops"},
		{"fighters", "Some 600 rebel fighters surrendered.", "600", 600, "some", "", "fighters", "fighters"},
		{"refugees", "The camp holds 80,000 Syrian refugees.", "80,000", 80000, "", "", "refugees", "refugees"},
		{"population", "It is a town of about 25,000.", "25,000", 25000, "about", "", "", "population"},
		{"distance km", "The camp lies 40 km south of the capital.", "40", 40, "", "km", "", "distance"},
		{"money", "Donors pledged $3.2 billion in aid.", "$3.2 billion", 3.2e9, "", "USD", "", "money"},
		{"percent", "Turnout fell to 38 percent.", "38", 38, "", "%", "", "percent"},
		{"percent sign", "Prices rose 4.5% in March.", "4.5%", 4.5, "", "%", "", "percent"},
		{"duration", "It is a 20 minute walk from the station.", "20", 20, "", "min", "", "duration"},
		{"hundreds", "Hundreds of families were displaced.", "Hundreds", 200, "", "", "families", "displaced"},
		{"dozen", "A dozen soldiers were wounded.", "A dozen", 12, "", "", "soldiers", "injured"},
		{"death noun", "There were 170 suspected deaths in May.", "170", 170, "", "", "deaths", "killed"},
		{"age", "A 25-year-old man was detained.", "25", 25, "", "yr", "", "age"},
		{"things not people", "Floods cut off dozens of villages and killed 9 people.", "dozens", 24, "", "", "villages", "other"},
		{"name before noun", "Hundreds of ISIS fighters surrendered.", "Hundreds", 200, "", "", "fighters", "fighters"},
		{"distance hyphen", "A 40-mile convoy stalled.", "40", 40, "", "mi", "", "distance"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := run(t, c.text, "2020-05-05")
			for _, q := range d.Quantities {
				if q.Text != c.want {
					continue
				}
				if d.Text[q.Start:q.End] != q.Text {
					t.Errorf("offsets %d:%d do not give %q", q.Start, q.End, q.Text)
				}
				if q.Value != c.value || q.Approx != c.approx || unit(q) != c.unit || q.Noun != c.noun || q.Category != c.category {
					t.Errorf("%q = %g approx %q unit %q noun %q category %q; want %g %q %q %q %q",
						q.Text, q.Value, q.Approx, unit(q), q.Noun, q.Category, c.value, c.approx, c.unit, c.noun, c.category)
				}
				return
			}
			var texts []string
			for _, q := range d.Quantities {
				texts = append(texts, q.Text)
			}
			t.Errorf("%q not found (found %q)", c.want, texts)
		})
	}
}

// TestNotQuantities lists numbers that are not counts.
func TestNotQuantities(t *testing.T) {
	for _, text := range []string{
		"The law was passed in 1998.",
		"The meeting starts at 10:30 a.m. on June 4.",
		"He finished third in the race.",
		"Flight 370 disappeared over the sea.",
		"The talks ended on March 3, 2015.",
		"Polls closed at 1800 GMT.",
	} {
		t.Run(text, func(t *testing.T) {
			d := run(t, text, "2016-01-01")
			if len(d.Quantities) != 0 {
				t.Errorf("found %q", d.Quantities[0].Text)
			}
		})
	}
}

func TestBounds(t *testing.T) {
	d := run(t, "Up to 500 soldiers and at least 20 tanks were sent; thousands of people fled.", "2020-01-01")
	if len(d.Quantities) != 3 {
		t.Fatalf("found %d quantities", len(d.Quantities))
	}
	if q := d.Quantities[0]; q.Max == nil || *q.Max != 500 || q.Min != nil {
		t.Errorf("up to 500: min %v max %v", q.Min, q.Max)
	}
	if q := d.Quantities[1]; q.Min == nil || *q.Min != 20 {
		t.Errorf("at least 20: min %v", q.Min)
	}
	if q := d.Quantities[2]; q.Min == nil || q.Max == nil || *q.Min >= *q.Max || q.Category != "fled" {
		t.Errorf("thousands: min %v max %v category %q", q.Min, q.Max, q.Category)
	}
}

// TestReferenceArticle checks every count of the reference article.
func TestReferenceArticle(t *testing.T) {
	path := shareddata.Path(t, "seed/000_01a986955927ca01.txt")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d := run(t, string(b), "2014-06-21")
	want := []struct {
		text     string
		value    float64
		approx   string
		unit     string
		category string
	}{
		{"1,500", 1500, "", "", "killed"},
		{"300,000", 300000, "", "", "fled"},
		{"1 million", 1e6, "", "", "displaced"},
		{"300", 300, "up to", "", "advisers"},
		{"10,000", 10000, "around", "", "population"},
		{"13", 13, "about", "mi", "distance"},
		{"150", 150, "about", "mi", "distance"},
	}
	for _, w := range want {
		t.Run(w.text, func(t *testing.T) {
			for _, q := range d.Quantities {
				if q.Text != w.text {
					continue
				}
				if q.Value != w.value || q.Approx != w.approx || unit(q) != w.unit || q.Category != w.category {
					t.Errorf("%q = %g %q %q %q, want %g %q %q %q", q.Text, q.Value, q.Approx, unit(q), q.Category, w.value, w.approx, w.unit, w.category)
				}
				return
			}
			t.Errorf("%q not found", w.text)
		})
	}
	for _, q := range d.Quantities {
		if q.Value == 2014 || q.Value == 12 || q.Value == 30 {
			t.Errorf("a date part was counted: %q", q.Text)
		}
	}
}

func FuzzQuantities(f *testing.F) {
	f.Add("Up to 300 advisers; about 13 miles; $5 million; 10%; hundreds of thousands fled.")
	f.Add("1,500 Shi’ites 1.5bn 2:30 a 10th F-16 #9")
	f.Fuzz(func(t *testing.T, text string) {
		d := doc.New(text)
		d.Sentences = []doc.Sentence{{Start: 0, End: len(text)}}
		_ = timex.New().Process(context.Background(), d)
		if err := New().Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		for _, q := range d.Quantities {
			if q.Start < 0 || q.End > len(text) || q.Start >= q.End || text[q.Start:q.End] != q.Text {
				t.Fatalf("bad span %+v", q)
			}
		}
	})
}

func TestOverflowingNumeralIsNotAQuantity(t *testing.T) {
	d := run(t, "They counted "+strings.Repeat("9", 400)+" people and 12 soldiers.", "2016-01-01")
	for _, q := range d.Quantities {
		if !finite(q) {
			t.Fatalf("quantity %q has a non-finite value", q.Text)
		}
	}
	if _, err := json.Marshal(d); err != nil {
		t.Fatalf("document does not encode: %v", err)
	}
}
