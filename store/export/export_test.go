package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/store"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func events() []store.Event {
	added := time.Date(2014, 6, 22, 10, 30, 0, 0, time.UTC)
	return []store.Event{
		{ID: 1, CAMEO: "192", PLOVER: "ASSAULT", ACLED: "Battles/Non-state actor overtakes territory", QuadClass: 4, Goldstein: -9.5,
			Source: store.Actor{Text: "Fighters with ISIL", Name: "Islamic State", Code: "IMGSEPISI"},
			Target: store.Actor{Text: "the border town", Name: "Iraq", Code: "IRQ"},
			Place:  &store.Place{Name: "Al Qa'im", Lat: 34.37, Lon: 41.09, HasCoords: true, Country: "IQ", Admin1: "Anbar", Feature: "PPL"},
			From:   "2014-06-20", To: "2014-06-21", IsRoot: true, NumMentions: 3, NumSources: 2, NumArticles: 2, Attribution: "reported",
			Fatalities: 30, Sentence: `Fighters seized the town, "officials" said.`, SourceURL: "https://wire.example/a", FirstArticle: "aaaa",
			Articles: []string{"aaaa", "bbbb"}, Outlets: []string{"paper.example", "wire.example"}, Added: added},
		{ID: 2, CAMEO: "141", PLOVER: "PROTEST", ACLED: "Protests/Peaceful protest", QuadClass: 4, Goldstein: -6.5,
			Source: store.Actor{Name: "Protesters", Code: "IRQOPP"}, Target: store.Actor{Name: "Iraqi government", Code: "IRQGOV"},
			Place: &store.Place{Name: "Iraq", Lat: 33, Lon: 44, HasCoords: true, Country: "IQ", Feature: "PCLI", GeonameID: 99237},
			From:  "2014-07-01", To: "2014-07-03", NumMentions: 1, NumSources: 1, NumArticles: 1, Articles: []string{"cccc"},
			Outlets: []string{"daily.example"}, Added: added},
		{ID: 3, CAMEO: "120", Source: store.Actor{Code: "USA"}, NumMentions: 1, NumSources: 1, NumArticles: 1, Added: added},
	}
}

func render(t *testing.T, format string) string {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, format, events()); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestGolden(t *testing.T) {
	ext := map[string]string{"table": "txt", "jsonl": "jsonl", "csv": "csv", "gdelt": "tsv", "acled": "acled.csv", "geojson": "geojson"}
	for _, f := range Formats {
		t.Run(f, func(t *testing.T) {
			got := render(t, f)
			path := filepath.Join("testdata", "events."+ext[f])
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./store/export -update)", err)
			}
			if got != string(want) {
				t.Errorf("%s output differs from %s:\n%s", f, path, got)
			}
		})
	}
	if err := Write(&bytes.Buffer{}, "xml", events()); err == nil {
		t.Error("unknown format accepted")
	}
}

func TestGDELTColumns(t *testing.T) {
	if len(GDELTColumns) != 61 {
		t.Fatalf("%d GDELT columns, want 61", len(GDELTColumns))
	}
	at := map[int]string{0: "GLOBALEVENTID", 1: "SQLDATE", 4: "FractionDate", 5: "Actor1Code", 14: "Actor1Type3Code", 15: "Actor2Code",
		25: "IsRootEvent", 26: "EventCode", 28: "EventRootCode", 30: "GoldsteinScale", 31: "NumMentions", 32: "NumSources",
		33: "NumArticles", 34: "AvgTone", 35: "Actor1Geo_Type", 51: "ActionGeo_Type", 56: "ActionGeo_Lat", 57: "ActionGeo_Long",
		58: "ActionGeo_FeatureID", 59: "DATEADDED", 60: "SOURCEURL"}
	for i, name := range at {
		if GDELTColumns[i] != name {
			t.Errorf("column %d = %s, want %s", i, GDELTColumns[i], name)
		}
	}
	r := csv.NewReader(strings.NewReader(render(t, "csv")))
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(rows[0], ",") != strings.Join(GDELTColumns, ",") || len(rows) != 4 {
		t.Fatalf("header %v, %d rows", rows[0], len(rows))
	}
	row := map[string]string{}
	for i, c := range GDELTColumns {
		row[c] = rows[1][i]
	}
	want := map[string]string{"GLOBALEVENTID": "1", "SQLDATE": "20140620", "MonthYear": "201406", "Year": "2014", "Actor1Code": "IMGSEPISI",
		"Actor1CountryCode": "", "Actor1KnownGroupCode": "ISI", "Actor1Type1Code": "SEP", "Actor2CountryCode": "IRQ", "EventCode": "192",
		"EventBaseCode": "192", "EventRootCode": "19", "QuadClass": "4", "GoldsteinScale": "-9.5", "NumMentions": "3", "NumSources": "2",
		"NumArticles": "2", "IsRootEvent": "1", "ActionGeo_Type": "4", "ActionGeo_FullName": "Al Qa'im, Anbar, Iraq", "ActionGeo_Lat": "34.37",
		"ActionGeo_Long": "41.09", "DATEADDED": "20140622103000", "SOURCEURL": "https://wire.example/a"}
	for k, v := range want {
		if row[k] != v {
			t.Errorf("%s = %q, want %q", k, row[k], v)
		}
	}
	tsv := strings.Split(strings.TrimSuffix(render(t, "gdelt"), "\n"), "\n")
	for _, l := range tsv {
		if n := len(strings.Split(l, "\t")); n != 61 {
			t.Errorf("gdelt line has %d fields: %q", n, l)
		}
	}
}

func TestACLED(t *testing.T) {
	if len(ACLEDColumns) != 31 {
		t.Fatalf("%d ACLED columns, want 31", len(ACLEDColumns))
	}
	rows, err := csv.NewReader(strings.NewReader(render(t, "acled"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(rows[0], ",") != strings.Join(ACLEDColumns, ",") {
		t.Fatalf("header %v", rows[0])
	}
	get := func(r int, col string) string {
		for i, c := range ACLEDColumns {
			if c == col {
				return rows[r][i]
			}
		}
		t.Fatalf("no column %s", col)
		return ""
	}
	cases := []struct {
		row       int
		col, want string
	}{
		{1, "event_id_cnty", "IQ1"}, {1, "event_type", "Battles"}, {1, "sub_event_type", "Non-state actor overtakes territory"},
		{1, "disorder_type", "Political violence"}, {1, "time_precision", "2"}, {1, "inter1", "2"}, {1, "country", "Iraq"},
		{1, "iso", "368"}, {1, "admin1", "Anbar"}, {1, "fatalities", "30"}, {1, "source", "paper.example; wire.example"},
		{2, "disorder_type", "Demonstrations"}, {2, "inter1", ""}, {2, "inter2", "1"}, {2, "geo_precision", "3"},
		{3, "event_date", ""}, {3, "time_precision", ""},
	}
	for _, c := range cases {
		if got := get(c.row, c.col); got != c.want {
			t.Errorf("row %d %s = %q, want %q", c.row, c.col, got, c.want)
		}
	}
	for _, c := range []struct{ in, et, sub string }{
		{"Explosions/Remote violence/Air/drone strike", "Explosions/Remote violence", "Air/drone strike"},
		{"Protests", "Protests", ""}, {"riots/Mob violence", "Riots", "Mob violence"}, {"Other/Thing", "Other", "Thing"},
	} {
		if et, sub := SplitACLED(c.in); et != c.et || sub != c.sub {
			t.Errorf("SplitACLED(%q) = %q, %q", c.in, et, sub)
		}
	}
}

func TestGeoJSONValid(t *testing.T) {
	var fc struct {
		Type     string `json:"type"`
		Features []struct {
			Type     string `json:"type"`
			ID       int64  `json:"id"`
			Geometry *struct {
				Type        string    `json:"type"`
				Coordinates []float64 `json:"coordinates"`
			} `json:"geometry"`
			Properties map[string]any `json:"properties"`
		} `json:"features"`
	}
	if err := json.Unmarshal([]byte(render(t, "geojson")), &fc); err != nil {
		t.Fatal(err)
	}
	if fc.Type != "FeatureCollection" || len(fc.Features) != 3 {
		t.Fatalf("collection %q with %d features", fc.Type, len(fc.Features))
	}
	for i, f := range fc.Features {
		if f.Type != "Feature" || f.Properties == nil {
			t.Errorf("feature %d: %+v", i, f)
		}
		if i < 2 {
			g := f.Geometry
			if g == nil || g.Type != "Point" || len(g.Coordinates) != 2 || g.Coordinates[0] < -180 || g.Coordinates[0] > 180 ||
				g.Coordinates[1] < -90 || g.Coordinates[1] > 90 {
				t.Errorf("feature %d geometry %+v", i, g)
			}
		} else if f.Geometry != nil {
			t.Errorf("unplaced event has geometry %+v", f.Geometry)
		}
	}
	if g := fc.Features[0].Geometry; g.Coordinates[0] != 41.09 || g.Coordinates[1] != 34.37 {
		t.Errorf("coordinates %v, want [lon, lat] = [41.09, 34.37]", g.Coordinates)
	}
}

func TestJSONL(t *testing.T) {
	lines := strings.Split(strings.TrimSpace(render(t, "jsonl")), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d lines", len(lines))
	}
	for _, l := range lines {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("%v: %s", err, l)
		}
		for _, k := range []string{"id", "cameo", "source", "target", "place", "date", "num_sources", "num_articles", "articles", "outlets"} {
			if _, ok := m[k]; !ok {
				t.Errorf("no %q in %s", k, l)
			}
		}
	}
	if !strings.Contains(lines[2], `"place":null`) || !strings.Contains(lines[2], `"date":{"from":null,"to":null}`) {
		t.Errorf("unknown place/date not null: %s", lines[2])
	}
}
