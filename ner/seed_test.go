package ner

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
)

// runText runs clean, segment and ner over a text.
func runText(t testing.TB, text string) *doc.Doc {
	t.Helper()
	st, err := New()
	if err != nil {
		t.Fatal(err)
	}
	p, err := pipeline.New(clean.New(), segment.New(), st)
	if err != nil {
		t.Fatal(err)
	}
	d := doc.FromInput([]byte(text), "test")
	if err := p.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	return d
}

func dumpEntities(d *doc.Doc) string {
	var b strings.Builder
	for _, e := range d.Entities {
		b.WriteString(e.Type + " " + e.Text)
		if e.Title != "" {
			b.WriteString(" [title " + e.Title + "]")
		}
		if e.Acronym != "" {
			b.WriteString(" [acronym " + e.Acronym + "]")
		}
		if e.Canonical != "" {
			b.WriteString(" [= " + e.Canonical + "]")
		}
		b.WriteString("\n")
	}
	return b.String()
}

// expect is an entity that must be found: exact text and type, and the
// title/acronym/canonical when given.
type expect struct {
	text, typ, title, acronym, canonical string
}

func checkEntities(t *testing.T, d *doc.Doc, want []expect) {
	t.Helper()
	for _, e := range d.Entities {
		if d.Text[e.Start:e.End] != e.Text {
			t.Errorf("entity %q: offsets %d:%d give %q", e.Text, e.Start, e.End, d.Text[e.Start:e.End])
		}
	}
	for _, w := range want {
		t.Run(w.typ+" "+w.text, func(t *testing.T) {
			var found []doc.Entity
			for _, e := range d.Entities {
				if e.Text == w.text {
					found = append(found, e)
				}
			}
			if len(found) == 0 {
				t.Fatalf("%s %q not found; entities:\n%s", w.typ, w.text, dumpEntities(d))
			}
			for _, e := range found {
				if e.Type == w.typ && (w.title == "" || e.Title == w.title) && (w.acronym == "" || e.Acronym == w.acronym) && (w.canonical == "" || e.Canonical == w.canonical) {
					return
				}
			}
			t.Errorf("%q found as %+v, want %+v", w.text, found, w)
		})
	}
}

// TestSeedArticle runs clean, segment and ner on the reference article and
// checks every person and organisation it names.
func TestSeedArticle(t *testing.T) {
	path := shareddata.Path(t, "seed/000_01a986955927ca01.txt")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d := runText(t, string(b))
	checkEntities(t, d, []expect{
		{text: "Mahmoud", typ: "PERSON"},
		{text: "Abdullah", typ: "PERSON"},
		{text: "Moqtada al-Sadr", typ: "PERSON"},
		{text: "al-Sadr", typ: "PERSON", canonical: "Moqtada al-Sadr"},
		{text: "Nouri al-Maliki", typ: "PERSON"},
		{text: "Maliki", typ: "PERSON", canonical: "Nouri al-Maliki"},
		{text: "Ali al-Sistani", typ: "PERSON", title: "Grand Ayatollah"},
		{text: "Barack Obama", typ: "PERSON", title: "President"},
		{text: "Obama", typ: "PERSON", canonical: "Barack Obama"},
		{text: "Josh Earnest", typ: "PERSON"},
		{text: "John Kerry", typ: "PERSON", title: "Secretary of State"},
		{text: "Kerry", typ: "PERSON", canonical: "John Kerry"},
		{text: "John Kirby", typ: "PERSON", title: "Rear Adm."},
		{text: "Saddam Hussein", typ: "PERSON"},
		{text: "Islamic State of Iraq and the Levant", typ: "ORG", acronym: "ISIL"},
		{text: "ISIL", typ: "ORG", canonical: "Islamic State of Iraq and the Levant"},
		{text: "al-Qaida", typ: "ORG"},
		{text: "Associated Press", typ: "ORG"},
		{text: "Da’esh", typ: "ORG"},
		{text: "Mehdi army", typ: "ORG"},
		{text: "State of Law", typ: "ORG"},
		{text: "White House", typ: "ORG"},
		{text: "NATO", typ: "ORG"},
		{text: "U.S. Defense Department", typ: "ORG"},
		{text: "U.N. Refugee Agency", typ: "ORG"},
		{text: "U.S. State Department", typ: "ORG"},
	})
	for _, e := range d.Entities {
		if e.Type == "PERSON" {
			for _, w := range strings.Fields(e.Text) {
				if defaultGazetteer().has(gTitle, lowerForm(w)) {
					t.Errorf("person %q holds the title word %q", e.Text, w)
				}
			}
		}
	}
}

// ownParagraph is a news paragraph written for this test.
const ownParagraph = `BEIRUT (Reuters) - Lebanese Prime Minister Saad Hariri met French President Emmanuel Macron in Paris on Tuesday, a day after the Hezbollah movement warned against foreign interference.
The Syrian Observatory for Human Rights (SOHR) said shelling near the Litani River had stopped, and that the Lebanese Army had closed the Masnaa crossing.
Hariri told reporters the World Bank had pledged new loans. Foreign Minister Gebran Bassil said Lebanon would not take sides, while SOHR reported that Hezbollah fighters had left Qusayr.
Karim, a teacher who fled the fighting with his family, said Christian and Druze villages near the Syrian border were empty.
`

func TestOwnParagraph(t *testing.T) {
	d := runText(t, ownParagraph)
	t.Log("\n" + dumpEntities(d))
	checkEntities(t, d, []expect{
		{text: "BEIRUT", typ: "GPE"},
		{text: "Reuters", typ: "ORG"},
		{text: "Lebanese", typ: "NORP"},
		{text: "Saad Hariri", typ: "PERSON", title: "Prime Minister"},
		{text: "Emmanuel Macron", typ: "PERSON", title: "President"},
		{text: "Paris", typ: "GPE"},
		{text: "Hezbollah", typ: "ORG"},
		{text: "Syrian Observatory for Human Rights", typ: "ORG", acronym: "SOHR"},
		{text: "SOHR", typ: "ORG", canonical: "Syrian Observatory for Human Rights"},
		{text: "Litani River", typ: "LOC"},
		{text: "Lebanese Army", typ: "ORG"},
		{text: "Hariri", typ: "PERSON", canonical: "Saad Hariri"},
		{text: "World Bank", typ: "ORG"},
		{text: "Gebran Bassil", typ: "PERSON", title: "Foreign Minister"},
		{text: "Lebanon", typ: "GPE"},
		{text: "Karim", typ: "PERSON"},
		{text: "Christian", typ: "NORP"},
		{text: "Druze", typ: "NORP"},
	})
}

// FuzzStage runs clean, segment and ner on arbitrary text and checks the
// entities: in order, not overlapping, offsets matching their text and
// tokens, known types.
func FuzzStage(f *testing.F) {
	f.Add(ownParagraph)
	f.Add("Secretary of State ( ISIL ) al- - Maliki , a said")
	f.Add("The ( ) Army of the ( AOF ) AOF AOF fighters Leila , 3")
	f.Add("Mount\nRiver Tigris River dam")
	st, err := New()
	if err != nil {
		f.Fatal(err)
	}
	p, err := pipeline.New(clean.New(), segment.New(), st)
	if err != nil {
		f.Fatal(err)
	}
	types := map[string]bool{"PERSON": true, "ORG": true, "GPE": true, "LOC": true, "FAC": true, "NORP": true, "MISC": true}
	f.Fuzz(func(t *testing.T, text string) {
		d := doc.FromInput([]byte(text), "fuzz")
		if err := p.Process(context.Background(), d); err != nil {
			if strings.Contains(err.Error(), "internal error") {
				t.Fatal(err)
			}
			return
		}
		last := -1
		for _, e := range d.Entities {
			if e.Start < last || e.Start >= e.End || e.End > len(d.Text) || d.Text[e.Start:e.End] != e.Text {
				t.Fatalf("bad entity %+v (previous end %d)", e, last)
			}
			if e.TokStart < 0 || e.TokEnd > len(d.Tokens) || e.TokStart >= e.TokEnd || d.Tokens[e.TokStart].Start != e.Start || d.Tokens[e.TokEnd-1].End != e.End {
				t.Fatalf("bad token range %+v", e)
			}
			if !types[e.Type] {
				t.Fatalf("bad type %q", e.Type)
			}
			last = e.End
		}
	})
}
