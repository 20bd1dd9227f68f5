package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/store/export"
	"github.com/sitrep/sitrep/store/sqlite"
	"github.com/sitrep/sitrep/store/storetest"
)

func TestIngestCommand(t *testing.T) {
	needPipeline(t)
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	os.MkdirAll(in, 0o755)
	os.WriteFile(filepath.Join(in, "a.txt"), []byte("BAGHDAD - Protesters gathered in Baghdad on Friday, police said.\n"), 0o644)
	os.WriteFile(filepath.Join(in, "b.jsonl"), []byte(`{"id":"1","url":"https://x.example/1","title":"T","published":"2019-10-04","text":"Thousands marched in Basra on Friday.\n"}`+"\nnot json\n"), 0o644)
	db := filepath.Join(dir, "c.db")
	code, _, stderr := runCLI(t, "", "ingest", "--db", db, "--published", "2019-10-04", in)
	if code != 1 {
		t.Fatalf("exit %d with a bad line, want 1; stderr:\n%s", code, stderr)
	}
	if !strings.Contains(stderr, "b.jsonl: line 2: invalid JSON") || !strings.Contains(stderr, "ingested 2 new articles") || !strings.Contains(stderr, "skipped 1") {
		t.Errorf("stderr:\n%s", stderr)
	}
	code, _, stderr = runCLI(t, "", "ingest", "--db", db, filepath.Join(in, "a.txt"))
	if code != 0 || !strings.Contains(stderr, "ingested 0 new articles") || !strings.Contains(stderr, "1 already stored") {
		t.Errorf("re-ingest: exit %d, stderr:\n%s", code, stderr)
	}
	code, _, stderr = runCLI(t, "", "ingest", "--db", db, filepath.Join(dir, "nope"), filepath.Join(in, "a.txt"))
	if code != 1 || !strings.Contains(stderr, "skipped "+filepath.Join(dir, "nope")+": no such file or directory\n") || !strings.Contains(stderr, "1 already stored") {
		t.Errorf("missing path: exit %d, stderr:\n%s", code, stderr)
	}
	code, out, _ := runCLI(t, "", "stats", "--db", db)
	var st struct{ Inputs, Articles int }
	if code != 0 || json.Unmarshal([]byte(out), &st) != nil || st.Articles != 2 || st.Inputs != 2 {
		t.Errorf("stats: exit %d: %s", code, out)
	}
}

func TestIngestErrors(t *testing.T) {
	needPipeline(t)
	dir := t.TempDir()
	txt := filepath.Join(dir, "a.txt")
	os.WriteFile(txt, []byte("Some news.\n"), 0o644)
	corrupt := filepath.Join(dir, "corrupt.db")
	os.WriteFile(corrupt, []byte(strings.Repeat("garbage ", 1000)), 0o644)
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"corrupt db", []string{"ingest", "--db", corrupt, txt}, "corrupt.db: not a sitrep database"},
		{"bad date", []string{"ingest", "--published", "21/06/2014", txt}, "--published"},
		{"query missing db", []string{"query", "--db", filepath.Join(dir, "none.db")}, "none.db: no database"},
		{"query corrupt db", []string{"query", "--db", corrupt}, "not a sitrep database"},
		{"stats bad group", []string{"stats", "--db", corrupt, "--by", "week"}, "--by"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, "", tc.args...)
			if code == 0 || !strings.Contains(stderr, tc.want) || strings.Count(strings.TrimSpace(stderr), "\n") > 0 {
				t.Errorf("exit %d, stderr %q; want one line holding %q", code, stderr, tc.want)
			}
		})
	}
}

// fillDB stores articles with constructed events, as the event stage will
// emit them.
func fillDB(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "q.db")
	s, err := sqlite.Open(context.Background(), db, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	qaim := storetest.Pl("Al Qa'im", 34.37, 41.09, "IQ", 0)
	aleppo := storetest.Pl("Aleppo", 36.202, 37.158, "SY", 170063)
	e1 := storetest.Ev("e1", "192", "IMGSEPISI", "IRQ", qaim, "2014-06-20", "2014-06-21")
	e1.PLOVER, e1.ACLED = "ASSAULT", "Battles/Non-state actor overtakes territory"
	e2 := storetest.Ev("e1", "183", "SYRREB", "SYRMIL", aleppo, "2014-06-25", "2014-06-25")
	e2.PLOVER = "ASSAULT"
	for i, a := range []struct {
		outlet string
		ev     doc.Event
	}{{"a.example", e1}, {"b.example", e1}, {"a.example", e2}} {
		art := storetest.Art(string(rune('a'+i)), storetest.Text(uint64(i), 100), a.outlet, "2014-06-25", a.ev)
		if _, err := s.PutArticle(context.Background(), art); err != nil {
			t.Fatal(err)
		}
	}
	return db
}

func TestQueryCommand(t *testing.T) {
	db := fillDB(t)
	code, out, stderr := runCLI(t, "", "query", "--db", db)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("default (non-terminal) output is not 2 JSON lines:\n%s", out)
	}
	var first export.Record
	if err := json.Unmarshal([]byte(lines[0]), &first); err != nil || first.CAMEO != "192" || first.NumSources != 2 || first.NumArticles != 2 {
		t.Errorf("first event %+v (%v)", first, err)
	}
	cases := []struct {
		args []string
		want int // events
	}{
		{[]string{"--country", "iq"}, 1},
		{[]string{"--from", "2014-06", "--to", "2014-06"}, 2},
		{[]string{"--from", "2014-06-22"}, 1},
		{[]string{"--bbox", "36,35,38,37"}, 1},
		{[]string{"--near", "34.4,41.1", "--radius-km", "10"}, 1},
		{[]string{"--actor", "SYR"}, 1},
		{[]string{"--cameo", "19"}, 1},
		{[]string{"--plover", "assault"}, 2},
		{[]string{"--acled", "Battles"}, 1},
		{[]string{"--admin1", "Admin of Aleppo"}, 1},
		{[]string{"--limit", "1"}, 1},
	}
	for _, tc := range cases {
		code, out, stderr := runCLI(t, "", append([]string{"query", "--db", db, "--format", "jsonl"}, tc.args...)...)
		if n := len(strings.Fields(strings.ReplaceAll(strings.TrimSpace(out), " ", "_"))); code != 0 || n != tc.want {
			t.Errorf("%v: exit %d, %d events, want %d; %s", tc.args, code, n, tc.want, stderr)
		}
	}
	code, out, _ = runCLI(t, "", "query", "--db", db, "--format", "csv")
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if code != 0 || err != nil || len(rows) != 3 || strings.Join(rows[0], ",") != strings.Join(export.GDELTColumns, ",") {
		t.Errorf("csv: exit %d, %v, %d rows", code, err, len(rows))
	}
	code, out, _ = runCLI(t, "", "query", "--db", db, "--format", "geojson")
	var fc struct {
		Type     string
		Features []json.RawMessage
	}
	if code != 0 || json.Unmarshal([]byte(out), &fc) != nil || fc.Type != "FeatureCollection" || len(fc.Features) != 2 {
		t.Errorf("geojson: exit %d: %s", code, out)
	}
	for _, bad := range [][]string{{"--format", "xml"}, {"--from", "June"}, {"--bbox", "1,2,3"}, {"--near", "100,0"}, {"--cameo", "x9"}, {"stray"}} {
		code, _, stderr := runCLI(t, "", append([]string{"query", "--db", db}, bad...)...)
		if code == 0 || strings.Count(strings.TrimSpace(stderr), "\n") > 0 {
			t.Errorf("%v: exit %d, stderr %q", bad, code, stderr)
		}
	}
	code, out, _ = runCLI(t, "", "query", "--db", db, "--articles")
	if code != 0 || strings.Count(out, "\n") != 3 || !strings.Contains(out, `"outlet":"b.example"`) {
		t.Errorf("articles: exit %d:\n%s", code, out)
	}
	code, out, _ = runCLI(t, "", "query", "--db", db, "--articles", "--format", "table", "--limit", "1")
	if code != 0 || strings.Count(out, "\n") != 2 || !strings.HasPrefix(out, "PUBLISHED") {
		t.Errorf("articles table: exit %d:\n%s", code, out)
	}
	code, out, _ = runCLI(t, "", "stats", "--db", db, "--by", "type", "--format", "table")
	if code != 0 || !strings.Contains(out, "events (merged)  2") || !strings.Contains(out, "19 ASSAULT") {
		t.Errorf("stats table: exit %d:\n%s", code, out)
	}
}
