package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/geo/gazetteer/gaztest"
)

// needGazetteer points SITREP_DATA at the checkout's data folder when unset
// and skips the test when the gazetteer is not installed.
func needGazetteer(t *testing.T) {
	t.Helper()
	if os.Getenv("SITREP_DATA") == "" {
		if abs, err := filepath.Abs("../../.cache"); err == nil {
			t.Setenv("SITREP_DATA", abs)
		}
	}
	gaztest.Open(t)
}

func TestResolveCommand(t *testing.T) {
	needGazetteer(t)
	text := "Insurgents took Rawah, near the border with Syria, and marched on Baghdad."
	span := func(s string) string {
		i := strings.Index(text, s)
		return `{"start":` + itoa(i) + `,"end":` + itoa(i+len(s)) + `}`
	}
	in := `{"id":"d1","text":` + quote(text) + `,"published":null,"spans":[` + span("Rawah") + `,` + span("Syria") + `,` + span("Baghdad") + `,{"start":0,"end":0}]}` + "\n" +
		"\n" + // blank lines are skipped
		`{"id":"d2","text":"Nothing here.","spans":[]}` + "\n"
	code, out, errs := runCLI(t, in, "resolve")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("got %d lines, want 2:\n%s", len(lines), out)
	}
	var resp struct {
		ID    string `json:"id"`
		Spans []struct {
			Start, End int
			Name       string
			GeonameID  int `json:"geonameid"`
			Lat, Lon   *float64
			Country    string
			Feature    string
		} `json:"spans"`
	}
	if err := json.Unmarshal([]byte(lines[0]), &resp); err != nil {
		t.Fatal(err)
	}
	if resp.ID != "d1" || len(resp.Spans) != 4 {
		t.Fatalf("response %s", lines[0])
	}
	wantCC := []string{"IQ", "SY", "IQ", ""}
	for i, s := range resp.Spans {
		if s.Country != wantCC[i] {
			t.Errorf("span %d: %s %s, want country %q", i, s.Name, s.Country, wantCC[i])
		}
	}
	if resp.Spans[2].GeonameID != 98182 || resp.Spans[2].Feature != "PPLC" {
		t.Errorf("Baghdad = %+v, want 98182 PPLC", resp.Spans[2])
	}
	if resp.Spans[3].Lat != nil || resp.Spans[3].Lon != nil || !strings.Contains(lines[0], `"lat":null`) {
		t.Errorf("empty span should be unresolved with null lat/lon: %s", lines[0])
	}
	if !strings.Contains(lines[1], `"spans":[]`) {
		t.Errorf("no spans in, no spans out: %s", lines[1])
	}
}

func TestResolveBadInput(t *testing.T) {
	needGazetteer(t)
	tests := []struct {
		name, in, msg string
		lines         int
	}{
		{"bad json", "{\"id\":\"a\",\"text\":\"x\",\"spans\":[]}\nnot json\n", "line 2: bad JSON", 1},
		{"span outside", `{"id":"a","text":"abc","spans":[{"start":0,"end":10}]}` + "\n", "line 1: span 0", 0},
		{"truncated", `{"id":"a","text":"ab`, "line 1: bad JSON", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runCLI(t, tt.in, "resolve")
			if code == 0 {
				t.Errorf("exit 0 on bad input")
			}
			if !strings.Contains(errs, tt.msg) || strings.Count(strings.TrimSpace(errs), "\n") != 0 {
				t.Errorf("stderr %q, want one line containing %q", errs, tt.msg)
			}
			if got := len(strings.Fields(strings.TrimSpace(out))); (got > 0) != (tt.lines > 0) {
				t.Errorf("stdout %q, want %d good lines", out, tt.lines)
			}
		})
	}
}

func itoa(i int) string { b, _ := json.Marshal(i); return string(b) }

func quote(s string) string { b, _ := json.Marshal(s); return string(b) }
