package eventeval

import (
	"context"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/doc"
)

// fake answers with one fixed event per text it knows.
func fake(events map[string]doc.Event) Process {
	return func(_ context.Context, id, text, pub string) (*doc.Doc, error) {
		d := doc.New(text)
		if e, ok := events[text]; ok {
			d.Events = []doc.Event{e}
		}
		return d, nil
	}
}

func TestScoreGSR(t *testing.T) {
	recs := []GSRRecord{
		{ID: "a", Event: "FIGHT", EventText: "shelled", Text: "Troops shelled the town.",
			Source: []GSRActor{{Text: "Troops", Code: "XYZ"}}, Target: []GSRActor{{Text: "the town"}}},
		{ID: "b", Event: "DEMAND", EventText: "demanded", Text: "They demanded talks."},
		{ID: "c", Event: "AGREE", EventText: "agreed", Text: "Nothing here."},
		// a visit only planned is, in PLOVER's older set, an intent to meet
		{ID: "d", Event: "AGREE", EventText: "visit", Text: "He will visit Senegal."},
	}
	s, err := ScoreGSR(context.Background(), recs, fake(map[string]doc.Event{
		"Troops shelled the town.": {CAMEO: "194", Trigger: &doc.TextSpan{Text: "shelled"},
			Source: &doc.Actor{Text: "Troops", Code: "XYZMIL"}, Target: &doc.Actor{Text: "town square"}},
		"They demanded talks.":   {CAMEO: "111", Trigger: &doc.TextSpan{Text: "demanded"}},
		"He will visit Senegal.": {CAMEO: "042", Trigger: &doc.TextSpan{Text: "visit"}, Attribution: &doc.Attribution{Status: "planned"}},
	}))
	if err != nil {
		t.Fatal(err)
	}
	if s.Records != 4 || s.TypeCorrect != 2 || s.NoEvent != 1 {
		t.Fatalf("score %+v", s)
	}
	// troops=tp, town=tp, square=fp
	if s.TP != 2 || s.FP != 1 || s.FN != 0 {
		t.Errorf("tp/fp/fn %d/%d/%d", s.TP, s.FP, s.FN)
	}
	if s.SourceCountry != 1 || s.SourceGold != 1 {
		t.Errorf("source country %d/%d", s.SourceCountry, s.SourceGold)
	}
}

const petrXML = `<Validation><Sentences>
<Sentence date="19950101" id="T-1" category="DEMO">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>
Arnor restored ties
with Gondor.
</Text>
</Sentence>
<Sentence date="19950101" id="T-2" category="DEMO">
<EventCoding noevents = "True"></EventCoding>
<Text>Nothing happened.</Text>
</Sentence>
<Sentence date="19950101" id="T-3" category="ERROR">
<EventCoding error="True"></EventCoding>
<Text>Broken.</Text>
</Sentence>
</Sentences></Validation>`

func TestScorePETR(t *testing.T) {
	recs, err := LoadPETR(strings.NewReader(petrXML))
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 3 || recs[0].Text != "Arnor restored ties with Gondor." {
		t.Fatalf("records %+v", recs)
	}
	s, err := ScorePETR(context.Background(), recs, fake(map[string]doc.Event{
		"Arnor restored ties with Gondor.": {CAMEO: "064", Source: &doc.Actor{Code: "ARN"}, Target: &doc.Actor{Code: "GON"}},
	}))
	if err != nil {
		t.Fatal(err)
	}
	if s.Records != 2 || s.Correct != 2 || s.Skipped != 1 {
		t.Fatalf("score %+v", s)
	}
	s, _ = ScorePETR(context.Background(), recs[:1], fake(map[string]doc.Event{
		"Arnor restored ties with Gondor.": {CAMEO: "064", Source: &doc.Actor{Code: "GON"}, Target: &doc.Actor{Code: "ARN"}},
	}))
	if s.Correct != 0 || s.CodesCorrect != 1 || s.ActorsCorrect != 0 {
		t.Fatalf("swapped actors must not count: %+v", s)
	}
}

func TestLoadPETRError(t *testing.T) {
	_, err := LoadPETR(strings.NewReader("<Validation><Sentences>\n<Sentence id=\"x\">\n<Text>a</Sentence>"))
	if err == nil || !strings.Contains(err.Error(), "line") {
		t.Fatalf("want an error with a line, got %v", err)
	}
}

func FuzzLoadPETR(f *testing.F) {
	f.Add(petrXML)
	f.Add("<Validation><Sentences><Sentence><Text>x")
	f.Fuzz(func(t *testing.T, s string) {
		recs, err := LoadPETR(strings.NewReader(s))
		if err != nil {
			return
		}
		for _, r := range recs {
			r.Expected()
		}
	})
}
