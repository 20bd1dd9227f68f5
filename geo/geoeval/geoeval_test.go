package geoeval

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep/geo"
	"github.com/sitrep/sitrep/geo/gazetteer/gaztest"
	"github.com/sitrep/sitrep/internal/shareddata"
)

func TestRead(t *testing.T) {
	// offsets in code points; the second toponym's offset drifts by 2
	xml := `<?xml version="1.0" encoding="utf-8"?><articles>
<article docid="12"><text><![CDATA[Café in Mosul, then Baghdad.]]></text><toponyms>
<toponym><start>8</start><end>13</end><phrase>Mosul</phrase><gaztag geonameid="99072"><name>Mosul</name><fcode>PPLA</fcode><lat>36.335</lat><lon>43.11889</lon></gaztag></toponym>
<toponym><start>22</start><end>29</end><phrase>Baghdad</phrase><gaztag geonameid="98182"><fcode>PPLC</fcode><lat>33.34</lat><lon>44.40</lon></gaztag></toponym>
<toponym><start>0</start><end>4</end><phrase>Café</phrase></toponym>
</toponyms></article></articles>`
	arts, err := Read(strings.NewReader(xml))
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 1 || len(arts[0].Toponyms) != 3 {
		t.Fatalf("got %+v", arts)
	}
	a := arts[0]
	for i, want := range []string{"Mosul", "Baghdad", "Café"} {
		tp := a.Toponyms[i]
		if got := a.Text[tp.Start:tp.End]; got != want {
			t.Errorf("toponym %d = %q, want %q", i, got, want)
		}
	}
	if !a.Toponyms[0].HasCoord || a.Toponyms[2].HasCoord || a.Toponyms[0].GeonameID != 99072 {
		t.Errorf("coordinates: %+v", a.Toponyms)
	}
	if len(Split(arts, true)) != 1 || len(Split(arts, false)) != 0 {
		t.Error("docid 12 belongs to the tune split")
	}
}

// evalTarget scores the report split (odd docids, which the weights were
// not tuned on) of a gold file and fails below the target.
func evalTarget(t *testing.T, rel string, target float64) {
	path := shareddata.Path(t, rel)
	g := gaztest.Open(t)
	arts, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	r := geo.New(g)
	report := Split(arts, false)
	s := Evaluate(r, report, nil)
	t.Logf("%s report split (%d docs, odd docids): %s", rel, len(report), s)
	t.Logf("%s tune split: %s", rel, Evaluate(r, Split(arts, true), nil))
	if s.Toponyms < 500 {
		t.Fatalf("only %d toponyms with coordinates: gold file not read right", s.Toponyms)
	}
	if s.Accuracy() < target {
		t.Errorf("accuracy within 161 km %.4f < target %.2f", s.Accuracy(), target)
	}
}

func TestEvalLGL(t *testing.T)    { evalTarget(t, "data/geo/lgl.xml", 0.80) }
func TestEvalTRNews(t *testing.T) { evalTarget(t, "data/geo/TR-News.xml", 0.85) }
