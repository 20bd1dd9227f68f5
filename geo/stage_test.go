package geo

import (
	"context"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/clean"
	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/geo/gazetteer"
	"github.com/sitrep/sitrep/geo/gazetteer/gaztest"
	"github.com/sitrep/sitrep/internal/shareddata"
	"github.com/sitrep/sitrep/ner"
	"github.com/sitrep/sitrep/pipeline"
	"github.com/sitrep/sitrep/segment"
)

// want is where a place should be: within km of a point.
type want struct {
	lat, lon, km float64
}

func process(t *testing.T, g *gazetteer.Gazetteer, text string, opts Options, extra ...pipeline.Stage) *doc.Doc {
	t.Helper()
	stages := append([]pipeline.Stage{clean.New(), segment.New()}, extra...)
	p, err := pipeline.New(append(stages, NewStageWith(g, opts))...)
	if err != nil {
		t.Fatal(err)
	}
	d := doc.FromInput([]byte(text), "test")
	if err := p.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	return d
}

// placeOf returns the place with a mention whose text is name (or starts
// with it: "Beiji refinery").
func placeOf(d *doc.Doc, name string) *doc.Place {
	for i := range d.Places {
		for _, m := range d.Places[i].Mentions {
			mt := strings.ToLower(d.Text[m[0]:m[1]])
			if mt == strings.ToLower(name) || strings.HasPrefix(mt, strings.ToLower(name)+" ") {
				return &d.Places[i]
			}
		}
	}
	return nil
}

// TestReferenceArticle runs the stage on the reference article, with the
// capitalised-span fallback and with NER: every place it names is placed
// where it is.
func TestReferenceArticle(t *testing.T) {
	path := shareddata.Path(t, "seed/000_01a986955927ca01.txt")
	g := gaztest.Open(t)
	text, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Run("capitalised spans", func(t *testing.T) {
		checkReference(t, process(t, g, string(text), Options{}))
	})
	t.Run("ner", func(t *testing.T) {
		st, err := ner.New()
		if err != nil {
			t.Skipf("skipped: no NER model: %v", err)
		}
		checkReference(t, process(t, g, string(text), Options{}, st))
	})
}

func checkReference(t *testing.T, d *doc.Doc) {
	places := map[string]want{
		"Qaim":          {34.39, 40.99, 10},
		"Rawah":         {34.48, 41.92, 10},
		"Mosul":         {36.34, 43.12, 10},
		"Baghdad":       {33.34, 44.40, 10},
		"Khazna":        {36.34, 43.12, 30}, // "about 13 miles from Mosul"
		"Sadr City":     {33.38, 44.45, 15}, // "the Sadr City section of Baghdad"
		"Beiji":         {34.93, 43.49, 10},
		"Anbar":         {33.0, 42.0, 161},
		"Iraq":          {33.0, 44.0, 161},
		"Syria":         {35.0, 38.0, 161},
		"Iran":          {32.0, 53.0, 161},
		"Jordan":        {31.0, 36.0, 161},
		"Brussels":      {50.85, 4.35, 10},
		"Paris":         {48.85, 2.35, 10},
		"United States": {39.8, -98.5, 161},
	}
	for name, w := range places {
		t.Run(name, func(t *testing.T) {
			p := placeOf(d, name)
			if p == nil {
				t.Fatalf("%s: not found among %d places", name, len(d.Places))
			}
			if km := gazetteer.DistanceKm(p.Lat, p.Lon, w.lat, w.lon); km > w.km {
				t.Errorf("%s placed at %s (%s %s %.3f,%.3f), %.0f km from where it is", name, p.Name, p.Feature, p.Country, p.Lat, p.Lon, km)
			}
		})
	}
	kh := placeOf(d, "Khazna")
	if kh != nil && (kh.PrecisionKm < 15 || kh.PrecisionKm > 30 || kh.Relation == "") {
		t.Errorf("Khazna precision %.1f km, relation %q: want about 21 km (13 miles)", kh.PrecisionKm, kh.Relation)
	}
	if kh != nil && len(kh.Mentions) < 2 {
		t.Errorf("Khazna has %d mentions, want the dateline's and the text's", len(kh.Mentions))
	}
	if p := placeOf(d, "Iraq"); p != nil && (p.Feature != "PCLI" || p.Country != "IQ") {
		t.Errorf("Iraq = %+v, want the country", p)
	}
	if p := placeOf(d, "Obama"); p != nil {
		t.Errorf("Obama taken as a place: %+v", p)
	}
	// one place per distinct place, every mention inside the text
	seen := map[string]bool{}
	for _, p := range d.Places {
		key := p.Name + "|" + p.Country + "|" + p.Feature
		if seen[key] && p.Relation == "" {
			t.Errorf("place %s listed twice", key)
		}
		seen[key] = true
		for _, m := range p.Mentions {
			if m[0] < 0 || m[1] > len(d.Text) || m[0] >= m[1] {
				t.Errorf("%s: bad mention %v", p.Name, m)
			}
		}
	}
}

// TestStageWithEntities uses NER output when the document has it: only
// GPE/LOC/FAC entities are places, NORP ones are evidence.
func TestStageWithEntities(t *testing.T) {
	g := gaztest.Open(t)
	text := "Kurdish fighters entered Kirkuk on Sunday. Paris Hilton was not there. Officials in Erbil said the Beiji refinery was hit."
	d := withEntities(t, g, text, Options{Explain: true}, func(d *doc.Doc) []doc.Entity {
		ent := func(s, typ string) doc.Entity { return entityAt(d, s, typ) }
		return []doc.Entity{ent("Kurdish", "NORP"), ent("Kirkuk", "GPE"), ent("Paris Hilton", "PERSON"), ent("Erbil", "GPE"), ent("Beiji refinery", "FAC")}
	})
	wants := map[string]want{"Kirkuk": {35.47, 44.39, 10}, "Erbil": {36.19, 44.01, 10}, "Beiji refinery": {34.93, 43.49, 10}}
	if len(d.Places) != len(wants) {
		t.Errorf("got %d places, want %d: %+v", len(d.Places), len(wants), d.Places)
	}
	for name, w := range wants {
		p := placeOf(d, name)
		if p == nil {
			t.Errorf("%s: not placed", name)
			continue
		}
		if km := gazetteer.DistanceKm(p.Lat, p.Lon, w.lat, w.lon); km > w.km {
			t.Errorf("%s at %s %.2f,%.2f: %.0f km off", name, p.Name, p.Lat, p.Lon, km)
		}
		if len(p.Candidates) == 0 {
			t.Errorf("%s: no candidates kept with Explain", name)
		}
	}
	if p := placeOf(d, "Beiji refinery"); p != nil && p.PrecisionKm == 0 {
		t.Errorf("a facility placed at its town should carry a precision, got 0")
	}
}

// withEntities cleans and segments text, sets the entities ents gives
// (as the NER stage would) and runs the geo stage.
func withEntities(t *testing.T, g *gazetteer.Gazetteer, text string, opts Options, ents func(*doc.Doc) []doc.Entity) *doc.Doc {
	t.Helper()
	p, err := pipeline.New(clean.New(), segment.New())
	if err != nil {
		t.Fatal(err)
	}
	d := doc.FromInput([]byte(text), "test")
	if err := p.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	d.Entities = ents(d)
	d.Annotations = append(d.Annotations, doc.AnnEntities)
	if err := NewStageWith(g, opts).Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	return d
}

// TestCountryOrCity checks that countries beat same-named towns unless the
// text points at the town.
func TestCountryOrCity(t *testing.T) {
	g := gaztest.Open(t)
	tests := []struct {
		text, name string
		country    bool
		cc         string
	}{
		{"Kerry will travel to Jordan and then to Lebanon for talks.", "Jordan", true, "JO"},
		{"Russian troops crossed into Georgia, officials in Tbilisi said.", "Georgia", true, "GE"},
		{"Police in Atlanta, Georgia said the suspect fled.", "Georgia", false, "US"},
		{"The mayor of Paris, Texas, said the storm hit the town.", "Paris", false, "US"},
		{"Talks were held in Paris and Berlin.", "Paris", false, "FR"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			d := process(t, g, tt.text, Options{})
			p := placeOf(d, tt.name)
			if p == nil {
				t.Fatalf("%s not found in %+v", tt.name, d.Places)
			}
			isCountry := strings.HasPrefix(p.Feature, "PCL")
			if isCountry != tt.country || p.Country != tt.cc {
				t.Errorf("%s = %s %s %s, want country=%v in %s", tt.name, p.Name, p.Feature, p.Country, tt.country, tt.cc)
			}
		})
	}
}

// TestPersonTypedTowns checks names the entity tagger typed as persons that
// the text puts where a place goes: right after "in", after a verb whose
// object is a place ("entered"), and coordinated with such a name. A
// person after "with" stays a person.
func TestPersonTypedTowns(t *testing.T) {
	g := gaztest.Open(t)
	text := "A car bomb hit a base in Maidan Shahr. The army entered Tell Tamer and Raqqa on Monday. He met with Maidan Shahr."
	last := strings.LastIndex(text, "Maidan Shahr")
	d := withEntities(t, g, text, Options{}, func(d *doc.Doc) []doc.Entity {
		ent := func(s string, from int) doc.Entity {
			i := from + strings.Index(d.Text[from:], s)
			return doc.Entity{Text: s, Type: "PERSON", Start: i, End: i + len(s)}
		}
		return []doc.Entity{ent("Maidan Shahr", 0), ent("Tell Tamer", 0), ent("Raqqa", 0), ent("Maidan Shahr", last)}
	})
	for name, w := range map[string]want{"Maidan Shahr": {34.40, 68.87, 15}, "Tell Tamer": {36.66, 40.37, 15}, "Raqqa": {35.95, 39.01, 15}} {
		p := placeOf(d, name)
		if p == nil {
			t.Errorf("%s: not placed", name)
			continue
		}
		if km := gazetteer.DistanceKm(p.Lat, p.Lon, w.lat, w.lon); km > w.km {
			t.Errorf("%s at %s: %.0f km off", name, p.Name, km)
		}
	}
	for _, pl := range d.Places {
		for _, m := range pl.Mentions {
			if m[0] == last {
				t.Errorf("the person after 'met with' was placed at %s", pl.Name)
			}
		}
	}
}

// TestAcronymOneSense checks that an acronym the entity tagger types as an
// organisation more often than as a place is no place anywhere in the
// document ("FIFA" is no Fife), while a place typed once as an
// organisation stays a place.
func TestAcronymOneSense(t *testing.T) {
	g := gaztest.Open(t)
	text := "Scottish police and the FBI investigated FIFA in Zurich. FIFA officials resigned in Edinburgh. FIFA denied it. Zurich police said nothing."
	d := withEntities(t, g, text, Options{}, func(d *doc.Doc) []doc.Entity {
		var out []doc.Entity
		for _, e := range []struct{ s, typ string }{{"Scottish", "NORP"}, {"FIFA", "GPE"}, {"Zurich", "GPE"}, {"FIFA", "ORG"}, {"Edinburgh", "GPE"}, {"FIFA", "ORG"}, {"Zurich", "ORG"}} {
			from := 0
			if len(out) > 0 {
				from = out[len(out)-1].End
			}
			i := from + strings.Index(d.Text[from:], e.s)
			out = append(out, doc.Entity{Text: e.s, Type: e.typ, Start: i, End: i + len(e.s)})
		}
		return out
	})
	if p := placeOf(d, "FIFA"); p != nil {
		t.Errorf("FIFA placed at %s %s", p.Name, p.Country)
	}
	if p := placeOf(d, "Zurich"); p == nil || p.Country != "CH" {
		t.Errorf("Zurich: %+v, want the Swiss city", p)
	}
}

// TestDatelineNamesATown checks that a dateline's name resolves to the
// town of that name, not a region below a country: "WASHINGTON" opening a
// wire story is the capital, not the state.
func TestDatelineNamesATown(t *testing.T) {
	g := gaztest.Open(t)
	for _, text := range []string{
		"WASHINGTON (Reuters) - Lawmakers met Russian officials on Monday to discuss hacking.",
		"WASHINGTON Christopher Steele, who wrote the reports on Trump, is a former spy, officials said.",
	} {
		d := process(t, g, text, Options{})
		p := placeOf(d, "WASHINGTON")
		if p == nil || p.Feature != "PPLC" || p.Country != "US" {
			t.Errorf("%q: dateline placed at %+v, want the US capital", text, p)
		}
	}
}

// TestDatelineNamesTheRegionsSeat: a dateline's name that is a region's
// and its seat's is the seat: "ANDIJAN, Uzbekistan" is the city Andijon
// (another spelling), not Andijan Region; however small, "KEBILI,
// Tunisia" is the town, not Kebili Governorate; and a district's,
// "LALMONIRHAT, Bangladesh" is the town, not Lalmonirhat District.
func TestDatelineNamesTheRegionsSeat(t *testing.T) {
	g := gaztest.Open(t)
	for _, c := range []struct{ text, name, feature, country string }{
		{"ANDIJAN, Uzbekistan — Uzbek police broke up a protest over gas and power cuts in the eastern Andijan region on Sunday.", "ANDIJAN", "PPLA", "UZ"},
		{"KEBILI, Tunisia (AFP) - Hundreds of farmers marched through the town on Tuesday to protest against water cuts.", "KEBILI", "PPLA", "TN"},
		{"LALMONIRHAT, Bangladesh (AFP) - Police detained five cattle smugglers in the northern district of Lalmonirhat on Sunday.", "LALMONIRHAT", "PPLA2", "BD"},
	} {
		d := process(t, g, c.text, Options{})
		if p := placeOf(d, c.name); p == nil || p.Feature != c.feature || p.Country != c.country {
			t.Errorf("%s: dateline placed at %+v, want the seat (%s, %s)", c.name, p, c.feature, c.country)
		}
	}
}

// TestCapitalOfARegion: "the capital of Nimba County" is no story
// capital (Monrovia), and "Yenagoa, the state capital", tagged an
// organisation, is a town.
func TestCapitalOfARegion(t *testing.T) {
	g := gaztest.Open(t)
	d := process(t, g, "GANTA, Liberia — Riders rode to Sanniquellie, the capital of Nimba County, on Monday.", Options{})
	for _, p := range d.Places {
		if p.Feature == "PPLC" {
			t.Errorf("places %+v, want no national capital", d.Places)
		}
	}
	d = process(t, g, "NEMBE, Nigeria — Young people marched through Yenagoa, the state capital, on Tuesday.", Options{})
	if p := placeOf(d, "Yenagoa"); p == nil || p.Country != "NG" {
		t.Errorf("Yenagoa placed at %+v, want the Nigerian town", p)
	}
}

// TestRoadBetweenTowns: a road named by the towns it joins is at the
// first of them ("the Tinsukia-Kakopathar road" at Tinsukia).
func TestRoadBetweenTowns(t *testing.T) {
	g := gaztest.Open(t)
	text := "Hundreds of residents blocked the Funtua-Zaria highway in Nigeria for several hours on Monday."
	d := withEntities(t, g, text, Options{}, func(d *doc.Doc) []doc.Entity {
		ent := func(s, typ string) doc.Entity { return entityAt(d, s, typ) }
		return []doc.Entity{ent("Funtua-Zaria highway", "FAC"), ent("Nigeria", "GPE")}
	})
	p := placeOf(d, "Funtua-Zaria highway")
	if p == nil || p.Name != "Funtua" || p.Country != "NG" {
		t.Errorf("road placed at %+v, want Funtua", p)
	}
}

// TestSlashDateline: both places of a dateline joined by a slash are
// found ("MIEH MIEH/BEIRUT:", here with two known towns).
func TestSlashDateline(t *testing.T) {
	g := gaztest.Open(t)
	// (no entity for the dateline: its places come from the dateline alone)
	d := withEntities(t, g, "GAZA/JERUSALEM (Reuters) - Israeli aircraft struck the town on Monday, officials said.", Options{},
		func(d *doc.Doc) []doc.Entity { return nil })
	if d.Meta.Dateline == nil {
		t.Fatal("no dateline")
	}
	for _, name := range []string{"GAZA", "JERUSALEM"} {
		if p := placeOf(d, name); p == nil {
			t.Errorf("%s not placed", name)
		}
	}
}

// TestKinBefore: a name set beside a kinship noun is a relative's ("his
// wife, Amelia"), not a place, however NER typed it; a town after a comma
// stays one.
func TestKinBefore(t *testing.T) {
	g := gaztest.Open(t)
	text := "In Swansea, Crolley tried to hit the trooper and his wife, Amelia, who was detained. He drove from Columbia, Lexington."
	d := withEntities(t, g, text, Options{}, typedAs("GPE", "Swansea", "Amelia", "Columbia", "Lexington"))
	if p := placeOf(d, "Amelia"); p != nil {
		t.Errorf("Amelia placed at %s %s", p.Name, p.Country)
	}
	if p := placeOf(d, "Lexington"); p == nil {
		t.Errorf("Lexington unplaced")
	}
}

// TestStreetsAndTownPeople: a name that begins a street's name ("near
// Northwest 34th Street", "on Palestine Street") is no place; a town's
// name on its people ("Gainesville residents", "a DeKalb man"), typed as a
// person, is one.
func TestStreetsAndTownPeople(t *testing.T) {
	g := gaztest.Open(t)
	text := "About 55 Gainesville residents marched near Northwest 34th Street. Others gathered on Palestine Street. A DeKalb man was arrested."
	d := withEntities(t, g, text, Options{}, func(d *doc.Doc) []doc.Entity {
		var out []doc.Entity
		for _, s := range []struct{ name, typ string }{{"Gainesville", "MISC"}, {"Northwest", "PERSON"}, {"Palestine", "GPE"}, {"DeKalb", "MISC"}} {
			i := strings.Index(d.Text, s.name)
			out = append(out, doc.Entity{Text: s.name, Type: s.typ, Start: i, End: i + len(s.name)})
		}
		return out
	})
	for _, name := range []string{"Northwest", "Palestine"} {
		if p := placeOf(d, name); p != nil {
			t.Errorf("%s placed at %s %s", name, p.Name, p.Country)
		}
	}
	for _, name := range []string{"Gainesville", "DeKalb"} {
		if p := placeOf(d, name); p == nil {
			t.Errorf("%s unplaced", name)
		}
	}
}

// TestInitialismNoStateAbbrev: "L.A." folds to the key of the AP
// abbreviation of Louisiana ("La."), but an initialism is no such
// abbreviation; a state's own initialism ("N.Y.") still names it.
func TestInitialismNoStateAbbrev(t *testing.T) {
	g := gaztest.Open(t)
	text := "Police in L.A. arrested two men. A third was held in Albany, N.Y. Two were shot in South L.A. on Monday. 2 men hospitalized after being shot in South L.A.."
	d := withEntities(t, g, text, Options{}, typedAs("GPE", "L.A.", "Albany", "N.Y.", "South L.A."))
	if p := placeOf(d, "L.A."); p == nil || p.Feature == "ADM1" {
		t.Errorf("L.A. placed at %+v, want the city", p)
	}
	if p := placeOf(d, "South L.A."); p == nil || p.Feature == "ADM1" {
		t.Errorf("South L.A. placed at %+v, want the city", p)
	}
	if p := placeOf(d, "N.Y."); p == nil || p.Country != "US" || p.Feature != "ADM1" {
		t.Errorf("N.Y. placed at %+v, want the state", p)
	}
}

// typedAs gives each name's first occurrence in the text as an entity of
// type typ.
func typedAs(typ string, names ...string) func(*doc.Doc) []doc.Entity {
	return func(d *doc.Doc) []doc.Entity {
		var out []doc.Entity
		for _, s := range names {
			out = append(out, entityAt(d, s, typ))
		}
		return out
	}
}

// entityAt is the first occurrence of s in the text as an entity of type
// typ.
func entityAt(d *doc.Doc, s, typ string) doc.Entity {
	i := strings.Index(d.Text, s)
	return doc.Entity{Text: s, Type: typ, Start: i, End: i + len(s)}
}

// typedEverywhere types every occurrence of each name (type, text), in
// text order.
func typedEverywhere(names [][2]string) func(*doc.Doc) []doc.Entity {
	return func(d *doc.Doc) []doc.Entity {
		var out []doc.Entity
		for _, e := range names {
			for off := 0; ; {
				i := strings.Index(d.Text[off:], e[1])
				if i < 0 {
					break
				}
				out = append(out, doc.Entity{Text: e[1], Type: e[0], Start: off + i, End: off + i + len(e[1])})
				off += i + len(e[1])
			}
		}
		sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
		return out
	}
}

// TestDemonymCapital: "the Afghan capital" is the capital of the country
// the people's name resolves to; "capitalism" is no capital.
func TestDemonymCapital(t *testing.T) {
	g := gaztest.Open(t)
	d := process(t, g, "A bomb exploded near a mosque in the Afghan capital on Friday.", Options{})
	p := placeOf(d, "Afghan capital")
	if p == nil || p.Feature != "PPLC" || p.Country != "AF" {
		t.Errorf("the Afghan capital placed at %+v, want the capital of Afghanistan (places %+v)", p, d.Places)
	}
	d = process(t, g, "Critics of Iraqi capitalism met in Basra on Friday.", Options{})
	for _, q := range d.Places {
		if q.Feature == "PPLC" {
			t.Errorf("a capital found in %q: %+v", "Iraqi capitalism", q)
		}
	}
}

// TestStatedCountry: a people or a country said before the kind of place
// ("the Russian city of Kazan") puts the place in that country, however
// much the rest of the story is about another with a town of that name.
func TestStatedCountry(t *testing.T) {
	g := gaztest.Open(t)
	d := process(t, g, "ANKARA, Turkey — President Tayyip Erdogan, who was attending a summit in the Russian city of Kazan, condemned the attack in Ankara.", Options{})
	if p := placeOf(d, "Kazan"); p == nil || p.Country != "RU" {
		t.Errorf("Kazan placed at %+v, want Russia's", p)
	}
}

// TestFeastsAndTownBuildings: a feast the tagger typed as a place ("a
// Christmas market") is none; a town's name on its public building,
// typed as an organisation ("outside Bulawayo's main police station"), is
// the town.
func TestFeastsAndTownBuildings(t *testing.T) {
	g := gaztest.Open(t)
	text := "A boy tried to blow up a Christmas market in Germany. Supporters gathered outside Bulawayo's main police station."
	d := withEntities(t, g, text, Options{}, func(d *doc.Doc) []doc.Entity {
		var out []doc.Entity
		for _, s := range []struct{ name, typ string }{{"Christmas", "GPE"}, {"Germany", "GPE"}, {"Bulawayo", "ORG"}} {
			i := strings.Index(d.Text, s.name)
			out = append(out, doc.Entity{Text: s.name, Type: s.typ, Start: i, End: i + len(s.name)})
		}
		return out
	})
	if p := placeOf(d, "Christmas"); p != nil {
		t.Errorf("Christmas placed at %s %s", p.Name, p.Country)
	}
	if p := placeOf(d, "Bulawayo"); p == nil || p.Country != "ZW" {
		t.Errorf("Bulawayo placed at %+v, want the Zimbabwean city", p)
	}
}

// TestPersonNameNoCuedPlace: a name the tagger reads as a person in the
// story is no place where only a cue word would make it one ("the
// Morales camp" after "Morales said").
func TestPersonNameNoCuedPlace(t *testing.T) {
	g := gaztest.Open(t)
	text := "Morales said he would not leave Bolivia. The church offered to mediate between the government and the Morales camp."
	d := withEntities(t, g, text, Options{}, func(d *doc.Doc) []doc.Entity {
		i := strings.Index(d.Text, "Bolivia")
		return []doc.Entity{{Text: "Morales", Type: "PERSON", Start: 0, End: 7}, {Text: "Bolivia", Type: "GPE", Start: i, End: i + 7}}
	})
	for _, p := range d.Places {
		if p.Name == "Morales" {
			t.Errorf("Morales placed at %s %s", p.Name, p.Country)
		}
	}
}

// TestForeignAlternateUnresolved: a name that only a small foreign place
// bears as an alternate name, in a story whose places are all in one other
// country, is left to the text ("the Chapare" of a Bolivian story is no
// Afghan district seat).
func TestForeignAlternateUnresolved(t *testing.T) {
	g := gaztest.Open(t)
	text := "Police used tear gas in Cochabamba on Tuesday to clear a blockade near Oruro. Morales has remained in the Chapare, his stronghold. Protesters also blocked roads near Sucre and Potosi."
	d := withEntities(t, g, text, Options{}, typedAs("GPE", "Cochabamba", "Oruro", "Chapare", "Sucre", "Potosi"))
	if p := placeOf(d, "Chapare"); p != nil && p.Country != "BO" {
		t.Errorf("Chapare placed at %s, %s", p.Name, p.Country)
	}
	if p := placeOf(d, "Oruro"); p == nil || p.Country != "BO" {
		t.Errorf("Oruro placed at %+v", p)
	}
}

// A name the story also writes as the head of a longer one ("the Cuyuni
// River") is that one's short form, not a place abroad that sounds like it
// in a country the story names.
func TestShortFormNotSoundAlike(t *testing.T) {
	g := gaztest.Open(t)
	text := "Gunmen firing from the bank of the Cuyuni River ambushed a Guyanese patrol near Georgetown. Troops were sent to posts along the Cuyuni. Brazil sent troops to Roraima and to Pacaraima."
	d := withEntities(t, g, text, Options{}, typedAs("GPE", "Georgetown", "Cuyuni", "Brazil", "Roraima", "Pacaraima"))
	if p := placeOf(d, "Cuyuni"); p != nil && p.Country != "GY" {
		t.Errorf("Cuyuni placed at %s, %s", p.Name, p.Country)
	}
	if p := placeOf(d, "Pacaraima"); p == nil || p.Country != "BR" {
		t.Errorf("Pacaraima placed at %+v", p)
	}
}

// A name the tagger types as a person or a name that the text calls a
// town ("the remote town of Malam Fatori", "Himamaylan city") is that town,
// wherever the story names it.
func TestTownCalledOverTagger(t *testing.T) {
	g := gaztest.Open(t)
	text := "Fighters overran a base in the remote town of Malam Fatori in Borno state. An official of the area, which includes Malam Fatori, gave the toll. Troops clashed with rebels near Himamaylan city in Negros Occidental."
	d := withEntities(t, g, text, Options{}, typedEverywhere([][2]string{{"PERSON", "Malam Fatori"}, {"MISC", "Himamaylan"}, {"GPE", "Borno"}, {"GPE", "Negros Occidental"}}))
	if p := placeOf(d, "Malam Fatori"); p == nil || p.Country != "NG" || len(p.Mentions) != 2 {
		t.Errorf("Malam Fatori placed at %+v, want the Nigerian town, both mentions", p)
	}
	if p := placeOf(d, "Himamaylan"); p == nil || p.Country != "PH" {
		t.Errorf("Himamaylan placed at %+v", p)
	}
	// typed as an organisation, only a lowercase "city" after it counts
	text = "Gunmen shot dead a councilor in Escalante city in Negros Occidental. Fans of Escalante City cheered in Negros Occidental."
	d = withEntities(t, g, text, Options{}, typedEverywhere([][2]string{{"ORG", "Escalante"}, {"GPE", "Negros Occidental"}}))
	if p := placeOf(d, "Escalante"); p == nil || p.Country != "PH" || len(p.Mentions) != 2 {
		t.Errorf("Escalante placed at %+v, want the Philippine town, both mentions", p)
	}
	text = "Fans of Escalante City cheered in Negros Occidental."
	d = withEntities(t, g, text, Options{}, typedEverywhere([][2]string{{"ORG", "Escalante"}, {"GPE", "Negros Occidental"}}))
	if p := placeOf(d, "Escalante"); p != nil {
		t.Errorf("the club Escalante City placed at %+v", p)
	}
}

// Right after "outside" or "near", a name the gazetteer knows as a town is
// that town, typed as an organisation or not at all, with a piece of it
// typed apart ("al-Ain" of "Ras al-Ain"); "around" a town named as a name
// the same, but "in and around" a district is no cue.
func TestTownAfterNearWord(t *testing.T) {
	g := gaztest.Open(t)
	text := "Fighters shelled a base used by Syrian factions outside Ras al-Ain in Syria on Wednesday. Factions also shelled villages around Tal Tamr in Hasakah. Schools in and around Mare were closed in Rio."
	d := withEntities(t, g, text, Options{}, typedEverywhere([][2]string{{"NORP", "Syrian"}, {"MISC", "al-Ain"}, {"GPE", "Syria"}, {"MISC", "Tal Tamr"}, {"GPE", "Hasakah"}, {"MISC", "Mare"}, {"GPE", "Rio"}}))
	if p := placeOf(d, "Ras al-Ain"); p == nil || p.Country != "SY" {
		t.Errorf("Ras al-Ain placed at %+v", p)
	}
	if p := placeOf(d, "Tal Tamr"); p == nil || p.Country != "SY" {
		t.Errorf("Tal Tamr placed at %+v", p)
	}
	if p := placeOf(d, "Mare"); p != nil {
		t.Errorf("Mare placed at %s, %s", p.Name, p.Country)
	}
}

// TestStoryCapital: "the capital" with no people's name before it is the
// capital of the country the story is about (the dateline's, else the one
// most of its places are in); named after a comma, it is left to the name,
// and with no country the story is about, it is nowhere.
func TestStoryCapital(t *testing.T) {
	g := gaztest.Open(t)
	for _, c := range []struct {
		text string
		want string // the capital's country, "" for none
	}{
		{"NAIROBI, June 25 (Reuters) - Protesters marched in the capital on Monday, police said.", "KE"},
		{"Gunmen attacked Bunia and Goma in Congo on Sunday, and protesters marched in the capital.", "CD"},
		{"Protesters marched in the capital on Monday, police said.", ""},
		// (a point other places are told from)
		{"BAGHDAD (Reuters) - Gunmen attacked a police checkpoint north of the capital on Tuesday.", ""},
	} {
		d := process(t, g, c.text, Options{})
		p := placeOf(d, "capital")
		switch {
		case c.want == "" && p != nil:
			t.Errorf("%q: capital placed at %s (%s), want nowhere", c.text, p.Name, p.Country)
		case c.want != "" && (p == nil || p.Country != c.want || p.Feature != "PPLC"):
			t.Errorf("%q: capital placed at %+v, want the capital of %s", c.text, p, c.want)
		}
	}
	d := process(t, g, "Protesters in Congo and Gabon marched in the capital, Kinshasa, on Monday.", Options{})
	if p := placeOf(d, "capital"); p != nil {
		t.Errorf("named capital also placed from its noun: %+v", p)
	}
}

// TestLocalPeopleIn: a known town the NER missed, told as where local
// people are ("police in Aubagne"), is a place; a capitalised word after
// "in" with no such people before it is not.
func TestLocalPeopleIn(t *testing.T) {
	g := gaztest.Open(t)
	none := func(*doc.Doc) []doc.Entity { return []doc.Entity{} }
	d := withEntities(t, g, "And on Friday, police in Aubagne arrested a boy carrying a loaded handgun.", Options{}, none)
	if p := placeOf(d, "Aubagne"); p == nil || p.Country != "FR" {
		t.Errorf("places %+v, want Aubagne in France", d.Places)
	}
	d = withEntities(t, g, "The speech was given in Aubagne on Friday.", Options{}, none)
	if p := placeOf(d, "Aubagne"); p != nil {
		t.Errorf("Aubagne placed with no cue: %+v", p)
	}
}

// TestDeserts: the Sahara and the Negev are deserts, not towns that share
// a name with them.
func TestDeserts(t *testing.T) {
	g := gaztest.Open(t)
	d := process(t, g, "Algeria has expelled thousands of migrants into the Sahara, and Bedouin towns in Israel's southern Negev desert were shut.", Options{})
	for _, name := range []string{"Sahara", "Negev"} {
		if p := placeOf(d, name); p == nil || p.Feature != "RGN" {
			t.Errorf("%s placed at %+v, want the desert", name, p)
		}
	}
}

// TestTravelTo: a known town the NER typed as an organisation (a city's
// football club), told as where one travels to, is that town.
func TestTravelTo(t *testing.T) {
	g := gaztest.Open(t)
	text := "He is due to travel to Marseille on Thursday, his office said. Marseille beat Lyon on Sunday."
	d := withEntities(t, g, text, Options{}, func(d *doc.Doc) []doc.Entity {
		first, last := strings.Index(d.Text, "Marseille"), strings.LastIndex(d.Text, "Marseille")
		return []doc.Entity{{Text: "Marseille", Type: "ORG", Start: first, End: first + 9}, {Text: "Marseille", Type: "ORG", Start: last, End: last + 9}}
	})
	p := placeOf(d, "Marseille")
	if p == nil || p.Country != "FR" || len(p.Mentions) != 1 {
		t.Errorf("places %+v, want the one Marseille travelled to", d.Places)
	}
}

// TestDemonymTypedAsPlace: a people's name taken for a place ("near a
// Belizean coast guard boat") is evidence of the country, not a place of
// its own.
func TestDemonymTypedAsPlace(t *testing.T) {
	g := gaztest.Open(t)
	text := "PUNTA GORDA, Belize (Reuters) - A Guatemalan patrol fired warning shots near a Belizean coast guard boat on the river near Punta Gorda, officials in Belmopan said."
	d := withEntities(t, g, text, Options{}, func(d *doc.Doc) []doc.Entity {
		ent := func(s, typ string) doc.Entity { return entityAt(d, s, typ) }
		return []doc.Entity{ent("PUNTA GORDA", "GPE"), ent("Belize", "GPE"), ent("Guatemalan", "NORP"), ent("Belizean", "GPE"), ent("Punta Gorda", "GPE"), ent("Belmopan", "GPE")}
	})
	if p := placeOf(d, "Belizean"); p != nil {
		t.Errorf("Belizean placed at %+v, want evidence only", p)
	}
	if p := placeOf(d, "Belmopan"); p == nil || p.Country != "BZ" {
		t.Errorf("places %+v, want Belmopan in Belize", d.Places)
	}
}

// TestSmallCountriesPeoples: the peoples of smaller countries the news of
// conflict names are known as their countries' (Burkinabe, Mauritanian,
// Belizean), evidence for the country a story is about.
func TestSmallCountriesPeoples(t *testing.T) {
	g := gaztest.Open(t)
	for name, cc := range map[string]string{"Burkinabe": "BF", "Mauritanian": "MR", "Belizean": "BZ", "Togolese": "TG", "Malawian": "MW"} {
		found := false
		for _, p := range g.Lookup(gazetteer.Norm(name)) {
			if p.Kind() == gazetteer.KindDemonym && g.Entry(p.Entry()).Country == cc {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: not known as a people of %s", name, cc)
		}
	}
}

// TestLocalGovernmentArea: a known town the NER typed as a person, named
// as a Nigerian local government area, is the place.
func TestLocalGovernmentArea(t *testing.T) {
	g := gaztest.Open(t)
	text := "Plateau Governor Caleb Mutfwang imposed a 24-hour curfew on Mangu local government area on Monday."
	d := withEntities(t, g, text, Options{}, func(d *doc.Doc) []doc.Entity {
		i := strings.Index(d.Text, "Mangu")
		return []doc.Entity{{Text: "Mangu", Type: "PERSON", Start: i, End: i + 5}}
	})
	if p := placeOf(d, "Mangu"); p == nil || p.Country != "NG" {
		t.Errorf("places %+v, want Mangu in Nigeria", d.Places)
	}
}

// TestCapitalBeforeOrg: a known town the NER typed as an organisation,
// right after "capital" ("police in the regional capital Buea"), is that
// town; the same name after "at" is not placed by that cue.
func TestCapitalBeforeOrg(t *testing.T) {
	g := gaztest.Open(t)
	org := func(name string) func(d *doc.Doc) []doc.Entity {
		return func(d *doc.Doc) []doc.Entity {
			i := strings.Index(d.Text, name)
			return []doc.Entity{{Text: name, Type: "ORG", Start: i, End: i + len(name)}}
		}
	}
	d := withEntities(t, g, "Late on Saturday, police in the regional capital Buea arrested a reporter.", Options{}, org("Buea"))
	if p := placeOf(d, "Buea"); p == nil || p.Country != "CM" {
		t.Errorf("places %+v, want Buea in Cameroon", d.Places)
	}
	d = withEntities(t, g, "The reporter works at Buea.", Options{}, org("Buea"))
	if p := placeOf(d, "Buea"); p != nil {
		t.Errorf("Buea placed with no cue: %+v", p)
	}
}

// A sound-alike abroad needs more support than a country or a city the
// story names in passing: "Khiam" in a story datelined in Lebanon that
// names Paris once is no Caen.
func TestSoundAlikeAbroadOfDateline(t *testing.T) {
	g := gaztest.Open(t)
	text := "MARJAYOUN, Lebanon (Reuters) - A second strike on Friday wounded a bulldozer driver in nearby Khiam. The ceasefire, brokered by Washington and Paris, ended a year of hostilities. France has troops in Lebanon."
	d := withEntities(t, g, text, Options{}, typedAs("GPE", "MARJAYOUN", "Lebanon", "Khiam", "Washington", "Paris", "France"))
	if p := placeOf(d, "Khiam"); p != nil && p.Country != "LB" {
		t.Errorf("Khiam placed at %s, %s", p.Name, p.Country)
	}
	if p := placeOf(d, "Paris"); p == nil || p.Country != "FR" {
		t.Errorf("Paris placed at %+v", p)
	}
}

// A name that is only another name of a big town abroad ("Matsu" for
// Matsue, Japan) in a story filed from elsewhere that gives that country
// no support is not that town, however big.
func TestForeignAlternateOfDateline(t *testing.T) {
	g := gaztest.Open(t)
	text := "NANGAN, Taiwan (Reuters) - Chinese coast guard ships seized a Taiwanese fishing boat near the Taiwan-controlled Matsu islands on Monday, Taiwan said. China's coast guard said the boat had entered waters off Fujian."
	d := withEntities(t, g, text, Options{}, typedAs("GPE", "NANGAN", "Taiwan", "Matsu", "China", "Fujian"))
	if p := placeOf(d, "Matsu"); p != nil && p.Country == "JP" {
		t.Errorf("Matsu placed at %s, %s", p.Name, p.Country)
	}
	if p := placeOf(d, "Fujian"); p == nil || p.Country != "CN" {
		t.Errorf("Fujian placed at %+v", p)
	}
}

// A dateline's town is the whole of its name, however little of it the
// tagger took for a name ("THUOT" of "BUON MA THUOT").
func TestDatelineWholeName(t *testing.T) {
	g := gaztest.Open(t)
	text := "BUON MA THUOT, Vietnam, Aug 21 (AP) - A court on Thursday sentenced 14 men to prison terms."
	d := withEntities(t, g, text, Options{}, typedAs("GPE", "THUOT", "Vietnam"))
	if p := placeOf(d, "BUON MA THUOT"); p == nil || p.Country != "VN" {
		t.Errorf("BUON MA THUOT placed at %+v; places %v", p, d.Places)
	}
}
