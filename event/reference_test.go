package event_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/internal/shareddata"
)

// TestReferenceArticleEvents runs the full pipeline over the reference
// article of ../shared/seed (skipping without it) and checks the
// happenings an analyst codes from it, each once although the body is
// printed twice: a regression test of the method on the article it was
// first written for, not of answers kept for it.
func TestReferenceArticleEvents(t *testing.T) {
	b, err := os.ReadFile(shareddata.Path(t, "seed/000_01a986955927ca01.txt"))
	if err != nil {
		t.Fatal(err)
	}
	p := goldPipeline(t)
	d := doc.FromInput(b, "reference")
	pub := "2014-06-21"
	d.Meta.Published = &pub
	d.Meta.PublishedSource = "flag"
	if err := p.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	type want struct {
		what          string
		cameo, target string // cameo prefix; a word of the target's text
		place, from   string // place name prefix; first day ("" unchecked)
		status        string
		minMentions   int
	}
	for _, w := range []want{
		{"the takeover of Qaim, told twice", "192", "Qaim", "Al Q", "2014-06-20", "reported", 2},
		{"the takeover of Rawah", "192", "Rawah", "R", "2014-06-21", "", 1},
		{"the takeover of Mosul", "192", "Mosul", "Mosul", "", "", 1},
		{"the claim of 1,500 killed", "180", "Shi", "Mosul", "", "claimed", 1},
		{"300,000 fled Mosul", "166", "300,000", "Mosul", "", "reported", 1},
		{"Abdullah seized", "181", "", "Mosul", "2014-06-17", "reported", 1},
		{"Obama's offer of advisers", "0332", "advisers", "", "2014-06-19", "planned", 1},
		{"Kerry to Jordan", "042", "Jordan", "Jordan", "", "planned", 1},
		{"Kerry to Brussels", "042", "Brussels", "Brussels", "", "planned", 1},
		{"Kerry to Paris", "042", "Paris", "Paris", "", "planned", 1},
	} {
		var found []doc.Event
		for _, e := range d.Events {
			if !strings.HasPrefix(e.CAMEO, w.cameo) {
				continue
			}
			if w.target != "" && (e.Target == nil || !strings.Contains(e.Target.Text, w.target)) {
				continue
			}
			if w.place != "" && (e.Place == nil || !strings.HasPrefix(e.Place.Name, w.place)) {
				continue
			}
			found = append(found, e)
		}
		if len(found) != 1 {
			t.Errorf("%s: %d events, want one", w.what, len(found))
			continue
		}
		e := found[0]
		if w.from != "" && (e.Date == nil || e.Date.From == nil || *e.Date.From != w.from) {
			t.Errorf("%s: date %+v, want from %s", w.what, e.Date, w.from)
		}
		if st := statusOf(e); w.status != "" && st != w.status {
			t.Errorf("%s: status %q, want %q", w.what, st, w.status)
		}
		if e.Mentions < w.minMentions {
			t.Errorf("%s: stated %d times, want %d or more", w.what, e.Mentions, w.minMentions)
		}
	}
}
