package main

import (
	"fmt"
	"strings"

	"github.com/sitrep/sitrep/doc"
)

// brief renders a document as a readable text brief: one line per event.
func brief(d *doc.Doc) string {
	var b strings.Builder
	title := ""
	if d.Meta.Title != nil {
		title = " " + *d.Meta.Title
	}
	pub := "date unknown"
	if d.Meta.Published != nil {
		pub = *d.Meta.Published
	}
	fmt.Fprintf(&b, "# %s%s (%s; %d events, %d places, %d entities)\n", d.Meta.Source, title, pub, len(d.Events), len(d.Places), len(d.Entities))
	for _, ev := range d.Events {
		date, place, src, tgt, attr := "?", "?", "-", "-", ""
		if ev.Date != nil && ev.Date.From != nil {
			date = *ev.Date.From
			if ev.Date.To != nil && *ev.Date.To != *ev.Date.From {
				date += ".." + *ev.Date.To
			}
		}
		if ev.Place != nil {
			place = ev.Place.Name
		}
		if ev.Source != nil {
			src = ev.Source.Name
		}
		if ev.Target != nil {
			tgt = ev.Target.Name
		}
		if ev.Attribution != nil {
			attr = fmt.Sprintf(" [%s: %s]", ev.Attribution.Status, ev.Attribution.Text)
		}
		fmt.Fprintf(&b, "%s  %-20s %s -> %s  %s %s%s\n", date, place, src, tgt, ev.CAMEO, ev.PLOVER, attr)
	}
	return b.String()
}
