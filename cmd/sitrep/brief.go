package main

import (
	"fmt"
	"strings"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/ontology"
)

// brief renders a document as a readable text brief: a header, then one
// line per event (when, where, who did what to whom, how many, according
// to whom) with its codes on the line below.
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
		fmt.Fprintf(&b, "%s  %s  %s\n", briefDate(ev.Date), briefPlace(ev.Place), briefSentence(ev))
		var codes []string
		codes = append(codes, "CAMEO "+ev.CAMEO)
		if ev.PLOVER != "" {
			p := ev.PLOVER
			if ev.Mode != "" {
				p += "/" + ev.Mode
			}
			codes = append(codes, "PLOVER "+p)
		}
		if ev.ACLED != "" {
			codes = append(codes, "ACLED "+ev.ACLED)
		}
		codes = append(codes, fmt.Sprintf("quad %d", ev.QuadClass), fmt.Sprintf("Goldstein %+.1f", ev.Goldstein))
		if ev.Source != nil && ev.Source.Code != "" || ev.Target != nil && ev.Target.Code != "" {
			codes = append(codes, actorCode(ev.Source)+" -> "+actorCode(ev.Target))
		}
		if ev.Mentions > 1 {
			codes = append(codes, fmt.Sprintf("stated %d times", ev.Mentions))
		}
		if ev.Salience > 0 {
			codes = append(codes, fmt.Sprintf("salience %.2f", ev.Salience))
		}
		fmt.Fprintf(&b, "    %s\n", strings.Join(codes, "; "))
	}
	return b.String()
}

func briefDate(dt *doc.EventDate) string {
	switch {
	case dt == nil || dt.From == nil && dt.To == nil:
		return "????-??-??"
	case dt.From == nil:
		return "by " + *dt.To
	case dt.To == nil || *dt.To == *dt.From:
		return *dt.From
	}
	return *dt.From + ".." + *dt.To
}

func briefPlace(p *doc.EventPlace) string {
	if p == nil {
		return "(place unknown)"
	}
	if p.Country != "" {
		return p.Name + ", " + p.Country
	}
	return p.Name
}

func actorCode(a *doc.Actor) string {
	if a == nil || a.Code == "" {
		return "?"
	}
	return a.Code
}

func actorName(a *doc.Actor) string {
	switch {
	case a == nil:
		return ""
	case a.Name != "" && a.Name != a.Text && !strings.Contains(a.Text, a.Name):
		return a.Text + " (" + a.Name + ")"
	}
	return a.Text
}

// briefSentence says the event in a few words: "Source verb-name Target (killed 32) [reported: residents said]".
func briefSentence(ev doc.Event) string {
	what := strings.ToLower(ev.CAMEO)
	if c, ok := ontology.Lookup(ev.CAMEO); ok {
		what = strings.ToLower(c.Name)
	}
	var parts []string
	if s := actorName(ev.Source); s != "" {
		parts = append(parts, s+":")
	}
	parts = append(parts, what)
	if t := actorName(ev.Target); t != "" {
		parts = append(parts, "-> "+t)
	}
	for _, c := range ev.Counts {
		parts = append(parts, fmt.Sprintf("(%s %s)", c.Category, trimFloat(c.Value)))
	}
	if a := ev.Attribution; a != nil {
		if a.Text != "" {
			parts = append(parts, fmt.Sprintf("[%s: %s]", a.Status, a.Text))
		} else {
			parts = append(parts, "["+a.Status+"]")
		}
	}
	return strings.Join(parts, " ")
}

func trimFloat(v float64) string {
	if v == float64(int64(v)) {
		return fmt.Sprintf("%d", int64(v))
	}
	return fmt.Sprintf("%g", v)
}
