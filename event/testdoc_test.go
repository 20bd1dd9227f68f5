package event

import (
	"strconv"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/doc"
)

// buildDoc makes a parsed Doc from CoNLL-U-like sentences written for the
// tests: one token per line, "ID FORM LEMMA UPOS XPOS HEAD DEPREL [MISC]",
// a blank line between sentences. MISC (|-separated) may hold
// SpaceAfter=No, Ent=TYPE (starts an entity; Ent=+ continues it),
// Place=Name/CC[/FEATURE[/ADMIN1]] (starts a place mention; Place=+ continues it),
// Time=YYYY-MM-DD, Time=YYYY (a year), Time=PAST_REF or Time=P2D (a duration) (Time=+ continues) and Qty=VALUE/category.
func buildDoc(t testing.TB, published string, src string) *doc.Doc {
	t.Helper()
	var b strings.Builder
	d := &doc.Doc{Spans: map[string][]doc.Span{}, Meta: doc.Meta{Language: "en"}}
	if published != "" {
		d.Meta.Published = &published
	}
	places := map[string]int{}
	var curEnt, curPlace, curTime = -1, -1, -1
	sentStartTok, sentStartByte := 0, 0
	base := 0
	flush := func() {
		if len(d.Tokens) > sentStartTok {
			d.Sentences = append(d.Sentences, doc.Sentence{Start: sentStartByte, End: d.Tokens[len(d.Tokens)-1].End, TokStart: sentStartTok, TokEnd: len(d.Tokens)})
			b.WriteString(" ")
		}
		sentStartTok = len(d.Tokens)
		sentStartByte = b.Len()
		base = len(d.Tokens)
	}
	for ln, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			flush()
			continue
		}
		f := strings.Fields(line)
		if len(f) < 7 {
			t.Fatalf("line %d: want 7 fields: %q", ln+1, line)
		}
		head, err := strconv.Atoi(f[5])
		if err != nil {
			t.Fatalf("line %d: head %q", ln+1, f[5])
		}
		start := b.Len()
		b.WriteString(f[1])
		tk := doc.Token{Start: start, End: b.Len(), Norm: f[1], SpaceAfter: true, Sent: len(d.Sentences),
			Lemma: f[2], UPOS: f[3], XPOS: f[4], Head: -1, Deprel: f[6]}
		if head > 0 {
			tk.Head = base + head - 1
		}
		ti := len(d.Tokens)
		misc := ""
		if len(f) > 7 {
			misc = f[7]
		}
		entSeen, placeSeen, timeSeen := false, false, false
		for _, kv := range strings.Split(misc, "|") {
			k, v, _ := strings.Cut(kv, "=")
			switch k {
			case "SpaceAfter":
				tk.SpaceAfter = v != "No"
			case "Ent":
				entSeen = true
				if v == "+" && curEnt >= 0 {
					e := &d.Entities[curEnt]
					e.End, e.TokEnd = tk.End, ti+1
				} else {
					d.Entities = append(d.Entities, doc.Entity{Type: v, Start: tk.Start, End: tk.End, TokStart: ti, TokEnd: ti + 1})
					curEnt = len(d.Entities) - 1
				}
			case "Place":
				placeSeen = true
				if v == "+" && curPlace >= 0 {
					ms := d.Places[curPlace].Mentions
					ms[len(ms)-1][1] = tk.End
				} else {
					name, cc, _ := strings.Cut(v, "/")
					cc, feature, _ := strings.Cut(cc, "/")
					feature, admin1, _ := strings.Cut(feature, "/")
					pi, ok := places[name]
					if !ok {
						d.Places = append(d.Places, doc.Place{Name: name, Country: cc, Feature: feature, Admin1: admin1, GeonameID: len(d.Places) + 1, Lat: 1, Lon: 2})
						pi = len(d.Places) - 1
						places[name] = pi
					}
					d.Places[pi].Mentions = append(d.Places[pi].Mentions, [2]int{tk.Start, tk.End})
					curPlace = pi
				}
			case "Time":
				timeSeen = true
				if v == "+" && curTime >= 0 {
					d.Times[curTime].End = tk.End
				} else {
					val := v
					tm := doc.Time{Start: tk.Start, End: tk.End, Value: &val, From: &val, To: &val, Type: "DATE"}
					if strings.HasSuffix(v, "_REF") {
						tm.From, tm.To = nil, nil // "recently": no range of its own
					}
					if strings.HasPrefix(v, "P") {
						tm.From, tm.To, tm.Type = nil, nil, "DURATION" // "two days": P2D
					}
					if len(v) == 4 {
						from, to := v+"-01-01", v+"-12-31" // a year
						tm.From, tm.To = &from, &to
					}
					d.Times = append(d.Times, tm)
					curTime = len(d.Times) - 1
				}
			case "Qty":
				vs, cat, _ := strings.Cut(v, "/")
				x, err := strconv.ParseFloat(vs, 64)
				if err != nil {
					t.Fatalf("line %d: Qty %q", ln+1, v)
				}
				d.Quantities = append(d.Quantities, doc.Quantity{Start: tk.Start, End: tk.End, Value: x, Category: cat})
			}
		}
		if !entSeen {
			curEnt = -1
		}
		if !placeSeen {
			curPlace = -1
		}
		if !timeSeen {
			curTime = -1
		}
		if tk.SpaceAfter {
			b.WriteString(" ")
		}
		d.Tokens = append(d.Tokens, tk)
	}
	flush()
	d.Text = b.String()
	for i := range d.Entities {
		d.Entities[i].Text = d.Text[d.Entities[i].Start:d.Entities[i].End]
	}
	for i := range d.Times {
		d.Times[i].Text = d.Text[d.Times[i].Start:d.Times[i].End]
	}
	for i := range d.Quantities {
		d.Quantities[i].Text = d.Text[d.Quantities[i].Start:d.Quantities[i].End]
	}
	for i := range d.Places {
		for _, m := range d.Places[i].Mentions {
			d.Places[i].Text = append(d.Places[i].Text, d.Text[m[0]:m[1]])
		}
	}
	d.ID = doc.ContentID(d.Text)
	d.Raw = []byte(d.Text)
	d.Paragraphs = []doc.Paragraph{{Start: 0, End: len(d.Text), DupOf: -1}}
	d.Annotations = []string{doc.AnnText, doc.AnnParagraphs, doc.AnnTokens, doc.AnnSentences, doc.AnnPOS, doc.AnnLemma, doc.AnnDeps,
		doc.AnnEntities, doc.AnnTimes, doc.AnnQuantities, doc.AnnPlaces}
	return d
}
