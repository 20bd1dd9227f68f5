package event_test

import (
	"context"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/event"
)

// pipelineEvents runs the full extract pipeline (it skips without the
// gazetteer of `make setup`) over a short text published on pub.
func pipelineEvents(t *testing.T, text, pub string) []doc.Event {
	t.Helper()
	ev, err := event.NewWithOptions(event.Options{MinSalience: -1}) // (every event the rules find)
	if err != nil {
		t.Fatal(err)
	}
	p := goldPipelineWith(t, ev)
	d := doc.FromInput([]byte(text), "t")
	d.Meta.Published = &pub
	d.Meta.PublishedSource = "flag"
	if err := p.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	return d.Events
}

// Local people belong where the sentence is, not to the country that only
// names the actor speaking ("The U.S. military ... said eight people were
// killed": Iraqi civilians, of the Baghdad bombing).
func TestVictimsNotOfSpeakersCountry(t *testing.T) {
	evs := pipelineEvents(t, "A car bomb exploded near a crowded market in Baghdad on Thursday, killing as many as 20 people, "+
		"Iraqi officials said. The U.S. military confirmed the attack but said preliminary reports indicated eight people "+
		"were killed and 14 were wounded.", "2009-03-27")
	if len(evs) == 0 {
		t.Fatal("no events")
	}
	for _, e := range evs {
		if e.Target != nil && e.Target.Code == "USACVL" {
			t.Errorf("%s: victims coded %s, want Iraqi", e.Trigger.Text, e.Target.Code)
		}
	}
}

// A year inside what a speaker said ("was a passenger in a 2001
// Chevrolet, authorities said") does not date the statement, nor what
// the same speaker goes on to report.
func TestModelYearNoReportDate(t *testing.T) {
	evs := pipelineEvents(t, "Crolley was a passenger in a 2001 Chevrolet Cavalier that was stopped March 16, authorities said. "+
		"Crolley tried several times to hit a trooper and his wife, who was being detained, authorities said.", "2009-03-25")
	if len(evs) == 0 {
		t.Fatal("no events")
	}
	for _, e := range evs {
		if e.Date != nil && (e.Date.To != nil && strings.HasPrefix(*e.Date.To, "2001") || e.Date.From != nil && strings.HasPrefix(*e.Date.From, "2001")) {
			t.Errorf("%s dated %+v by the car's model year", e.Trigger.Text, e.Date)
		}
	}
}
