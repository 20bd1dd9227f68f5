package event

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// two sentences, each stating an event: a seizure (19) and, later, an
// appeal (02)
const seizureThenAppeal = passiveAttributed + `
1 Officials official NOUN NNS 2 nsubj
2 urged urge VERB VBD 0 root
3 calm calm NOUN NN 2 obj SpaceAfter=No
4 . . PUNCT . 2 punct
`

func TestReadSalienceModel(t *testing.T) {
	for _, tc := range []struct{ name, json, want string }{
		{"not JSON", `{"weights": `, "unexpected EOF"},
		{"no weights", `{"weights": {}, "threshold": 0.5}`, "no weights"},
		{"threshold", `{"weights": {"bias": 1}, "threshold": 1.5}`, "threshold"},
		{"unknown field", `{"weights": {"bias": 1}, "cutoff": 0.5}`, "unknown field"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadSalienceModel([]byte(tc.json))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want one saying %q", err, tc.want)
			}
		})
	}
	m, err := ReadSalienceModel([]byte(`{"weights": {"bias": 0}, "threshold": 0.4}`))
	if err != nil || m.Threshold != 0.4 {
		t.Fatalf("got %+v, %v", m, err)
	}
	if got := m.Score(map[string]float64{"bias": 1}); got != 0.5 {
		t.Errorf("score of a zero model = %v, want 0.5", got)
	}
}

// An event scored under the threshold is dropped, the others numbered
// again; MinSalience -1 keeps every event, scored.
func TestSalienceThreshold(t *testing.T) {
	m := &SalienceModel{Weights: map[string]float64{"bias": 0, "root=19": 3, "root=02": -3}, Threshold: 0.5}
	run := func(min float64) []string {
		d := buildDoc(t, "2015-03-17", seizureThenAppeal)
		s, err := NewWithOptions(Options{Salience: m, MinSalience: min})
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range d.Events {
			got = append(got, fmt.Sprintf("%s/%s/%.3f", e.ID, e.Trigger.Text, e.Salience))
		}
		return got
	}
	if got := run(0); strings.Join(got, " ") != "e1/seized/0.953" {
		t.Errorf("model threshold: %v, want only the seizure (salience 0.953)", got)
	}
	if got := run(-1); strings.Join(got, " ") != "e1/seized/0.953 e2/urged/0.047" {
		t.Errorf("MinSalience -1: %v, want both, scored", got)
	}
	if got := run(0.99); len(got) != 0 {
		t.Errorf("MinSalience 0.99: %v, want none", got)
	}
}

// The features say what the output shows: the type, the status, where
// the event is told, its place and date.
func TestSalienceFeatures(t *testing.T) {
	d := buildDoc(t, "2015-03-17", seizureThenAppeal)
	s, err := NewWithOptions(Options{NoSalience: true})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if len(d.Events) != 2 {
		t.Fatalf("events %d, want 2", len(d.Events))
	}
	first := SalienceFeatures(d, d.Events, 0)
	second := SalienceFeatures(d, d.Events, 1)
	for _, k := range []string{"bias", "root=19", "quad=4", "status=reported", "attributed", "first_sentence", "first_event_sentence", "place=town", "date=day", "src=group"} {
		if first[k] == 0 {
			t.Errorf("seizure: feature %s missing (%v)", k, first)
		}
	}
	// (each again for the kind, and the trigger's word and parse)
	for _, k := range []string{"root=19&status=reported", "root=19&first_sentence", "lemma=seize", "tag=VBN", "dep=root", "place_in_sentence", "date_told"} {
		if first[k] == 0 {
			t.Errorf("seizure: feature %s missing (%v)", k, first)
		}
	}
	for _, k := range []string{"root=02", "quad=0", "status=fact", "tgt=uncoded", "root=02&status=fact", "lemma=urge"} {
		if second[k] == 0 {
			t.Errorf("appeal: feature %s missing (%v)", k, second)
		}
	}
	if second["first_sentence"] != 0 || second["position"] <= first["position"] {
		t.Errorf("appeal told second: first_sentence %v, position %v after %v", second["first_sentence"], second["position"], first["position"])
	}
}

// The embedded model knows every feature that is not one of a kind's
// values (a root it never saw weighs nothing, a renamed feature would be
// silently ignored): a change to SalienceFeatures needs a retrained model.
func TestEmbeddedSalienceModel(t *testing.T) {
	m, err := defaultSalience()
	if err != nil {
		t.Fatal(err)
	}
	if m.Threshold <= 0 {
		t.Errorf("threshold %v, want a positive one", m.Threshold)
	}
	for _, src := range []string{seizureThenAppeal, restatement, claimed, denial} {
		d := buildDoc(t, "2015-03-17", src)
		s, err := NewWithOptions(Options{NoSalience: true})
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		for i := range d.Events {
			for k := range SalienceFeatures(d, d.Events, i) {
				if strings.Contains(k, "=") {
					continue
				}
				if _, ok := m.Weights[k]; !ok {
					t.Errorf("feature %q is not in the embedded model: retrain it (go test ./event -run TrainSalience -args -salience.train)", k)
				}
			}
		}
	}
}
