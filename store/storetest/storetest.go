// Package storetest is the conformance suite every store.Store
// implementation runs: Run(t, open) checks idempotent puts, identical and
// near-duplicate articles, the event merge rule as stored, every query
// filter, grouped stats, atomicity of a failed put and concurrent puts. It
// uses only the store interface and builds its own documents; it must not
// know any implementation's tables.
package storetest

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/sitrep/sitrep/dedup"
	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/store"
)

// Run runs the suite; open must return a new, empty store for each call
// (closed by the suite).
func Run(t *testing.T, open func(t *testing.T) store.Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s store.Store)
	}{
		{"PutAndQuery", testPutAndQuery},
		{"Idempotent", testIdempotent},
		{"NearDuplicates", testNearDuplicates},
		{"MergeRule", testMergeRule},
		{"Filters", testFilters},
		{"Stats", testStats},
		{"CancelledPutStoresNothing", testCancelled},
		{"ConcurrentPuts", testConcurrent},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := open(t)
			defer func() {
				if err := s.Close(); err != nil {
					t.Errorf("close: %v", err)
				}
			}()
			tc.fn(t, s)
		})
	}
}

func sp(s string) *string { return &s }

// Text returns deterministic pseudo-English text of n words from seed.
func Text(seed uint64, n int) string {
	words := strings.Fields(`the army said fighters attacked town near border on monday officials reported
		police killed wounded people civilians government troops rebels province capital city bomb explosion
		market village forces clashes militants hundreds thousands fled homes aid agencies warned ministry
		statement president minister talks ceasefire protest crowd gathered square water food shortage
		river bridge road checkpoint convoy airstrike helicopter hospital doctors residents witnesses`)
	r := rand.New(rand.NewPCG(seed, seed*31+7))
	var b strings.Builder
	for i := 0; i < n; i++ {
		if i > 0 {
			if i%17 == 0 {
				b.WriteString(".\n")
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(words[r.IntN(len(words))])
	}
	b.WriteString(".\n")
	return b.String()
}

// Ev builds an event report.
func Ev(id, cameo, src, tgt string, place *doc.EventPlace, from, to string) doc.Event {
	e := doc.Event{ID: id, CAMEO: cameo, Mentions: 1, Counts: []doc.Count{}}
	if src != "" {
		e.Source = &doc.Actor{Text: strings.ToLower(src), Name: "Actor " + src, Code: src}
	}
	if tgt != "" {
		e.Target = &doc.Actor{Text: strings.ToLower(tgt), Name: "Actor " + tgt, Code: tgt}
	}
	e.Place = place
	if from != "" {
		e.Date = &doc.EventDate{Text: "on " + from, From: sp(from), To: sp(to)}
	}
	return e
}

// Pl builds an event place.
func Pl(name string, lat, lon float64, country string, geonameid int) *doc.EventPlace {
	return &doc.EventPlace{Name: name, Lat: lat, Lon: lon, Country: country, GeonameID: geonameid}
}

// Art builds an article over text from outlet with events; its input hash
// is derived from key.
func Art(key, text, outlet, published string, events ...doc.Event) *store.Article {
	id := doc.ContentID(text)
	var pub *string
	if published != "" {
		pub = sp(published)
	}
	var places []doc.Place
	for _, e := range events {
		if e.Place != nil {
			places = append(places, doc.Place{Name: e.Place.Name, GeonameID: e.Place.GeonameID, Lat: e.Place.Lat, Lon: e.Place.Lon,
				Country: e.Place.Country, Admin1: "Admin of " + e.Place.Name, Feature: "PPL", Text: []string{e.Place.Name}, Mentions: [][2]int{{0, 1}}})
		}
	}
	o := doc.Output{ID: id, Published: pub, Language: "en", Title: sp("Title " + key), Entities: []doc.Entity{}, Places: places,
		Times: []doc.Time{}, Quantities: []doc.Quantity{}, Events: events, Source: key, URL: "https://" + outlet + "/" + key}
	if o.Places == nil {
		o.Places = []doc.Place{}
	}
	return &store.Article{InputHash: "input-" + key, Doc: o, Text: text, URL: o.URL, Title: *o.Title, Published: pub,
		Source: key, Outlet: outlet, Signature: dedup.MinHash(text), LeadEnd: 200}
}

func put(t *testing.T, s store.Store, a *store.Article) store.PutResult {
	t.Helper()
	r, err := s.PutArticle(context.Background(), a)
	if err != nil {
		t.Fatalf("put %s: %v", a.Source, err)
	}
	return r
}

func query(t *testing.T, s store.Store, f store.Filter) []store.Event {
	t.Helper()
	evs, err := s.QueryEvents(context.Background(), f)
	if err != nil {
		t.Fatalf("query %+v: %v", f, err)
	}
	return evs
}

func stats(t *testing.T, s store.Store, by store.GroupBy) store.Stats {
	t.Helper()
	st, err := s.Stats(context.Background(), by)
	if err != nil {
		t.Fatalf("stats: %v", err)
	}
	return st
}

var (
	mosul  = Pl("Mosul", 36.335, 43.119, "IQ", 99072)
	qaim   = Pl("Al Qa'im", 34.37, 41.09, "IQ", 0)
	basra  = Pl("Basra", 30.508, 47.783, "IQ", 99532)
	aleppo = Pl("Aleppo", 36.202, 37.158, "SY", 170063)
)

func testPutAndQuery(t *testing.T, s store.Store) {
	ev := Ev("e1", "192", "IMGSEPISI", "IRQ", qaim, "2014-06-20", "2014-06-21")
	ev.PLOVER, ev.ACLED, ev.QuadClass, ev.Goldstein = "OCCUPY", "Battles/Non-state actor overtakes territory", 4, -9.5
	ev.Sentence = doc.TextSpan{Start: 10, End: 60, Text: "Fighters seized the border town."}
	ev.Attribution = &doc.Attribution{Text: "officials said", Status: "reported"}
	ev.Counts = []doc.Count{{Category: "killed", Value: 30}}
	ev.Mentions = 2
	a := Art("a1", Text(1, 200), "example.com", "2014-06-21", ev)
	r := put(t, s, a)
	if r.Status != store.Added || r.ArticleID != a.Doc.ID || r.ClusterID != a.Doc.ID || r.Reports != 1 || r.Merged != 0 {
		t.Fatalf("put result = %+v", r)
	}
	ok, err := s.HasInput(context.Background(), a.InputHash)
	if err != nil || !ok {
		t.Fatalf("HasInput after put = %v, %v", ok, err)
	}
	if ok, _ := s.HasInput(context.Background(), "nope"); ok {
		t.Fatal("HasInput(unknown) = true")
	}
	evs := query(t, s, store.Filter{})
	if len(evs) != 1 {
		t.Fatalf("got %d events, want 1", len(evs))
	}
	e := evs[0]
	checks := []struct {
		name      string
		got, want any
	}{
		{"cameo", e.CAMEO, "192"}, {"plover", e.PLOVER, "OCCUPY"}, {"acled", e.ACLED, ev.ACLED},
		{"quad", e.QuadClass, 4}, {"goldstein", e.Goldstein, -9.5},
		{"source code", e.Source.Code, "IMGSEPISI"}, {"target code", e.Target.Code, "IRQ"},
		{"from", e.From, "2014-06-20"}, {"to", e.To, "2014-06-21"},
		{"mentions", e.NumMentions, 2}, {"articles", e.NumArticles, 1}, {"sources", e.NumSources, 1},
		{"fatalities", e.Fatalities, 30.0}, {"attribution", e.Attribution, "reported"}, {"root", e.IsRoot, true},
		{"url", e.SourceURL, a.URL}, {"first", e.FirstArticle, a.Doc.ID}, {"sentence", e.Sentence, ev.Sentence.Text},
		{"articles list", strings.Join(e.Articles, ","), a.Doc.ID}, {"outlets", strings.Join(e.Outlets, ","), "example.com"},
	}
	for _, c := range checks {
		if fmt.Sprint(c.got) != fmt.Sprint(c.want) {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
	if e.Place == nil || e.Place.Name != "Al Qa'im" || e.Place.Country != "IQ" || e.Place.Admin1 != "Admin of Al Qa'im" || !e.Place.HasCoords {
		t.Errorf("place = %+v", e.Place)
	}
	arts, err := s.Articles(context.Background(), store.ArticleFilter{})
	if err != nil || len(arts) != 1 || arts[0].ID != a.Doc.ID || arts[0].Events != 1 || arts[0].Title != "Title a1" || arts[0].Outlet != "example.com" {
		t.Fatalf("articles = %+v, %v", arts, err)
	}
}

func testIdempotent(t *testing.T, s store.Store) {
	text := Text(2, 150)
	a := Art("x", text, "one.example", "2020-01-01", Ev("e1", "190", "SYR", "SYRREB", aleppo, "2020-01-01", "2020-01-01"))
	if r := put(t, s, a); r.Status != store.Added {
		t.Fatalf("first put: %v", r.Status)
	}
	if r := put(t, s, a); r.Status != store.Known || r.Reports != 0 {
		t.Fatalf("second put of the same input: %+v, want known", r)
	}
	// Same text from another input: stored once, the input remembered.
	b := Art("y", text, "two.example", "2020-01-01", Ev("e1", "190", "SYR", "SYRREB", aleppo, "2020-01-01", "2020-01-01"))
	if r := put(t, s, b); r.Status != store.Duplicate || r.ArticleID != a.Doc.ID {
		t.Fatalf("put of identical text: %+v, want duplicate of %s", r, a.Doc.ID)
	}
	if ok, _ := s.HasInput(context.Background(), b.InputHash); !ok {
		t.Fatal("a duplicate's input is not marked done")
	}
	st := stats(t, s, store.ByNone)
	if st.Articles != 1 || st.Inputs != 2 || st.Events != 1 || st.EventReports != 1 {
		t.Fatalf("stats = %+v, want 1 article, 2 inputs, 1 event, 1 report", st)
	}
	if e := query(t, s, store.Filter{}); len(e) != 1 || e[0].NumArticles != 1 || e[0].NumMentions != 1 {
		t.Fatalf("events after duplicate = %+v", e)
	}
}

// edit replaces every k-th word with a new one, as an updated version of
// a story would.
func edit(text string, k int) string {
	w := strings.Split(text, " ")
	for i := k / 2; i < len(w); i += k {
		w[i] = "updated"
	}
	return strings.Join(w, " ")
}

func testNearDuplicates(t *testing.T, s store.Store) {
	base := Text(3, 400)
	a := put(t, s, Art("wire", base, "wire.example", "2021-05-01"))
	b := put(t, s, Art("copy", "REUTERS - "+base+"Reporting by staff.\n", "paper.example", "2021-05-01"))
	c := put(t, s, Art("update", edit(base, 150), "wire.example", "2021-05-02"))
	d := put(t, s, Art("other", Text(4, 400), "wire.example", "2021-05-01"))
	if a.ClusterID != a.ArticleID {
		t.Errorf("first article's cluster = %s, want itself", a.ClusterID)
	}
	for _, r := range []store.PutResult{b, c} {
		if r.ClusterID != a.ArticleID || r.NearDuplicateOf == "" || r.Similarity < dedup.Threshold {
			t.Errorf("near-duplicate put = %+v, want cluster %s", r, a.ArticleID)
		}
	}
	if d.ClusterID != d.ArticleID || d.NearDuplicateOf != "" {
		t.Errorf("unrelated article joined a cluster: %+v", d)
	}
	arts, err := s.Articles(context.Background(), store.ArticleFilter{Cluster: a.ArticleID})
	if err != nil || len(arts) != 3 {
		t.Fatalf("cluster members = %d (%v), want 3", len(arts), err)
	}
	if st := stats(t, s, store.ByNone); st.Articles != 4 || st.Clusters != 2 {
		t.Fatalf("stats = %+v, want 4 articles in 2 clusters", st)
	}
}

// testMergeRule puts a first report, then others that must or must not
// merge with it.
func testMergeRule(t *testing.T, s store.Store) {
	first := Ev("e1", "190", "SYRMIL", "SYRREB", aleppo, "2016-08-01", "2016-08-02")
	first.Mentions = 2
	put(t, s, Art("m0", Text(10, 120), "a.example", "2016-08-02", first))
	near := Pl("Aleppo outskirts", 36.30, 37.30, "SY", 0) // ~17 km away
	far := Pl("Homs", 34.73, 36.71, "SY", 169577)         // ~170 km away
	cases := []struct {
		name   string
		ev     doc.Event
		outlet string
		merge  bool
	}{
		{"same everything, other outlet", Ev("e1", "193", "SYRMIL", "SYRREB", aleppo, "2016-08-02", "2016-08-02"), "b.example", true},
		{"same outlet again", Ev("e1", "190", "SYRMIL", "SYRREB", aleppo, "2016-08-01", "2016-08-01"), "a.example", true},
		{"nearby point", Ev("e1", "190", "SYRMIL", "SYRREB", near, "2016-08-01", "2016-08-03"), "c.example", true},
		{"source code missing", Ev("e1", "190", "", "SYRREB", aleppo, "2016-08-01", "2016-08-01"), "d.example", true},
		{"other root", Ev("e1", "180", "SYRMIL", "SYRREB", aleppo, "2016-08-01", "2016-08-01"), "e.example", false},
		{"other target", Ev("e1", "190", "SYRMIL", "TUR", aleppo, "2016-08-01", "2016-08-01"), "e.example", false},
		{"far place", Ev("e1", "190", "SYRMIL", "SYRREB", far, "2016-08-01", "2016-08-01"), "e.example", false},
		{"later dates", Ev("e1", "190", "SYRMIL", "SYRREB", aleppo, "2016-08-05", "2016-08-06"), "e.example", false},
		{"no place", Ev("e1", "190", "SYRMIL", "SYRREB", nil, "2016-08-01", "2016-08-01"), "e.example", false},
	}
	wantArticles, wantSources, wantMentions := 1, 1, 2
	sources := map[string]bool{"a.example": true}
	for i, tc := range cases {
		r := put(t, s, Art(fmt.Sprintf("m%d", i+1), Text(uint64(100+i), 120), tc.outlet, "2016-08-02", tc.ev))
		if got := r.Merged == 1; got != tc.merge {
			t.Errorf("%s: merged = %v, want %v", tc.name, got, tc.merge)
		}
		if tc.merge {
			wantArticles++
			wantMentions++
			if !sources[tc.outlet] {
				sources[tc.outlet] = true
				wantSources++
			}
		}
	}
	evs := query(t, s, store.Filter{Near: &store.Circle{Lat: 36.202, Lon: 37.158, RadiusKm: 1}, CAMEO: "19", Actor: "SYRREB"})
	var merged *store.Event
	for i := range evs {
		if evs[i].From == "2016-08-01" && evs[i].NumArticles > 1 {
			merged = &evs[i]
		}
	}
	if merged == nil {
		t.Fatalf("no merged event among %+v", evs)
	}
	if merged.NumArticles != wantArticles || merged.NumSources != wantSources || merged.NumMentions != wantMentions {
		t.Errorf("merged counts: articles %d sources %d mentions %d; want %d %d %d",
			merged.NumArticles, merged.NumSources, merged.NumMentions, wantArticles, wantSources, wantMentions)
	}
	if merged.CAMEO != "190" || merged.Source.Code != "SYRMIL" {
		t.Errorf("merged event keeps the first report's fields: %+v", merged)
	}
	if len(merged.Articles) != wantArticles || len(merged.Outlets) != wantSources {
		t.Errorf("merged lists: %v %v", merged.Articles, merged.Outlets)
	}
	// A first report without a source code gets it from a later one.
	put(t, s, Art("fill0", Text(200, 120), "a.example", "2019-01-01", Ev("e1", "141", "", "IRQGOV", basra, "2019-01-01", "2019-01-01")))
	put(t, s, Art("fill1", Text(201, 120), "b.example", "2019-01-01", Ev("e1", "141", "IRQOPP", "IRQGOV", basra, "2019-01-01", "2019-01-01")))
	evs = query(t, s, store.Filter{CAMEO: "14"})
	if len(evs) != 1 || evs[0].Source.Code != "IRQOPP" || evs[0].NumSources != 2 {
		t.Errorf("protest events = %+v, want one with source IRQOPP from 2 sources", evs)
	}
	// Undated report on an undated article: stored, never merged.
	put(t, s, Art("nodate0", Text(300, 120), "a.example", "", Ev("e1", "120", "USA", "RUS", mosul, "", "")))
	r := put(t, s, Art("nodate1", Text(301, 120), "b.example", "", Ev("e1", "120", "USA", "RUS", mosul, "", "")))
	if r.Merged != 0 || r.Reports != 1 {
		t.Errorf("undated reports merged: %+v", r)
	}
	// An undated report takes its article's date.
	put(t, s, Art("pub0", Text(400, 120), "a.example", "2018-03-03", Ev("e1", "043", "USA", "RUS", mosul, "", "")))
	r = put(t, s, Art("pub1", Text(401, 120), "b.example", "2018-03-03", Ev("e1", "040", "USA", "RUS", mosul, "2018-03-03", "2018-03-03")))
	if r.Merged != 1 {
		t.Errorf("report dated by its article did not merge: %+v", r)
	}
}

func testFilters(t *testing.T, s store.Store) {
	e1 := Ev("e1", "192", "IMGSEPISI", "IRQ", qaim, "2014-06-20", "2014-06-21")
	e1.PLOVER, e1.ACLED = "ASSAULT", "Battles/Non-state actor overtakes territory"
	e2 := Ev("e2", "141", "IRQOPP", "IRQGOV", basra, "2014-07-02", "2014-07-02")
	e2.PLOVER, e2.ACLED = "PROTEST", "Protests/Peaceful protest"
	e3 := Ev("e1", "183", "SYRREB", "SYRMIL", aleppo, "2014-06-25", "2014-06-25")
	e3.PLOVER, e3.ACLED = "ASSAULT", "Explosions/Remote violence/Suicide bomb"
	e3.Source.Name = "Free Syrian Army"
	put(t, s, Art("f1", "Fighters seized the border town of Qaim overnight.\n"+Text(20, 80), "a.example", "2014-06-21", e1, e2))
	put(t, s, Art("f2", "A suicide bomber struck a checkpoint in Aleppo.\n"+Text(21, 80), "b.example", "2014-06-25", e3))
	// An undated report on an undated article: kept out of date filters.
	e4 := Ev("e1", "010", "USA", "", nil, "", "")
	put(t, s, Art("f3", "A statement.\n"+Text(22, 80), "c.example", "", e4))
	cases := []struct {
		name string
		f    store.Filter
		want []string // CAMEO codes in order
	}{
		{"all", store.Filter{}, []string{"010", "192", "183", "141"}},
		{"from", store.Filter{From: "2014-06-21"}, []string{"183", "141"}},
		{"to", store.Filter{To: "2014-06-30"}, []string{"192", "183"}},
		{"month", store.Filter{From: "2014-06-01", To: "2014-06-30", Country: "iq"}, []string{"192"}},
		{"country", store.Filter{Country: "SY"}, []string{"183"}},
		{"admin1", store.Filter{Admin1: "admin of basra"}, []string{"141"}},
		{"bbox", store.Filter{BBox: &store.BBox{MinLon: 40, MinLat: 29, MaxLon: 48, MaxLat: 35}}, []string{"192", "141"}},
		{"near", store.Filter{Near: &store.Circle{Lat: 34.4, Lon: 41.1, RadiusKm: 20}}, []string{"192"}},
		{"near none", store.Filter{Near: &store.Circle{Lat: 0, Lon: 0, RadiusKm: 20}}, nil},
		{"actor code prefix", store.Filter{Actor: "IRQ"}, []string{"192", "141"}},
		{"actor name", store.Filter{Actor: "syrian army"}, []string{"183"}},
		{"cameo prefix", store.Filter{CAMEO: "18"}, []string{"183"}},
		{"cameo full", store.Filter{CAMEO: "192"}, []string{"192"}},
		{"plover", store.Filter{PLOVER: "assault"}, []string{"192", "183"}},
		{"acled type", store.Filter{ACLED: "battles"}, []string{"192"}},
		{"acled sub-event", store.Filter{ACLED: "Peaceful protest"}, []string{"141"}},
		{"acled sub-event with slash type", store.Filter{ACLED: "suicide bomb"}, []string{"183"}},
		{"text", store.Filter{Text: "suicide"}, []string{"183"}},
		{"text phrase", store.Filter{Text: `"border town"`}, []string{"192", "141"}},
		{"limit", store.Filter{Limit: 2}, []string{"010", "192"}},
		{"combined", store.Filter{PLOVER: "ASSAULT", Country: "IQ"}, []string{"192"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, e := range query(t, s, tc.f) {
				got = append(got, e.CAMEO)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
	for _, f := range []store.Filter{{From: "June"}, {CAMEO: "1x"}, {BBox: &store.BBox{MinLon: 10, MaxLon: 0}}, {Near: &store.Circle{Lat: 1, Lon: 1}}} {
		if _, err := s.QueryEvents(context.Background(), f); err == nil {
			t.Errorf("filter %+v: no error", f)
		}
	}
	arts, err := s.Articles(context.Background(), store.ArticleFilter{Text: "checkpoint Aleppo"})
	if err != nil || len(arts) != 1 || arts[0].Source != "f2" {
		t.Errorf("article text search = %+v, %v", arts, err)
	}
}

func testStats(t *testing.T, s store.Store) {
	put(t, s, Art("s1", Text(30, 100), "a.example", "2015-01-01",
		Ev("e1", "190", "A", "B", mosul, "2015-01-01", "2015-01-01"), Ev("e2", "141", "C", "D", basra, "2015-01-02", "2015-01-02")))
	put(t, s, Art("s2", Text(31, 100), "b.example", "2015-01-01", Ev("e1", "190", "A", "B", mosul, "2015-01-01", "2015-01-01")))
	st := stats(t, s, store.ByNone)
	if st.Articles != 2 || st.Inputs != 2 || st.Events != 2 || st.EventReports != 3 || st.Places != 3 || st.Groups != nil {
		t.Fatalf("stats = %+v", st)
	}
	cases := []struct {
		by   store.GroupBy
		want string
	}{
		{store.ByDay, "2015-01-01:1:2:2 2015-01-02:1:1:1"},
		{store.ByType, "14 :1:1:1 19 :1:2:2"},
		{store.ByPlace, "IQ/Admin of Basra/Basra:1:1:1 IQ/Admin of Mosul/Mosul:1:2:2"},
	}
	for _, tc := range cases {
		var got []string
		for _, g := range stats(t, s, tc.by).Groups {
			got = append(got, fmt.Sprintf("%s:%d:%d:%d", g.Key, g.Events, g.Mentions, g.Articles))
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("by %s: %q, want %q", tc.by, strings.Join(got, " "), tc.want)
		}
	}
	if _, err := s.Stats(context.Background(), "weekday"); err == nil {
		t.Error("stats by an unknown grouping: no error")
	}
}

func testCancelled(t *testing.T, s store.Store) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	a := Art("c1", Text(40, 100), "a.example", "2015-01-01", Ev("e1", "190", "A", "B", mosul, "2015-01-01", "2015-01-01"))
	if _, err := s.PutArticle(ctx, a); err == nil {
		t.Fatal("put with a cancelled context succeeded")
	}
	if st := stats(t, s, store.ByNone); st.Articles != 0 || st.Inputs != 0 || st.Events != 0 || st.EventReports != 0 || st.Places != 0 {
		t.Fatalf("a failed put left rows: %+v", st)
	}
	if ok, _ := s.HasInput(context.Background(), a.InputHash); ok {
		t.Fatal("a failed put marked its input done")
	}
	put(t, s, a)
	if st := stats(t, s, store.ByNone); st.Articles != 1 || st.Events != 1 {
		t.Fatalf("put after a failed one: %+v", st)
	}
}

func testConcurrent(t *testing.T, s store.Store) {
	const n = 24
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			a := Art(fmt.Sprintf("k%d", i), Text(uint64(500+i), 100), "a.example", "2017-01-01",
				Ev("e1", "190", "A", "B", mosul, "2017-01-01", "2017-01-01"))
			if _, err := s.PutArticle(context.Background(), a); err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatalf("concurrent put: %v", err)
	}
	st := stats(t, s, store.ByNone)
	if st.Articles != n || st.Events != 1 || st.EventReports != n {
		t.Fatalf("stats = %+v, want %d articles reporting 1 event", st, n)
	}
	if e := query(t, s, store.Filter{}); len(e) != 1 || e[0].NumArticles != n || e[0].NumSources != 1 {
		t.Fatalf("merged = %+v", e)
	}
}
