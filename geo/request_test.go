package geo

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/geo/gazetteer/gaztest"
)

func TestParseRequest(t *testing.T) {
	tests := []struct {
		name, line, err string
		spans           int
		id              string
	}{
		{name: "ok", line: `{"id":"a","text":"In Mosul.","published":null,"spans":[{"start":3,"end":8}]}`, spans: 1, id: `"a"`},
		{name: "numeric id", line: `{"id":7,"text":"x","spans":[]}`, id: `7`},
		{name: "no id", line: `{"text":"x"}`, id: `null`},
		{name: "empty span", line: `{"id":"a","text":"abc","spans":[{"start":1,"end":1}]}`, spans: 1, id: `"a"`},
		{name: "not json", line: `hello`, err: "bad JSON"},
		{name: "truncated", line: `{"id":"a","text":"x"`, err: "bad JSON"},
		{name: "two values", line: `{"id":"a"} {"id":"b"}`, err: "more than one value"},
		{name: "end past text", line: `{"id":"a","text":"abc","spans":[{"start":1,"end":9}]}`, err: "span 0"},
		{name: "negative", line: `{"id":"a","text":"abc","spans":[{"start":-1,"end":2}]}`, err: "span 0"},
		{name: "reversed", line: `{"id":"a","text":"abc","spans":[{"start":0,"end":1},{"start":2,"end":1}]}`, err: "span 1"},
		{name: "wrong type", line: `{"id":"a","text":5}`, err: "bad JSON"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, err := ParseRequest([]byte(tt.line))
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("ParseRequest = %v, want error containing %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(req.Spans) != tt.spans || string(req.ID) != tt.id {
				t.Errorf("got %d spans, id %s; want %d, %s", len(req.Spans), req.ID, tt.spans, tt.id)
			}
		})
	}
}

func TestAnswer(t *testing.T) {
	g := gaztest.Open(t)
	r := New(g)
	text := "Fighters took Qaim and Rawah in Anbar province; Kerry flew to Brussels. Xqzzv was quiet."
	var spans []RequestSpan
	for _, s := range []string{"Qaim", "Rawah", "Anbar", "Brussels", "Xqzzv"} {
		i := strings.Index(text, s)
		spans = append(spans, RequestSpan{Start: i, End: i + len(s)})
	}
	spans = append(spans, RequestSpan{Start: 3, End: 3})
	resp := r.Answer(Request{ID: json.RawMessage(`"x"`), Text: text, Spans: spans})
	if len(resp.Spans) != len(spans) {
		t.Fatalf("%d spans out, %d in", len(resp.Spans), len(spans))
	}
	wantCC := []string{"IQ", "IQ", "IQ", "BE", "", ""}
	for i, sp := range resp.Spans {
		if sp.Start != spans[i].Start || sp.End != spans[i].End {
			t.Errorf("span %d: offsets %d-%d, want %d-%d", i, sp.Start, sp.End, spans[i].Start, spans[i].End)
		}
		if sp.Country != wantCC[i] {
			t.Errorf("span %d (%s): country %q, want %q", i, text[spans[i].Start:spans[i].End], sp.Country, wantCC[i])
		}
		if (sp.Lat == nil) != (wantCC[i] == "") {
			t.Errorf("span %d: lat %v, resolved should be %v", i, sp.Lat, wantCC[i] != "")
		}
	}
	if resp.Spans[2].Feature != "ADM1" {
		t.Errorf("Anbar province = %s, want ADM1", resp.Spans[2].Feature)
	}
	b, err := json.Marshal(resp)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"lat":null,"lon":null`) {
		t.Errorf("unresolved spans must have null lat/lon: %s", b)
	}
}

// FuzzResolveInput feeds arbitrary lines to the resolve reader: it must
// return a request or an error, never panic, and a request's spans must lie
// inside its text.
func FuzzResolveInput(f *testing.F) {
	f.Add([]byte(`{"id":"a","text":"In Mosul.","published":null,"spans":[{"start":3,"end":8}]}`))
	f.Add([]byte(`{"id":1,"text":"\u00e9\u00e9","spans":[{"start":1,"end":3}]}`))
	f.Add([]byte(`{"text":"abc","spans":[{"start":2,"end":1}]}`))
	f.Add([]byte(`[1,2,3]`))
	f.Add([]byte(`{"id":"a","text":"x","spans":[{"start":0,"end":99999999999999999999}]}`))
	f.Fuzz(func(t *testing.T, line []byte) {
		req, err := ParseRequest(line)
		if err != nil {
			return
		}
		for _, s := range req.Spans {
			if s.Start < 0 || s.End < s.Start || s.End > len(req.Text) {
				t.Fatalf("span %+v outside text of %d bytes", s, len(req.Text))
			}
		}
		// resolving without a gazetteer is not possible here; the parts
		// that read the text around spans must accept any offsets
		for _, s := range req.Spans {
			cleanSurface(req.Text[s.Start:s.End])
			findRelation(req.Text, s.End)
			var c cues
			mentionContext(req.Text, s.Start, s.End, &c)
		}
	})
}

// TestResolveOddText runs the resolver on texts that end or break in odd
// places: it must not panic and must answer every span.
func TestResolveOddText(t *testing.T) {
	g := gaztest.Open(t)
	r := New(g)
	texts := []string{"", "A", "Iraq", "In Iraq.", "U.S", "U.S.", "Iraq ", "É Iraq\xff Syria", "Khazna, about 13 miles from", "X, 13 miles north of Y Z", "Mosul’s", "“Baghdad”", "the town of Qaim,"}
	for _, text := range texts {
		var ms []Mention
		for i := 0; i <= len(text); i++ {
			for j := i; j <= len(text) && j <= i+12; j++ {
				ms = append(ms, Mention{Start: i, End: j})
			}
		}
		ms = append(ms, Mention{Start: -1, End: 3}, Mention{Start: 2, End: 1}, Mention{Start: 0, End: len(text) + 5})
		res := r.Resolve(text, ms)
		if len(res) != len(ms) {
			t.Errorf("%q: %d answers for %d spans", text, len(res), len(ms))
		}
	}
}

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestResolveGolden resolves testdata/resolve_in.jsonl and compares every
// output line with testdata/resolve_out.golden.jsonl (regenerate with
// go test ./geo -run Golden -update, after checking the differences).
func TestResolveGolden(t *testing.T) {
	g := gaztest.Open(t)
	r := New(g)
	in, err := os.ReadFile("testdata/resolve_in.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	for i, line := range bytes.Split(bytes.TrimSpace(in), []byte("\n")) {
		req, err := ParseRequest(line)
		if err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		b, err := json.Marshal(r.Answer(req))
		if err != nil {
			t.Fatal(err)
		}
		out.Write(append(b, '\n'))
	}
	const golden = "testdata/resolve_out.golden.jsonl"
	if *update {
		if err := os.WriteFile(golden, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	got := strings.Split(out.String(), "\n")
	wl := strings.Split(string(want), "\n")
	if len(got) != len(wl) {
		t.Fatalf("%d lines, golden has %d", len(got), len(wl))
	}
	for i := range got {
		if got[i] != wl[i] {
			t.Errorf("line %d differs:\n got %s\nwant %s", i+1, got[i], wl[i])
		}
	}
}
