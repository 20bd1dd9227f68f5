package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// The golden files are rewritten with: go test ./cmd/sitrep -run Golden -update
func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite the golden files in testdata/golden")
	}
}

func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

const (
	extractInputs = "../../testdata/extract"
	goldenDir     = "../../testdata/golden"
)

// needPipeline points SITREP_DATA at the checkout's .cache when it is
// unset (`make test` sets it; plain `go test` runs in cmd/sitrep) and skips
// the test when the extract pipeline cannot be built (data not installed).
func needPipeline(t *testing.T) {
	t.Helper()
	if os.Getenv("SITREP_DATA") == "" {
		if abs, err := filepath.Abs("../../.cache"); err == nil {
			if st, err := os.Stat(abs); err == nil && st.IsDir() {
				t.Setenv("SITREP_DATA", abs)
			}
		}
	}
	if _, err := extractStages(stageOptions{}); err != nil {
		t.Skipf("skipped: the extract pipeline cannot be built (run `make setup`): %v", err)
	}
}

// runCLI runs one sitrep command line and returns its exit status and
// streams.
func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errs bytes.Buffer
	code := run(context.Background(), &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errs}, args)
	return code, out.String(), errs.String()
}

// TestExtractGolden runs `sitrep extract` on every input in
// testdata/extract (flags from NAME.args beside it) and compares the whole
// JSON line with testdata/golden/NAME.json.
func TestExtractGolden(t *testing.T) {
	needPipeline(t)
	inputs, err := filepath.Glob(filepath.Join(extractInputs, "*"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, in := range inputs {
		if strings.HasSuffix(in, ".args") {
			continue
		}
		n++
		name := strings.TrimSuffix(filepath.Base(in), filepath.Ext(in))
		t.Run(name, func(t *testing.T) {
			args := []string{"extract", "--format", "json"}
			if b, err := os.ReadFile(strings.TrimSuffix(in, filepath.Ext(in)) + ".args"); err == nil {
				args = append(args, strings.Fields(string(b))...)
			}
			code, out, errs := runCLI(t, "", append(args, in)...)
			if code != 0 || errs != "" {
				t.Fatalf("exit %d, stderr %q", code, errs)
			}
			if strings.Count(out, "\n") != 1 || !strings.HasSuffix(out, "\n") {
				t.Fatalf("want one JSON line, got %q", out)
			}
			var v map[string]any
			if err := json.Unmarshal([]byte(out), &v); err != nil {
				t.Fatalf("output is not JSON: %v", err)
			}
			golden := filepath.Join(goldenDir, name+".json")
			if updating() {
				if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (create it with: go test ./cmd/sitrep -run Golden -update)", err)
			}
			if out != string(want) {
				t.Errorf("output differs from %s in %s (check, then regenerate: go test ./cmd/sitrep -run Golden -update):\n got %s\nwant %s",
					golden, diffKeys(out, string(want)), out, want)
			}
		})
	}
	if n < 5 {
		t.Fatalf("only %d golden inputs found in %s", n, extractInputs)
	}
}

// diffKeys names the top-level JSON fields that differ between two
// objects, so that a failing golden test says whose output changed.
func diffKeys(got, want string) string {
	var g, w map[string]json.RawMessage
	if json.Unmarshal([]byte(got), &g) != nil || json.Unmarshal([]byte(want), &w) != nil {
		return "the whole line"
	}
	var keys []string
	for k, v := range g {
		if wv, ok := w[k]; !ok || string(wv) != string(v) {
			keys = append(keys, k)
		}
	}
	for k := range w {
		if _, ok := g[k]; !ok {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	return "fields " + strings.Join(keys, ", ")
}

// TestExtractCleanFields checks the clean stage's part of the golden
// outputs by meaning, so that a regenerated golden file cannot silently
// lose it.
func TestExtractCleanFields(t *testing.T) {
	needPipeline(t)
	tests := []struct {
		file      string
		args      []string
		total     int
		unique    int
		dateline  string
		published any
		title     any
		html      bool
	}{
		{"reuters_repeat.txt", nil, 9, 6, "BAGHDAD", nil, nil, false},
		{"ap_wrapped.txt", nil, 6, 5, "UNITED NATIONS", "2015-03-04", "UN council weighs new sanctions", false},
		{"bom_crlf.txt", nil, 2, 2, "NAIROBI, Kenya", nil, nil, false},
		{"flag_published.txt", []string{"--published", "2015-01-02"}, 2, 2, "KABUL", "2015-01-02", nil, false},
		{"page.html", nil, 5, 5, "PESHAWAR, Pakistan", "2016-08-14", "Floods cut off villages in northern province", true},
		{"fragment.html", []string{"--published", "2016-05-10"}, 4, 3, "MOGADISHU, Somalia", "2016-05-10", nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			args := append(append([]string{"extract"}, tt.args...), filepath.Join(extractInputs, tt.file))
			code, out, errs := runCLI(t, "", args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			var v struct {
				Paragraphs struct{ Total, Unique int }
				Dateline   *struct {
					Text       string
					Start, End int
					Date       *string
				}
				Published any
				Title     any
				Text      *string
			}
			if err := json.Unmarshal([]byte(out), &v); err != nil {
				t.Fatal(err)
			}
			if v.Paragraphs.Total != tt.total || v.Paragraphs.Unique != tt.unique {
				t.Errorf("paragraphs %+v, want %d/%d", v.Paragraphs, tt.total, tt.unique)
			}
			if v.Dateline == nil || v.Dateline.Text != tt.dateline {
				t.Fatalf("dateline %+v, want %q", v.Dateline, tt.dateline)
			}
			text := ""
			if tt.html {
				if v.Text == nil {
					t.Fatal("HTML output lacks the extracted text")
				}
				text = *v.Text
			} else {
				raw, _ := os.ReadFile(filepath.Join(extractInputs, tt.file))
				text = string(raw)
				if v.Text != nil {
					t.Error("plain-text output repeats the text")
				}
			}
			if text[v.Dateline.Start:v.Dateline.End] != tt.dateline {
				t.Errorf("dateline offsets [%d,%d) hold %q", v.Dateline.Start, v.Dateline.End, text[v.Dateline.Start:v.Dateline.End])
			}
			if v.Published != tt.published {
				t.Errorf("published %v, want %v", v.Published, tt.published)
			}
			if v.Title != tt.title {
				t.Errorf("title %v, want %v", v.Title, tt.title)
			}
		})
	}
}

// TestExtractBadInputs runs one extract over good and bad files together:
// each bad one gets one line on stderr naming it, no output line, and the
// good ones still come out, in order; the exit status is 1.
func TestExtractBadInputs(t *testing.T) {
	needPipeline(t)
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good1 := write("a_good.txt", []byte("BAGHDAD (Reuters) - Gunmen attacked a checkpoint, officials said.\n"))
	empty := write("b_empty.txt", nil)
	blank := write("c_blank.txt", []byte(" \n\t\n"))
	binary := write("d_binary.bin", []byte("\x7fELF\x02\x01\x01\x00\x00\x00"))
	badUTF8 := write("e_latin1.txt", []byte("Caf\xe9 owners said.\nThe second line is fine.\nNa\xefve third.\n"))
	huge := filepath.Join(dir, "f_huge.txt")
	if err := os.WriteFile(huge, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(huge, 200<<20); err != nil { // sparse: refused by size, never read
		t.Fatal(err)
	}
	emptyDir := filepath.Join(dir, "g_emptydir")
	if err := os.Mkdir(emptyDir, 0o755); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "h_missing.txt")
	good2 := write("i_good.html", []byte("<p>KABUL (AP) — A bomb exploded near a market, police said.</p>"))

	code, out, errs := runCLI(t, "", "extract", good1, empty, blank, binary, badUTF8, huge, emptyDir, missing, good2)
	if code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("want 2 output lines (the good files), got %d: %q", len(lines), out)
	}
	for i, want := range []string{good1, good2} {
		var v struct{ Source string }
		if err := json.Unmarshal([]byte(lines[i]), &v); err != nil {
			t.Fatalf("line %d is not whole JSON: %v", i+1, err)
		}
		if v.Source != want {
			t.Errorf("line %d is %s, want %s", i+1, v.Source, want)
		}
	}
	wantErrs := []struct{ path, msg string }{
		{empty, "empty document"},
		{blank, "empty document"},
		{binary, "binary input at byte 7"},
		{badUTF8, "invalid UTF-8 at byte 3 (line 1)"},
		{huge, "input too large: 209715200 bytes, the limit is 67108864 bytes"},
		{emptyDir, "directory holds no files"},
		{missing, "no such file or directory"},
	}
	errLines := strings.Split(strings.TrimSuffix(errs, "\n"), "\n")
	if len(errLines) != len(wantErrs) {
		t.Fatalf("want %d error lines, got %d:\n%s", len(wantErrs), len(errLines), errs)
	}
	for i, w := range wantErrs {
		prefix := "sitrep extract: " + w.path + ": "
		if !strings.HasPrefix(errLines[i], prefix) || !strings.Contains(errLines[i], w.msg) {
			t.Errorf("error line %d = %q, want %q ... %q", i+1, errLines[i], prefix, w.msg)
		}
	}
}

// --min-salience: a threshold no event reaches outputs none; a negative
// one outputs every event the rules find, each scored.
func TestExtractMinSalience(t *testing.T) {
	needPipeline(t)
	text := "BAGHDAD (Reuters) - Gunmen attacked a police checkpoint north of the capital on Tuesday, killing four officers, a provincial official said. The interior minister condemned the attack."
	count := func(args ...string) (int, []float64) {
		t.Helper()
		code, out, errs := runCLI(t, text, append([]string{"extract", "--published", "2015-03-17"}, args...)...)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		var d struct {
			Events []struct {
				Salience float64 `json:"salience"`
			} `json:"events"`
		}
		if err := json.Unmarshal([]byte(out), &d); err != nil {
			t.Fatal(err)
		}
		var s []float64
		for _, e := range d.Events {
			s = append(s, e.Salience)
		}
		return len(d.Events), s
	}
	all, scores := count("--min-salience", "-1")
	if all < 2 {
		t.Fatalf("--min-salience -1: %d events, want the attack and the condemnation", all)
	}
	for _, s := range scores {
		if s <= 0 || s >= 1 {
			t.Errorf("salience %v, want a score in (0,1)", s)
		}
	}
	if n, _ := count("--min-salience", "0.9999"); n != 0 {
		t.Errorf("--min-salience 0.9999: %d events, want none", n)
	}
	if n, _ := count(); n > all {
		t.Errorf("default threshold: %d events, more than the %d the rules find", n, all)
	}
}

func TestExtractDirectoryAndStdin(t *testing.T) {
	needPipeline(t)
	dir := t.TempDir()
	for name, body := range map[string]string{
		"b.txt":         "LAGOS, Nigeria (Reuters) - Fuel queues returned, traders said.",
		"a.txt":         "ACCRA, Ghana (Reuters) - The central bank raised rates, it said.",
		".hidden.txt":   "not read",
		"sub/c.txt":     "DAKAR, Senegal (AP) — Fishermen protested, witnesses said.",
		"sub/bad.txt":   "",
		".git/HEAD.txt": "not read",
	} {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, out, errs := runCLI(t, "", "extract", dir)
	if code != 1 || strings.Count(errs, "\n") != 1 || !strings.Contains(errs, "bad.txt: clean: empty document") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
	var places []string
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var v struct{ Dateline struct{ Text string } }
		if err := json.Unmarshal([]byte(l), &v); err != nil {
			t.Fatal(err)
		}
		places = append(places, v.Dateline.Text)
	}
	if strings.Join(places, "|") != "ACCRA, Ghana|LAGOS, Nigeria|DAKAR, Senegal" {
		t.Errorf("documents %q, want the three good files in lexical order", places)
	}

	code, out, errs = runCLI(t, "HARARE, Zimbabwe (AP) — Prices rose, shoppers said.\n", "extract", "-")
	if code != 0 || !strings.Contains(out, `"text":"HARARE, Zimbabwe"`) || !strings.Contains(out, `"source":"\u003cstdin\u003e"`) {
		t.Errorf("stdin: exit %d, out %s, err %s", code, out, errs)
	}
	code, _, errs = runCLI(t, strings.Repeat("x", 100), "extract", "--max-bytes", "10", "-")
	if code != 1 || !strings.Contains(errs, "<stdin>: input too large") {
		t.Errorf("stdin over the limit: exit %d, err %q", code, errs)
	}
}

func TestExtractBadFlags(t *testing.T) {
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"--published", "21/06/2014", "x"}, 1, "YYYY-MM-DD"},
		{[]string{"--max-bytes", "0", "x"}, 1, "positive"},
		{[]string{"--format", "xml", "x"}, 1, "want json or text"},
		{[]string{"--min-salience", "1.5", "x"}, 1, "want a value below 1"},
		{[]string{"--min-salience", "NaN", "x"}, 1, "want a value below 1"},
		{[]string{"--no-such-flag"}, 2, "flag provided but not defined"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			code, out, errs := runCLI(t, "", append([]string{"extract"}, tt.args...)...)
			if code != tt.code || !strings.Contains(errs, tt.want) || out != "" {
				t.Errorf("exit %d, stdout %q, stderr %q", code, out, errs)
			}
			if tt.code == 1 && strings.Count(errs, "\n") != 1 {
				t.Errorf("error is not one line: %q", errs)
			}
		})
	}
}
