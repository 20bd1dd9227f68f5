package event

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/models"
	"github.com/sitrep/sitrep/ontology"
)

// Salience: the rules of the stage find every happening an article states,
// but a reader coding the news keeps only some of them: the lede's attack
// and the arrests after it, not each official's comment on it nor the
// background a paragraph recalls. A logistic model learned from hand-coded
// articles scores each event the stage outputs from what the output itself
// shows (its type, status, place, date, actors, where in the article it is
// told and how often) as the likelihood that a coder lists it; events
// below the model's threshold are not reported.

// SalienceModelName is the embedded model the stage scores events with
// (models/files/event-salience.gz).
const SalienceModelName = "event-salience"

// SalienceModel is a logistic model over the named features of
// SalienceFeatures, with the threshold below which an event is dropped.
type SalienceModel struct {
	Weights   map[string]float64 `json:"weights"`
	Threshold float64            `json:"threshold"`
}

// Score is the model's probability that the event with features f is one
// a coder lists.
func (m *SalienceModel) Score(f map[string]float64) float64 {
	z := 0.0
	for k, v := range f {
		z += m.Weights[k] * v
	}
	return 1 / (1 + math.Exp(-z))
}

var (
	salienceOnce sync.Once
	salience     *SalienceModel
	salienceErr  error
)

// defaultSalience reads the embedded salience model once.
func defaultSalience() (*SalienceModel, error) {
	salienceOnce.Do(func() {
		r, err := models.Open(SalienceModelName)
		if err != nil {
			salienceErr = err
			return
		}
		defer r.Close()
		b, err := io.ReadAll(r)
		if err != nil {
			salienceErr = fmt.Errorf("model %s: %w", SalienceModelName, err)
			return
		}
		salience, salienceErr = ReadSalienceModel(b)
	})
	return salience, salienceErr
}

// ReadSalienceModel decodes a salience model from its JSON form.
func ReadSalienceModel(b []byte) (*SalienceModel, error) {
	var m SalienceModel
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&m); err != nil {
		return nil, fmt.Errorf("model %s: %w", SalienceModelName, err)
	}
	if len(m.Weights) == 0 {
		return nil, fmt.Errorf("model %s: no weights", SalienceModelName)
	}
	for k, w := range m.Weights {
		if math.IsNaN(w) || math.IsInf(w, 0) {
			return nil, fmt.Errorf("model %s: weight %q is not a number", SalienceModelName, k)
		}
	}
	if m.Threshold < 0 || m.Threshold >= 1 {
		return nil, fmt.Errorf("model %s: threshold %g outside [0,1)", SalienceModelName, m.Threshold)
	}
	return &m, nil
}

// applySalience scores each event of evs (the output of d), records the
// score on it and keeps those at or above min (all when min < 0),
// numbering the kept ones again.
func applySalience(m *SalienceModel, d *doc.Doc, evs []doc.Event, min float64) []doc.Event {
	if m == nil || len(evs) == 0 {
		return evs
	}
	scores := make([]float64, len(evs))
	for i := range evs {
		scores[i] = m.Score(SalienceFeatures(d, evs, i))
	}
	out := evs[:0]
	for i, ev := range evs {
		ev.Salience = math.Round(scores[i]*1000) / 1000
		if min >= 0 && scores[i] < min {
			continue
		}
		ev.ID = fmt.Sprintf("e%d", len(out)+1)
		out = append(out, ev)
	}
	return out
}

// SalienceFeatures describes event i of evs, the events found in d, by
// named features that only what the output shows decides: the event's
// type and status, what its actors, place and date are (coded, inferred,
// open), where in the article it is first told, how often, how the parse
// tells its trigger (tense, relation), how many other events of its kind
// the article tells and whether one of them has its day and place; each
// of these again crossed with the event's CAMEO root, and its code and
// trigger lemma.
func SalienceFeatures(d *doc.Doc, evs []doc.Event, i int) map[string]float64 {
	ev := evs[i]
	ti := triggerToken(d, ev.Trigger)
	f := map[string]float64{"bias": 1}
	root := ontology.Root(ev.CAMEO)
	f["quad="+fmt.Sprint(ev.QuadClass)] = 1
	f["root="+root] = 1
	st := "fact"
	if ev.Attribution != nil {
		if ev.Attribution.Status != "" {
			st = ev.Attribution.Status
		}
		if ev.Attribution.Text != "" {
			f["attributed"] = 1
		}
	}
	f["status="+st] = 1
	if ev.Mentions > 1 {
		f["mentions"] = math.Log2(float64(ev.Mentions))
	}
	f["goldstein"] = math.Abs(ev.Goldstein) / 10
	f["src="+actorKind(ev.Source)] = 1
	f["tgt="+actorKind(ev.Target)] = 1
	if ev.Source != nil && ev.Target != nil && ev.Source.Code != "" && len(ev.Source.Code) >= 3 && len(ev.Target.Code) >= 3 && ev.Source.Code[:3] == ev.Target.Code[:3] {
		f["same_country"] = 1
	}
	f["place="+placeKind(d, ev.Place)] = 1
	f["date="+dateKind(d, ev.Date)] = 1
	if days, ok := daysBeforePublished(d, ev.Date); ok {
		f["log_days_before"] = math.Log1p(days)
	}
	if len(ev.Counts) > 0 {
		f["counts"] = 1
	}
	if ev.Date != nil && ev.Date.Text != "" {
		f["date_told"] = 1
	}
	if ev.Place != nil {
		if placeTold(d, ev.Place.GeonameID, ev.Sentence) {
			f["place_in_sentence"] = 1
		} else if ev.Place.GeonameID != 0 {
			f["place_elsewhere"] = 1
		}
	}

	// where the article tells it
	si := sort.Search(len(d.Sentences), func(k int) bool { return d.Sentences[k].End > ev.Sentence.Start })
	if si < len(d.Sentences) && len(d.Sentences) > 0 {
		f["position"] = float64(si) / float64(len(d.Sentences))
		f["log_sentence"] = math.Log1p(float64(si))
		if si == 0 {
			f["first_sentence"] = 1
		}
		if d.Sentences[si].Para == d.Sentences[0].Para {
			f["first_paragraph"] = 1
		}
		if ti >= 0 {
			tk := &d.Tokens[ti]
			if strings.HasPrefix(tk.XPOS, "NN") {
				f["noun"] = 1
			}
			triggerSyntax(d, ti, f)
		}
	}
	if strings.ContainsAny(ev.Sentence.Text, "\"“”") {
		f["quote_in_sentence"] = 1
		if q := ev.QuadClass; q == 0 || q == 1 || q == 3 {
			f["quoted_statement"] = 1 // (a statement, in a sentence quoting someone)
		}
	}

	// the article's other events
	same, earlierSame, inSentence, first := 0, 0, 0, true
	for k := range evs {
		if k == i {
			continue
		}
		o := evs[k]
		if ontology.Root(o.CAMEO) == root {
			same++
			if k < i {
				earlierSame++
				if actorCode(o.Source) == actorCode(ev.Source) || actorCode(o.Target) != "" && actorCode(o.Target) == actorCode(ev.Target) {
					f["earlier_same_root_actor"] = 1
				}
				if o.Trigger != nil && ev.Trigger != nil && strings.EqualFold(o.Trigger.Text, ev.Trigger.Text) {
					f["earlier_same_trigger"] = 1
				}
				if outputDatesOverlap(o.Date, ev.Date) {
					f["earlier_same_root_date"] = 1
					if sameOutputPlace(o.Place, ev.Place) {
						f["earlier_same_root_place_date"] = 1
					}
				}
			} else if outputDatesOverlap(o.Date, ev.Date) && sameOutputPlace(o.Place, ev.Place) {
				f["later_same_root_place_date"] = 1
			}
			if o.Sentence.Start == ev.Sentence.Start {
				f["same_root_in_sentence"] = 1
			}
		}
		if o.Sentence.Start == ev.Sentence.Start {
			inSentence++
		}
		if o.Sentence.Start < ev.Sentence.Start {
			first = false
		}
		if k < i && o.QuadClass == ev.QuadClass && o.Place != nil && ev.Place != nil && o.Place.GeonameID != 0 && o.Place.GeonameID == ev.Place.GeonameID {
			f["earlier_same_class_place"] = 1
		}
		if k < i && o.QuadClass == ev.QuadClass && actorCode(o.Source) != "" && actorCode(o.Source) == actorCode(ev.Source) && actorCode(o.Target) == actorCode(ev.Target) {
			f["earlier_same_class_actors"] = 1
		}
	}
	if first {
		f["first_event_sentence"] = 1
	}
	f["log_sentence_events"] = math.Log1p(float64(inSentence))
	f["log_events"] = math.Log1p(float64(len(evs)))
	f["log_same_root"] = math.Log1p(float64(same))
	if earlierSame > 0 {
		f["earlier_same_root"] = 1
		f["log_earlier_same_root"] = math.Log1p(float64(earlierSame))
	}
	f["rank"] = float64(i) / float64(len(evs))

	// each feature again for the event's kind (a second arrest and a
	// second attack are not alike), and the exact code and trigger word
	base := make([]string, 0, len(f))
	for k := range f {
		if k != "bias" && !strings.HasPrefix(k, "root=") {
			base = append(base, k)
		}
	}
	for _, k := range base {
		f["root="+root+"&"+k] = f[k]
	}
	f["cameo="+ev.CAMEO] = 1
	if ti >= 0 {
		f["lemma="+d.Tokens[ti].Lemma] = 1
	}
	return f
}

// triggerSyntax adds what the parse shows of the trigger token ti: its
// part of speech and relation to its head, and whether its verb is
// perfect or progressive (told as background or as going on), negated,
// under a modal, or opened by a subordinator.
func triggerSyntax(d *doc.Doc, ti int, f map[string]float64) {
	tk := &d.Tokens[ti]
	f["tag="+tk.XPOS] = 1
	rel, _, _ := strings.Cut(tk.Deprel, ":")
	f["dep="+rel] = 1
	lo, hi := ti-12, ti+12
	for k := max(lo, 0); k < min(hi, len(d.Tokens)); k++ {
		c := &d.Tokens[k]
		if c.Head != ti || c.Sent != tk.Sent {
			continue
		}
		switch {
		case c.Deprel == "aux" && c.Lemma == "have":
			f["perfect"] = 1
		case c.Deprel == "aux" && c.XPOS == "MD":
			f["modal"] = 1
		case c.Deprel == "advmod" && (c.Lemma == "not" || c.Lemma == "never"):
			f["negated"] = 1
		case c.Deprel == "mark":
			f["subordinate"] = 1
		}
	}
	if tk.XPOS == "VBG" && tk.Deprel != "amod" {
		f["progressive"] = 1
	}
}

// placeTold tells whether the place with gazetteer id id is named within
// the span sent.
func placeTold(d *doc.Doc, id int, sent doc.TextSpan) bool {
	if id == 0 {
		return false
	}
	for k := range d.Places {
		if d.Places[k].GeonameID != id {
			continue
		}
		for _, m := range d.Places[k].Mentions {
			if m[0] >= sent.Start && m[1] <= sent.End {
				return true
			}
		}
	}
	return false
}

// outputDatesOverlap tells whether two output events' day ranges share a day; an open
// end reaches as far as it may.
func outputDatesOverlap(a, b *doc.EventDate) bool {
	lo := func(d *doc.EventDate) string {
		if d == nil || d.From == nil {
			return ""
		}
		return *d.From
	}
	hi := func(d *doc.EventDate) string {
		if d == nil || d.To == nil {
			return "9999"
		}
		return *d.To
	}
	return lo(a) <= hi(b) && lo(b) <= hi(a)
}

// sameOutputPlace tells whether two output events are placed at the same gazetteer
// place, or both nowhere.
func sameOutputPlace(a, b *doc.EventPlace) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return a.GeonameID == b.GeonameID && a.Name == b.Name
}

// actorKind is what an event's actor is: a coded actor, an inferred one,
// a mention without a code, or none.
func actorKind(a *doc.Actor) string {
	switch {
	case a == nil:
		return "none"
	case a.Inferred:
		return "inferred"
	case a.Code == "":
		return "uncoded"
	case isGroupCode(a.Code):
		return "group"
	case len(a.Code) > 3:
		return "role"
	}
	return "country"
}

// placeKind is how precisely an event is placed: nowhere, a country, a
// region, or a town (or finer).
func placeKind(d *doc.Doc, p *doc.EventPlace) string {
	if p == nil {
		return "none"
	}
	for k := range d.Places {
		if d.Places[k].GeonameID == p.GeonameID && p.GeonameID != 0 {
			switch ft := d.Places[k].Feature; {
			case strings.HasPrefix(ft, "PCL") || ft == "CONT":
				return "country"
			case strings.HasPrefix(ft, "ADM") || ft == "RGN" || ft == "AREA":
				return "region"
			}
			return "town"
		}
	}
	return "town"
}

// dateKind is how an event is dated: not at all, open-ended, a day, the
// days up to publication, or a longer range.
func dateKind(d *doc.Doc, dt *doc.EventDate) string {
	if dt == nil || dt.From == nil && dt.To == nil {
		return "none"
	}
	if dt.From == nil || dt.To == nil {
		return "open"
	}
	if *dt.From == *dt.To {
		if d.Meta.Published != nil && *dt.To == *d.Meta.Published {
			return "pubday"
		}
		return "day"
	}
	if len(*dt.From) == 10 && len(*dt.To) == 10 && (*dt.From)[:7] == (*dt.To)[:7] {
		return "days"
	}
	return "range"
}

// actorCode is an actor's code, "" for none.
func actorCode(a *doc.Actor) string {
	if a == nil {
		return ""
	}
	return a.Code
}

// daysBeforePublished is how many days the end of an event's date range
// lies before the document's date (0 when after it).
func daysBeforePublished(d *doc.Doc, dt *doc.EventDate) (float64, bool) {
	if dt == nil || dt.To == nil || d.Meta.Published == nil {
		return 0, false
	}
	to, err1 := time.Parse("2006-01-02", *dt.To)
	pub, err2 := time.Parse("2006-01-02", *d.Meta.Published)
	if err1 != nil || err2 != nil {
		return 0, false
	}
	return max(0, pub.Sub(to).Hours()/24), true
}

// triggerToken is the index of the token the trigger span starts at, or -1.
func triggerToken(d *doc.Doc, tr *doc.TextSpan) int {
	if tr == nil {
		return -1
	}
	k := sort.Search(len(d.Tokens), func(k int) bool { return d.Tokens[k].Start >= tr.Start })
	if k < len(d.Tokens) && d.Tokens[k].Start == tr.Start {
		return k
	}
	return -1
}

// SalienceSample is one output event with its features and whether a
// coder listed it.
type SalienceSample struct {
	Features map[string]float64
	Listed   bool
	// Weight counts the sample that many times in training (0: once).
	Weight float64
}

// TrainSalience fits a logistic model to samples (each counted by its
// weight) by gradient descent with an L2 penalty of lambda per weight (not
// on the bias), over epochs full passes. The threshold is left 0 for the caller to set.
func TrainSalience(samples []SalienceSample, lambda float64, epochs int) *SalienceModel {
	index := map[string]int{}
	var names []string
	type entry struct {
		k int
		v float64
	}
	rows := make([][]entry, len(samples))
	ys := make([]float64, len(samples))
	ws := make([]float64, len(samples))
	n := 0.0
	for r, s := range samples {
		for k, v := range s.Features {
			x, ok := index[k]
			if !ok {
				x = len(names)
				index[k] = x
				names = append(names, k)
			}
			rows[r] = append(rows[r], entry{x, v})
		}
		if s.Listed {
			ys[r] = 1
		}
		ws[r] = s.Weight
		if ws[r] == 0 {
			ws[r] = 1
		}
		n += ws[r]
	}
	w := make([]float64, len(names))
	grad := make([]float64, len(names))
	const rate = 0.5
	for e := 0; e < epochs && len(samples) > 0; e++ {
		clear(grad)
		for r, row := range rows {
			z := 0.0
			for _, x := range row {
				z += w[x.k] * x.v
			}
			diff := (1/(1+math.Exp(-z)) - ys[r]) * ws[r]
			for _, x := range row {
				grad[x.k] += diff * x.v
			}
		}
		for k := range w {
			g := grad[k] / n
			if names[k] != "bias" {
				g += lambda * w[k] / n
			}
			w[k] -= rate * g
		}
	}
	m := &SalienceModel{Weights: map[string]float64{}}
	for k, name := range names {
		m.Weights[name] = math.Round(w[k]*1e6) / 1e6
	}
	return m
}
