package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/store"
	"github.com/sitrep/sitrep/store/storetest"
)

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Border Wire</title><link>https://wire.example/</link>
<item><title>Town seized</title><link>https://wire.example/a</link><pubDate>Sat, 21 Jun 2014 08:00:00 GMT</pubDate>
<description><![CDATA[<p>Fighters seized the border town overnight.</p><p>EVENT 192 IMGSEPISI IRQ Qaim 34.37 41.09 IQ 2014-06-20 2014-06-21</p>]]></description></item>
<item><title>Empty</title><link>https://wire.example/empty</link></item>
<item><title>Aid</title><link>https://wire.example/b</link><pubDate>Sun, 22 Jun 2014 08:00:00 GMT</pubDate>
<description>Aid agencies warned of shortages in the camps.</description></item>
</channel></rss>`

const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Other Paper</title>
<entry><title>Qaim falls</title><link href="https://paper.example/qaim"/><updated>2014-06-21T12:00:00Z</updated>
<content type="html">&lt;p&gt;The town of Qaim fell to militants.&lt;/p&gt;&lt;p&gt;EVENT 190 IMGSEPISI - Qaim 34.38 41.10 IQ 2014-06-21 2014-06-21&lt;/p&gt;</content></entry>
</feed>`

// corpus writes a directory with one input of every kind, some bad.
func corpus(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	w := func(name, body string) {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	w("a/plain.txt", "KHAZNA, Iraq - Militants attacked the village on Monday.\nEVENT 190 IMGSEPISI IRQCVL Khazna 36.31 43.25 IQ 2014-06-16 2014-06-16\n")
	w("a/page.html", "<!DOCTYPE html><html><body><p>Shelling hit the market in Aleppo.</p><p>EVENT 195 SYRMIL SYRREB Aleppo 36.20 37.16 SY 2016-08-01 2016-08-01</p></body></html>")
	w("a/bad-utf8.txt", "caf\xe9 au lait\n")
	w("feeds/wire.rss", rss)
	w("feeds/paper.atom", atom)
	w("feeds/broken.xml", "<?xml version=\"1.0\"?><rss><channel><item><title>unclosed")
	w("news.jsonl", `{"id":"j1","url":"https://daily.example/1","title":"Clash","published":"2016-08-01","text":"Rebels and troops clashed near Aleppo.\nEVENT 190 SYRMIL SYRREB Aleppo 36.21 37.15 SY 2016-08-01 2016-08-02\n"}
not json at all
{"id":"j3","title":"no text"}

{"id":"j5","url":"https://daily.example/5","published":"2016-08-03T10:00:00Z","text":"Another report of the Aleppo clash.\nEVENT 193 SYRMIL - Aleppo 36.20 37.16 SY 2016-08-01 2016-08-01\n"}
`)
	w("crawl.warc", string(warcBytes([]warcRecord{
		{uri: "https://times.example/aleppo", date: "2016-08-02T09:00:00Z", body: "<html><body><p>Government forces fought rebels in Aleppo.</p><p>EVENT 190 SYRMIL SYRREB Aleppo 36.19 37.17 SY 2016-08-01 2016-08-01</p></body></html>"},
		{uri: "https://times.example/logo.png", date: "2016-08-02T09:00:00Z", ctype: "image/png", body: "PNG"},
		{uri: "https://times.example/missing", date: "2016-08-02T09:00:00Z", status: 404, body: "<html>not found</html>"},
	}, false)))
	w("crawl2.warc.gz", string(warcBytes([]warcRecord{
		{uri: "https://gz.example/basra", date: "2019-01-01T09:00:00Z", body: "<html><body><p>Protesters gathered in Basra.</p><p>EVENT 141 IRQOPP IRQGOV Basra 30.5 47.78 IQ 2019-01-01 2019-01-01</p></body></html>"},
	}, true)))
	return dir
}

func ingestDir(t *testing.T, s store.Store, paths []string, opt Options) (Summary, []string, error) {
	t.Helper()
	src, err := OpenFiles(paths, 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	var skipped []string
	opt.Store, opt.Pipeline = s, testPipeline(t)
	opt.Skipped = func(e *BadInputError) { skipped = append(skipped, e.Error()) }
	sum, err := Run(context.Background(), src, opt)
	return sum, skipped, err
}

func TestIngestEveryKind(t *testing.T) {
	dir := corpus(t)
	s := openStore(t, t.TempDir())
	sum, skipped, err := ingestDir(t, s, []string{dir}, Options{Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	wantSkipped := []string{"a/bad-utf8.txt: clean: invalid UTF-8", "feeds/broken.xml: malformed feed", "feeds/wire.rss: item 2: item has neither",
		"news.jsonl: line 2: invalid JSON", `news.jsonl: line 3 (id j3): no "text"`}
	if len(skipped) != len(wantSkipped) {
		t.Fatalf("skipped %d:\n%s", len(skipped), strings.Join(skipped, "\n"))
	}
	sort.Strings(skipped)
	for i, w := range wantSkipped {
		if !strings.Contains(skipped[i], w) || strings.Contains(skipped[i], "\n") {
			t.Errorf("report %q, want it to hold %q", skipped[i], w)
		}
	}
	if sum.Added != 9 || sum.Skipped != 5 || sum.Known != 0 {
		t.Errorf("summary %+v, want 9 added, 5 skipped", sum)
	}
	ctx := context.Background()
	arts, err := s.Articles(ctx, store.ArticleFilter{})
	if err != nil {
		t.Fatal(err)
	}
	byURL := map[string]store.ArticleInfo{}
	for _, a := range arts {
		byURL[a.URL] = a
	}
	checks := []struct{ url, title, published, outlet string }{
		{"https://wire.example/a", "Town seized", "2014-06-21", "wire.example"},
		{"https://paper.example/qaim", "Qaim falls", "2014-06-21", "paper.example"},
		{"https://daily.example/5", "", "2016-08-03", "daily.example"},
		{"https://times.example/aleppo", "", "2016-08-02", "times.example"},
		{"https://gz.example/basra", "", "2019-01-01", "gz.example"},
	}
	for _, c := range checks {
		a, ok := byURL[c.url]
		if !ok {
			t.Errorf("no article from %s", c.url)
			continue
		}
		if a.Title != c.title || deref(a.Published) != c.published || a.Outlet != c.outlet {
			t.Errorf("%s: title %q published %s outlet %s; want %q %s %s", c.url, a.Title, deref(a.Published), a.Outlet, c.title, c.published, c.outlet)
		}
	}
	// The Aleppo clash is reported by the jsonl (twice), the WARC and the
	// HTML file: one merged event; the shelling (195) shares its root.
	evs, err := s.QueryEvents(ctx, store.Filter{Country: "SY"})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 1 || evs[0].NumArticles != 4 || evs[0].NumSources != 3 {
		for _, e := range evs {
			t.Logf("%+v", e)
		}
		t.Fatalf("Syrian events: %d, want 1 merged from 4 articles and 3 outlets", len(evs))
	}
	// Qaim: reported by the RSS (192) and the Atom feed (190, no target).
	evs, _ = s.QueryEvents(ctx, store.Filter{Near: &store.Circle{Lat: 34.37, Lon: 41.09, RadiusKm: 10}})
	if len(evs) != 1 || evs[0].NumSources != 2 || evs[0].Target.Code != "IRQ" {
		t.Fatalf("Qaim events = %+v", evs)
	}
}

func TestReingestAddsNothing(t *testing.T) {
	dir := corpus(t)
	s := openStore(t, t.TempDir())
	if _, _, err := ingestDir(t, s, []string{dir}, Options{}); err != nil {
		t.Fatal(err)
	}
	before := snapshot(t, s)
	sum, _, err := ingestDir(t, s, []string{dir}, Options{Workers: 3})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Added != 0 || sum.Known != 9 || sum.Reports != 0 {
		t.Errorf("second run: %+v, want 9 known and nothing added", sum)
	}
	if after := snapshot(t, s); after != before {
		t.Errorf("re-ingest changed the store:\nbefore:\n%s\nafter:\n%s", before, after)
	}
}

// TestKillMidway stops a run after n commits (as a kill would), runs again
// and compares the store with one filled by a single clean run.
func TestKillMidway(t *testing.T) {
	dir := corpus(t)
	clean := openStore(t, t.TempDir())
	if _, _, err := ingestDir(t, clean, []string{dir}, Options{Workers: 2}); err != nil {
		t.Fatal(err)
	}
	want := snapshot(t, clean)
	for _, n := range []int{1, 4, 8} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			s := openStore(t, t.TempDir())
			src, err := OpenFiles([]string{dir}, 1<<20)
			if err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithCancel(context.Background())
			committed := 0
			sum, err := Run(ctx, src, Options{Store: s, Pipeline: testPipeline(t), Workers: 2, Done: func(sm Summary) {
				committed = sm.Added + sm.Duplicates + sm.Known
				if committed >= n {
					cancel()
				}
			}})
			src.Close()
			cancel()
			if !errors.Is(err, context.Canceled) {
				t.Fatalf("killed run: %v (%+v)", err, sum)
			}
			st, _ := s.Stats(context.Background(), store.ByNone)
			if st.Articles != n {
				t.Fatalf("killed after %d commits, the store holds %d articles", n, st.Articles)
			}
			sum, _, err = ingestDir(t, s, []string{dir}, Options{Workers: 2})
			if err != nil {
				t.Fatal(err)
			}
			if sum.Known != n || sum.Added != 9-n {
				t.Errorf("resumed run: %+v, want %d known, %d added", sum, n, 9-n)
			}
			if got := snapshot(t, s); got != want {
				t.Errorf("resumed store differs from a clean run:\ngot:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

func TestNearDuplicateCluster(t *testing.T) {
	base := storetest.Text(7, 400)
	update := strings.Replace(base, "the", "a", 3)
	other := storetest.Text(8, 400)
	src := &Slice{Msgs: []*Message{
		{Raw: []byte(base), Format: "text", URL: "https://wire.example/story", Pos: "m1"},
		{Raw: []byte("By Wire Staff\n" + base), Format: "text", URL: "https://paper.example/syndicated", Pos: "m2"},
		{Raw: []byte(update), Format: "text", URL: "https://wire.example/story?v=2", Pos: "m3"},
		{Raw: []byte(other), Format: "text", URL: "https://wire.example/other", Pos: "m4"},
		{Raw: []byte(base), Format: "text", URL: "https://mirror.example/story", Pos: "m5"},
	}}
	s := openStore(t, t.TempDir())
	sum, err := Run(context.Background(), src, Options{Store: s, Pipeline: testPipeline(t)})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Added != 4 || sum.NearDups != 2 || sum.Duplicates != 1 {
		t.Errorf("summary %+v, want 4 added, 2 near-duplicates, 1 duplicate", sum)
	}
	if len(src.Acked) != 5 {
		t.Errorf("%d acks, want 5", len(src.Acked))
	}
	for _, err := range src.Acked {
		if err != nil {
			t.Errorf("ack error %v", err)
		}
	}
	st, _ := s.Stats(context.Background(), store.ByNone)
	if st.Articles != 4 || st.Clusters != 2 || st.Inputs != 5 {
		t.Errorf("stats %+v, want 4 articles in 2 clusters from 5 inputs", st)
	}
}

func TestMissingFileIsSkipped(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"1.txt", "2.txt", "3.txt"} {
		os.WriteFile(filepath.Join(dir, n), []byte("Text of "+n+" about a protest in the capital.\n"), 0o644)
	}
	src, err := OpenFiles([]string{dir}, 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	os.Remove(filepath.Join(dir, "2.txt")) // vanishes after listing
	var skipped []string
	s := openStore(t, t.TempDir())
	sum, err := Run(context.Background(), src, Options{Store: s, Pipeline: testPipeline(t),
		Skipped: func(e *BadInputError) { skipped = append(skipped, e.Error()) }})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Added != 2 || sum.Skipped != 1 || len(skipped) != 1 || !strings.Contains(skipped[0], "2.txt: no such file") {
		t.Errorf("summary %+v, reports %q", sum, skipped)
	}
	// A missing path given on the command line is reported in its turn.
	src, err = OpenFiles([]string{filepath.Join(dir, "nope"), filepath.Join(dir, "1.txt")}, 0)
	if err != nil {
		t.Fatal(err)
	}
	skipped = nil
	sum, err = Run(context.Background(), src, Options{Store: openStore(t, t.TempDir()), Pipeline: testPipeline(t),
		Skipped: func(e *BadInputError) { skipped = append(skipped, e.Error()) }})
	if err != nil || sum.Added != 1 || len(skipped) != 1 || !strings.HasSuffix(skipped[0], "nope: no such file or directory") {
		t.Errorf("missing path: %+v, %v, reports %q", sum, err, skipped)
	}
}

func TestDetect(t *testing.T) {
	cases := []struct {
		name, head string
		want       Kind
	}{
		{"x.warc.gz", "", KindWARC}, {"x.WARC", "", KindWARC}, {"x.jsonl", "", KindJSONL}, {"x.rss", "", KindFeed},
		{"x.xml", "", KindFeed}, {"x.htm", "", KindHTML}, {"x.txt", "<html>", KindText},
		{"x", "WARC/1.0\r\n", KindWARC}, {"x", "\x1f\x8b\x08", KindWARC}, {"x", "\xef\xbb\xbf <?xml version='1.0'?><rss>", KindFeed},
		{"x", "<feed xmlns='http://www.w3.org/2005/Atom'>", KindFeed}, {"x", "<!DOCTYPE html><html>", KindHTML},
		{"x", `{"text":"a"}`, KindJSONL}, {"x", "Plain words.", KindText}, {"x", "<?xml version='1.0'?><svg/>", KindText},
	}
	for _, tc := range cases {
		if got := Detect(tc.name, []byte(tc.head)); got != tc.want {
			t.Errorf("Detect(%q, %q) = %s, want %s", tc.name, tc.head, got, tc.want)
		}
	}
}

func TestJSONLErrors(t *testing.T) {
	in := "{\"text\":\"ok one\"}\n{\"text\": 5}\n{\"text\":\"x\",\"published\":\"June\"}\n{\"text\":\"x\"} {\"text\":\"y\"}\n" +
		strings.Repeat("x", 300) + "\n{\"text\":\"ok two\",\"published\":null}"
	src := NewJSONL("in.jsonl", strings.NewReader(in), 200)
	var got []string
	for {
		m, _, err := src.Next(context.Background())
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			var be *BadInputError
			if !errors.As(err, &be) {
				t.Fatalf("error %v is not a bad-input report", err)
			}
			got = append(got, be.Error())
			continue
		}
		got = append(got, "ok:"+string(m.Raw))
	}
	want := []string{"ok:ok one", "in.jsonl: line 2: invalid JSON", `in.jsonl: line 3: "published"`, "in.jsonl: line 4: more than one",
		"in.jsonl: line 5: line longer than 200 bytes", "ok:ok two"}
	if len(got) != len(want) {
		t.Fatalf("got %q", got)
	}
	for i := range want {
		if !strings.HasPrefix(got[i], want[i]) {
			t.Errorf("%d: %q, want prefix %q", i, got[i], want[i])
		}
	}
}

func TestWARCEncodings(t *testing.T) {
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte("<html><body><p>Zipped story.</p></body></html>"))
	zw.Close()
	part1, part2 := "<html><p>Chunked story.</p>", "</html>"
	chunked := fmt.Sprintf("%x\r\n%s\r\n%x\r\n%s\r\n0\r\n\r\n", len(part1), part1, len(part2), part2)
	cases := []struct {
		name    string
		headers string
		body    string
		want    string // "" when the record is passed over
	}{
		{"gzip", "Content-Type: text/html\r\nContent-Encoding: gzip\r\n", gz.String(), "<html><body><p>Zipped story.</p></body></html>"},
		{"chunked", "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n", chunked, "<html><p>Chunked story.</p></html>"},
		{"chunked header, plain body", "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n", "<p>Stored de-chunked.</p>", "<p>Stored de-chunked.</p>"},
		{"no content type, sniffed", "", "<!DOCTYPE html><html><p>Sniffed.</p></html>", "<!DOCTYPE html><html><p>Sniffed.</p></html>"},
		{"image", "Content-Type: image/png\r\n", "\x89PNG....", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			http := "HTTP/1.1 200 OK\r\n" + tc.headers + "\r\n" + tc.body
			rec := fmt.Sprintf("WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\nWARC-Date: 2020-01-02T00:00:00Z\r\n"+
				"WARC-Target-URI: https://e.example/\r\nContent-Type: application/http;msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", len(http), http)
			src, err := NewWARC("e.warc", strings.NewReader(rec), 1<<20)
			if err != nil {
				t.Fatal(err)
			}
			m, _, err := src.Next(context.Background())
			switch {
			case tc.want == "" && !errors.Is(err, io.EOF):
				t.Fatalf("got %v, %v; want the record passed over", m, err)
			case tc.want != "" && (err != nil || string(m.Raw) != tc.want):
				t.Fatalf("got %v (%q), want %q", err, m, tc.want)
			}
		})
	}
}

func TestWARCTruncatedGzip(t *testing.T) {
	recs := []warcRecord{{uri: "https://x.example/1", date: "2020-05-05T00:00:00Z", body: "<p>One.</p>"},
		{uri: "https://x.example/2", date: "2020-05-05T00:00:00Z", body: "<p>Two.</p>"}}
	b := warcBytes(recs, true)
	b = append(b[:len(b)-20:len(b)-20], 0xde, 0xad, 0xbe, 0xef, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10) // corrupt the last member's tail
	src, err := NewWARC("t.warc.gz", strings.NewReader(string(b)), 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	var urls, bad []string
	for i := 0; i < 20; i++ {
		m, _, err := src.Next(context.Background())
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			bad = append(bad, err.Error())
			continue
		}
		urls = append(urls, m.URL)
	}
	if len(urls) < 1 || urls[0] != "https://x.example/1" || len(bad) == 0 || !strings.HasPrefix(bad[len(bad)-1], "t.warc.gz: ") {
		t.Errorf("read %q, reports %q", urls, bad)
	}
}

func TestWARCBadRecordSkipped(t *testing.T) {
	good := func(i int) warcRecord {
		return warcRecord{uri: fmt.Sprintf("https://x.example/%d", i), date: "2020-05-05T00:00:00Z", body: fmt.Sprintf("<p>Story number %d.</p>", i)}
	}
	for _, gz := range []bool{false, true} {
		t.Run(fmt.Sprint("gzip=", gz), func(t *testing.T) {
			b := warcBytes([]warcRecord{good(1), {raw: "WARC/1.1\r\nthis is no header\r\n\r\n"}, good(2),
				{raw: "WARC/1.1\r\nWARC-Type: response\r\nWARC-Date: 2020-05-05T00:00:00Z\r\nContent-Type: application/http;msgtype=response\r\nContent-Length: 9\r\n\r\nNOT HTTP!\r\n\r\n"},
				good(3)}, gz)
			src, err := NewWARC("t.warc", strings.NewReader(string(b)), 1<<20)
			if err != nil {
				t.Fatal(err)
			}
			var urls, bad []string
			for {
				m, _, err := src.Next(context.Background())
				if errors.Is(err, io.EOF) {
					break
				}
				if err != nil {
					bad = append(bad, err.Error())
					continue
				}
				urls = append(urls, m.URL)
				if m.Published != "2020-05-05" || m.Format != "html" {
					t.Errorf("message %+v", m)
				}
			}
			if len(bad) != 2 || !strings.HasPrefix(bad[0], "t.warc: record at ") || !strings.Contains(bad[1], "HTTP response does not parse") {
				t.Errorf("reports %q", bad)
			}
			if strings.Join(urls, " ") != "https://x.example/1 https://x.example/2 https://x.example/3" {
				t.Errorf("read %q; want records 1, 2 and 3", urls)
			}
		})
	}
}
