package geo

import (
	"context"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/clean"
	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/geo/gazetteer/gaztest"
	"github.com/sitrep/sitrep/pipeline"
	"github.com/sitrep/sitrep/segment"
)

// TestKindCues resolves names the text calls a kind of place right at the
// name: a region that shares its name with a town is the region when the
// text says so ("X province", "the district of X", "X, a province"); a
// possessor is the country a name is in; a name the gazetteer only knows
// by faraway sound-alikes that the text calls a suburb or town goes to the
// document's country.
func TestKindCues(t *testing.T) {
	g := gaztest.Open(t)
	r := New(g)
	runSpanCases(t, r, []spanCase{
		{name: "district of X is the district, not its town",
			text: "Soldiers patrolled the district of Lakki Marwat after the raid.", spans: []string{"Lakki Marwat"},
			want: "Lakki Marwat", cc: "PK", feat: "ADM2"},
		{name: "X district",
			text: "Soldiers patrolled Lakki Marwat district after the raid.", spans: []string{"Lakki Marwat"},
			want: "Lakki Marwat", cc: "PK", feat: "ADM2"},
		{name: "the town itself without a cue",
			text: "Soldiers patrolled Lakki Marwat after the raid.", spans: []string{"Lakki Marwat"},
			want: "Lakki Marwat", cc: "PK", feat: "PPL"},
		{name: "appositive province",
			text: "Airstrikes hit Khost, a mountainous province on the border, overnight.", spans: []string{"Khost"},
			want: "Khost", cc: "AF", feat: "ADM1"},
		{name: "appositive town",
			text: "Airstrikes hit Khost, a busy town on the border, overnight.", spans: []string{"Khost"},
			want: "Khost", cc: "AF", feat: "PPL"},
		{name: "possessive province",
			text: "Jets struck Afghanistan's Khost province overnight.", spans: []string{"Afghanistan", "Khost"},
			want: "Khost", cc: "AF", feat: "ADM1"},
		{name: "officials in a city after a province is named",
			text: "Fighters seized villages in western Anbar province, officials in Baghdad said.", spans: []string{"Anbar", "Baghdad"},
			want: "Baghdad", cc: "IQ", feat: "PPLC"},
		{name: "a possessor picks the country of an ambiguous town",
			text: "Protesters gathered in Pakistan's Hyderabad on Friday.", spans: []string{"Pakistan", "Hyderabad"},
			want: "Hyderabad", cc: "PK", feat: "PPL"},
		{name: "a possessor is the country of an unknown place",
			text:  "Officials in Santo Domingo and Santiago said gangs burned Haiti's Qzerbonne district.",
			spans: []string{"Santo Domingo", "Santiago", "Qzerbonne"}, want: "Qzerbonne", cc: "HT", relTo: "in Haiti"},
		{name: "suburb known only by sound-alikes goes to the document's country",
			text:  "Police raided homes in the suburb of Tabarre on Tuesday, officials in Port-au-Prince said.",
			spans: []string{"Tabarre", "Port-au-Prince"}, want: "Tabarre", cc: "HT", relTo: "in "},
		{name: "a country closing a chain of containers holds the first name",
			text:  "A man attacked people in a park in Reading, Berkshire, UK on Saturday.",
			spans: []string{"Reading", "Berkshire", "UK"}, want: "Reading", cc: "GB"},
		{name: "a plural kind noun names no place",
			text:  "Several provinces sent troops to Port-au-Prince and Cap-Haitien.",
			spans: []string{"Several", "Port-au-Prince", "Cap-Haitien"}, want: "Several", cc: ""},
	})
}

// TestRegionNameTypedOtherwise: a long name of a populous region that the
// tagger typed as a person or misc is still a place; generic names,
// organisations, small regions and speakers are not.
func TestRegionNameTypedOtherwise(t *testing.T) {
	g := gaztest.Open(t)
	tests := []struct {
		text, span, typ string
		placed          bool
	}{
		{"Police raided homes across Khyber Pakhtunkhwa on Monday.", "Khyber Pakhtunkhwa", "PERSON", true},
		{"Floods reached New South Wales overnight.", "New South Wales", "MISC", true},
		{"The case went to the Southern District last year.", "Southern District", "PERSON", false},
		{"Khyber Pakhtunkhwa said on Monday it would appeal.", "Khyber Pakhtunkhwa", "PERSON", false},
		{"Floods reached New South Wales overnight.", "New South Wales", "ORG", false},
		{"Paris Hilton was not there.", "Paris Hilton", "PERSON", false},
	}
	for _, tt := range tests {
		t.Run(tt.text+"/"+tt.typ, func(t *testing.T) {
			p, err := pipeline.New(clean.New(), segment.New())
			if err != nil {
				t.Fatal(err)
			}
			d := doc.FromInput([]byte(tt.text), "test")
			if err := p.Process(context.Background(), d); err != nil {
				t.Fatal(err)
			}
			i := strings.Index(d.Text, tt.span)
			d.Entities = []doc.Entity{{Text: tt.span, Type: tt.typ, Start: i, End: i + len(tt.span)}}
			d.Annotations = append(d.Annotations, doc.AnnEntities)
			if err := NewStageWith(g, Options{}).Process(context.Background(), d); err != nil {
				t.Fatal(err)
			}
			got := placeOf(d, tt.span)
			if (got != nil) != tt.placed {
				t.Fatalf("%q typed %s: placed=%v (%+v), want %v", tt.span, tt.typ, got != nil, got, tt.placed)
			}
			if got != nil && got.Feature != "ADM1" {
				t.Errorf("%q placed at %s %s, want the first-level region", tt.span, got.Name, got.Feature)
			}
		})
	}
}

// TestHyphenatedNameWithoutNER: without NER, a capitalised name joined by
// hyphens through lowercase words is one name ("Port-au-Prince"), not its
// first word.
func TestHyphenatedNameWithoutNER(t *testing.T) {
	g := gaztest.Open(t)
	d := process(t, g, "Gangs control much of Port-au-Prince, officials in Haiti said.", Options{})
	p := placeOf(d, "Port-au-Prince")
	if p == nil || p.Country != "HT" || p.Feature != "PPLC" {
		t.Fatalf("Port-au-Prince = %+v, want the capital of Haiti (places %+v)", p, d.Places)
	}
	if q := placeOf(d, "Port"); q != nil {
		t.Errorf("the first word alone was placed: %+v", q)
	}
}
