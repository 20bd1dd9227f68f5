package sqlite

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"syscall"
	"testing"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/store"
	"github.com/sitrep/sitrep/store/storetest"
)

// BenchmarkPutEvents stores articles of 20 event reports each, half of
// which merge with earlier ones; it reports event reports stored per second.
func BenchmarkPutEvents(b *testing.B) {
	s, err := Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"), Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	const perArticle = 20
	countries := []string{"IQ", "SY", "NG", "UA", "YE", "AF", "ML", "SO"}
	mk := func(i int) *store.Article {
		evs := make([]doc.Event, perArticle)
		for j := range evs {
			k := (i/2)*perArticle + j // two articles report each event
			day := fmt.Sprintf("2020-%02d-%02d", 1+k%12, 1+k%28)
			pl := storetest.Pl(fmt.Sprintf("P%d", k%5000), float64(k%160)-80+float64(k%7)/10, float64(k%340)-170, countries[k%len(countries)], 0)
			evs[j] = storetest.Ev(fmt.Sprintf("e%d", j), fmt.Sprintf("%02d%d", 1+k%20, k%10), "AAA", fmt.Sprintf("B%02d", k%50), pl, day, day)
		}
		return storetest.Art(fmt.Sprintf("b%d", i), storetest.Text(uint64(i), 60), fmt.Sprintf("o%d.example", i%2), "2020-01-01", evs...)
	}
	arts := make([]*store.Article, 0, 1024)
	for i := 0; i < cap(arts); i++ {
		arts = append(arts, mk(i))
	}
	for i := len(arts); i < 4096; i++ {
		arts = append(arts, mk(i))
	}
	n := 0
	ctx := context.Background()
	cpu0 := cpuSeconds()
	for b.Loop() {
		if n >= len(arts) {
			arts = append(arts, mk(n))
		}
		a := arts[n]
		if _, err := s.PutArticle(ctx, a); err != nil {
			b.Fatal(err)
		}
		n++
	}
	b.ReportMetric(float64(n*perArticle)/b.Elapsed().Seconds(), "events/s")
	b.ReportMetric(float64(n*perArticle)/(cpuSeconds()-cpu0), "events/cpu-s")
}

// cpuSeconds is the CPU time (user + system) the process has used: on a
// shared machine it measures the work, where wall time also measures the
// neighbours.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Utime.Sec+ru.Stime.Sec) + float64(ru.Utime.Usec+ru.Stime.Usec)/1e6
}

var (
	millionOnce sync.Once
	millionPath string
	millionDir  string
)

// millionEvents builds, once per process, a database of 1,000,000 merged
// events spread over 8 countries and 2015-2024 (generated in SQL so that the
// set-up takes seconds, not the minutes of a million PutArticle calls).
func millionEvents(b *testing.B) string {
	millionOnce.Do(func() {
		dir, err := filepathTemp()
		if err != nil {
			b.Fatal(err)
		}
		millionDir = dir
		millionPath = filepath.Join(dir, "million.db")
		s, err := Open(context.Background(), millionPath, Options{})
		if err != nil {
			b.Fatal(err)
		}
		defer s.Close()
		_, err = s.w.Exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000)
			INSERT INTO events(id, cameo, root, plover, mode, acled, quad_class, goldstein, src_text, src_name, src_code,
				tgt_text, tgt_name, tgt_code, has_place, place_name, has_coords, lat, lon, country, admin1, geonameid, feature,
				date_from, date_to, is_root, attribution, fatalities, sentence, num_mentions, num_articles, num_sources,
				first_article, source_url, added)
			SELECT i, printf('%02d%d', 1 + i % 20, i % 10), printf('%02d', 1 + i % 20), 'ASSAULT', '', '', 4, -9.5, '', 'Actor', 'SYRREB',
				'', 'Target', 'SYRMIL', 1, 'Place ' || (i % 5000), 1, (i * 7919 % 17999) / 100.0 - 90, (i * 104729 % 35999) / 100.0 - 180,
				substr('IQSYNGUAYEAFMLSO', 1 + 2 * (i % 8), 2), 'Region ' || (i % 30), 0, 'PPL',
				date('2015-01-01', '+' || (i * 7919 % 3650) || ' days'), date('2015-01-01', '+' || (i * 7919 % 3650) || ' days'),
				0, 'reported', 0, '', 1, 1, 1, 'x', 'https://example.com/' || i, '2025-01-01T00:00:00Z'
			FROM n`)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := s.w.Exec(`INSERT INTO events_rtree(id, minlon, maxlon, minlat, maxlat) SELECT id, lon, lon, lat, lat FROM events`); err != nil {
			b.Fatal(err)
		}
		if _, err := s.w.Exec(`ANALYZE`); err != nil {
			b.Fatal(err)
		}
	})
	return millionPath
}

// BenchmarkQueryCountryMonth queries one country and one month out of
// 1,000,000 stored events (about 1,000 match).
func BenchmarkQueryCountryMonth(b *testing.B) {
	path := millionEvents(b)
	s, err := Open(context.Background(), path, Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	months := []string{"2016-03", "2019-11", "2022-07", "2024-01"}
	n, rows := 0, 0
	for b.Loop() {
		m := months[n%len(months)]
		evs, err := s.QueryEvents(ctx, store.Filter{Country: "SY", From: m + "-01", To: m + "-28"})
		if err != nil {
			b.Fatal(err)
		}
		if len(evs) == 0 {
			b.Fatal("no events matched")
		}
		rows += len(evs)
		n++
	}
	b.ReportMetric(float64(rows)/float64(n), "events/query")
}

// BenchmarkQueryNear queries a 100 km circle out of 1,000,000 events.
func BenchmarkQueryNear(b *testing.B) {
	path := millionEvents(b)
	s, err := Open(context.Background(), path, Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	rows, n := 0, 0
	for b.Loop() {
		evs, err := s.QueryEvents(ctx, store.Filter{Near: &store.Circle{Lat: 36.2, Lon: 37.1, RadiusKm: 100}})
		if err != nil {
			b.Fatal(err)
		}
		rows += len(evs)
		n++
	}
	b.ReportMetric(float64(rows)/float64(n), "events/query")
}

// filepathTemp makes a directory that outlives one benchmark (the million
// events are shared by the query benchmarks of one run); TestMain removes
// it.
func filepathTemp() (string, error) { return os.MkdirTemp("", "sitrep-bench-") }

func TestMain(m *testing.M) {
	code := m.Run()
	if millionDir != "" {
		os.RemoveAll(millionDir)
	}
	os.Exit(code)
}
