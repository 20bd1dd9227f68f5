package timeml

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/shareddata"
)

const sample = `<?xml version="1.0" ?>
<TimeML>
<DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>
It rose <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3> by <EVENT eid="e1">3 &amp; 4</EVENT> for <TIMEX3 tid="t2" type="DURATION" value="P2W" mod="APPROX">about two weeks</TIMEX3>.
</TEXT>
</TimeML>`

func TestParse(t *testing.T) {
	d, err := ParseBytes([]byte(sample))
	if err != nil {
		t.Fatal(err)
	}
	if d.ID != "X1" || d.DCT != "1998-01-08" {
		t.Fatalf("id %q dct %q", d.ID, d.DCT)
	}
	if len(d.Timexes) != 2 {
		t.Fatalf("timexes %d", len(d.Timexes))
	}
	want := []Timex{
		{TID: "t1", Type: "DATE", Value: "1998-01-07", Text: "yesterday"},
		{TID: "t2", Type: "DURATION", Value: "P2W", Mod: "APPROX", Text: "about two weeks"},
	}
	for i, w := range want {
		t.Run(w.TID, func(t *testing.T) {
			g := d.Timexes[i]
			if g.TID != w.TID || g.Type != w.Type || g.Value != w.Value || g.Mod != w.Mod || g.Text != w.Text {
				t.Errorf("got %+v want %+v", g, w)
			}
			if d.Text[g.Start:g.End] != w.Text {
				t.Errorf("offsets %d:%d give %q", g.Start, g.End, d.Text[g.Start:g.End])
			}
		})
	}
	if !strings.Contains(d.Text, "3 & 4") {
		t.Errorf("entity not decoded: %q", d.Text)
	}
}

func TestParseErrors(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"unclosed", "<TimeML><TEXT>a <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"x\">b</TEXT></TimeML>", "line 1"},
		{"no text", "<TimeML><DOCID>a</DOCID></TimeML>", "no TEXT"},
		{"bad type", "<TimeML><TEXT>\n<TIMEX3 tid=\"t1\" type=\"DAY\" value=\"x\">b</TIMEX3></TEXT></TimeML>", "line 2"},
		{"nested", "<TimeML><TEXT><TIMEX3 tid=\"t1\" type=\"DATE\" value=\"x\"><TIMEX3 tid=\"t2\" type=\"DATE\" value=\"x\">b</TIMEX3></TIMEX3></TEXT></TimeML>", "nested"},
		{"no tid", "<TimeML><TEXT><TIMEX3 type=\"DATE\">b</TIMEX3></TEXT></TimeML>", "without tid"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := ParseBytes([]byte(c.in))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("err = %v, want it to mention %q", err, c.want)
			}
		})
	}
}

// TestParseCorpus reads every TempEval-3 training file and checks that the
// offsets give back the annotated text.
func TestParseCorpus(t *testing.T) {
	dir := shareddata.Path(t, "data/tempeval3/TBAQ-cleaned")
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*.tml"))
	if len(files) < 200 {
		t.Fatalf("found %d files", len(files))
	}
	n := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d, err := ParseBytes(b)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if len(d.DCT) < 10 {
			t.Errorf("%s: DCT %q", f, d.DCT)
		}
		n += len(d.Timexes)
	}
	if n < 1500 {
		t.Errorf("only %d timexes", n)
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(sample))
	f.Add([]byte("<TimeML><TEXT>x</TEXT></TimeML>"))
	f.Add([]byte("<TEXT><TIMEX3 tid='t' type='SET' value='P1D'>daily</TIMEX3>"))
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := ParseBytes(b)
		if err != nil {
			return
		}
		for _, tx := range d.Timexes {
			if tx.Start < 0 || tx.End < tx.Start || tx.End > len(d.Text) || d.Text[tx.Start:tx.End] != tx.Text {
				t.Fatalf("bad offsets %+v", tx)
			}
		}
	})
}
