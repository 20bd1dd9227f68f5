// Package eventeval scores the event stage against the public gold
// suites: the PLOVER gold-standard records (PLOVER_GSR_CAMEO.json: event
// type accuracy, actor span F1) and the PETRARCH unit-test records
// (PETR.UnitTest.records.xml: share of records whose event codes and
// source/target codes are reproduced). It reads those files only when an
// evaluation asks for them; the sitrep program never calls it while
// extracting. It knows nothing of how a Doc is produced: callers pass a
// Process function that runs whatever pipeline they built.
package eventeval

import (
	"context"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/ontology"
)

// Process turns one sentence (with its document date, YYYY-MM-DD) into an
// analysed Doc.
type Process func(ctx context.Context, id, text, published string) (*doc.Doc, error)

// GSRActor is an actor of a PLOVER gold record.
type GSRActor struct {
	Text   string `json:"actorText"`
	Code   string `json:"code"`
	Sector string `json:"sector"`
}

// GSRRecord is one PLOVER gold-standard record.
type GSRRecord struct {
	ID        string    `json:"id"`
	Event     string    `json:"event"`
	EventText string    `json:"eventText"`
	Text      string    `json:"text"`
	Date      string    `json:"date"`
	Source    GSRActors `json:"source"`
	Target    GSRActors `json:"target"`
}

// GSRActors is a list of actors; the file sometimes has a string (empty or
// a note) where a list belongs, read as no actors.
type GSRActors []GSRActor

// UnmarshalJSON accepts a list of actors, or anything else as none.
func (a *GSRActors) UnmarshalJSON(b []byte) error {
	var xs []GSRActor
	if err := json.Unmarshal(b, &xs); err != nil {
		*a = nil
		return nil
	}
	*a = xs
	return nil
}

// LoadGSR reads PLOVER_GSR_CAMEO.json, leaving out documentation records.
func LoadGSR(path string) ([]GSRRecord, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var all []GSRRecord
	if err := json.Unmarshal(b, &all); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var out []GSRRecord
	for _, r := range all {
		if r.Event == "DOCUMENT" || strings.TrimSpace(r.Text) == "" {
			continue
		}
		out = append(out, r)
	}
	return out, nil
}

// GSRScore is the outcome on the PLOVER gold records.
type GSRScore struct {
	Records int `json:"records"`
	// TypeCorrect counts records whose chosen event has the gold type
	// (older PLOVER set, as the file is coded).
	TypeCorrect int `json:"type_correct"`
	// AnyCorrect counts records where some event has the gold type.
	AnyCorrect int `json:"any_correct"`
	NoEvent    int `json:"no_event"`
	// Token counts for actor span F1 (source and target together).
	TP, FP, FN int `json:"-"`
	// SourceCountry counts records whose source code starts with the gold
	// source's country/IGO code, out of SourceGold.
	SourceCountry, SourceGold int                       `json:"-"`
	Confusion                 map[string]map[string]int `json:"-"`
	Misses                    []string                  `json:"-"`
}

// TypeAccuracy is TypeCorrect/Records.
func (s GSRScore) TypeAccuracy() float64 { return ratio(s.TypeCorrect, s.Records) }

// ActorF1 is the token-level F1 of the source and target spans.
func (s GSRScore) ActorF1() (p, r, f float64) {
	p, r = ratio(s.TP, s.TP+s.FP), ratio(s.TP, s.TP+s.FN)
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

var stopTokens = map[string]bool{"the": true, "a": true, "an": true, "'s": true, "of": true, "and": true, ",": true, ".": true, "(": true, ")": true}

// words splits a span into comparable lower-case words.
func words(s string) map[string]int {
	out := map[string]int{}
	s = strings.NewReplacer("'s", " 's", ",", " , ", "(", " ( ", ")", " ) ").Replace(strings.ToLower(s))
	for _, w := range strings.Fields(s) {
		if !stopTokens[w] {
			out[w]++
		}
	}
	return out
}

func overlap(gold, pred map[string]int) (tp, fp, fn int) {
	for w, n := range pred {
		m := min(n, gold[w])
		tp += m
		fp += n - m
	}
	for w, n := range gold {
		fn += n - min(n, pred[w])
	}
	return
}

// chooseEvent picks the predicted event that answers a gold record: one
// whose trigger is among the gold event words, else the first.
func chooseEvent(evs []doc.Event, eventText string) *doc.Event {
	if len(evs) == 0 {
		return nil
	}
	gold := words(eventText)
	for i := range evs {
		if evs[i].Trigger != nil {
			for w := range words(evs[i].Trigger.Text) {
				if gold[w] > 0 {
					return &evs[i]
				}
			}
		}
	}
	return &evs[0]
}

// ScoreGSR runs every record through process and scores it.
func ScoreGSR(ctx context.Context, recs []GSRRecord, process Process) (GSRScore, error) {
	s := GSRScore{Confusion: map[string]map[string]int{}}
	for _, r := range recs {
		if err := ctx.Err(); err != nil {
			return s, err
		}
		pub := r.Date
		if len(pub) != 10 {
			pub = "2000-01-01"
		}
		d, err := process(ctx, r.ID, r.Text, pub)
		if err != nil {
			return s, fmt.Errorf("%s: %w", r.ID, err)
		}
		s.Records++
		ev := chooseEvent(d.Events, r.EventText)
		got := "NONE"
		if ev == nil {
			s.NoEvent++
		} else {
			got = legacyType(*ev)
		}
		if got == r.Event {
			s.TypeCorrect++
		} else {
			s.Misses = append(s.Misses, fmt.Sprintf("%s: gold %s, got %s (%s): %s", r.ID, r.Event, got, evDesc(ev), r.Text))
		}
		for _, e := range d.Events {
			if legacyType(e) == r.Event {
				s.AnyCorrect++
				break
			}
		}
		if s.Confusion[r.Event] == nil {
			s.Confusion[r.Event] = map[string]int{}
		}
		s.Confusion[r.Event][got]++
		// actor spans
		var ps, pt string
		if ev != nil && ev.Source != nil {
			ps = ev.Source.Text
		}
		if ev != nil && ev.Target != nil {
			pt = ev.Target.Text
		}
		for _, side := range []struct {
			gold GSRActors
			pred string
		}{{r.Source, ps}, {r.Target, pt}} {
			g := map[string]int{}
			for _, a := range side.gold {
				for w, n := range words(a.Text) {
					g[w] += n
				}
			}
			tp, fp, fn := overlap(g, words(side.pred))
			s.TP += tp
			s.FP += fp
			s.FN += fn
		}
		if len(r.Source) > 0 && r.Source[0].Code != "" {
			s.SourceGold++
			if ev != nil && ev.Source != nil && strings.HasPrefix(ev.Source.Code, r.Source[0].Code) {
				s.SourceCountry++
			}
		}
	}
	return s, nil
}

func evDesc(ev *doc.Event) string {
	if ev == nil {
		return "no event"
	}
	src, tgt := "-", "-"
	if ev.Source != nil {
		src = ev.Source.Code + "=" + ev.Source.Text
	}
	if ev.Target != nil {
		tgt = ev.Target.Code + "=" + ev.Target.Text
	}
	return fmt.Sprintf("%s %q %s -> %s", ev.CAMEO, ev.Trigger.Text, src, tgt)
}

// Report writes a readable summary.
func (s GSRScore) Report(w io.Writer, name string) {
	p, r, f := s.ActorF1()
	fmt.Fprintf(w, "%s: %d records; event type accuracy %.1f%% (%d); some event of the gold type %.1f%%; no event %d\n",
		name, s.Records, 100*s.TypeAccuracy(), s.TypeCorrect, 100*ratio(s.AnyCorrect, s.Records), s.NoEvent)
	fmt.Fprintf(w, "%s: actor span token P %.1f%% R %.1f%% F1 %.1f%%; source code country match %.1f%% (%d/%d)\n",
		name, 100*p, 100*r, 100*f, 100*ratio(s.SourceCountry, s.SourceGold), s.SourceCountry, s.SourceGold)
	keys := make([]string, 0, len(s.Confusion))
	for k := range s.Confusion {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		var parts []string
		for g, n := range s.Confusion[k] {
			parts = append(parts, fmt.Sprintf("%s:%d", g, n))
		}
		sort.Strings(parts)
		fmt.Fprintf(w, "  %-12s %s\n", k, strings.Join(parts, " "))
	}
}

// PETRCoding is one expected event of a PETRARCH unit-test record.
type PETRCoding struct {
	Source   string `xml:"sourcecode,attr"`
	Target   string `xml:"targetcode,attr"`
	Event    string `xml:"eventcode,attr"`
	NoEvents string `xml:"noevents,attr"`
	Error    string `xml:"error,attr"`
}

// PETRRecord is one PETRARCH unit-test sentence.
type PETRRecord struct {
	ID       string       `xml:"id,attr"`
	Date     string       `xml:"date,attr"`
	Category string       `xml:"category,attr"`
	Codings  []PETRCoding `xml:"EventCoding"`
	Text     string       `xml:"Text"`
}

// LoadPETR reads PETRARCH validation records from r.
func LoadPETR(r io.Reader) ([]PETRRecord, error) {
	var v struct {
		Sentences []PETRRecord `xml:"Sentences>Sentence"`
	}
	dec := xml.NewDecoder(r)
	dec.Strict = false
	if err := dec.Decode(&v); err != nil {
		line, _ := dec.InputPos()
		return nil, fmt.Errorf("line %d: %w", line, err)
	}
	for i := range v.Sentences {
		v.Sentences[i].Text = strings.Join(strings.Fields(v.Sentences[i].Text), " ")
	}
	return v.Sentences, nil
}

// Expected returns the expected (source, target, code) triples, whether
// the record expects no events, and whether it is an error test (skipped).
func (r PETRRecord) Expected() (triples []string, none, errorTest bool) {
	for _, c := range r.Codings {
		switch {
		case c.Error != "":
			errorTest = true
		case c.Event == "" && c.Source == "" && c.Target == "":
			none = true
		default:
			triples = append(triples, triple(c.Source, c.Target, c.Event))
		}
	}
	sort.Strings(triples)
	return
}

func triple(s, t, e string) string {
	clean := func(x string) string { return strings.ToUpper(strings.Trim(x, `"' `)) }
	return clean(s) + "|" + clean(t) + "|" + clean(e)
}

// PETRScore is the outcome on the PETRARCH unit tests.
type PETRScore struct {
	Records, Correct, CodesCorrect, ActorsCorrect, Skipped int
	Misses                                                 []string
}

// Share is the share of records reproduced exactly.
func (s PETRScore) Share() float64 { return ratio(s.Correct, s.Records) }

// ScorePETR runs the records through process: a record is reproduced when
// the set of (source, target, event code) triples equals the expected one
// (no events for a noevents record).
func ScorePETR(ctx context.Context, recs []PETRRecord, process Process) (PETRScore, error) {
	var s PETRScore
	for _, r := range recs {
		if err := ctx.Err(); err != nil {
			return s, err
		}
		want, none, errTest := r.Expected()
		if errTest || r.Text == "" {
			s.Skipped++
			continue
		}
		pub := "2000-01-01"
		if len(r.Date) == 8 {
			pub = r.Date[:4] + "-" + r.Date[4:6] + "-" + r.Date[6:]
		}
		d, err := process(ctx, r.ID, r.Text, pub)
		if err != nil {
			return s, fmt.Errorf("%s: %w", r.ID, err)
		}
		s.Records++
		var got, gotCodes, gotActors []string
		for _, e := range d.Events {
			src, tgt := "", ""
			if e.Source != nil {
				src = e.Source.Code
			}
			if e.Target != nil {
				tgt = e.Target.Code
			}
			got = append(got, triple(src, tgt, e.CAMEO))
			gotCodes = append(gotCodes, e.CAMEO)
			gotActors = append(gotActors, triple(src, tgt, ""))
		}
		sort.Strings(got)
		got = dedupe(got)
		var wantCodes, wantActors []string
		for _, w := range want {
			p := strings.Split(w, "|")
			wantCodes = append(wantCodes, p[2])
			wantActors = append(wantActors, p[0]+"|"+p[1]+"|")
		}
		ok := strings.Join(got, " ") == strings.Join(want, " ")
		if none {
			ok = len(d.Events) == 0
		}
		if ok {
			s.Correct++
		} else {
			s.Misses = append(s.Misses, fmt.Sprintf("%s [%s]: want %v, got %v: %s", r.ID, r.Category, want, got, r.Text))
		}
		if sameSet(gotCodes, wantCodes) {
			s.CodesCorrect++
		}
		if sameSet(gotActors, wantActors) {
			s.ActorsCorrect++
		}
	}
	return s, nil
}

func dedupe(xs []string) []string {
	var out []string
	for i, x := range xs {
		if i == 0 || x != xs[i-1] {
			out = append(out, x)
		}
	}
	return out
}

func sameSet(a, b []string) bool {
	sort.Strings(a)
	sort.Strings(b)
	return strings.Join(dedupe(a), " ") == strings.Join(dedupe(b), " ")
}

// Report writes a readable summary.
func (s PETRScore) Report(w io.Writer, name string) {
	fmt.Fprintf(w, "%s: %d records (%d error tests skipped); reproduced exactly %.1f%% (%d); event codes only %.1f%%; source/target only %.1f%%\n",
		name, s.Records, s.Skipped, 100*s.Share(), s.Correct, 100*ratio(s.CodesCorrect, s.Records), 100*ratio(s.ActorsCorrect, s.Records))
}

// legacyType is the older PLOVER type of event e, as the gold file codes
// it: by its CAMEO code; a meeting, a protest or a cut in relations only
// planned or offered, which sitrep codes as the act with its status, by
// the intent CAMEO codes it as (a planned visit: AGREE to meet), as the
// event's own PLOVER type does.
func legacyType(e doc.Event) string {
	if a := e.Attribution; a != nil && (a.Status == "planned" || a.Status == "hypothetical") {
		switch ontology.Root(e.CAMEO) {
		case "04", "14", "16":
			return ontology.PLOVERLegacy(ontology.CAMEOIntent(e.CAMEO))
		}
	}
	return ontology.PLOVERLegacy(e.CAMEO)
}
