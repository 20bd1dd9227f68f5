package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/clean"
	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/pipeline"
	"github.com/sitrep/sitrep/segment"
	"github.com/sitrep/sitrep/store"
	"github.com/sitrep/sitrep/store/sqlite"
)

// fakeEvents is a test stage that turns lines such as
// "EVENT 190 SYRMIL SYRREB Aleppo 36.2 37.15 SY 2016-08-01 2016-08-02"
// into events, so that the run's merging is tested before the real event
// stage exists.
type fakeEvents struct{}

var eventLine = regexp.MustCompile(`EVENT (\d+) (\S+) (\S+) ([^ <]+) (-?[\d.]+) (-?[\d.]+) ([A-Z]{2}) (\d{4}-\d\d-\d\d) (\d{4}-\d\d-\d\d)`)

func (fakeEvents) Name() string       { return "fake-events" }
func (fakeEvents) Requires() []string { return []string{doc.AnnParagraphs} }
func (fakeEvents) Assigns() []string  { return []string{doc.AnnEvents, doc.AnnPlaces} }
func (fakeEvents) Process(_ context.Context, d *doc.Doc) error {
	for i, m := range eventLine.FindAllStringSubmatchIndex(d.Text, -1) {
		g := func(k int) string { return d.Text[m[2*k]:m[2*k+1]] }
		lat, _ := strconv.ParseFloat(g(5), 64)
		lon, _ := strconv.ParseFloat(g(6), 64)
		from, to := g(8), g(9)
		actor := func(code string) *doc.Actor {
			if code == "-" {
				return nil
			}
			return &doc.Actor{Text: strings.ToLower(code), Name: "Actor " + code, Code: code}
		}
		d.Events = append(d.Events, doc.Event{ID: fmt.Sprintf("e%d", i+1), CAMEO: g(1), Source: actor(g(2)), Target: actor(g(3)),
			Place:    &doc.EventPlace{Name: g(4), Lat: lat, Lon: lon, Country: g(7)},
			Date:     &doc.EventDate{Text: from, From: &from, To: &to},
			Sentence: doc.TextSpan{Start: m[0], End: m[1], Text: d.Text[m[0]:m[1]]}, Mentions: 1, Counts: []doc.Count{}})
		d.Places = append(d.Places, doc.Place{Name: g(4), Lat: lat, Lon: lon, Country: g(7), Admin1: "Province of " + g(4),
			Text: []string{g(4)}, Mentions: [][2]int{{m[2*4], m[2*4+1]}}})
	}
	return nil
}

func testPipeline(t testing.TB) *pipeline.Pipeline {
	t.Helper()
	p, err := pipeline.New(clean.New(), segment.New(), fakeEvents{})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func openStore(t testing.TB, dir string) *sqlite.DB {
	t.Helper()
	s, err := sqlite.Open(context.Background(), filepath.Join(dir, "sitrep.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// snapshot renders what a store holds, without ingestion times.
func snapshot(t testing.TB, s store.Store) string {
	t.Helper()
	ctx := context.Background()
	var b strings.Builder
	st, err := s.Stats(ctx, store.ByDay)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintf(&b, "%+v\n", st)
	arts, err := s.Articles(ctx, store.ArticleFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		fmt.Fprintf(&b, "%s %s %q %v %s %s %s %d\n", a.ID, a.URL, a.Title, deref(a.Published), a.Source, a.Outlet, a.ClusterID, a.Events)
	}
	evs, err := s.QueryEvents(ctx, store.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range evs {
		fmt.Fprintf(&b, "%d %s %s>%s %v %s..%s m%d a%d s%d %v %v %s\n", e.ID, e.CAMEO, e.Source.Code, e.Target.Code, e.Place, e.From, e.To,
			e.NumMentions, e.NumArticles, e.NumSources, e.Articles, e.Outlets, e.SourceURL)
	}
	return b.String()
}

func deref(s *string) string {
	if s == nil {
		return "<nil>"
	}
	return *s
}

// warcRecord is one record for a test WARC file.
type warcRecord struct {
	uri, date, ctype, body string
	status                 int
	raw                    string // written as is instead of a record
}

func warcBytes(recs []warcRecord, gz bool) []byte {
	var out bytes.Buffer
	for i, r := range recs {
		var rec bytes.Buffer
		if r.raw != "" {
			rec.WriteString(r.raw)
		} else {
			if r.status == 0 {
				r.status = 200
			}
			if r.ctype == "" {
				r.ctype = "text/html; charset=utf-8"
			}
			http := fmt.Sprintf("HTTP/1.1 %d X\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", r.status, r.ctype, len(r.body), r.body)
			fmt.Fprintf(&rec, "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-%012d>\r\n"+
				"WARC-Date: %s\r\nWARC-Target-URI: %s\r\nContent-Type: application/http;msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
				i, r.date, r.uri, len(http), http)
		}
		if gz {
			zw := gzip.NewWriter(&out)
			zw.Write(rec.Bytes())
			zw.Close()
		} else {
			out.Write(rec.Bytes())
		}
	}
	return out.Bytes()
}
