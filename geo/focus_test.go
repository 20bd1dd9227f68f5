package geo

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep/geo/gazetteer"
	"github.com/sitrep/sitrep/geo/gazetteer/gaztest"
)

// TestDocumentFocus resolves whole texts whose places only make sense
// together: the country the text names decides an ambiguous town, a city
// and the same-named region around it are not told apart by the other
// places, a word that only sounds like a faraway village is no place, and
// a place the gazetteer lacks is put in the country the text says.
func TestDocumentFocus(t *testing.T) {
	g := gaztest.Open(t)
	r := New(g)
	runSpanCases(t, r, []spanCase{
		{name: "country named alone is the larger Congo",
			text: "GOMA, Congo — Aid workers reached Beni after a week of fighting.", spans: []string{"GOMA", "Congo", "Beni"},
			want: "Beni", cc: "CD", feat: "PPL"},
		{name: "Congo itself", text: "Voters in Congo queued for hours in Kinshasa.", spans: []string{"Congo", "Kinshasa"},
			want: "Congo", cc: "CD", feat: "PCL"},
		{name: "city over the same-named region",
			text: "Police in Naypyitaw and Mandalay arrested dozens of teachers.", spans: []string{"Naypyitaw", "Mandalay"},
			want: "Mandalay", cc: "MM", feat: "PPL"},
		{name: "sound-alike far away is no place",
			text: "Elders in Kidal said Tuareg leaders met officials from Gao.", spans: []string{"Kidal", "Tuareg", "Gao"},
			want: "Tuareg", cc: ""},
		{name: "another sound-alike far away",
			text: "In Kandahar and Jalalabad, Pashtun elders met the governor.", spans: []string{"Kandahar", "Jalalabad", "Pashtun"},
			want: "Pashtun", cc: ""},
		{name: "sound-alike that fits the text stays",
			text: "Clashes in Baiji and Tikrit, north of Baghdad.", spans: []string{"Baiji", "Tikrit", "Baghdad"},
			want: "Baiji", cc: "IQ", feat: "PPL"},
		{name: "village in a named country",
			text:  "Troops entered the northern Malian village of Zqorbadou on Friday, officials in Bamako said.",
			spans: []string{"Malian", "Zqorbadou", "Bamako"}, want: "Zqorbadou", cc: "ML", relTo: "in "},
		{name: "village in the document's country",
			text:  "Gunmen raided the village of Qzandula near Pemba, officials in Maputo said.",
			spans: []string{"Qzandula", "Pemba", "Maputo"}, want: "Qzandula", cc: "MZ", relTo: "in "},
		{name: "island in the document's country",
			text:  "Troops landed on the southern island of Qzolandra, Manila and Cebu officials said.",
			spans: []string{"Qzolandra", "Manila", "Cebu"}, want: "Qzolandra", cc: "PH", relTo: "in "},
		{name: "unknown name without a place cue stays unknown",
			text:  "Qzandula told officials in Maputo and Pemba that aid was late.",
			spans: []string{"Qzandula", "Maputo", "Pemba"}, want: "Qzandula", cc: ""},
		{name: "no country holds most places",
			text:  "The village of Qzandula lies between Paris, Lagos, Tokyo and Lima.",
			spans: []string{"Qzandula", "Paris", "Lagos", "Tokyo", "Lima"}, want: "Qzandula", cc: ""},
		{name: "town whose relation names no known place",
			text:  "Raids near the towns of Mora and Qzolofata in Cameroon's Far North region killed nine. Gunmen then attacked Qzolofata, a town close to the Nigerian border.",
			spans: []string{"Mora", "Qzolofata", "Cameroon", "Far North", "Qzolofata"}, want: "Qzolofata", cc: "CM", relTo: "in "},
		{name: "a place by a town of the text's country is in that country",
			text:  "Gunmen stormed Qzuro Kessoum, about 12 km north of Mora, after raids near Maroua and Kousseri in Cameroon.",
			spans: []string{"Qzuro Kessoum", "Mora", "Maroua", "Kousseri", "Cameroon"}, want: "Qzuro Kessoum", cc: "CM", relTo: "about 12 km north of Mora"},
		{name: "a seat GeoNames gives no population is no village",
			text:  "Mauritania protested after troops from Mali attacked herders near the town of Nara. Refugees reached Nema, officials in Nouakchott said.",
			spans: []string{"Mauritania", "Mali", "Nara", "Nema", "Nouakchott"}, want: "Nara", cc: "ML", feat: "PPL"},
		{name: "village with a country after it",
			text: "Drones struck Xqulbara, Syria, and the town of Idlib.", spans: []string{"Xqulbara", "Syria", "Idlib"},
			want: "Xqulbara", cc: "SY", relTo: "in "},
	})
}

// spanCase is a text with its mentions and what one of them must resolve
// to.
type spanCase struct {
	name  string
	text  string
	spans []string // the mentions, in text order (first occurrence each)
	want  string   // the span checked
	cc    string   // its country, "" when it must stay unresolved
	feat  string   // its feature class prefix ("" = any)
	relTo string   // a relation the answer must carry ("" = none)
}

// runSpanCases resolves each case's mentions with r and checks the wanted
// one.
func runSpanCases(t *testing.T, r *Resolver, tests []spanCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ms []Mention
			at := 0
			want := -1
			for _, s := range tt.spans {
				i := strings.Index(tt.text[at:], s)
				if i < 0 {
					t.Fatalf("span %q not in text", s)
				}
				if s == tt.want {
					want = len(ms)
				}
				ms = append(ms, Mention{Start: at + i, End: at + i + len(s), Dateline: at+i == 0 && strings.ToUpper(s) == s})
				at += i + len(s)
			}
			res := r.Resolve(tt.text, ms)[want]
			if tt.cc == "" {
				if res.Resolved {
					t.Fatalf("%s resolved as %s (%s), want unresolved", tt.want, res.Name, res.Country)
				}
				return
			}
			if !res.Resolved {
				t.Fatalf("%s unresolved, want a place in %s", tt.want, tt.cc)
			}
			if res.Country != tt.cc || !strings.HasPrefix(res.Feature, tt.feat) {
				t.Errorf("%s = %s (%s %s), want country %s feature %s*", tt.want, res.Name, res.Country, res.Feature, tt.cc, tt.feat)
			}
			if !strings.HasPrefix(res.Relation, tt.relTo) || (tt.relTo == "") != (res.Relation == "") {
				t.Errorf("%s relation %q, want prefix %q", tt.want, res.Relation, tt.relTo)
			}
		})
	}
}

// A sea or a river the gazetteer of towns lacks is no town.
func TestNaturalNameNoTown(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{{"Black Sea", true}, {"Cuyuni River", true}, {"Nuba Mountains", true}, {"Sea Point", false}, {"Kolofata", false}} {
		if got := naturalName(c.name); got != c.want {
			t.Errorf("naturalName(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}

// A mention the text marks as the other kind of place than the document's
// sense of the name takes that kind: "Mafeteng town" in a story about the
// district of Mafeteng is the town.
func TestMarkedSensePerMention(t *testing.T) {
	text := "Lesotho imposed a curfew on the western district of Mafeteng. Gunmen killed nine people in a village east of Mafeteng town. Police in the district of Mafeteng arrested four men."
	g, res := resolveNames(t, text, "Mafeteng", "Mafeteng", "Mafeteng")
	wantClasses(t, g, res, 'A', 'P', 'A')
}

// A mention marked as nothing goes with the town when the text calls the
// name a town somewhere and the document's sense is the region.
func TestUnmarkedMentionWithTown(t *testing.T) {
	text := "Troops pressed an offensive near the western city of Kasserine. Jihadists have sheltered in the Kasserine region for years. In Kasserine, young men blocked the main road on Monday."
	g, res := resolveNames(t, text, "Kasserine", "Kasserine", "Kasserine")
	wantClasses(t, g, res, 'P', 'A', 'P')
}

// A prison named by a town the gazetteer knows only abroad, in a story
// all in another country, is not that town; the name told again alone is
// no support for it.
func TestForeignPrisonTownDropped(t *testing.T) {
	text := "Mourners clashed with police in Sitra, Bahrain, after the funeral of a prisoner who died at Jau prison, south of Manama. Protesters gathered in Sanabis and in Manama. Inmates in Jau began a hunger strike, activists in Bahrain said."
	_, res := resolveNames(t, text, "Sitra", "Bahrain", "Jau prison", "Manama", "Sanabis", "Manama", "Jau", "Bahrain")
	for _, i := range []int{2, 6} {
		if res[i].Resolved && res[i].Country != "BH" {
			t.Errorf("mention %d: resolved to %s, %s; want none abroad", i, res[i].Name, res[i].Country)
		}
	}
}

// resolveNames resolves the mentions of names in text (in order) with the
// test gazetteer, one resolution each.
func resolveNames(t *testing.T, text string, names ...string) (*gazetteer.Gazetteer, []Resolution) {
	t.Helper()
	g := gaztest.Open(t)
	res := New(g).Resolve(text, mentionsOf(text, names...))
	if len(res) != len(names) {
		t.Fatalf("%d resolutions for %d mentions", len(res), len(names))
	}
	return g, res
}

// wantClasses checks that each resolution is resolved to an entry of the
// GeoNames class given for it.
func wantClasses(t *testing.T, g *gazetteer.Gazetteer, res []Resolution, classes ...byte) {
	t.Helper()
	for i, want := range classes {
		if !res[i].Resolved || res[i].Entry < 0 || g.Entry(res[i].Entry).Class != want {
			t.Errorf("mention %d: %s (%s), want class %c", i, res[i].Name, res[i].Feature, want)
		}
	}
}
