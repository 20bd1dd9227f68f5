package main

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep/doc"
)

func TestBrief(t *testing.T) {
	from, to := "2015-03-10", "2015-03-10"
	d := doc.New("x")
	d.Meta.Source = "a.txt"
	d.Events = []doc.Event{{
		CAMEO: "192", PLOVER: "COERCE", Mode: "seize", ACLED: "Battles/Non-state actor overtakes territory", QuadClass: 4, Goldstein: -9.5,
		Source: &doc.Actor{Text: "rebels", Code: "SYRREB"}, Target: &doc.Actor{Text: "the village of Karna", Name: "Karna", Code: "SYR"},
		Place: &doc.EventPlace{Name: "Karna", Country: "SY"}, Date: &doc.EventDate{From: &from, To: &to},
		Attribution: &doc.Attribution{Text: "residents said", Status: "reported"}, Counts: []doc.Count{{Category: "killed", Value: 3}}, Mentions: 2, Salience: 0.914,
	}, {CAMEO: "141", Date: &doc.EventDate{To: &to}}}
	got := brief(d)
	for _, want := range []string{"# a.txt (date unknown; 2 events", "2015-03-10  Karna, SY  rebels: occupy territory -> the village of Karna",
		"(killed 3)", "[reported: residents said]", "CAMEO 192; PLOVER COERCE/seize; ACLED Battles/Non-state actor overtakes territory; quad 4; Goldstein -9.5; SYRREB -> SYR; stated 2 times; salience 0.91",
		"by 2015-03-10  (place unknown)"} {
		if !strings.Contains(got, want) {
			t.Errorf("brief lacks %q:\n%s", want, got)
		}
	}
}
