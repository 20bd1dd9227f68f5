// Package event owns the event stage: it reads the dependency parse,
// entities, times, quantities and places of a Doc and adds Doc.Events —
// who did what to whom, where, when, according to whom and how many —
// typed with CAMEO (quad class, Goldstein score), PLOVER and ACLED.
//
// Triggers are verbs and event nouns found with sitrep's own lexicon
// (lexicon.go) backed by the CAMEO verb dictionary facts in package
// ontology; actors are coded with package actor. A learned salience model
// (salience.go) scores every event found and drops those a coder of the
// article would not list. The stage only adds
// Doc.Events: it must not change tokens, entities or any other annotation,
// and it holds no mutable state between documents.
package event

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/sitrep/sitrep/actor"
	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/ontology"
)

// Options configure the stage.
type Options struct {
	// Actors replaces the embedded actor dictionary (evaluation suites
	// bring their own for made-up countries).
	Actors *actor.Dictionary
	// NoVerbDictionary turns off the CAMEO verb dictionary fallback, so
	// that only sitrep's lexicon proposes events.
	NoVerbDictionary bool
	// Verbs replaces the embedded CAMEO verb dictionary.
	Verbs *ontology.Verbs
	// DictionaryOnly codes verbs from the verb dictionary alone, without
	// sitrep's lexicon and event nouns (to measure a PETRARCH-style
	// dictionary suite).
	DictionaryOnly bool
	// KeepUncoded keeps dictionary-only verb events that lack a source or
	// target code (off by default: like PETRARCH, dictionary events need
	// a coded dyad).
	KeepUncoded bool
	// MinConfidence is the confidence (0..1, see judge) an event needs to
	// be reported; 0 means DefaultMinConfidence, a negative value keeps
	// every event.
	MinConfidence float64
	// NoSalience reports every event the rules find, unscored (to train
	// a salience model on them).
	NoSalience bool
	// Salience replaces the embedded salience model.
	Salience *SalienceModel
	// MinSalience is the salience (0..1) an event needs to be reported;
	// 0 means the model's threshold, a negative value keeps every event
	// (still scored).
	MinSalience float64
}

func (s *Stage) minSalience() float64 {
	switch {
	case s.opts.MinSalience == 0:
		return s.sal.Threshold
	case s.opts.MinSalience < 0:
		return -1
	}
	return s.opts.MinSalience
}

func (s *Stage) minConf() float64 {
	switch {
	case s.opts.MinConfidence == 0:
		return DefaultMinConfidence
	case s.opts.MinConfidence < 0:
		return -1
	}
	return s.opts.MinConfidence
}

// Stage is the event stage. It is safe for concurrent use.
type Stage struct {
	opts  Options
	dict  *actor.Dictionary
	verbs *ontology.Verbs
	lex   *lexicon
	sal   *SalienceModel
}

// New returns the stage with the embedded dictionaries.
func New() (*Stage, error) { return NewWithOptions(Options{}) }

// NewWithOptions returns the stage configured by opts.
func NewWithOptions(opts Options) (*Stage, error) {
	s := &Stage{opts: opts, dict: opts.Actors}
	if s.dict == nil {
		d, err := actor.Default()
		if err != nil {
			return nil, fmt.Errorf("event: %w", err)
		}
		s.dict = d
	}
	if opts.Verbs != nil {
		s.verbs = opts.Verbs
	} else if !opts.NoVerbDictionary {
		v, err := ontology.VerbDictionary()
		if err != nil {
			return nil, fmt.Errorf("event: verb dictionary: %w", err)
		}
		s.verbs = v
	}
	l, err := getLexicon()
	if err != nil {
		return nil, fmt.Errorf("event: %w", err)
	}
	s.lex = l
	switch {
	case opts.NoSalience:
	case opts.Salience != nil:
		s.sal = opts.Salience
	default:
		m, err := defaultSalience()
		if err != nil {
			return nil, fmt.Errorf("event: %w", err)
		}
		s.sal = m
	}
	return s, nil
}

// Name implements pipeline.Stage.
func (s *Stage) Name() string { return "event" }

// Requires implements pipeline.Stage.
func (s *Stage) Requires() []string {
	return []string{doc.AnnDeps, doc.AnnEntities, doc.AnnTimes, doc.AnnQuantities, doc.AnnPlaces}
}

// Assigns implements pipeline.Stage.
func (s *Stage) Assigns() []string { return []string{doc.AnnEvents} }

// Process finds the events of d and sets d.Events.
func (s *Stage) Process(ctx context.Context, d *doc.Doc) error {
	for i, tk := range d.Tokens {
		if tk.Head >= len(d.Tokens) || tk.Head < -1 {
			return fmt.Errorf("token %d (byte %d): head %d out of range", i, tk.Start, tk.Head)
		}
		if tk.Sent < 0 || tk.Sent >= len(d.Sentences) || tk.Start < 0 || tk.End > len(d.Text) || tk.Start > tk.End {
			return fmt.Errorf("token %d (byte %d): sentence %d or span %d..%d out of range", i, tk.Start, tk.Sent, tk.Start, tk.End)
		}
	}
	t := newTree(d)
	acts := newActors(t, s.dict)
	acts.everyName = s.opts.DictionaryOnly
	var evs []*cand
	wide := map[int]bool{}
	for _, p := range d.Places {
		if strings.HasPrefix(p.Feature, "PCL") || p.Feature == "CONT" {
			wide[p.GeonameID] = true
		}
	}
	for si := range d.Sentences {
		if si%64 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		sent := d.Sentences[si]
		if sent.TokStart < 0 || sent.TokEnd > len(d.Tokens) || sent.TokStart > sent.TokEnd {
			return fmt.Errorf("sentence %d (byte %d): token range %d..%d out of range", si, sent.Start, sent.TokStart, sent.TokEnd)
		}
		acts.remember(si)
		cs := s.sentenceEvents(t, acts, si)
		visitedWhere(cs)
		unknownPlace := namesUnknownPlace(t, acts, si)
		for _, c := range cs {
			c.selfClaim = selfClaimed(t, acts, c)
			// a sentence naming no place goes on where the story was
			// (an event tied to a place in the previous two sentences),
			// rather than at the dateline
			// (of a happening on the ground: a call or a visit abroad is
			// not where the story is; people who fled the fighting fled
			// the last fighting told, however far back)
			// (or where the sentence before, telling no happening, set
			// the scene: "a patrol received reports of a fire in the
			// town of Qatraneh. The officers came under fire")
			// (not a sentence that names where it happened by a name
			// the gazetteer lacks: "stormed the headquarters in
			// Kahramankazan" stays at the dateline, and so does the
			// sentence after it)
			c.placeUnknown = c.placeScore < 1 && unknownPlace
			scene := -1
			if c.placeScore < 1 && !c.placeUnknown && ontology.QuadClass(c.code) == 4 && continuesScene(t, si) {
				scene = scenePlace(t, acts, evs, si-1)
			}
			// (or where the paragraph opened: "In Kasserine, anger at the
			// attack mixed with frustration. Dozens of young men blocked
			// the main road ...")
			if scene < 0 && c.placeScore < 1 && !c.placeUnknown && ontology.QuadClass(c.code) == 4 {
				scene = paragraphScene(t, acts, si)
			}
			if scene >= 0 {
				c.place = eventPlace(&d.Places[scene])
			} else if o := talksBefore(t, evs, c, si, wide); o != nil {
				// (what the talks of the sentence before agreed was agreed
				// where they were held: "the talks ... in the Omani
				// capital, Muscat, ended with a breakthrough. The two
				// delegations on Sunday signed a deal")
				c.place, c.placeScore, c.carriedFrom = o.place, 1, o
			} else if c.placeScore < 1 && !c.placeUnknown && ontology.QuadClass(c.code) >= 2 {
				// (a statement or an appeal with no place of its own is
				// placed where it was made, not where the fighting was)
				// (the news of those sentences before what a clause of
				// time tells happened earlier: "marched through
				// Ouahigouya ..., days after fighters ambushed a convoy
				// bound for Titao. ... police fired tear gas")
				for _, fore := range []bool{true, false} {
					if c.carriedFrom != nil {
						break
					}
					for k := len(evs) - 1; k >= 0 && (evs[k].sent >= si-2 || c.code == "166" && fledEvent(t, s.lex, c.trigger)); k-- {
						if fore && toldEarlier(t, evs[k].trigger) {
							continue
						}
						if evs[k].sent < si && evs[k].placeUnknown && ontology.QuadClass(evs[k].code) >= 3 {
							c.place, c.carriedFrom = evs[k].place, evs[k]
							break
						}
						// (a place the sentence ties to the event, or one merely
						// in it that is finer than a country)
						if evs[k].sent < si && (evs[k].placeScore >= 3 || evs[k].placeScore >= 1 && !wide[evs[k].place.GeonameID]) && ontology.QuadClass(evs[k].code) >= 3 && !stale(t, evs[k]) {
							c.place, c.carriedFrom = evs[k].place, evs[k]
							break
						}
					}
				}
			}
			if o := tollOf(t, evs, c); o != nil {
				foldToll(o, c)
				continue
			}
			evs = append(evs, c)
		}
	}
	carryDates(t, acts, evs)
	sequenceDates(t, evs)
	spanAfterDates(t, evs)
	evs = storyRelativeDates(t, evs)
	merged := attackRetreats(t, visitMeetings(t, meetingAgendas(t, protestDemands(t, regionJourneys(t, merge(foldDestruction(t, evs), wide))))))
	riots(t, merged)
	releasedBy(merged)
	frameDates(t, merged)
	eveDates(t, merged)
	d.Events = s.finish(d, merged, acts.home)
	if s.sal != nil {
		d.Events = applySalience(s.sal, d, d.Events, s.minSalience())
	}
	return nil
}

// foldDestruction folds property destroyed or seized by the doers of a
// violent act, told by a verb coordinated with that act's ("air strikes
// killed about 50 fighters and destroyed several camps", "crowds that
// stormed and partly burned parliament"), into that act: one raid, one
// strike, one riot.
func foldDestruction(t *tree, cs []*cand) []*cand {
	byTrigger := map[int]*cand{}
	for _, c := range cs {
		if !c.noun {
			byTrigger[c.trigger] = c
		}
	}
	out := cs[:0]
	for _, c := range cs {
		// ("arson attacks that destroyed signal cables", "32 targets had
		// been destroyed in Thursday's strikes"): what an attack told as
		// such destroyed is that attack's
		if c.code == "1712" && !c.noun && destroyedInAttack(t, c.trigger) {
			continue
		}
		if (c.code == "1711" || c.code == "1712") && !c.noun && t.rel(c.trigger) == "conj" {
			if o := byTrigger[t.head(c.trigger)]; o != nil && o.sent == c.sent && (violentRoot(o.code) && !strings.HasPrefix(o.code, "181") || o.code == "145") && status(o) == status(c) {
				if so, sc := code(o.src), code(c.src); sc == "" || so == "" || so == sc || countryOf(so, sc) || countryOf(sc, so) {
					continue
				}
			}
		}
		out = append(out, c)
	}
	return out
}

// destroyedInAttack: destruction verb v is told as what an attack did:
// a relative clause on the attack's noun, or done "in" or "during" it.
func destroyedInAttack(t *tree, v int) bool {
	if h := t.head(v); h >= 0 && t.fullRel(v) == "acl:relcl" && violentNoun(t, h) {
		return true
	}
	for _, k := range t.kids(v, "obl") {
		if cs := t.caseOf(k); (cs == "in" || cs == "during") && violentNoun(t, k) {
			return true
		}
	}
	return false
}

// talksBefore is the meeting or talks (04), placed in its sentence at a
// place finer than a country, told in the sentence before si in the same
// paragraph, when c is an agreement or intent (03, 05: 057 signed, 030
// agreed) with no place of its own finer than a country; else nil.
func talksBefore(t *tree, evs []*cand, c *cand, si int, wide map[int]bool) *cand {
	if c.placeScore >= 1 && !(c.place != nil && wide[c.place.GeonameID]) || c.placeUnknown || si == 0 || t.d.Sentences[si-1].Para != t.d.Sentences[si].Para {
		return nil
	}
	switch ontology.Root(c.code) {
	case "03", "05":
	default:
		return nil
	}
	for k := len(evs) - 1; k >= 0 && evs[k].sent >= si-1; k-- {
		if o := evs[k]; o.sent == si-1 && ontology.Root(o.code) == "04" && o.placeScore >= 1 && o.place != nil && !wide[o.place.GeonameID] {
			return o
		}
	}
	return nil
}

// meetingAgendas drops what a meeting or visit is to do, told in its
// purpose clause ("will meet in Niamey next week to speed up the
// deployment of a joint force", "is due to meet commanders to agree on
// moving their forces"): the agenda of a planned meeting, not a happening
// of its own.
func meetingAgendas(t *tree, cs []*cand) []*cand {
	meets := map[int]bool{}
	for _, c := range cs {
		if ontology.Root(c.code) == "04" && !c.noun && status(c) == "planned" {
			meets[c.trigger] = true
		}
	}
	if len(meets) == 0 {
		return cs
	}
	out := cs[:0]
	for _, c := range cs {
		if r := t.rel(c.trigger); !c.noun && (r == "advcl" || r == "xcomp") && meets[t.head(c.trigger)] && hasMarkTo(t, c.trigger) && ontology.Root(c.code) != "04" && c.mentions <= 1 {
			continue
		}
		// ("is due to meet representatives ... on Wednesday to discuss
		// measures", "to discuss" hung elsewhere by the parser): what the
		// meeting before it is to discuss, and its day the meeting's
		if m := agendaOf(t, cs, c); m != nil {
			if m.date == nil || m.date.Text == "" {
				m.date, m.dateTied = c.date, c.dateTied
			}
			continue
		}
		out = append(out, c)
	}
	return out
}

// agendaOf is the planned meeting earlier in c's sentence whose agenda c
// tells: an infinitive "to discuss" with no subject of its own.
func agendaOf(t *tree, cs []*cand, c *cand) *cand {
	if c.noun || c.lemma != "discuss" || status(c) != "planned" || !hasMarkTo(t, c.trigger) || t.kid(c.trigger, "nsubj") >= 0 {
		return nil
	}
	for _, m := range cs {
		if m != c && m.sent == c.sent && m.trigger < c.trigger && ontology.Root(m.code) == "04" && !m.noun && status(m) == "planned" {
			return m
		}
	}
	return nil
}

// attackRetreats drops the withdrawal of attackers told with their attack
// ("the attackers withdrew after about an hour", "as they withdrew toward
// the forested hills, they led away a sergeant"): how the attack ended,
// not a retreat from ground held. A withdrawal from a place ("withdrew
// from Lysychansk", "pulled out of Kutum") stays.
func attackRetreats(t *tree, cs []*cand) []*cand {
	out := cs[:0]
	for _, c := range cs {
		if c.code == "0874" && !c.noun && (c.lemma == "withdraw" || c.lemma == "pull" || c.lemma == "retreat") && !leftPlace(t, c.trigger) && attackBy(cs, c) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// leftPlace: verb v says what it left ("from Kutum", "out of the town").
func leftPlace(t *tree, v int) bool {
	for _, k := range t.kids(v, "obl", "obj") {
		if cs := t.caseOf(k); cs == "from" || cs == "of" || t.rel(k) == "obj" {
			return true
		}
	}
	return false
}

// attackBy: a violent act by c's doers (or by no one named) is told in
// c's sentence or the three before it.
func attackBy(cs []*cand, c *cand) bool {
	for _, o := range cs {
		if o == c || o.sent > c.sent || o.sent < c.sent-3 || status(o) == "planned" {
			continue
		}
		if r := ontology.Root(o.code); r != "18" && r != "19" && r != "20" {
			continue
		}
		so, sc := code(o.src), code(c.src)
		if sc == "" || so == "" || so == sc || rebelSide(so) && rebelSide(sc) {
			return true
		}
	}
	return false
}

// consequenceDate: what a happening prompted ("killing seven people late
// on Sunday, prompting the prime minister to declare a state of
// emergency") came after it, by the report: its cause's day opens its
// range, not its day.
func consequenceDate(t *tree, c *cand) {
	p := t.d.Meta.Published
	if c.dateTied || c.noun || c.date == nil || c.date.From == nil || p == nil || *c.date.From > *p {
		return
	}
	if r := t.rel(c.trigger); r != "xcomp" && !(r == "advcl" && hasMarkTo(t, c.trigger)) {
		return
	}
	h := t.head(c.trigger)
	if h < 0 {
		return
	}
	switch t.lemma(h) {
	case "prompt", "force", "spark", "trigger", "lead":
		if t.tok(h).XPOS == "VBG" {
			pub := *p
			c.date = &doc.EventDate{Text: c.date.Text, From: c.date.From, To: &pub}
		}
	}
}

// visitMeetings drops the meetings a visit's doer held there, told in the
// visit's own sentence ("flew to Birgunj on Monday and met community
// leaders", "travelled to Cucuta, where he met military commanders"):
// whom a visitor met is the visit's detail, not a happening of its own.
func visitMeetings(t *tree, cs []*cand) []*cand {
	out := cs[:0]
	for _, c := range cs {
		if !c.noun && c.lemma == "meet" && visitOf(t, cs, c) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// visitOf: the meeting c is told under a visit of its sentence by the
// visitor (its own subject left to the visit's, or a pronoun).
func visitOf(t *tree, cs []*cand, c *cand) bool {
	if sb := t.kid(c.trigger, "nsubj"); sb >= 0 && t.tok(sb).UPOS != "PRON" {
		return false
	}
	for _, o := range cs {
		switch o.code {
		case "042", "043":
			if o.sent == c.sent && !o.noun && o.trigger != c.trigger && status(o) == status(c) && t.dominates(o.trigger, c.trigger) {
				return true
			}
		}
	}
	return false
}

// visitedWhere places the events of one sentence that name no place of
// their own where a visit or an attendance the sentence tells took their
// doer ("Erdogan, who was attending a summit in Kazan, condemned the
// attack after holding talks with Putin": in Kazan). A happening on the
// ground keeps its own place.
func visitedWhere(cs []*cand) {
	var at *cand
	for _, c := range cs {
		switch c.code {
		case "042", "043", "044":
			if c.placeScore >= 1 && c.place != nil && at == nil {
				at = c
			}
		}
	}
	if at == nil {
		return
	}
	for _, c := range cs {
		if c != at && c.placeScore < 1 && ontology.QuadClass(c.code)%2 == 1 {
			c.place, c.placeScore = at.place, 1
		}
	}
}

// foldClaims folds a claim of responsibility into the attack it claims
// in the same sentence ("Kurdish militants claimed responsibility for Dec.
// 10 bombings in Istanbul that killed 44"): the claimant is the attack's
// doer, as a claim; the claim is not a happening of its own.
func foldClaims(t *tree, kept []*cand) []*cand {
	if !slices.ContainsFunc(kept, func(x *cand) bool { return x.code == "015" }) {
		return kept // (most sentences: no map to build)
	}
	byTrigger := map[int]*cand{}
	for _, x := range kept {
		byTrigger[x.trigger] = x
	}
	out := kept[:0]
	for _, x := range kept {
		if x.code == "015" && !x.noun && x.src != nil {
			if o := claimedAttack(t, x, byTrigger); o != nil {
				if o.src == nil || o.src.code == "" {
					o.src = x.src
				}
				if o.attr == nil {
					o.attr = &doc.Attribution{Text: t.word(x.trigger), Status: "claimed"}
				}
				o.mentions += x.mentions
				continue
			}
		}
		out = append(out, x)
	}
	return out
}

// claimedAttack is the violent event the responsibility claimed by x is
// for ("responsibility for the bombings"), or nil.
func claimedAttack(t *tree, x *cand, byTrigger map[int]*cand) *cand {
	for _, r := range t.kids(x.trigger, "obj") {
		if t.lemma(r) != "responsibility" {
			continue
		}
		for _, k := range append(t.kids(r, "nmod"), t.kids(x.trigger, "obl")...) {
			if t.caseOf(k) != "for" {
				continue
			}
			if o, ok := byTrigger[k]; ok && o != x && ontology.QuadClass(o.code) == 4 {
				return o
			}
		}
	}
	return nil
}

// foldTolls folds each toll participle (cand.foldInto) into the act it
// tells of: its victims become the act's target when the act has none
// that is an actor ("struck a minibus, killing six civilians"), its counts
// the act's.
func foldTolls(kept []*cand) []*cand {
	out := kept[:0]
	for _, x := range kept {
		var host *cand
		if x.folds {
			for _, y := range kept {
				if y.trigger == x.foldInto && y.sent == x.sent {
					host = y
					break
				}
			}
		}
		if host == nil {
			out = append(out, x)
			continue
		}
		host.folded = append(host.folded, x.trigger)
		if x.tgt != nil && !agentive(host.tgt) {
			host.tgt = x.tgt
		}
		for _, n := range x.counts {
			if !slices.Contains(host.counts, n) {
				host.counts = append(host.counts, n)
			}
		}
		// (the wounded's clause may tell the happening's time, place or
		// kind: "were injured in a suicide bombing that happened on June
		// 27")
		if x.dateTied && !host.dateTied {
			host.date, host.dateTied = x.date, true
		}
		if x.placeScore > host.placeScore {
			host.place, host.placeScore = x.place, x.placeScore
		}
		if ontology.Root(x.code) == ontology.Root(host.code) && len(x.code) > len(host.code) {
			host.code = x.code
		}
	}
	return out
}

// tollVerbs tell the victims of a happening.
var tollVerbs = map[string]bool{"kill": true, "injure": true, "wound": true, "hurt": true}

// tollOf returns the event c tells the toll of: c is a passive "were
// killed" (or "wounded", "injured") with no doer, place or time of its own,
// right after a violent happening told in the two sentences before ("A
// missile hit the jet. The 176 people on board were all killed."). Nil
// when c is a happening of its own.
func tollOf(t *tree, evs []*cand, c *cand) *cand {
	// ("heavy fighting broke out ... and at least 29 people were killed":
	// the toll told as the next clause of the same sentence, its time
	// and place the fighting's)
	if r := t.rel(c.trigger); !c.noun && c.src == nil && tollVerbs[t.lemma(c.trigger)] && t.passive(c.trigger) && (r == "conj" || r == "ccomp" || r == "parataxis") {
		for k := len(evs) - 1; k >= 0 && evs[k].sent == c.sent; k-- {
			if o := evs[k]; ontology.QuadClass(o.code) == 4 && (t.head(c.trigger) == o.trigger || t.head(c.trigger) == o.anchor) {
				return o
			}
		}
	}
	if c.noun || c.placeScore >= 3 || c.dateTied {
		return nil
	}
	// "Fighting ... has killed at least 34 people since Monday" ... "He
	// said 34 people had been killed": the same toll told again, however
	// far back
	if tollVerbs[t.lemma(c.trigger)] && t.passive(c.trigger) && c.src == nil {
		for k := len(evs) - 1; k >= 0; k-- {
			if o := evs[k]; o.sent < c.sent && ontology.QuadClass(o.code) == 4 && sameToll(o, c) {
				return o
			}
		}
	}
	// "the attack had killed twelve": the attack told before, however
	// far back
	back := 2
	switch {
	case c.byDefinite && ontology.QuadClass(c.code) == 4:
		back = c.sent
	case tollVerbs[t.lemma(c.trigger)] && t.passive(c.trigger) && c.src == nil:
	default:
		return nil
	}
	for k := len(evs) - 1; k >= 0 && evs[k].sent >= c.sent-back; k-- {
		o := evs[k]
		if o.sent < c.sent && ontology.QuadClass(o.code) == 4 && (o.src != nil || o.placeScore >= 3) && !stale(t, o) {
			return o
		}
	}
	return nil
}

// aidCarrier: the subject sb is a vehicle or convoy that carries aid
// ("trucks carrying sorghum", "an aid convoy", "a shipment of food").
func aidCarrier(t *tree, sb int) bool {
	if sb < 0 {
		return false
	}
	switch t.lemma(sb) {
	case "truck", "lorry", "convoy", "shipment", "consignment", "plane", "flight", "ship", "boat", "vessel", "cargo":
	default:
		return false
	}
	for _, k := range t.subtree(sb, nil) {
		switch t.lemma(k) {
		case "aid", "food", "supplies", "supply", "relief", "humanitarian", "medicine", "medicines", "sorghum", "wheat", "flour", "maize",
			"rice", "grain", "lentil", "lentils", "blanket", "blankets", "tent", "tents", "water", "fuel", "ration", "rations":
			return true
		}
	}
	return false
}

// triggerSpan is the text of trigger token i, with the first part of a
// word the tokenizer split at its hyphen ("sit-in" for "in").
func triggerSpan(d *doc.Doc, i int) *doc.TextSpan {
	tk := d.Tokens[i]
	start := tk.Start
	if i >= 2 && d.Tokens[i-1].End == tk.Start && d.Text[d.Tokens[i-1].Start:d.Tokens[i-1].End] == "-" && d.Tokens[i-2].End == d.Tokens[i-1].Start && d.Tokens[i-2].Sent == tk.Sent && tk.UPOS == "NOUN" {
		start = d.Tokens[i-2].Start
	}
	return &doc.TextSpan{Start: start, End: tk.End, Text: d.Text[start:tk.End]}
}

// sameToll: a and b count the same number of dead (or of any one
// category), a number of two digits or more.
func sameToll(a, b *cand) bool {
	for _, x := range a.counts {
		for _, y := range b.counts {
			if x.Category == y.Category && x.Value == y.Value && x.Value >= 10 {
				return true
			}
		}
	}
	return false
}

// stale: event o is dated wholly a month or more before the report (a
// past happening recalled, not the story's).
func stale(t *tree, o *cand) bool { return datedBefore(t, o, 30) }

// datedBefore: event c is dated wholly days or more before the report.
func datedBefore(t *tree, c *cand, days int) bool {
	p := t.d.Meta.Published
	if p == nil || c.date == nil || c.date.To == nil {
		return false
	}
	pub, err1 := time.Parse("2006-01-02", *p)
	to, err2 := time.Parse("2006-01-02", *c.date.To)
	return err1 == nil && err2 == nil && to.Before(pub.AddDate(0, 0, -days))
}

// foldToll adds toll statement c to the happening o it tells of.
func foldToll(o, c *cand) {
	o.mentions += c.mentions
	if o.tgt == nil && c.tgt != nil {
		o.tgt = c.tgt
	}
	have := map[string]bool{}
	for _, x := range o.counts {
		have[x.Category] = true
	}
	for _, x := range c.counts {
		if !have[x.Category] {
			o.counts = append(o.counts, x)
		}
	}
}

// impliedRoles are the doers an event implies when the text names none:
// arrests and riot policing by the police, protests by the people.
var impliedRoles = map[string]struct{ role, name string }{
	"173": {"COP", "police"}, "175": {"COP", "police"},
	"14": {"CVL", "protesters"},
}

// courtVerbs are what only a court does.
var courtVerbs = map[string]bool{"sentence": true, "convict": true, "acquit": true, "jail": true, "imprison": true}

// impliedSource is the source event c implies (impliedRoles), of the
// country of its place (else the document's home country), or nil.
func impliedSource(c *cand, at int, home string) *doc.Actor {
	r, ok := impliedRoles[c.code]
	// (a sentence or a conviction is the court's: "was sentenced to five
	// years")
	if courtVerbs[c.lemma] && !c.noun {
		r, ok = struct{ role, name string }{"JUD", "court"}, true
	}
	if !ok {
		if r, ok = impliedRoles[ontology.Root(c.code)]; !ok {
			return nil
		}
	}
	country := home
	if c.place != nil {
		if cc := actor.CountryISO3(c.place.Country); cc != "" {
			country = cc
		}
	}
	if country == "" {
		return nil
	}
	return &doc.Actor{Name: r.name, Code: country + r.role, Start: at, End: at, Inferred: true}
}

// speechVerbs say something in words of the speaker's own.
var speechVerbs = map[string]bool{"say": true, "write": true, "tell": true, "tweet": true, "post": true,
	"add": true, "state": true, "comment": true, "remark": true}

// censureVerbs judge as verbs too ("he betrayed us"); the other censure
// words judge only as nouns and adjectives ("a lie", not "to lie down").
var censureVerbs = map[string]bool{"betray": true, "abandon": true, "insult": true, "bully": true}

// censureWords judge what they speak of as wrong ("a big mistake", "a
// stab in the back", "unacceptable").
var censureWords = map[string]bool{"mistake": true, "blunder": true, "disgrace": true, "disgraceful": true,
	"shame": true, "shameful": true, "outrage": true, "outrageous": true, "unacceptable": true,
	"irresponsible": true, "reckless": true, "betrayal": true, "betray": true, "lie": true, "failure": true,
	"illegal": true, "unlawful": true, "appalling": true, "deplorable": true, "absurd": true, "ridiculous": true,
	"cowardly": true, "barbaric": true, "heinous": true, "senseless": true, "impulsive": true, "abandon": true,
	"stab": true, "brutal": true, "brutality": true, "atrocity": true, "atrocious": true, "inhumane": true,
	"unjustified": true, "unjust": true, "scandal": true, "scandalous": true, "insult": true, "insulting": true,
	"crackdown": true, "clampdown": true, "hypocrisy": true, "hypocritical": true, "dangerous": true,
	"disastrous": true, "catastrophic": true, "shocking": true, "horrific": true, "despicable": true,
	"lousy": true, "terrible": true, "awful": true, "disgusting": true, "contempt": true, "bully": true,
	"unconstitutional": true, "unwarranted": true, "groundless": true, "baseless": true, "propaganda": true,
	"stunt": true, "inappropriate": true, "sinister": true, "outlandish": true, "oppressive": true, "undemocratic": true, "anti-democratic": true}

// insultNouns condemn whom or what a judging verb names by them ("called
// Bush a liar", "called the inquiry a witch hunt"); told of someone in
// speech they may be plain words ("the killer was arrested"), so they
// count only after call, brand, label...
var insultNouns = map[string]bool{"liar": true, "terrorist": true, "traitor": true, "criminal": true,
	"murderer": true, "killer": true, "dictator": true, "aggressor": true, "butcher": true, "thief": true,
	"hypocrite": true, "coward": true, "fascist": true, "racist": true, "tyrant": true, "puppet": true,
	"extremist": true, "fraud": true, "thug": true, "gangster": true, "warmonger": true,
	"hoax": true, "farce": true, "sham": true, "charade": true, "witch": true, "maneuver": true, "manoeuvre": true, "ploy": true}

// stanceEvent codes a speaker's censure told in reported speech: a verb of
// saying whose words (its complement, or the quotation right before or
// after it in the paragraph) judge something as wrong ("Haley wrote on
// Twitter, \"... Leaving them to die is a big mistake.\"") is the
// speaker's disapproval (CAMEO 111). Nil otherwise.
func (s *Stage) stanceEvent(t *tree, acts *actors, i int) *cand {
	judging := judgeVerbs[t.lemma(i)]
	if t.tok(i).UPOS != "VERB" || !speechVerbs[t.lemma(i)] && !judging || t.quoted[i] || t.passive(i) {
		return nil
	}
	sb := t.kid(i, "nsubj")
	if sb < 0 {
		// '"...," said Sabrina Bennoui' with the speaker read as an object
		if o := t.kid(i, "obj"); o > i && t.tok(o).UPOS == "PROPN" {
			sb = o
		} else {
			return nil
		}
	}
	m := acts.resolve(sb)
	if m == nil || !m.person && !m.group && m.code == "" {
		return nil
	}
	words := s.spokenWords(t, i)
	var tgt *mention
	if judging {
		// "called Trump's order swift and decisive", "found the strike
		// justified": the judgement of the object
		// (the complement however the parser hung it: an xcomp, a bare
		// noun phrase, a participle on the object)
		words = words[:0]
		o := t.kid(i, "obj")
		for _, x := range t.kids(i, "xcomp", "obl:unmarked", "obl:npmod", "advmod") {
			if t.rel(x) != "advmod" || o >= 0 && x > o {
				words = append(words, t.subtree(x, nil)...)
			}
		}
		if o >= 0 {
			tgt = acts.resolve(o)
			// (or on the object: "called the investigation a \"witch
			// hunt\"" read as one noun phrase)
			for _, x := range t.kids(o, "acl", "appos", "nmod:unmarked") {
				words = append(words, t.subtree(x, nil)...)
			}
			// ("called the decision courageous" read with the adjective
			// as the object's head)
			if k := t.kid(o, "compound"); k >= 0 {
				words = append(append(words, o), t.kids(o, "conj")...)
				tgt = acts.resolve(k)
			}
			// a judged act is its doer's ("called Trump's order
			// decisive": Trump), else no one's
			if !agentive(tgt) {
				tgt = nil
				if p := t.kid(o, "nmod:poss"); p >= 0 {
					tgt = acts.resolve(p)
				}
			}
		}
	}
	// "If India attempts any further misadventure, it will receive a
	// response," he said: a threat of force on a condition, by the
	// speaker to whoever the condition is on
	if !judging {
		if tgt, ok := conditionalThreat(t, acts, words); ok {
			return &cand{trigger: i, code: "138", src: m, tgt: tgt, anchor: i, rep: -1, threat: true}
		}
	}
	for _, k := range words {
		if negated(t, k) {
			continue
		}
		switch {
		case (censureWords[t.lemma(k)] || censureWords[t.lower(k)]) && (t.tok(k).UPOS != "VERB" || censureVerbs[t.lemma(k)]) && !lawCategory(t, k):
			// ("a stab in the back" judges; "a woman was stabbed" tells;
			// "forced them to lie on the floor" is no lie)
			return &cand{trigger: i, code: "111", src: m, tgt: tgt, anchor: i, rep: -1}
		case judging && insultNouns[t.lemma(k)] && t.tok(k).UPOS == "NOUN":
			// "called Bush a liar", "branded the rebels terrorists"
			return &cand{trigger: i, code: "111", src: m, tgt: tgt, anchor: i, rep: -1}
		case (praiseWords[t.lemma(k)] || praiseWords[t.lower(k)]) && t.tok(k).UPOS != "VERB":
			// ("said they welcome the call": the verb tells its own event)
			return &cand{trigger: i, code: "051", src: m, tgt: tgt, anchor: i, rep: -1}
		}
	}
	return nil
}

// lawCategory: "illegal" or "unlawful" on a noun names a kind of thing
// the law forbids ("charged with unlawful assembly", "possessing illegal
// weapons", "illegal crossings"), no judgement of what the speaker speaks
// of ("the strikes were illegal").
func lawCategory(t *tree, k int) bool {
	switch t.lower(k) {
	case "illegal", "unlawful":
		// (or right before its noun, however parsed: "arson, riot and
		// unlawful possession of firearms" with "unlawful" a conjunct)
		return t.rel(k) == "amod" || k+1 < len(t.d.Tokens) && t.tok(k+1).UPOS == "NOUN" && t.tok(k+1).Sent == t.tok(k).Sent
	}
	return false
}

// scheduledVisit: "the U.S. envoy is due in Cairo next week for talks",
// "Hochstein is expected in Beirut on Thursday": an actor due at a place,
// with no verb of its own for the journey, is a planned visit (042) there,
// to whoever the talks are with.
func scheduledVisit(t *tree, acts *actors, i int) *cand {
	switch {
	case t.lower(i) == "due" && t.kid(i, "cop") >= 0:
	case (t.lemma(i) == "expect" || t.lemma(i) == "schedule") && t.tok(i).XPOS == "VBN" && t.kid(i, "aux:pass") >= 0:
	default:
		return nil
	}
	if len(t.kids(i, "xcomp", "ccomp")) > 0 {
		return nil // "is due to travel", "is expected to say"
	}
	sb := t.kid(i, "nsubj", "nsubj:pass")
	// ("arrived in New Delhi on Thursday and is due in Islamabad": the
	// subject of the verb it is coordinated with)
	if h := t.head(i); sb < 0 && t.rel(i) == "conj" && h >= 0 && t.isVerbal(h) {
		sb = t.kid(h, "nsubj")
	}
	src := acts.resolve(sb)
	if src == nil || src.code == "" || !src.person && !src.group && !src.headCoded {
		return nil
	}
	// where: a place in a phrase on "in", "at" or "to" ("in Cairo next
	// week", however the parser hung the time on it)
	where := -1
	for _, k := range t.kids(i, "obl") {
		switch t.caseOf(k) {
		case "in", "at", "to":
		default:
			continue
		}
		for _, x := range t.subtree(k, phraseSkip) {
			if acts.placeAt[x] >= 0 {
				where = x
				break
			}
		}
		if where >= 0 {
			break
		}
	}
	if where < 0 {
		return nil
	}
	tgt := acts.resolve(where)
	// ("for talks with Egyptian officials": the talks' partner)
	for _, k := range t.subtree(i, phraseSkip) {
		if !meetingNouns[t.lemma(k)] || t.caseOf(k) != "for" {
			continue
		}
		for _, w := range t.kids(k, "nmod") {
			if m := acts.resolve(w); t.caseOf(w) == "with" && m != nil && m.code != "" {
				tgt = m
			}
		}
	}
	return &cand{trigger: i, code: "042", src: src, tgt: tgt, anchor: i, rep: -1, scheduled: true,
		place: eventPlace(&t.d.Places[acts.placeAt[where]]), placeScore: 3}
}

// conditionalThreat finds in the spoken words a threat of force on a
// condition: a clause on "if" or "unless" whose main clause tells, in the
// future, of a response or of force ("we will give an answer they will
// remember", "Venezuela will respond with all its force", "war is what it
// will get"). It returns the actor the condition is on (the subject of the
// if-clause: "if they fire on us again"), nil when it names none.
func conditionalThreat(t *tree, acts *actors, words []int) (*mention, bool) {
	spoken := map[int]bool{}
	for _, k := range words {
		spoken[k] = true
	}
	for _, k := range words {
		if w := t.lower(k); (w != "if" && w != "unless") || t.rel(k) != "mark" {
			continue
		}
		cond := t.head(k)
		main := t.head(cond)
		// (a clause with a verb: "if not in the next twenty years" is
		// no condition)
		if cond < 0 || main < 0 || t.rel(cond) != "advcl" || !spoken[main] || !t.isVerbal(cond) && t.kid(cond, "cop", "nsubj", "nsubj:pass") < 0 {
			continue
		}
		inCond := map[int]bool{}
		for _, x := range t.subtree(cond, nil) {
			inCond[x] = true
		}
		future, force := false, false
		for _, x := range t.subtree(main, nil) {
			if inCond[x] {
				continue
			}
			switch t.lower(x) {
			case "will", "would", "'ll", "shall":
				future = future || t.rel(x) == "aux"
			}
			force = force || forceWords[t.lemma(x)]
		}
		if !future || !force {
			continue
		}
		// ("if we don't stop it now, our grandchildren will still be
		// fighting": a condition on the speakers themselves warns of
		// what will befall them, it threatens no one)
		if firstPerson(t, t.kid(cond, "nsubj")) {
			continue
		}
		var tgt *mention
		if sb := t.kid(cond, "nsubj", "nsubj:pass"); sb >= 0 {
			if m := acts.resolve(sb); m != nil && m.code != "" {
				tgt = m
			}
		}
		return tgt, true
	}
	return nil, false
}

// forceWords tell of force or of a response to an attack in a threat
// ("will respond", "an answer they will remember", "war is what it will
// get", "will not hesitate to hit them").
var forceWords = map[string]bool{"respond": true, "retaliate": true, "response": true, "answer": true, "retaliation": true,
	"war": true, "force": true, "fight": true, "hit": true, "strike": true, "attack": true, "crush": true, "punish": true,
	"destroy": true, "eliminate": true, "operation": true, "revenge": true, "avenge": true}

// judgedComplement: verb v says what its object is ("called them
// ridiculous", "called them \"indecent\"", "called attention to the
// case"): an object with a complement or a word after it, or attention
// drawn.
func judgedComplement(t *tree, v int) bool {
	o := t.kid(v, "obj")
	if o < 0 {
		return false // ("called on Turkey to resolve the case")
	}
	if len(t.kids(v, "xcomp")) > 0 || t.lemma(o) == "attention" || len(t.kids(o, "nmod:unmarked")) > 0 {
		return true
	}
	// ("called the order \"grave and sinister\"" read with the
	// judgement as the object's head)
	if t.kid(o, "compound") >= 0 {
		for _, x := range append([]int{o}, t.kids(o, "conj")...) {
			if censureWords[t.lemma(x)] || censureWords[t.lower(x)] || praiseWords[t.lemma(x)] || praiseWords[t.lower(x)] {
				return true
			}
		}
	}
	for _, x := range t.kids(v, "advmod", "obl:npmod", "obl:unmarked") {
		if x > o {
			return true
		}
	}
	return false
}

// judgeVerbs judge their object by an adjective or noun ("called the
// strike decisive", "found it justified").
var judgeVerbs = map[string]bool{"call": true, "describe": true, "find": true, "deem": true, "term": true,
	"label": true, "brand": true, "consider": true}

// praiseWords judge what they speak of as right ("justified", "a
// courageous decision").
var praiseWords = map[string]bool{"justified": true, "decisive": true, "courageous": true, "brave": true,
	"bold": true, "heroic": true, "wise": true, "commendable": true, "admirable": true, "excellent": true,
	"historic": true, "welcome": true, "legitimate": true, "appropriate": true, "forceful": true,
	"praiseworthy": true, "laudable": true, "visionary": true, "statesmanlike": true}

// spokenWords are the words verb of saying v reports: its complement, and
// the quotation that runs right before or after it in its paragraph.
func (s *Stage) spokenWords(t *tree, v int) []int {
	var out []int
	for _, k := range t.kids(v, "ccomp", "parataxis") {
		out = append(out, t.subtree(k, nil)...)
	}
	d := t.d
	para := d.Sentences[d.Tokens[v].Sent].Para
	inPara := func(k int) bool { return k >= 0 && k < len(d.Tokens) && d.Sentences[d.Tokens[k].Sent].Para == para }
	// after: past the speaker and punctuation to an opening quotation
	k := v + 1
	for inPara(k) && !t.quoted[k] && (t.tok(k).UPOS == "PUNCT" || t.dominates(v, k) && t.rel(k) != "ccomp" && k-v < 12) {
		k++
	}
	for ; inPara(k) && t.quoted[k]; k++ {
		out = append(out, k)
	}
	// before: a quotation closing right before the verb ("\"...,\" said
	// X"), or before its subject ("\"...,\" Amnesty's director Man-kei
	// Tam said in a statement")
	k = v - 1
	sb := t.kid(v, "nsubj")
	for inPara(k) && !t.quoted[k] && (t.tok(k).UPOS == "PUNCT" || sb >= 0 && k < v && (k == sb || t.dominates(sb, k))) {
		k--
	}
	for ; inPara(k) && t.quoted[k]; k-- {
		out = append(out, k)
	}
	return out
}

// negated: word k, or the clause it belongs to, carries a negation ("is
// not a mistake").
func negated(t *tree, k int) bool {
	for n, v := 0, k; v >= 0 && n < 3; n, v = n+1, t.head(v) {
		for _, c := range t.kids(v, "advmod", "det") {
			if w := t.lower(c); isNegation(w) || w == "no" {
				return true
			}
		}
		if t.isVerbal(v) {
			break
		}
	}
	return false
}

// fledEvent: verb v has an event noun as its object ("fled the
// fighting"), a happening told before.
func fledEvent(t *tree, l *lexicon, v int) bool {
	o := t.kid(v, "obj")
	if o < 0 {
		return false
	}
	_, ok := l.nouns[t.lemma(o)]
	return ok
}

// cand is an event under construction.
type cand struct {
	newOnly    bool // told again when definite (nounEntry.newOnly)
	trigger    int
	code       string
	src, tgt   *mention
	sent       int
	place      *doc.EventPlace
	placeScore int
	date       *doc.EventDate
	attr       *doc.Attribution
	counts     []doc.Count
	mentions   int
	fromDict   bool
	phrase     *phraseMatch // the dictionary phrase pattern that coded the verb
	// reverse is the dictionary's code for the happening told from the
	// target's side ("ARRIVE [032:033]"), when it pairs one
	reverse string
	// compound: the source names the parties of a joint act (a
	// dictionary pattern's "%": "% * [030:030]")
	compound bool
	// dyad: one pair of actors of a happening coded as PETRARCH codes,
	// an event of its own however many pairs the happening has
	dyad     bool
	noun     bool
	dateTied bool // the date is a time expression in the event's clause
	definite bool // an event noun with a definite determiner ("the attack")
	anchor   int  // the clause the trigger belongs to (a light verb for its noun)
	dest     bool // a journey whose target is where it goes ("travel to X")
	conf     float64
	// folds: this toll participle tells the victims of the violent act
	// whose trigger is foldInto
	folds    bool
	foldInto int
	// folded: the triggers of the toll participles folded into this one
	folded []int
	// byDefinite: a verb whose subject is a definite event noun ("the
	// attack had killed twelve"), which tells of a happening told before
	byDefinite bool
	// toldWhere: an event noun whose own clause tells where and when it
	// happened ("the attack occurred at 9 p.m. Sunday at a store")
	toldWhere bool
	// placeUnknown: the event's sentence names where it happened by a
	// name the gazetteer lacks, so it has no place of its own but is not
	// where the sentences before it were
	placeUnknown bool
	// carriedFrom: the event of an earlier sentence whose place this one,
	// naming none, was given
	carriedFrom *cand
	// ranked: an event noun ranked among others of its kind ("the
	// deadliest assault on Ivory Coast's forces in more than two years"),
	// which sums up the happening its sentence tells
	ranked bool
	// meansOf: the verb an event noun tells the means of ("killed by an
	// airstrike", "died in a bombing"), or -1
	meansOf int
	// purposeOf: the verbs whose purpose the trigger's clause tells
	// ("marched to protest", "marched, burning flags to protest")
	purposeOf []int
	lemma     string // the trigger's lemma
	// headline: the event is told in a headline opening the document
	// ("DeKalb man arrested in attempted robbery")
	headline bool
	// threat: a threat of force on a condition, told by its speaker
	// (conditionalThreat)
	threat bool
	// scheduled: a visit told only by its schedule (scheduledVisit)
	scheduled bool
	// refused: cooperation said not to be, coded as its refusal ("there
	// would be no truce": noneToBe)
	refused bool
	rep     int // the reporting verb of the statement telling the event, or -1
	// selfClaim: a killing an armed group tells of itself ("the group
	// said its fighters had killed 16 policemen"), which restates an
	// attack told before, by the attackers' own toll (selfClaimed)
	selfClaim bool
	repDate   *doc.EventDate // the date of that statement when it has one ("said Thursday")
}

// sentenceEvents finds the triggers of sentence si and fills their roles.
func (s *Stage) sentenceEvents(t *tree, acts *actors, si int) []*cand {
	d := t.d
	sent := d.Sentences[si]
	var out []*cand
	headline := headlineSentence(t, si)
	for i := sent.TokStart; i < sent.TokEnd; i++ {
		var c *cand
		switch t.tok(i).UPOS {
		case "VERB":
			if !s.opts.DictionaryOnly {
				c = scheduledVisit(t, acts, i)
			}
			switch t.fullRel(i) {
			case "nsubj", "nsubj:pass", "obj", "obl", "nmod", "csubj":
				// a gerund in a noun's place ("a roadside bombing killed",
				// "fighting between X and Y raged")
				if c == nil && !s.opts.DictionaryOnly && t.tok(i).XPOS == "VBG" {
					c = s.nounEvent(t, acts, i)
				}
			}
			// (a participle modifying a noun, "targeted military action",
			// is an event only as a misparsed verb, below; a past tense
			// read as a modifier is still a verb)
			// ("called the strike justified": a judgement before any
			// other reading of the verb)
			if c == nil && judgeVerbs[t.lemma(i)] && !s.opts.DictionaryOnly {
				c = s.stanceEvent(t, acts, i)
			}
			// (a judgement neither censure nor praise is no other act:
			// "has called them \"indecent\"" is no phone call)
			if c == nil && (t.rel(i) != "amod" || t.tok(i).XPOS == "VBD") && !(judgeVerbs[t.lemma(i)] && judgedComplement(t, i)) {
				c = s.verbEvent(t, acts, i)
			}
		case "NOUN", "PROPN":
			if !s.opts.DictionaryOnly {
				c = s.nounEvent(t, acts, i)
			}
		case "ADJ":
			if (t.tok(i).XPOS == "VBN" || t.tok(i).XPOS == "VBD") && t.rel(i) != "amod" {
				c = s.verbEvent(t, acts, i)
			}
		}
		if c == nil && t.rel(i) == "amod" && !s.opts.DictionaryOnly {
			c = s.misparsedVerb(t, acts, i)
		}
		// ("is due in Cairo": a verb was tried above)
		if c == nil && !s.opts.DictionaryOnly && t.tok(i).UPOS != "VERB" {
			c = scheduledVisit(t, acts, i)
		}
		if c == nil && !s.opts.DictionaryOnly {
			c = s.stanceEvent(t, acts, i)
		}
		if c == nil {
			continue
		}
		c.sent = si
		c.mentions = 1
		c.headline = headline
		out = append(out, c)
	}
	// "Ukraine's attacks would not go unpunished": the happening warned of
	// retribution for was told as done, not planned by the warning
	out = slices.DeleteFunc(out, func(o *cand) bool {
		return o.noun && t.rel(o.trigger) == "nsubj" && slices.ContainsFunc(out, func(c *cand) bool {
			return retribution(t, c) && c.trigger == t.head(o.trigger)
		})
	})
	// a verb whose subject is an event noun takes the noun's code when the
	// noun is more specific ("airstrikes killed ...")
	for _, c := range out {
		if c.noun {
			continue
		}
		for _, o := range out {
			if !o.noun || ontology.QuadClass(c.code) != 4 || ontology.QuadClass(o.code) != 4 {
				continue
			}
			// ("a mass stabbing killed three", the past tense hung on
			// the noun as a modifier: the noun is its subject)
			subjectAsHead := t.head(c.trigger) == o.trigger && t.fullRel(c.trigger) == "acl" && t.tok(c.trigger).XPOS == "VBD"
			if t.head(o.trigger) != c.trigger && !subjectAsHead {
				continue
			}
			switch {
			case t.rel(o.trigger) == "nsubj" || subjectAsHead:
				// (the code is the noun's, from the lexicon, whatever
				// coded the verb: "a string of explosions damaged nine
				// villas")
				c.code, c.fromDict = o.code, false
				if c.src == nil || c.src.head == o.trigger {
					c.src = o.src
				}
				c.byDefinite = o.definite
				o.code = ""
			case t.rel(o.trigger) == "obl" && t.caseOf(o.trigger) == "in" && o.code == c.code:
				// "killed 17 soldiers in an ambush": the verb's own
				o.code = ""
			case t.rel(o.trigger) == "obl" && t.caseOf(o.trigger) == "in" && (len(o.code) > len(c.code) || len(o.code) == len(c.code) && c.code[len(c.code)-1] == '0') && o.code != c.code && violentRoot(c.code):
				// "were killed in a suicide bombing" (not "was arrested in
				// the attack": an act of its own; "were damaged in
				// explosions": a verb only the dictionary knew; not a
				// general noun over a verb's own kind: "stabbed to death
				// in a fight" is a stabbing)
				c.code, c.fromDict = o.code, false
				if c.src == nil && o.src != nil {
					c.src = o.src
				}
				c.byDefinite = o.definite // ("in the attack": one told before)
				o.code = ""
			}
		}
	}
	foldParticiples(t, out)
	verbEventAt := map[int]*cand{}
	for _, c := range out {
		if !c.noun && c.code != "" && c.code != "0" {
			verbEventAt[c.trigger] = c
		}
	}
	for _, c := range out {
		// (not a happening someone moves to stop: "break up a bar brawl")
		if v, ok := verbEventAt[t.head(c.trigger)]; ok && c.noun && t.rel(c.trigger) == "obj" && !quellVerbs[t.lemma(v.trigger)] {
			// "imposed sanctions": the verb's event (not one of another
			// doer's the verb answers: "welcome the call to arms made
			// by the cleric")
			if c.src == nil || c.src.code == "" || v.src != nil && v.src.code == c.src.code {
				c.code = ""
			}
		}
	}
	// a line without a verb (a map legend, a caption) tells no happening
	// of its own
	verbless := true
	for i := sent.TokStart; i < sent.TokEnd; i++ {
		if u := t.tok(i).UPOS; u == "VERB" || u == "AUX" {
			verbless = false
			break
		}
	}
	var kept []*cand
	for _, c := range out {
		if c.code == "" || c.code == "0" || verbless && c.noun {
			continue
		}
		for _, x := range s.dyads(t, acts, c) {
			s.fill(t, acts, x)
			// (cooperation said not to be is refused by who says so:
			// "the strike leaders said there would be no talks")
			if x.refused && x.src == nil {
				x.src = refuser(t, acts, x.trigger)
			}
			// an event noun with nothing tied to it ("without a fight") is
			// not reported as a happening
			// (one that "took place" or "erupted" is told as a happening)
			if x.noun && x.newOnly && x.definite && x.placeScore < 3 && !ownTime(t, acts, x.trigger) && !x.toldWhere {
				continue
			}
			// (one being broken up is under way: "used tear gas to
			// break up protests", "a sixth night of protests")
			if x.noun && x.src == nil && x.tgt == nil && x.placeScore < 3 && len(x.counts) == 0 && !x.dateTied && !x.toldWhere && !quelled(t, x.trigger) {
				continue
			}
			if x.conf = s.judge(t, x, x.anchor); x.conf < s.minConf() {
				continue
			}
			if x.dest && x.tgt != nil && x.tgt.place >= 0 {
				// a journey is where it goes ("to Baku and Yerevan": each)
				x.place = eventPlace(&t.d.Places[x.tgt.place])
			}
			kept = append(kept, x)
			if x.dest {
				// "will travel to A and then to B and C": one visit each
				// (the conjuncts expand already made once)
				for _, m := range destinations(t, acts, x) {
					if visited(kept, x.trigger, m.place) {
						continue
					}
					y := *x
					y.tgt, y.place = m, eventPlace(&t.d.Places[m.place])
					kept = append(kept, &y)
				}
				continue
			}
			// (a measure decreed for several places is one: "a curfew
			// across the Sabon Birni, Isa and Goronyo areas"; so are
			// arrests in raids across three districts, soldiers deployed
			// to two, families fled to two towns: only a protest or an
			// act of force is told once for what happened in each place,
			// "marched in Yangon and Mandalay")
			if measureCode(x.code) || !placeSplitRoot(x.code) {
				continue
			}
			for _, p := range placeConjuncts(t, acts, x) {
				y := *x
				y.place = p
				kept = append(kept, &y)
			}
		}
	}
	return s.dropRetreats(t, prune(t, foldClaims(t, foldTolls(kept))))
}

// placeSplitRoot: an event of code told at coordinated places is one
// event in each of them: protests (CAMEO 14) and violence (18-20).
func placeSplitRoot(code string) bool {
	switch ontology.Root(code) {
	case "14", "18", "19", "20":
		return true
	}
	return false
}

// measureCode: code is a restriction an authority decrees (a ban, a
// curfew, a state of emergency: CAMEO 172x).
func measureCode(code string) bool {
	return strings.HasPrefix(code, "172")
}

// violentRoot: code is an act of violence (CAMEO 18-20).
func violentRoot(code string) bool {
	switch ontology.Root(code) {
	case "18", "19", "20":
		return true
	}
	return false
}

// foldParticiples folds the participles and toll verbs of one sentence's
// candidates into the acts they elaborate (their codes cleared, or marked
// to fold once roles are known: cand.folds).
func foldParticiples(t *tree, out []*cand) {
	// "attacked the checkpoint, killing four officers and wounding seven":
	// the participles tell the attack's toll, not other happenings (their
	// numbers fall in the attack's clause and become its counts)
	byTrigger := map[int]*cand{}
	for _, c := range out {
		byTrigger[c.trigger] = c
	}
	// "a court ordered them held in custody": the order is the
	// detention; its complement and the custody it names tell no other
	for _, c := range out {
		if c.noun || c.code != "173" || t.lemma(c.trigger) != "order" {
			continue
		}
		if x := orderedComplement(t, c.trigger); x >= 0 {
			for _, k := range append([]int{x}, t.kids(x, "obl")...) {
				if o, ok := byTrigger[k]; ok && o != c && strings.HasPrefix(o.code, "173") {
					o.code = ""
				}
			}
		}
	}
	// (and "asked for support, asking voters to vote": a participle
	// elaborating an act of its own kind is that act)
	// (but "travel to Jordan before heading to Brussels": a participle
	// marked as before or after is a happening in sequence)
	for _, c := range out {
		if c.noun || c.code == "" || t.tok(c.trigger).XPOS != "VBG" || sequenced(t, c.trigger) {
			continue
		}
		for n, v := 0, c.trigger; n < 4; n++ {
			r := t.rel(v)
			if r != "advcl" && r != "conj" {
				break
			}
			v = t.head(v)
			if v < 0 {
				break
			}
			o, ok := byTrigger[v]
			if !ok {
				// ("organizers indicate a million people marched in
				// London, protesting ...", the participle hung on the
				// report: it elaborates what is reported)
				if _, says := reportVerbs[t.lemma(v)]; says {
					if x := t.kid(v, "ccomp"); x >= 0 && x < c.trigger {
						o, ok = byTrigger[x]
					}
				}
			}
			if !ok || o == c || o.noun || o.code == "" || t.tok(o.trigger).XPOS == "VBG" {
				continue
			}
			// (an arrest is a happening of its own, not a toll: "used tear
			// gas to break up the protest, detaining dozens")
			arrest := strings.HasPrefix(c.code, "173") && !strings.HasPrefix(o.code, "173")
			// (nor is an abduction: "ambushed a convoy ..., setting
			// trucks ablaze and seizing several drivers")
			abduction := strings.HasPrefix(c.code, "181") && !strings.HasPrefix(o.code, "181")
			if abduction && c.src == nil && ontology.QuadClass(o.code) == 4 {
				c.src = o.src // (by the attackers)
			}
			if !arrest && !abduction && (ontology.QuadClass(c.code) == 4 && ontology.QuadClass(o.code) == 4 || ontology.Root(c.code) == ontology.Root(o.code)) {
				c.code = ""
				break
			}
		}
	}
	// "the attack had killed twelve and injured twelve more": the second
	// toll verb tells the same happening's victims
	// (however the parser hung it: "killed five and wounded 110" read
	// as a conjunct of "five")
	for _, c := range out {
		if c.noun || !tollVerbs[t.lemma(c.trigger)] || len(t.kids(c.trigger, "nsubj", "nsubj:pass")) > 0 {
			continue
		}
		if r := t.rel(c.trigger); r != "conj" && r != "acl" && r != "amod" {
			continue
		}
		for _, o := range out {
			if o != c && !o.noun && o.code != "" && o.trigger < c.trigger && ontology.QuadClass(o.code) == 4 && t.dominates(o.trigger, c.trigger) {
				c.code = ""
				break
			}
		}
	}
	// "launched missiles targeting US troops": a participle on the object
	// of a violent verb tells that verb's target
	for _, c := range out {
		if c.noun || c.code == "" || t.fullRel(c.trigger) != "acl" || t.tok(c.trigger).XPOS != "VBG" || ontology.QuadClass(c.code) != 4 {
			continue
		}
		if len(t.kids(c.trigger, "mark")) > 0 {
			continue // "killed 1,500 since taking the city": another time
		}
		obj := t.head(c.trigger)
		if obj < 0 || t.rel(obj) != "obj" {
			continue
		}
		if o, ok := byTrigger[t.head(obj)]; ok && o != c && !o.noun && o.code != "" && ontology.QuadClass(o.code) == 4 {
			if c.tgt != nil && (o.tgt == nil || o.tgt.head == obj) {
				o.tgt = c.tgt
			}
			c.code = ""
		}
	}
	// "bombings in Istanbul that killed 44 people": a relative clause
	// telling the toll of the violent happening its noun names
	// (or hung on the light verb that carries the noun: "carried out an
	// airstrike near Jilib on Saturday that killed three militants")
	for _, c := range out {
		if c.noun || c.code == "" || !tollVerbs[t.lemma(c.trigger)] {
			continue
		}
		switch t.fullRel(c.trigger) {
		case "acl:relcl":
			if o, ok := byTrigger[t.head(c.trigger)]; ok && o.noun && o.code != "" && ontology.QuadClass(o.code) == 4 {
				c.foldInto, c.folds = o.trigger, true
			}
		case "advcl:relcl":
			h := t.head(c.trigger)
			for _, o := range out {
				if o.noun && o.code != "" && o.trigger < c.trigger && t.head(o.trigger) == h && lightVerb(t, h, o.trigger) && ontology.QuadClass(o.code) == 4 {
					c.foldInto, c.folds = o.trigger, true
				}
			}
		}
	}
	// "at least nine people were killed in two days of fighting between
	// ...": the toll of the fighting the phrase names, no killing of its
	// own (no killer is told)
	for _, c := range out {
		if c.noun || c.code == "" || !tollVerbs[t.lemma(c.trigger)] || !t.passive(c.trigger) || t.kid(c.trigger, "obl:agent") >= 0 {
			continue
		}
		// (or on the wounded told with them: "were killed and more than
		// 100 wounded in fighting")
		heads := []int{c.trigger}
		for _, cj := range t.kids(c.trigger, "conj", "xcomp") {
			if l := t.lemma(cj); tollVerbs[l] || l == "wounded" || l == "injured" {
				heads = append(heads, cj)
			}
		}
		var obls []int
		for _, h := range heads {
			obls = append(obls, t.kids(h, "obl")...)
			// (or a gerund the parser hung as a clause: "in fighting")
			for _, a := range t.kids(h, "advcl") {
				if t.tok(a).XPOS == "VBG" && slices.ContainsFunc(t.kids(a, "mark"), func(m int) bool { return t.lower(m) == "in" }) {
					obls = append(obls, a)
				}
			}
		}
		for _, k := range obls {
			if cs := t.caseOf(k); cs != "in" && cs != "during" && t.rel(k) != "advcl" {
				continue
			}
			// (the phrase's head, or the noun a measure of time holds:
			// "in two days of fighting")
			for _, n := range append([]int{k}, t.kids(k, "nmod", "acl")...) {
				if o, ok := byTrigger[n]; ok && o != c && (o.noun || t.tok(o.trigger).XPOS == "VBG") && o.code != "" && symmetric(o.code) && ontology.QuadClass(o.code) == 4 {
					c.foldInto, c.folds = o.trigger, true
				}
			}
		}
	}
	// "two people were killed and eight were injured in a bombing": the
	// wounded of the same happening, told in a coordinated clause
	for _, c := range out {
		if c.noun || c.code == "" || t.rel(c.trigger) != "conj" || !woundVerbs[t.lemma(c.trigger)] || !t.passive(c.trigger) {
			continue
		}
		if o, ok := byTrigger[t.head(c.trigger)]; ok && o != c && !o.noun && o.code != "" && ontology.QuadClass(o.code) == 4 {
			c.foldInto, c.folds = o.trigger, true
		}
	}
	// "fighting ... raged for a third day, with at least 180 people
	// killed": the toll of the happening the clause tells
	for _, c := range out {
		if c.noun || c.code == "" || !tollVerbs[t.lemma(c.trigger)] || !t.withAbsolute(c.trigger) {
			continue
		}
		h := t.head(c.trigger)
		for _, o := range out {
			if o != c && o.code != "" && ontology.QuadClass(o.code) == 4 && (o.trigger == h || t.head(o.trigger) == h && (t.rel(o.trigger) == "nsubj" || t.rel(o.trigger) == "csubj")) {
				c.foldInto, c.folds = o.trigger, true
				break
			}
		}
	}
	// "a bomb struck a minibus, killing six civilians" with the
	// participle hung elsewhere: the toll of the violence before it,
	// folded in once roles and counts are known (foldInto)
	// (and "carried out a series of attacks, killing four": the toll of
	// the noun its light verb carries)
	for _, c := range out {
		if c.noun || c.code == "" || !tollVerbs[t.lemma(c.trigger)] || t.tok(c.trigger).XPOS != "VBG" || len(t.kids(c.trigger, "nsubj", "nsubj:pass")) > 0 {
			continue
		}
		for _, o := range out {
			if o == c || o.code == "" || o.trigger >= c.trigger || ontology.QuadClass(o.code) != 4 || t.tok(o.trigger).XPOS == "VBG" {
				continue
			}
			h := t.head(c.trigger)
			if !o.noun || o.anchor != o.trigger && o.anchor == h || h >= 0 && t.head(o.trigger) == h && lightVerb(t, h, o.trigger) {
				c.foldInto, c.folds = o.trigger, true
			}
		}
	}
}

// woundVerbs tell the wounded of a happening.
var woundVerbs = map[string]bool{"injure": true, "wound": true, "hurt": true, "maim": true}

// ultimatum: verb v, or a verb it completes, is told to happen unless
// something is done ("would launch a new military operation unless the
// YPG disarmed", "would not hesitate to strike unless ...").
func ultimatum(t *tree, v int) bool {
	for n := 0; v >= 0 && n < 3; n, v = n+1, t.head(v) {
		for _, k := range t.kids(v, "advcl") {
			for _, m := range t.kids(k, "mark") {
				if t.lower(m) == "unless" {
					return true
				}
				// ("could restore the sanctions if Caracas did not respect
				// the commitments": "if not" is "unless")
				if t.lower(m) == "if" && slices.ContainsFunc(t.kids(k, "advmod"), func(a int) bool { return isNegation(t.lower(a)) }) {
					return true
				}
			}
		}
		if t.rel(v) != "xcomp" {
			break
		}
	}
	return false
}

// visited: one of the events kept with trigger tr already goes to place p.
func visited(kept []*cand, tr, p int) bool {
	for _, k := range kept {
		if k.trigger == tr && k.tgt != nil && k.tgt.place == p {
			return true
		}
	}
	return false
}

// expand turns an event with coordinated actors into one event per pair
// ("Hungarian and Romanian officials agreed" -> two sources).
func expand(t *tree, acts *actors, c *cand) []*cand {
	srcs, tgts := conjunctMentions(t, acts, c.src, false), conjunctMentions(t, acts, c.tgt, false)
	// "killed more than 100 soldiers and policemen": one act against the
	// people of one country, not one per kind of victim (and "visited
	// wounded passengers and soldiers", "met commanders and the
	// governor": one visit, one meeting)
	if (ontology.QuadClass(c.code) == 4 || ontology.Root(c.code) == "04") && len(tgts) > 1 {
		same := tgts[:1]
		for _, m := range tgts[1:] {
			if len(m.code) < 3 || len(tgts[0].code) < 3 || m.code[:3] != tgts[0].code[:3] || m.place >= 0 || tgts[0].place >= 0 {
				same = append(same, m)
			}
		}
		tgts = same
	}
	// "condemned the attack and the killings", "accused foreign media
	// and the rebels": one statement, however many it is about or
	// addressed to (a meeting's parties are above)
	if q := ontology.QuadClass(c.code); (q == 1 && ontology.Root(c.code) != "04" || q == 3) && len(tgts) > 1 {
		tgts = tgts[:1]
	}
	if len(srcs) == 1 && len(tgts) == 1 {
		return []*cand{c}
	}
	// "the government and the rebels reached an agreement": a joint act
	// of two coordinated subjects is one event between them
	// (for fighting, whatever else the parser hung on the verb)
	// ("Turkey and Libya agreed on a line": a thing agreed is no party)
	if len(srcs) == 2 && (c.tgt == nil || c.tgt.code == "" && !c.tgt.person || symmetric(c.code) && len(tgts) == 1) && joint(c.code) {
		x := *c
		x.src, x.tgt = srcs[0], srcs[1]
		return []*cand{&x}
	}
	var out []*cand
	for _, sm := range srcs {
		for _, tm := range tgts {
			if sm != nil && tm != nil && sm.head == tm.head {
				continue
			}
			x := *c
			x.src, x.tgt = sm, tm
			out = append(out, &x)
		}
	}
	if len(out) == 0 {
		return []*cand{c}
	}
	return out
}

// enumerated: the conjuncts heads of noun n, after a comma, name the
// people n counts ("two Cabinet officers, Ross and Barr").
func enumerated(t *tree, n int, heads []int) bool {
	if n+1 >= len(t.d.Tokens) || t.lower(n+1) != "," || t.tok(n).XPOS != "NNS" {
		return false
	}
	for _, k := range t.kids(n, "nummod") {
		if v, ok := countAt(t, k); ok && v == float64(len(heads)) {
			return true
		}
	}
	return false
}

// countAt is the value the quantity stage read for the number at token k
// ("two" -> 2).
func countAt(t *tree, k int) (float64, bool) {
	at := t.tok(k).Start
	for _, q := range t.d.Quantities {
		if q.Start <= at && at < q.End {
			return q.Value, true
		}
	}
	return 0, false
}

// verbEvent codes verb i, or returns nil.
// knownVerb picks the first lemma candidate of token i that a lexicon
// knows.
func (s *Stage) knownVerb(t *tree, i int) string {
	cands := t.lemmaCandidates(i)
	for _, c := range cands {
		if _, ok := s.lex.verbs[c]; ok && !s.opts.DictionaryOnly {
			return c
		}
		if _, ok := reportVerbs[c]; ok {
			return c
		}
		if lightVerbs[c] || planVerbs[c] || engageVerbs[c] {
			return c
		}
		if s.verbs != nil {
			if _, ok := s.verbs.Defaults[c]; ok {
				return c
			}
			if _, ok := s.verbs.Patterns[c]; ok {
				return c
			}
		}
	}
	return cands[0]
}

func (s *Stage) verbEvent(t *tree, acts *actors, i int) *cand {
	lemma := s.knownVerb(t, i)
	// a plea is court procedure ("pleaded not guilty", however the
	// parser hung "guilty"), and the crime pleaded to with "to murder"
	// read as an infinitive is the charge, not a happening
	// "on charges of being intoxicated, threatening and abusive
	// behaviour": what someone is charged with is no happening told
	if x := t.tok(i).XPOS; (x == "VBG" || x == "VBN") && chargeList(t, i) {
		return nil
	}
	if lemma == "plead" && slices.ContainsFunc(t.children[i], func(k int) bool { return t.lemma(k) == "guilty" || t.lemma(k) == "innocent" }) {
		return nil
	}
	// "roadblocks set up by striking copper workers", "a striking
	// resemblance": workers on strike, or a thing that strikes the eye;
	// no blow struck
	// (or read as a gerund taking the workers as its object: "set up by
	// striking copper workers")
	if lemma == "strike" && t.tok(i).XPOS == "VBG" && (t.rel(i) == "amod" || t.kid(i, "nsubj") < 0 && strikerObject(t, i)) {
		return nil
	}
	// "arrested two men accused of supplying the kidnappers": who the
	// people are, not an accusation made nor the act alleged, however the
	// parser hung it
	if reducedAccused(t, i) {
		return nil
	}
	// "what he called targeted military action": naming, not calling
	if o := t.kid(i, "obj"); o >= 0 && freeRelative(t, o) >= 0 {
		return nil
	}
	if h := t.head(i); h >= 0 && t.tok(i).XPOS == "VB" && hasMarkTo(t, i) {
		switch t.lemma(h) {
		case "guilty", "innocent", "plead", "charge", "convict", "accuse", "acquit":
			return nil
		}
	}
	// "warned that anyone who used weapons would be prosecuted", "said
	// those who tried to set the streets on fire would be held to
	// account": who says the punishment to come threatens it (137); the
	// clause of punishment is no event of its own
	punishment := (lemma == "warn" || lemma == "say" || lemma == "threaten") && punishmentToCome(t, i)
	// "warned that Tehran would respond decisively", "warned that it
	// would go after rivals": a warning of a response to come is a threat
	responding := (lemma == "warn" || lemma == "threaten" || lemma == "vow") && responseToCome(t, i) ||
		(lemma == "say" || lemma == "tell" || lemma == "state") && responseToCome(t, i) && responseToAny(t, i)
	if _, ok := reportVerbs[lemma]; ok && len(t.kids(i, "ccomp", "parataxis")) > 0 && !punishment && !responding {
		return nil
	}
	// "clashes broke out": the noun is the happening, the verb only
	// tells that it did
	if occurs(t, i) {
		if sb := t.kid(i, "nsubj"); sb >= 0 && eventNoun(t, sb) {
			return nil
		}
	}
	// "called the investigation 'Soviet-style'": naming something is no
	// call to anyone
	if lemma == "call" && labels(t, i) {
		return nil
	}
	// "asked whether there were other suspects", "when asked about the
	// case", "'Why have a war?' asked a customs officer": a question put
	// is no appeal
	if lemma == "ask" && askedQuestion(t, i) {
		return nil
	}
	// light verb with an event-noun object: the noun is the event; so
	// is a report's ("Reuters reported Monday's attack"), the reporter
	// its attribution
	reports := reportVerbs[lemma] == "reported"
	if lightVerbs[lemma] || lemma == "carry" || reports || lemma == "take" {
		if o := t.kid(i, "obj", "nsubj:pass"); o >= 0 && (reports || lightVerb(t, i, o)) {
			if _, ok := s.lex.nouns[t.lemma(o)]; ok {
				return nil
			}
		}
	}
	// "agreed to a truce": the truce is the happening, the agreeing
	// parties its source
	if lemma == "agree" {
		for _, k := range t.kids(i, "obl") {
			if t.caseOf(k) == "to" {
				if n, ok := s.lex.nouns[t.lemma(k)]; ok && ontology.Root(n.code) == "08" {
					return nil
				}
			}
		}
	}
	obj := t.kid(i, "obj")
	if obj < 0 || relPronouns[t.lower(obj)] && t.tok(obj).UPOS != "NOUN" {
		// "armed men abducted seven people" misparsed with the object as
		// a caseless agent; "claimed that they killed 50 soldiers" with
		// "that" as the object
		for _, k := range t.kids(i, "obl", "obj") {
			if k != obj && (t.fullRel(k) == "obl:agent" && t.caseOf(k) == "" || t.fullRel(k) == "obj") {
				obj = k
				break
			}
		}
	}
	prt := ""
	if p := t.kid(i, "compound:prt"); p >= 0 {
		prt = t.lower(p)
	} else if p := i + 1; p < t.d.Sentences[t.tok(i).Sent].TokEnd && t.tok(p).XPOS == "RP" {
		// (a particle right after the verb that the parser hung on the
		// object: "shut down seven radio stations")
		prt = t.lower(p)
	}
	preps := map[string]int{}
	for _, c := range t.kids(i, "obl", "nmod", "advmod") {
		if acts.isTime(c) {
			// "marched on Monday" is no "march on" a place; but "took
			// control Saturday of Rawah" hangs "of Rawah" on the day
			for _, m := range t.kids(c, "nmod") {
				if cs := t.caseOf(m); cs != "" && m > c {
					if _, dup := preps[cs]; !dup {
						preps[cs] = m
					}
				}
			}
			// and "due to travel to Tunis next week" compounds the
			// place on the time its preposition then marks
			if cs := t.caseOf(c); cs != "" {
				for _, m := range t.kids(c, "compound") {
					if _, dup := preps[cs]; !dup && acts.placeAt[m] >= 0 && m < c {
						preps[cs] = m
					}
				}
			}
			continue
		}
		if cs := t.caseOf(c); cs != "" {
			if _, dup := preps[cs]; !dup {
				preps[cs] = c
			}
		}
	}
	// a particle may be parsed as an intransitive preposition ("take over")
	for _, c := range t.kids(i, "advmod", "compound:prt") {
		if prt == "" && (t.tok(c).UPOS == "ADP" || t.lower(c) == "back" || t.lower(c) == "away" || t.lower(c) == "ashore" || t.lower(c) == "home") {
			prt = t.lower(c)
		}
	}
	objPreps := map[string]int{}
	if obj >= 0 {
		for _, c := range t.kids(obj, "nmod") {
			if cs := t.caseOf(c); cs != "" {
				objPreps[cs] = c
			}
		}
		// (and a place phrase on the object's conjuncts: "ordered 300
		// soldiers and police officers to Concepcion", hung on the last)
		for _, o := range t.kids(obj, "conj", "appos") {
			for _, c := range t.kids(o, "nmod") {
				if _, dup := objPreps[t.caseOf(c)]; !dup && t.caseOf(c) != "" && acts.placeAt[c] >= 0 {
					objPreps[t.caseOf(c)] = c
				}
			}
		}
	}
	var entry *verbEntry
	var entries []verbEntry
	if !s.opts.DictionaryOnly {
		entries = s.lex.verbs[lemma]
	}
	// the object a lexicon line asks for; of a passive participle on a
	// noun, the noun ("death tolls, provided by officials")
	lexObj := obj
	_, to := preps["to"]
	_, onto := preps["onto"]
	_, into := preps["into"]
	_, from := preps["from"]
	if lexObj < 0 && t.tok(i).XPOS == "VBN" && (to || onto || into || from) {
		// (a passive's subject, when it went somewhere: "advisers were
		// sent to Iraq", "officers would be sent onto the streets", "a
		// company of soldiers had been sent from Takoradi to Prestea"; not
		// a day misread as one)
		for _, k := range t.kids(i, "nsubj:pass") {
			if !acts.isTime(k) {
				lexObj = k
			}
		}
	}
	if lexObj < 0 && t.tok(i).XPOS == "VBN" && (len(t.kids(i, "aux")) == 0 || t.rel(i) == "acl") {
		switch {
		case t.rel(i) == "acl":
			// (and "advisers being sent to Iraq")
			lexObj = t.head(i)
		case t.kid(i, "obl:agent") >= 0:
			// (the same read as the clause's verb: "tolls, provided by
			// officials, exceeded 100")
			lexObj = t.kid(i, "nsubj")
		}
	}
	for k := range entries {
		e := &entries[k]
		eObj := lexObj
		if e.prt != "" && e.prt != prt {
			// "call for" may be parsed with "for" as a case of the obl
			pp, ok := preps[e.prt]
			if !ok {
				continue
			}
			// ("laying down its arms" read as "down its arms")
			if eObj < 0 {
				eObj = pp
			}
		}
		// (what an entry says is no event is none in the passive either:
		// "more suspects were being sought")
		if e.obj != "" && !objMatches(t, eObj, e.obj) && !((e.code == "0" || e.passive) && eObj < 0 && objMatches(t, t.kid(i, "nsubj:pass"), e.obj)) {
			continue
		}
		if e.obl != "" && !hasNominal(t, i, e.obl) {
			continue
		}
		if e.prep != "" {
			_, onVerb := preps[e.prep]
			_, onObj := objPreps[e.prep]
			if !onVerb && !onObj {
				continue
			}
		}
		if e.armed {
			if m := acts.resolve(s.subject(t, i)); m == nil || !isArmed(m.code) {
				continue
			}
		}
		if e.protesters && !protestingSubject(t, s.subject(t, i)) {
			continue
		}
		if e.rioters && !riotingSubject(t, s.subject(t, i)) && !atEachOther(t, i) {
			continue
		}
		if e.violent && !s.violentSubject(t, acts, s.subject(t, i)) {
			continue
		}
		if e.crowd && !crowdSubject(t, acts, s.subject(t, i)) {
			continue
		}
		entry = e
		break
	}
	c := &cand{trigger: i}
	if punishment && !s.opts.DictionaryOnly {
		entry = &verbEntry{lemma: lemma, code: "137"}
	}
	if responding && !s.opts.DictionaryOnly {
		entry = &verbEntry{lemma: lemma, code: "130"}
		if lemma != "warn" && lemma != "threaten" && lemma != "vow" {
			entry.tgt = "none" // (whom it is told to is no one warned)
		}
	}
	// "18 trucks carrying about 500 tons of sorghum arrived in Kadugli",
	// "an aid convoy reached the town": aid delivered, not a visit
	if (lemma == "arrive" || lemma == "reach") && !s.opts.DictionaryOnly && aidCarrier(t, s.subject(t, i)) {
		entry = &verbEntry{lemma: lemma, code: "073"}
	}
	// "minibus operators and street vendors stayed off the streets":
	// people at work who stay off the streets are on strike (not
	// residents told to stay off them)
	if lemma == "stay" && !s.opts.DictionaryOnly && offStreets(t, i) {
		if sb := s.subject(t, i); sb >= 0 && (workerNouns[t.lemma(sb)] || tradeNouns[t.lemma(sb)]) {
			entry = &verbEntry{lemma: lemma, code: "143", tgt: "none"}
		}
	}
	// "had sent trucks carrying food, drinking water and medical
	// supplies to Hinche": the aid the vehicles carry is given
	if (lemma == "send" || lemma == "dispatch" || lemma == "deliver") && obj >= 0 && !s.opts.DictionaryOnly && aidCarrier(t, obj) {
		entry = &verbEntry{lemma: lemma, code: "073"}
	}
	// "recorded 143 people pushed back from Croatia" read with the people
	// as the subject: no object, pushed from somewhere, the people were
	// expelled (by whom, the sentence does not say)
	if lemma == "push" && prt == "back" && obj < 0 && (from || into) && !s.opts.DictionaryOnly && t.kid(i, "obl:agent") < 0 {
		entry = &verbEntry{lemma: lemma, prt: prt, code: "174", tgt: "subj", src: "none"}
	}
	// "gave armed groups 72 hours to leave the mining sites", "gave the
	// state until April 20 to find another site": a deadline given to
	// someone is an ultimatum
	if lemma == "give" && !s.opts.DictionaryOnly && deadlineGiven(t, i) {
		entry = &verbEntry{lemma: lemma, code: "139"}
	}
	if entry != nil {
		c.code = entry.code
		// "signed the Alabama Human Life Protection Act": a law signed is
		// no agreement between parties (what it does may be an event)
		if c.code == "057" && lemma == "sign" && obj >= 0 && lawPhrase(t, obj) {
			return nil
		}
		// "attacked the proclamation", "criticised as an attack on the
		// decision": attacking words or acts is censure
		if ontology.Root(c.code) == "19" && lemma == "attack" && obj >= 0 && (actNouns[t.lemma(obj)] || wordNouns[t.lemma(obj)]) {
			c.code = "111"
		}
		// "the unions said they would strike again on Thursday": to
		// strike, with nothing struck, among workers and unions is to
		// go on strike
		if lemma == "strike" && ontology.Root(c.code) == "19" && obj < 0 && t.kid(i, "obj") < 0 && labourContext(t, i) {
			if sb := s.subject(t, i); sb >= 0 && (workerNouns[t.lemma(sb)] || peopleNouns[t.lemma(sb)] || t.tok(sb).UPOS == "PRON") {
				c.code = "143"
			}
		}
		// "came under fire for failing to halt violence", "over the
		// decision": under fire for something is criticised for it
		if lemma == "come" && ontology.Root(c.code) == "19" && underFireFor(t, i) {
			c.code = "111"
		}
	} else if sb := s.subject(t, i); (gatherVerbs[lemma] || attendance(t, i)) && !s.opts.DictionaryOnly && (crowdSubject(t, acts, sb) || countedPlural(t, sb)) && protestCue(t, i) {
		// "hundreds of people gathered ... to demand the release",
		// "had gathered in the centre of Leposavic in a protest",
		// "gathered ..., chanting slogans": people at large who gather
		// to protest are protesting
		c.code = "141"
	} else if s.verbs != nil {
		c.code, c.phrase = s.dictCode(t, acts, i, lemma, obj, preps)
		c.fromDict = true
		switch {
		case c.phrase != nil:
			c.reverse = c.phrase.pattern.Reverse
		case c.code == s.verbs.Defaults[lemma]:
			c.reverse = s.verbs.Reverse[lemma]
		}
	}
	// "Erdogan and Putin also spoke": two who talk, told together, talked
	// with each other (expand makes them source and target)
	if c.code == "" && (lemma == "speak" || lemma == "talk") && obj < 0 && len(preps) == 0 && !s.opts.DictionaryOnly {
		if sb := t.kid(i, "nsubj"); sb >= 0 && len(t.kids(sb, "conj")) > 0 {
			c.code = "040"
		}
	}
	// ("took part in the funerals, many chanting slogans against Turkey":
	// taking part, no event by the lexicon, is a protest with its cue)
	if c.code == "0" && !s.opts.DictionaryOnly && attendance(t, i) && crowdSubject(t, acts, s.subject(t, i)) && protestCue(t, i) {
		c.code = "141"
	}
	// "vowed that the attackers will be pursued to their last refuge": a
	// vow that they be punished is a threat (a vow to punish, "vowed to
	// crush any unrest", is coded by what it vows)
	if c.code == "030" && (lemma == "vow" || lemma == "pledge" || lemma == "swear" || lemma == "promise") {
		for _, k := range t.kids(i, "ccomp") {
			if punishVerbs[t.lemma(k)] {
				c.code = "138"
			}
		}
	}
	// "sending thousands of residents fleeing": what violence made people
	// do, nothing sent
	if lemma == "send" && obj >= 0 && sentRunning(t, i, obj) {
		return nil
	}
	// "were wounded and flown by helicopter to a hospital": the hurt
	// carried to care make no visit, nor a deployment ("wounded soldiers
	// were flown to Georgetown")
	if (ontology.Root(c.code) == "04" || ontology.Root(c.code) == "15") && carryVerbs[lemma] && casualtiesCarried(t, i, obj) {
		return nil
	}
	// "air defence units had destroyed 31 Ukrainian drones": munitions
	// brought down are the attack parried, no property destroyed
	if (lemma == "destroy" || lemma == "down" || lemma == "intercept") && obj >= 0 && munitionNouns[t.lemma(obj)] {
		return nil
	}
	hasAlt := entry != nil && (entry.place != "" || entry.person != "" || entry.civ != "" || entry.mil != "" || entry.one != "" || entry.igo != "")
	if c.code == "" || c.code == "0" && !hasAlt {
		return nil
	}
	passive := t.passive(i)
	// source
	src := -1
	if entry != nil && entry.src != "" {
		src = preps[entry.src]
		if src == 0 {
			src = -1
		}
		// (or hung on the verb's nominal: "came under fire from
		// militants" read as "fire from militants")
		for _, k := range t.kids(i, "obl") {
			for _, m := range t.kids(k, "nmod") {
				if src < 0 && t.caseOf(m) == entry.src {
					src = m
				}
			}
		}
		// (where the fire came from is no doer: "from the dense forest")
		if src >= 0 && (isPlaceNoun(t.lemma(src)) || terrainNouns[t.lemma(src)]) && t.tok(src).UPOS == "NOUN" {
			src = -1
		}
	}
	switch {
	case src >= 0:
	case entry != nil && entry.src != "" && entry.src != "none":
		// (the doer's phrase is missing: no one named, "came under fire")
	case passive:
		if a, ok := preps["by"]; ok {
			src = a
		}
	case entry != nil && entry.src == "none":
		// "fled the attacks by X": the doer of what they fled
		if obj >= 0 {
			if _, ok := s.lex.nouns[t.lemma(obj)]; ok {
				for _, k := range t.kids(obj, "nmod", "nmod:poss") {
					if t.fullRel(k) == "nmod:poss" || t.caseOf(k) == "by" {
						src = k
					}
				}
			}
		}
	default:
		src = s.subject(t, i)
		// ("the rebels retaliated, at one point shelling ...": the
		// clause's subject, not the time word)
		if h := t.head(i); t.rel(i) == "acl" && h >= 0 && t.rel(h) == "obl" && momentNouns[t.lemma(h)] && t.head(h) >= 0 {
			src = s.subject(t, t.head(h))
		}
	}
	// target
	tgt := -1
	switch {
	case entry != nil && entry.tgt == "subj":
		tgt = s.subject(t, i)
		if passive {
			tgt = t.kid(i, "nsubj:pass")
		}
	case entry != nil && entry.tgt == "of":
		if x, ok := objPreps["of"]; ok {
			tgt = x
		} else if x, ok := preps["of"]; ok {
			tgt = x
		}
	case entry != nil && entry.tgt != "" && entry.tgt != "obj":
		x, ok := preps[entry.tgt]
		// (or on the object the entry names: "led a delegation to
		// Bamako")
		if y, onObj := objPreps[entry.tgt]; !ok && onObj && entry.obj != "" {
			x, ok = y, true
		}
		if ok {
			tgt = x
			c.dest = (entry.tgt == "to" || entry.tgt == "for" && entry.code == "042") && ontology.Root(entry.code) == "04"
		}
	}
	// the recipient of aid and cooperation: "give X a grant", "provide aid
	// to X", "share evidence with X"
	// (of a passive the thing given is the subject: "advisers were sent
	// to Iraq")
	givenSubject := passive && entry != nil && entry.obj != "" && lexObj >= 0 && obj < 0
	if tgt < 0 && (!passive || givenSubject) {
		switch ontology.Root(c.code) {
		case "03", "05", "06", "07", "08":
			if io := t.kid(i, "iobj"); io >= 0 {
				tgt = io
			} else {
				for _, p := range []string{"to", "with"} {
					if x, ok := preps[p]; ok {
						tgt = x
						break
					}
				}
			}
		}
	}
	if tgt < 0 && !(entry != nil && entry.tgt == "none") {
		if passive {
			tgt = t.kid(i, "nsubj:pass")
			if tgt < 0 {
				tgt = t.gappedSubject(i)
			}
			switch {
			case tgt >= 0:
			case t.rel(i) == "acl":
				tgt = t.head(i)
			case t.rel(i) == "conj":
				// "... but was seized by fighters": the first conjunct's subject
				tgt = s.subject(t, t.head(i))
				if tgt < 0 && t.head(i) >= 0 {
					tgt = t.kid(t.head(i), "nsubj:pass")
				}
			}
		} else if obj >= 0 {
			tgt = obj
		} else if x, ok := preps[prtOf(entry)]; ok && entry.prt != "" {
			// ("take over the airport" with "over" read as the airport's
			// case: the particle's phrase is the object)
			tgt = x
		} else if io := t.kid(i, "iobj"); io >= 0 {
			tgt = io
		} else {
			for _, p := range []string{"against", "on", "with", "to"} {
				if x, ok := preps[p]; ok {
					tgt = x
					break
				}
			}
		}
	}
	// "asked for Bolton's resignation", "called for the resignation of
	// the governor": whose leadership is to change
	if c.code == "0241" || c.code == "1041" {
		for _, k := range t.kids(i, "obj", "obl") {
			if !leaderChangeNouns[t.lemma(k)] {
				continue
			}
			if p := t.kid(k, "nmod:poss"); p >= 0 {
				tgt = p
			}
			for _, n := range t.kids(k, "nmod") {
				if t.caseOf(n) == "of" {
					tgt = n
				}
			}
		}
	}
	c.src = acts.resolve(src)
	if src >= 0 && t.head(src) == i {
		if m := appositiveSubject(t, acts, i, src, c.src); m != nil {
			c.src = m
		}
	}
	c.tgt = acts.resolve(tgt)
	// an object that is not itself an actor ("restored ties with X",
	// "condemned an attack by X"): the actor named around it
	// (or a sum of money given: "give 5 million dollars in aid to Sudan")
	if tgt == obj && (c.tgt != nil && !c.tgt.headCoded || c.tgt == nil && obj >= 0 && currencyNouns[t.lemma(obj)]) {
		var alts, poss []int
		actObj := eventNoun(t, obj)
		for _, k := range t.kids(obj, "nmod") {
			if t.fullRel(k) == "nmod:poss" {
				if t.tok(k).UPOS != "PRON" {
					poss = append(poss, k) // "praised Haiti's efforts"
				}
				continue
			}
			switch t.caseOf(k) {
			case "by":
				// (an act's doer before its victim: "protest the
				// killings of ethnic Albanians by Serb police")
				if actObj {
					alts = append([]int{k}, alts...)
				} else {
					alts = append(alts, k)
				}
			case "with", "to", "on", "against", "of", "for", "from", "between":
				alts = append(alts, k)
			}
		}
		for _, p := range []string{"with", "to", "against", "on", "for"} {
			if x, ok := preps[p]; ok {
				alts = append(alts, x)
			}
		}
		// (money given in aid to someone: "5 million dollars in
		// emergency aid to Sudan")
		if currencyNouns[t.lemma(obj)] {
			for _, k := range t.kids(i, "obl") {
				for _, n := range t.kids(k, "nmod") {
					if cs := t.caseOf(n); cs == "to" || cs == "for" {
						alts = append(alts, n)
					}
				}
			}
		}
		// (or hung on the verb)
		if x, ok := preps["by"]; ok && actObj && !t.passive(i) {
			alts = append([]int{x}, alts...)
		}
		alts = append(alts, poss...)
		found := false
		for _, k := range alts {
			// (not a thing placed somewhere: "papers of accession in
			// Warsaw")
			if m := acts.resolve(k); m != nil && m.code != "" && (m.headCoded || !dealThing(t, obj)) {
				c.tgt = m
				found = true
				break
			}
		}
		// "claimed responsibility": the pattern's own object is no target
		if !found && entry != nil && entry.obj != "" {
			c.tgt = nil
		}
	}
	applyAlt(t, entry, c)
	// a phrase pattern that says where its actors stand ("+ * IN $": the
	// target before the verb, the source after "in")
	if c.phrase != nil {
		if k, ok := c.phrase.slots['$']; ok {
			c.src = acts.resolve(k)
		}
		if k, ok := c.phrase.slots['+']; ok {
			c.tgt = acts.resolve(k)
		}
		// ("% HAVE * [191]": the parties named before the verb act
		// together, and no one else is the target)
		if k, ok := c.phrase.slots['%']; ok && k < i {
			c.src, c.tgt, c.compound = acts.resolve(k), nil, true
		} else if ok {
			c.tgt = acts.resolve(k)
		}
	}
	// coding as PETRARCH does, a dictionary verb with no target of its
	// own takes the first actor of its phrase ("clashed over the efforts
	// of Eriadori", "departed from Libya")
	if c.fromDict && s.opts.DictionaryOnly && !c.compound && (c.tgt == nil || c.tgt.code == "") {
		if m := phraseTarget(t, acts, i, c.src); m != nil {
			c.tgt = m
		}
	}
	if c.src != nil && c.tgt != nil && c.src.head == c.tgt.head {
		c.tgt = nil
	}
	// "allegedly attacking Howard Brown", "striking him in the face": one
	// person set upon by someone who is no armed force or state is
	// assaulted (18), not met with military force (19)
	if c.code == "190" && (lemma == "attack" || lemma == "strike" || lemma == "hit") && c.tgt != nil && c.tgt.person && !c.tgt.plural &&
		(c.src == nil || !isArmed(c.src.code) && !actor.IsState(c.src.code)) {
		c.code = "182"
	}
	if c.code == "0" {
		return nil
	}
	// "about 150 of them occupied the office of the land reform agency":
	// people who are no armed force occupying a building protest
	if lemma == "occupy" && c.code == "192" && c.src != nil && !isArmed(c.src.code) && !actor.IsState(c.src.code) && !s.opts.DictionaryOnly {
		if o := t.kid(i, "obj"); o >= 0 && occupiedBuildings[t.lemma(o)] {
			c.code = "141"
		}
	}
	// ("the commander had been flown to Bangui", "the wounded were flown
	// to Ankara": someone carried, not a visit)
	if lemma == "fly" && ontology.Root(c.code) == "04" && t.passive(i) && !s.opts.DictionaryOnly {
		return nil
	}
	// (and forces flown somewhere are deployed: "had flown a quick
	// reaction force of about 150 troops from Bangui to Kaga-Bandoro")
	if (lemma == "fly" || lemma == "airlift") && !s.opts.DictionaryOnly {
		if o := t.kid(i, "obj"); o >= 0 && forceNoun(t.lemma(o)) {
			c.code = "154"
		}
	}
	// "450 soldiers, including special forces, had begun arriving in
	// Caborca": troops arriving are deployed, not visiting
	if (lemma == "arrive" || lemma == "land" || lemma == "fly") && ontology.Root(c.code) == "04" && !s.opts.DictionaryOnly {
		if sb := s.subject(t, i); sb >= 0 && strings.HasSuffix(t.tok(sb).XPOS, "S") {
			if m := acts.resolve(sb); m != nil && (strings.HasSuffix(m.code, "MIL") || strings.HasSuffix(m.code, "COP")) {
				c.code = "154"
			}
		}
	}
	// "ordered a committee to investigate the shooting": an inquiry
	// opened by the one who orders it (however the parser hung the
	// infinitive: on the object, "ordered the armed forces inspectorate
	// to investigate the mutiny")
	// (or on a coordinated object, "ordered the interior and defence
	// ministries to investigate the clashes"; "ordered a commission of
	// inquiry into the killing": the inquiry itself)
	if lemma == "order" && ontology.Root(c.code) == "10" {
		infs := t.kids(i, "xcomp", "advcl")
		if o := t.kid(i, "obj"); o >= 0 {
			infs = append(infs, t.kids(o, "acl")...)
			for _, k := range append(t.kids(o, "conj"), t.kids(i, "conj")...) {
				if t.isNominal(k) {
					infs = append(infs, t.kids(k, "acl")...)
				}
			}
			for _, n := range append([]int{o}, t.kids(o, "nmod")...) {
				if l := t.lemma(n); l == "inquiry" || l == "investigation" || l == "probe" {
					c.code = "090"
				}
			}
		}
		for _, x := range infs {
			if l := t.lemma(x); (l == "investigate" || l == "probe" || l == "examine") && (t.rel(x) == "xcomp" || hasMarkTo(t, x)) {
				c.code = "090"
			}
		}
	}
	// "ordered the army to step up patrols", "ordered soldiers to be
	// deployed", "ordered additional troops and police to Rumbek East
	// county": forces moved or raised by the one who orders it
	// "ordered army units near the boundary to be placed on the highest
	// level of combat readiness": forces put on alert (152)
	if lemma == "order" && ontology.Root(c.code) == "10" && orderedAlert(t, i) {
		c.code = "152"
	}
	if lemma == "order" && ontology.Root(c.code) == "10" && orderedForces(t, i) {
		switch {
		case c.tgt != nil && strings.HasSuffix(c.tgt.code, "COP"):
			c.code = "153"
		case c.tgt != nil && strings.HasSuffix(c.tgt.code, "MIL"):
			c.code = "154"
		default:
			c.code = "150"
		}
	}
	// "ordered all lawyers arrested last week to be freed": the release
	// the authority ordered
	if lemma == "order" && c.tgt != nil && (c.tgt.person || c.tgt.code != "") {
		for _, x := range t.kids(i, "xcomp") {
			if l := t.lemma(x); (l == "free" || l == "release") && (t.passive(x) || t.tok(x).XPOS == "VBN") {
				c.code = "0841"
			}
		}
	}
	// "a court ordered nine of them held in pre-trial custody", "ordered
	// that they be held in custody": the detention the court ordered;
	// "ordered a Russian diplomat to leave the country": an expulsion
	if lemma == "order" && ontology.Root(c.code) == "10" && !s.opts.DictionaryOnly {
		switch x := orderedComplement(t, i); {
		case x < 0:
		case custodyVerbs[t.lemma(x)] && (t.passive(x) || t.tok(x).XPOS == "VBN"):
			c.code = "173"
			if c.tgt == nil {
				c.tgt = acts.resolve(t.kid(x, "nsubj:pass"))
			}
		case t.lemma(x) == "leave" && hasMarkTo(t, x) && c.tgt != nil:
			c.code = "174"
			if diplomatNouns[t.lemma(c.tgt.head)] {
				c.code = "166"
			}
		}
	}
	// "called on teachers to join a national march in Rabat on Saturday",
	// "urged supporters to rally across the southeast on Wednesday": an
	// appeal to protest on a day to come is that protest, planned
	if (lemma == "call" || lemma == "urge" || lemma == "appeal") && ontology.Root(c.code) == "02" && !s.opts.DictionaryOnly {
		if code, _ := appealedProtest(t, i); code != "" {
			c.code = code
		}
	}
	// "fired tear gas when they refused", "after the crowd refused to
	// disperse", "inmates refused to return to their cells": refusing to
	// comply is how a clash or an arrest came about, no rejection of
	// anyone's proposal
	if lemma == "refuse" && (c.code == "120" || c.code == "124") && !s.opts.DictionaryOnly && refusedCompliance(t, i) {
		return nil
	}
	// "ordered security agencies to bring those responsible to justice",
	// "ordered three days of mourning", "ordered troops to join police
	// patrols": an order of a state to its own bodies that is no inquiry,
	// deployment or release is its administration, no demand of anyone
	if lemma == "order" && ontology.Root(c.code) == "10" && !s.opts.DictionaryOnly && internalOrder(t, c, i) {
		return nil
	}
	// "the car blew up": what blows up with no object explodes (a
	// bombing), and is no doer
	if lemma == "blow" && prt == "up" && t.kid(i, "obj") < 0 && !t.passive(i) {
		c.code = "183"
		c.src = nil
	}
	// "a roadside bomb struck ...": the weapon says what kind of violence
	// (and "a suicide bomber struck a mosque", the attacker: a bombing by
	// an actor)
	if ontology.QuadClass(c.code) == 4 {
		sb := s.subject(t, i)
		if sb >= 0 && t.lemma(sb) == "bomber" && (c.code == "190" || c.code == "180") {
			c.code = "183"
			for _, k := range t.kids(sb, "compound", "amod") {
				if m, ok := weaponMods[t.lemma(k)]; ok {
					c.code = m
				}
			}
		}
		if weaponCode(t, sb) != "" {
			// (and what a weapon destroyed it struck: "army drones
			// destroyed two vehicles" is a drone strike)
			if w := weaponCode(t, sb); len(w) >= len(c.code) || ontology.Root(c.code) == "17" {
				c.code = w
			}
			if c.src != nil && c.src.head == sb && !isArmed(c.src.code) {
				// a weapon is no actor, but the country it is said to be
				// of fired it ("Russian missiles struck Kharkiv"; "army
				// helicopters" are the army's already)
				c.src = weaponCountry(t, c.src, sb)
			}
		}
	}
	// "the Airbus landed at Stansted": a craft's landing is no visit
	if lemma == "land" && (c.src == nil || c.src.code == "") {
		return nil
	}
	return c
}

// weaponCodes are the CAMEO codes a weapon as the subject of a violent
// verb gives ("a bomb exploded", "rockets hit"); modifiers refine them.
var weaponCodes = map[string]string{"bomb": "183", "ied": "183", "explosive": "183", "device": "183",
	"rocket": "194", "mortar": "194", "shell": "194", "artillery": "194", "missile": "195", "drone": "195",
	"jet": "195", "warplane": "195", "aircraft": "195", "helicopter": "195", "gunship": "195"}

// punishVerbs are what a vow to punish promises.
var punishVerbs = map[string]bool{"pursue": true, "punish": true, "hunt": true, "crush": true, "avenge": true, "eliminate": true,
	"chase": true, "track": true, "annihilate": true, "wipe": true, "destroy": true, "find": true}

// punishmentToCome: a clause said by verb v tells a punishment to come
// on whoever does something: a future or a would-be passive of a verb of
// punishment ("would be prosecuted", "will be punished", "will be held
// accountable", "would be held to account", "would be dealt with
// firmly"), or facing the law ("would face the full force of the law").
func punishmentToCome(t *tree, v int) bool {
	for _, k := range t.kids(v, "ccomp") {
		if !futureAux(t, k) {
			continue
		}
		// (and a clause coordinated with it, its "would" shared: "would
		// be stopped ... and its organisers prosecuted")
		for _, x := range append([]int{k}, t.kids(k, "conj")...) {
			if punishedClause(t, x) {
				return true
			}
		}
	}
	return false
}

// futureAux: clause k is told in the future ("will", "would", "shall").
func futureAux(t *tree, k int) bool {
	return slices.ContainsFunc(t.kids(k, "aux"), func(a int) bool {
		switch t.lower(a) {
		case "will", "would", "shall", "'ll":
			return true
		}
		return false
	})
}

// responseToCome: a clause said by verb v tells that its subject will
// respond, react or go after someone, a response no lexicon line codes.
func responseToCome(t *tree, v int) bool {
	for _, k := range t.kids(v, "ccomp") {
		if !futureAux(t, k) || t.passive(k) {
			continue
		}
		switch t.lemma(k) {
		case "respond", "react":
			// (not "respond with full force", the lexicon's use of force)
			return !slices.ContainsFunc(t.kids(k, "obl"), func(o int) bool { return t.lemma(o) == "force" })
		case "go", "come":
			if p := t.kid(k, "compound:prt"); p >= 0 && t.lower(p) == "after" {
				return true
			}
			for _, o := range t.kids(k, "obl") {
				if t.caseOf(o) == "after" {
					return true
				}
			}
		}
	}
	return false
}

// responseToAny: the response said by verb v is to any provocation,
// attack or aggression to come ("his country \"will respond decisively
// ... to any provocation\""): a warning, however plainly it is said.
func responseToAny(t *tree, v int) bool {
	for _, k := range t.kids(v, "ccomp") {
		for _, o := range t.subtree(k, nil) {
			if !provocationNouns[t.lemma(o)] || t.caseOf(o) != "to" {
				continue
			}
			if d := t.kid(o, "det"); d >= 0 && t.lower(d) == "any" {
				return true
			}
		}
	}
	return false
}

// provocationNouns name what a warned response would answer.
var provocationNouns = map[string]bool{"provocation": true, "attack": true, "aggression": true, "violation": true,
	"incursion": true, "threat": true, "escalation": true, "act": true}

// punishedClause: verb k tells a punishment: prosecuted, punished, held
// accountable or to account, dealt with, facing the law.
func punishedClause(t *tree, k int) bool {
	switch t.lemma(k) {
	case "prosecute", "punish", "deal":
		return t.passive(k) || t.tok(k).XPOS == "VBN"
	case "hold":
		for _, x := range t.children[k] {
			if w := t.lower(x); w == "accountable" || w == "responsible" || w == "account" {
				return t.passive(k)
			}
		}
	case "face":
		if o := t.kid(k, "obj"); o >= 0 {
			for _, x := range t.subtree(o, nil) {
				if w := t.lemma(x); w == "law" || w == "justice" || w == "prosecution" || w == "punishment" {
					return true
				}
			}
		}
	}
	return false
}

// sentRunning: verb v ("sending") with object obj has a gerund of
// motion on it ("thousands of residents fleeing").
func sentRunning(t *tree, v, obj int) bool {
	for _, k := range append(t.kids(obj, "acl"), t.kids(v, "xcomp")...) {
		if t.tok(k).XPOS == "VBG" && fleeVerbs[t.lemma(k)] {
			return true
		}
	}
	return false
}

// carryVerbs move people by air or road.
var carryVerbs = map[string]bool{"fly": true, "airlift": true, "evacuate": true, "rush": true, "take": true, "ferry": true,
	"transfer": true, "carry": true}

// munitionNouns are what is fired, not who fires.
var munitionNouns = map[string]bool{"drone": true, "missile": true, "rocket": true, "projectile": true, "uav": true, "shell": true}

// hurtWords tell people hurt.
var hurtWords = map[string]bool{"wounded": true, "injured": true, "hurt": true, "wound": true, "injure": true, "sick": true}

// casualtiesCarried: verb v of carrying moves the hurt (its object, or
// its passive subject, is "wounded"; or it is coordinated with "were
// wounded"), or to a hospital.
func casualtiesCarried(t *tree, v, obj int) bool {
	for _, k := range t.kids(v, "obl") {
		if l := t.lemma(k); l == "hospital" || l == "clinic" || l == "infirmary" {
			return true
		}
	}
	moved := obj
	if t.passive(v) {
		moved = t.kid(v, "nsubj:pass", "nsubj")
		if moved < 0 && t.rel(v) == "conj" && t.head(v) >= 0 {
			if hurtWords[t.lemma(t.head(v))] {
				return true
			}
			moved = t.kid(t.head(v), "nsubj:pass", "nsubj")
		}
	}
	if moved < 0 {
		return false
	}
	for _, k := range t.kids(moved, "amod", "acl") {
		if hurtWords[t.lower(k)] || hurtWords[t.lemma(k)] {
			return true
		}
	}
	return false
}

// fleeVerbs are what people are sent doing by violence.
var fleeVerbs = map[string]bool{"flee": true, "run": true, "scramble": true, "scurry": true, "rush": true, "dive": true}

// terrainNouns are where fire comes from, not who fires it.
var terrainNouns = map[string]bool{"forest": true, "jungle": true, "bush": true, "bank": true, "riverbank": true, "hillside": true,
	"mountain": true, "ridge": true, "side": true, "direction": true, "rooftop": true, "roof": true, "building": true,
	"house": true, "treeline": true, "woods": true, "field": true}

// craftNouns are the weapons above that also carry passengers: what they
// do is violent only when the verb is.
var craftNouns = map[string]bool{"jet": true, "aircraft": true, "helicopter": true}

var weaponMods = map[string]string{"roadside": "1833", "car": "1832", "suicide": "1831", "truck": "1832"}

// weaponCountry is the armed forces of the country a weapon noun's own
// modifier names ("Russian missiles", "Israeli drones": RUSMIL, ISRMIL),
// as the doer of what the weapon did; nil when none does.
func weaponCountry(t *tree, m *mention, sb int) *mention {
	iso := actorCountry(m)
	if iso == "" || len(m.code) > 3 && m.code[3:] != "MIL" {
		return nil
	}
	for _, k := range t.kids(sb, "amod", "compound", "nmod:poss") {
		if k < sb && t.tok(k).UPOS != "NOUN" {
			own := *m
			own.code = actor.Join(iso, "MIL")
			return &own
		}
	}
	return nil
}

// weaponCode is the code weapon noun sb gives, or "".
func weaponCode(t *tree, sb int) string {
	if sb < 0 {
		return ""
	}
	code, ok := weaponCodes[t.lemma(sb)]
	if !ok {
		// ("mortar rounds", "artillery fire")
		if l := t.lemma(sb); l == "round" || l == "fire" {
			for _, k := range t.kids(sb, "compound") {
				if w, ok := weaponCodes[t.lemma(k)]; ok {
					return w
				}
			}
		}
		return ""
	}
	if code == "183" {
		for _, k := range t.kids(sb, "compound", "amod") {
			if m, ok := weaponMods[t.lemma(k)]; ok {
				return m
			}
		}
	}
	return code
}

// applyAlt picks the entry's code for the kind of target the event has.
func applyAlt(t *tree, entry *verbEntry, c *cand) {
	if entry == nil || c.tgt == nil {
		return
	}
	switch {
	case entry.igo != "" && strings.HasPrefix(c.tgt.code, "IGO"):
		c.code = entry.igo
	case entry.one != "" && c.tgt.head >= 0 && !c.tgt.plural && humanTarget(t, c.tgt) && t.tok(c.tgt.head).UPOS != "NUM":
		c.code = entry.one
	case entry.place != "" && (c.tgt.place >= 0 || isPlaceNoun(t.lemma(c.tgt.head))):
		c.code = entry.place
	case entry.civ != "" && actor.IsCivilian(c.tgt.code):
		c.code = entry.civ
	case entry.mil != "" && isArmed(c.tgt.code):
		c.code = entry.mil
	case entry.person != "" && humanTarget(t, c.tgt):
		c.code = entry.person
	}
}

// irregularPast are past forms not in -ed the tagger may read as
// adjectives before their object ("artillery shells struck villages"),
// with their verbs.
var irregularPast = map[string]string{"struck": "strike", "hit": "hit", "shot": "shoot", "overran": "overrun", "stormed": "storm", "burnt": "burn", "fought": "fight"}

// misparsedVerb repairs a common tagging error: a past-tense verb read as
// an adjective on its object ("guerrillas wounded two soldiers" parsed as
// "wounded soldiers"). It applies only when a noun stands right before the
// participle, attached elsewhere, and the verb is in the lexicon.
func (s *Stage) misparsedVerb(t *tree, acts *actors, i int) *cand {
	h := t.head(i)
	sent := t.d.Sentences[t.tok(i).Sent]
	if h <= i || i <= sent.TokStart || !strings.HasSuffix(t.lower(i), "ed") && irregularPast[t.lower(i)] == "" {
		return nil
	}
	prev := i - 1
	if u := t.tok(prev).UPOS; u != "NOUN" && u != "PROPN" || t.head(prev) == h || t.rel(prev) == "compound" || t.head(prev) == i {
		return nil
	}
	for x := i + 1; x < h; x++ { // only modifiers of the object between
		switch t.tok(x).UPOS {
		case "NUM", "ADJ", "DET", "NOUN", "PROPN":
		default:
			return nil
		}
	}
	lemma := s.knownVerb(t, i)
	if l := irregularPast[t.lower(i)]; l != "" {
		lemma = l
	}
	var entry *verbEntry
	for k := range s.lex.verbs[lemma] {
		e := &s.lex.verbs[lemma][k]
		if e.prt == "" && e.obj == "" && e.prep == "" {
			entry = e
			break
		}
	}
	if entry == nil {
		return nil
	}
	c := &cand{trigger: i, code: entry.code, src: acts.resolve(prev), tgt: acts.resolve(h)}
	if c.tgt != nil && c.tgt.start <= t.tok(i).Start {
		x := *c.tgt // the object's words start after the verb
		x.start = t.tok(i + 1).Start
		x.text = t.d.Text[x.start:x.end]
		c.tgt = &x
	}
	applyAlt(t, entry, c)
	if c.code == "0" {
		return nil
	}
	return c
}

// isRefusal: the negated event c is someone's refusal, not a thing
// described ("the bill does not offer couples the same rights").
func isRefusal(t *tree, c *cand) bool {
	sb := t.kid(c.trigger, "nsubj")
	return c.src != nil || sb < 0 || !documentNouns[t.lemma(sb)] && !publishedNouns[t.lemma(sb)] && t.lemma(sb) != "law"
}

// cumulativeToll: the trigger tells a war's toll so far, not a
// happening: the dead or hurt as the subject of a perfect ("More than
// 20,000 people have died in the 12-year fight for independence", "54
// people have been killed since February"); not what a doer claims to
// have done ("they have killed 1,500 since taking Mosul").
func cumulativeToll(t *tree, c *cand) bool {
	if c.noun {
		return false
	}
	lem := t.lemma(c.trigger)
	// (a long run of violence that has killed so many: "The insurgency,
	// which began in 2009, has killed more than 40,000 people")
	// (a conjunct shares the subject and the perfect; the displaced are
	// counted still: "has killed ... and displaced 2 million")
	v := c.trigger
	if t.rel(v) == "conj" && t.kid(v, "nsubj") < 0 && t.head(v) >= 0 {
		v = t.head(v)
	}
	if sb := t.kid(v, "nsubj"); tollVerbs[lem] && !t.passive(c.trigger) && hasPerfect(t, v) && sb >= 0 && tollNouns[t.lemma(sb)] {
		return true
	}
	// (the dead or hurt as the subject: "have died", a passive of a toll
	// verb)
	if lem != "die" && !(tollVerbs[lem] && t.passive(c.trigger)) {
		return false
	}
	// ("Some 300,000 people were killed in that conflict": the war told
	// before, in whatever tense)
	for _, k := range t.kids(c.trigger, "obl") {
		if t.caseOf(k) == "in" && tollNouns[t.lemma(k)] && t.kid(k, "det") >= 0 && t.lower(t.kid(k, "det")) == "that" {
			return true
		}
	}
	if !hasPerfect(t, c.trigger) {
		return false
	}
	// (so many dead, with no day told: "More than 3,000 people have been
	// killed")
	if (lem == "die" || t.passive(c.trigger)) && !c.dateTied {
		for _, n := range c.counts {
			if n.Value >= 1000 {
				return true
			}
		}
	}
	for _, k := range t.kids(c.trigger, "obl") {
		switch t.caseOf(k) {
		case "since":
			return true
		case "in", "during":
			if tollNouns[t.lemma(k)] {
				return true
			}
		}
	}
	return false
}

// tollNouns name a long run of violence whose dead are counted together.
var tollNouns = map[string]bool{"war": true, "conflict": true, "fight": true, "insurgency": true, "violence": true, "uprising": true,
	"rebellion": true, "struggle": true, "campaign": true, "unrest": true, "activity": true, "crisis": true, "revolt": true}

// headlineSentence: sentence si is a headline opening the document: the
// first sentence, with no dateline, short, not opening on a determiner,
// in headline grammar: a bare participle ("Girl, 16, attacked in
// Lancaster park.", "West Virginia man charged in widow's murder."), a
// present tense for what happened ("Gainesville residents march in
// protest"), or no verb; with the story after it. (A lede tells the past
// in the past tense: "Bell turned on the officer".)
func headlineSentence(t *tree, si int) bool {
	d := t.d
	if si != 0 || len(d.Sentences) < 2 {
		return false
	}
	s := d.Sentences[0]
	// (a dateline opening the first sentence makes it the lead, not a
	// headline; one after it is the lead's: "Car bomb kills five in
	// Kabul. KABUL - ...")
	if dl := d.Meta.Dateline; dl != nil && dl.Start < s.End {
		return false
	}
	// (a longer one too when it stands as a paragraph of its own with no
	// full stop: "Kenya's Ruto drops tax bill after deadly storming of
	// parliament; protesters vow to march on")
	n := s.TokEnd - s.TokStart
	if n == 0 || n > 15 && !(n <= 25 && d.Sentences[1].Para != s.Para && t.tok(s.TokEnd-1).XPOS != ".") {
		return false
	}
	if u := t.tok(s.TokStart).UPOS; u == "DET" || u == "PRON" {
		return false
	}
	for i := s.TokStart; i < s.TokEnd; i++ {
		if t.head(i) >= 0 {
			continue
		}
		switch t.tok(i).XPOS {
		case "VBN", "VBZ", "VBP":
			return len(t.kids(i, "aux", "aux:pass")) == 0
		case "VBD", "VB", "VBG", "MD":
			return false
		}
		return t.tok(i).UPOS == "NOUN" || t.tok(i).UPOS == "PROPN"
	}
	return false
}

// labels: verb i has an object followed, in the same clause, by a quoted
// label ("called the investigation a \"witch hunt\"").
func labels(t *tree, i int) bool {
	o := t.kid(i, "obj")
	if o < 0 {
		return false
	}
	sent := t.d.Sentences[t.tok(i).Sent]
	for k := o + 1; k < sent.TokEnd && k <= o+8; k++ {
		switch w := t.word(k); {
		case w == "\"" || w == "“" || w == "``" || w == "'" || w == "‘":
			return true
		case w == "," || w == ";" || t.tok(k).UPOS == "VERB":
			return false
		}
	}
	return false
}

// askedQuestion: "ask" at i puts a question: its clause is one ("asked
// whether", "asked what"), a quoted question ("'Why?' asked X"), or it is
// a bare "when asked" with no one asked.
func askedQuestion(t *tree, i int) bool {
	for _, c := range t.kids(i, "ccomp", "parataxis") {
		for _, m := range t.kids(c, "mark", "advmod", "nsubj", "obj") {
			switch t.lower(m) {
			case "whether", "if", "what", "why", "how", "who", "when", "where", "which":
				if m < c {
					return true
				}
			}
		}
		if c < i {
			for _, k := range t.kids(c, "punct") {
				if t.lower(k) == "?" {
					return true
				}
			}
		}
	}
	if len(t.kids(i, "obj", "iobj", "nsubj")) == 0 {
		for _, m := range t.kids(i, "mark", "advmod") {
			if t.lower(m) == "when" && m < i {
				return true
			}
		}
	}
	return false
}

// lawPhrase: the noun phrase at n names a law, a bill or a decree ("the
// Alabama Human Life Protection Act", read with any of its words as head,
// or with its last word split off onto the verb).
func lawPhrase(t *tree, n int) bool {
	words := append([]int{n}, t.kids(n, "compound", "flat", "appos")...)
	if k := n + 1; k < len(t.d.Tokens) && t.tok(k).Sent == t.tok(n).Sent && t.tok(k).UPOS == "PROPN" && t.head(k) == t.head(n) {
		words = append(words, k)
	}
	for _, k := range words {
		if l := strings.ToLower(t.lemma(k)); documentNouns[l] || l == "law" || l == "act" || l == "measure" {
			return true
		}
	}
	return false
}

// objMatches: the object or one of its conjuncts has the word ("send
// equipment and advisers", "teams of advisers").
// protestingSubject: the subject phrase sb names protesters ("thousands
// of demonstrators").
func protestingSubject(t *tree, sb int) bool {
	if sb < 0 {
		return false
	}
	sb = antecedent(t, sb)
	for _, k := range t.subtree(sb, phraseSkip) {
		if protestNouns[t.lemma(k)] {
			return true
		}
	}
	return false
}

// noneToBe: the noun at i is said not to be ("there would be no truce"):
// its determiner is "no" and it is what an existential "be" has.
func noneToBe(t *tree, i int) bool {
	if !slices.ContainsFunc(t.kids(i, "det"), func(d int) bool { return t.lower(d) == "no" }) {
		return false
	}
	h := t.head(i)
	if h < 0 || t.lemma(h) != "be" || t.rel(i) != "nsubj" && t.rel(i) != "obj" {
		return false
	}
	return slices.ContainsFunc(t.kids(h, "expl"), func(x int) bool { return t.lower(x) == "there" })
}

// refuser is who says the noun at i, said not to be, will not be: the
// subject of the report its existential clause hangs on, else nil.
func refuser(t *tree, acts *actors, i int) *mention {
	be := t.head(i)
	if be < 0 {
		return nil
	}
	rep := t.head(be)
	if rep < 0 || t.rel(be) != "ccomp" {
		return nil
	}
	if _, says := reportVerbs[t.lemma(rep)]; !says {
		return nil
	}
	if sb := t.kid(rep, "nsubj"); sb >= 0 {
		return acts.resolve(sb)
	}
	return nil
}

// antecedent is the noun a relative pronoun at sb stands for ("hundreds
// of protesters who burned tyres"), else sb.
func antecedent(t *tree, sb int) int {
	if !relPronouns[t.lower(sb)] {
		return sb
	}
	if v := t.head(sb); v >= 0 && t.fullRel(v) == "acl:relcl" && t.head(v) >= 0 {
		return t.head(v)
	}
	return sb
}

// gatherVerbs bring people together in one place.
var gatherVerbs = map[string]bool{"gather": true, "assemble": true, "converge": true, "congregate": true, "walk": true}

// attendance: verb v tells people attending something ("attended the
// funeral", "took part in the funerals"), which with a protest's cue is a
// protest ("..., many chanting slogans against Turkey").
func attendance(t *tree, v int) bool {
	switch t.lemma(v) {
	case "attend":
		return true
	case "take":
		o := t.kid(v, "obj")
		return o >= 0 && t.lemma(o) == "part"
	}
	return false
}

// protestCue tells whether gathering verb v is told as a protest: a
// purpose of protest ("to demand", "to denounce", "to mark the
// anniversary"), "in (a) protest", or chanting, waving flags or carrying
// banners while at it.
func protestCue(t *tree, v int) bool {
	for _, k := range t.kids(v, "advcl", "xcomp", "conj") {
		switch t.lemma(k) {
		case "demand", "protest", "denounce", "condemn", "mark", "commemorate", "press", "voice", "call", "demonstrate", "oppose", "reject", "mourn":
			// ("gathered ..., demanding his release")
			if hasMarkTo(t, k) || t.tok(k).XPOS == "VBG" && t.kid(k, "nsubj") < 0 {
				return true
			}
		case "chant", "wave", "shout", "carry", "hold", "sing", "burn", "block":
			// ("gathered to chant and wave branches")
			if t.tok(k).XPOS == "VBG" || hasMarkTo(t, k) && (t.lemma(k) == "chant" || t.lemma(k) == "shout" || t.lemma(k) == "sing") {
				return true
			}
		}
	}
	// (however the parser hung a participle after a comma: "gathered
	// outside the prison gates on Monday, demanding information")
	for _, k := range t.subtree(v, nil) {
		if k > 0 && t.lower(k-1) == "," && t.tok(k).XPOS == "VBG" && (t.lemma(k) == "demand" || t.lemma(k) == "chant") && t.kid(k, "nsubj") < 0 {
			return true
		}
	}
	for _, k := range t.kids(v, "obl") {
		// ("gathered at a football ground ... for a rally", the rally
		// hung on the ground)
		for _, m := range t.kids(k, "nmod") {
			if m > k && t.caseOf(m) == "for" && protestGatherings[t.lemma(m)] {
				return true
			}
		}
		// ("gathered outside the government building on Wednesday
		// demanding to know ...", the demand hung on the building)
		// (or "gathered outside the police station carrying placards")
		for _, a := range t.kids(k, "acl") {
			if t.tok(a).XPOS != "VBG" {
				continue
			}
			switch t.lemma(a) {
			case "demand", "chant", "protest":
				return true
			case "carry", "wave", "hold", "brandish":
				if o := t.kid(a, "obj"); o >= 0 && protestProps[t.lemma(o)] {
					return true
				}
			}
		}
		switch l := t.lemma(k); {
		case protestGatherings[l] || l == "solidarity" || l == "defiance":
			// ("gathered ... at a rally called by unions")
			if cs := t.caseOf(k); cs == "in" || cs == "for" || cs == "at" {
				return true
			}
		case l == "silence":
			// ("had gathered in silence outside the tower block")
			if t.caseOf(k) == "in" {
				return true
			}
		}
	}
	// ("supporters who gathered near the central market anyway were
	// dispersed by riot police firing tear gas": a gathering the police
	// broke up)
	if h := t.head(v); h >= 0 && t.fullRel(v) == "acl:relcl" {
		if g := t.head(h); g >= 0 && t.fullRel(h) == "nsubj:pass" && dispersalVerbs[t.lemma(g)] {
			return true
		}
	}
	return false
}

// dispersalVerbs tell a crowd broken up.
var dispersalVerbs = map[string]bool{"disperse": true, "tear-gas": true, "teargas": true, "scatter": true, "break": true}

// protestProps are what protesters carry or wave.
var protestProps = map[string]bool{"placard": true, "banner": true, "sign": true, "flag": true, "portrait": true, "photo": true, "photograph": true, "picture": true, "candle": true, "coffin": true}

// protestGatherings are what people gather for or at as a protest.
var protestGatherings = map[string]bool{"protest": true, "demonstration": true, "rally": true, "vigil": true, "march": true, "sit-in": true}

// riotingSubject: the subject sb is protesters, or a crowd, a mob or
// youths not told to be of anyone else ("a crowd set fire", not "a crowd
// of settlers").
func riotingSubject(t *tree, sb int) bool {
	if sb < 0 {
		return false
	}
	sb = antecedent(t, sb)
	if protestingSubject(t, sb) {
		return true
	}
	switch t.lemma(sb) {
	case "group", "gang", "band":
		// ("groups of youths")
		for _, k := range t.kids(sb, "nmod") {
			if t.caseOf(k) == "of" && (t.lemma(k) == "youth" || protestNouns[t.lemma(k)]) {
				return true
			}
		}
	case "crowd", "mob", "throng", "youth":
		for _, k := range t.kids(sb, "nmod") {
			if t.caseOf(k) == "of" {
				return false
			}
		}
		return true
	}
	return false
}

// atEachOther: verb v is aimed "at each other" or "at one another"
// (villagers who threw stones at each other clashed, whoever they are).
func atEachOther(t *tree, v int) bool {
	for _, k := range t.kids(v, "obl") {
		if t.caseOf(k) != "at" {
			continue
		}
		switch t.lower(k) {
		case "each", "one":
			if f := t.kid(k, "fixed"); f >= 0 && (t.lower(f) == "other" || t.lower(f) == "another") {
				return true
			}
			if k+1 < len(t.lowers) && (t.lower(k+1) == "other" || t.lower(k+1) == "another") {
				return true
			}
		}
	}
	return false
}

// warned: the reporting verb rep warns or threatens ("warned that they
// will invade if ...").
func warned(t *tree, rep int) bool {
	if rep < 0 {
		return false
	}
	switch t.lemma(rep) {
	case "warn", "threaten", "vow":
		return true
	}
	return false
}

// adverbialTimeNoun: a word that tells when as a noun phrase of its own
// ("overnight", "yesterday").
func adverbialTimeNoun(w string) bool {
	switch w {
	case "overnight", "today", "yesterday", "tonight":
		return true
	}
	return false
}

// quelled tells whether event noun i is what a verb of quelling acts on
// ("break up protests", "dispersed a sixth straight night of protests"):
// a happening told as under way.
func quelled(t *tree, i int) bool {
	h := t.head(i)
	if h >= 0 && t.rel(i) == "nmod" && t.caseOf(i) == "of" && spanUnits[t.lemma(h)] {
		i, h = h, t.head(h)
	}
	return h >= 0 && t.rel(i) == "obj" && stopVerb(t.lemma(h))
}

// namesUnknownPlace tells whether sentence si names a place the
// gazetteer does not know in a locative phrase ("in Kahramankazan"): a
// place-like name, not resolved to a place.
func namesUnknownPlace(t *tree, acts *actors, si int) bool {
	sent := t.d.Sentences[si]
	for i := sent.TokStart; i < sent.TokEnd; i++ {
		e := acts.entAt[i]
		if e < 0 || acts.placeAt[i] >= 0 || i != t.d.Entities[e].TokEnd-1 {
			continue
		}
		if typ := t.d.Entities[e].Type; typ != "GPE" && typ != "LOC" {
			continue
		}
		switch t.caseOf(i) {
		case "in", "at", "near", "outside":
			return true
		}
	}
	return false
}

// continuesScene: sentence si opens on a definite description or a
// pronoun ("The officers responding to the call ...", "They ..."): it goes
// on with the people the sentence before set in place.
func continuesScene(t *tree, si int) bool {
	sent := t.d.Sentences[si]
	if sent.TokStart >= sent.TokEnd {
		return false
	}
	switch t.lower(sent.TokStart) {
	case "the", "they", "he", "she", "these", "those":
		return true
	}
	return false
}

// paragraphScene is the place an earlier sentence of sentence si's
// paragraph opens with ("In Kasserine, ..."), else -1.
func paragraphScene(t *tree, acts *actors, si int) int {
	d := t.d
	for sj := si - 1; sj >= 0 && d.Sentences[sj].Para == d.Sentences[si].Para; sj-- {
		if p := openingPlace(t, acts, sj); p >= 0 {
			return p
		}
	}
	return -1
}

// occupiedBuildings are what protesters occupy ("occupied the regional
// office").
var occupiedBuildings = map[string]bool{"office": true, "offices": true, "building": true, "headquarters": true, "square": true,
	"campus": true, "hall": true, "ministry": true, "embassy": true, "parliament": true, "assembly": true, "station": true}

// forceVerbs move or raise armed forces or police: what an order to
// them ("to step up patrols", "to be deployed") does.
var forceVerbs = map[string]bool{"deploy": true, "patrol": true, "reinforce": true, "mobilize": true, "mobilise": true,
	"redeploy": true, "tighten": true, "strengthen": true, "bolster": true, "beef": true, "intensify": true}

// statementCode: code is a threat (13x) or a statement of intent (03x):
// a statement, dated when it is made, whatever day it tells of.
func statementCode(code string) bool {
	r := ontology.Root(code)
	return r == "13" || r == "03"
}

// internalOrder: order verb i of candidate c is given by a state to its
// own bodies (or to no one named) and orders them to pursue a crime, to
// take over a case, or orders mourning, security or flags; or is given
// to a named body of the same state whatever it orders: an
// administrative act.
func internalOrder(t *tree, c *cand, i int) bool {
	if c.src == nil || !actor.IsState(c.src.code) {
		return false
	}
	if c.tgt != nil && c.tgt.code != "" {
		same := c.tgt.code[:min(3, len(c.tgt.code))] == c.src.code[:3] || strings.HasPrefix(c.tgt.code, "---") || strings.HasPrefix(c.src.code, "---")
		if !same || !actor.IsState(c.tgt.code) {
			return false
		}
	}
	for _, x := range t.kids(i, "xcomp", "advcl", "ccomp") {
		switch t.lemma(x) {
		case "bring", "hunt", "track", "pursue", "take", "tighten", "fly", "observe":
			return true
		}
	}
	if o := t.kid(i, "obj"); o >= 0 {
		switch t.lemma(o) {
		case "mourning", "security", "flag", "treatment":
			return true
		}
	}
	return c.tgt != nil && len(c.tgt.code) >= 6 && len(c.src.code) >= 3 && c.tgt.code[:3] == c.src.code[:3]
}

// deadlineGiven: giving verb i gives its object a span of time ("72
// hours", "48 hours") or a time until which ("until April 20") to do
// something (an infinitive on the verb or on the span).
func deadlineGiven(t *tree, i int) bool {
	o := t.kid(i, "obj", "iobj")
	if o < 0 {
		return false
	}
	// (the span on the verb, or hung on the one given it: "gave the
	// rebels 72 hours" read with the hours in apposition)
	for _, k := range append(t.kids(i, "obl", "obj"), t.kids(o, "appos")...) {
		span := openingSpanUnits[t.lemma(k)] && t.kid(k, "nummod") >= 0
		if !span && t.caseOf(k) != "until" {
			continue
		}
		for _, x := range append(t.kids(i, "advcl", "xcomp"), t.kids(k, "acl")...) {
			// (not the time an expulsion gives to leave the country:
			// "declared a second secretary persona non grata, giving him
			// 72 hours to leave the country")
			if o := t.kid(x, "obj"); t.lemma(x) == "leave" && o >= 0 && (t.lemma(o) == "country" || t.lemma(o) == "territory") {
				continue
			}
			if hasMarkTo(t, x) {
				return true
			}
		}
	}
	return false
}

// appealedProtest is the code of the protest an appeal at verb i asks
// for on a day it names ("to rally outside the embassies on Monday", "to
// join a march on Saturday", "to hold gatherings on Thursday") and the
// verb that tells it, else "" and -1.
func appealedProtest(t *tree, i int) (string, int) {
	for _, x := range t.kids(i, "xcomp", "advcl") {
		if t.rel(x) != "xcomp" && !hasMarkTo(t, x) {
			continue
		}
		code := ""
		switch l := t.lemma(x); l {
		case "rally", "march", "protest", "demonstrate", "gather", "assemble":
			code = "141"
		case "strike":
			code = "143"
		case "join", "hold", "stage":
			o := t.kid(x, "obj")
			switch {
			case o < 0:
			case protestGatherings[t.lemma(o)] || t.lemma(o) == "gathering":
				code = "141"
			case t.lemma(o) == "strike" || t.lemma(o) == "shutdown":
				code = "143"
			}
		case "stay":
			// "to stay at home on Monday in a nationwide 'silent
			// strike'": staying home as the strike it is called
			for _, o := range t.kids(x, "obl") {
				if l := t.lemma(o); (l == "strike" || l == "shutdown" || l == "stayaway") && t.caseOf(o) == "in" {
					code = "143"
				}
			}
		case "observe":
			// "to observe three days of 'ville morte', a general
			// shutdown, from Monday", "of civil disobedience"
			if o := t.kid(x, "obj"); o >= 0 {
				for _, n := range append([]int{o}, t.kids(o, "nmod")...) {
					switch t.lemma(n) {
					case "strike", "shutdown", "morte", "stayaway", "stay-away":
						code = "143"
					case "disobedience", "protest", "protests":
						code = "141"
					}
				}
			}
		}
		if code == "" {
			continue
		}
		for _, k := range t.subtree(x, nil) {
			if weekdays[t.lower(k)] {
				return code, x
			}
		}
		// (or told after it on a noun of the appeal, however the parser
		// hung an apposition: "to observe three days of 'ville morte', a
		// general shutdown, from Monday")
		for k := x + 1; k < len(t.d.Tokens) && t.tok(k).Sent == t.tok(i).Sent; k++ {
			if !weekdays[t.lower(k)] {
				continue
			}
			v := t.head(k)
			for n := 0; v >= 0 && v != i && n < 6 && t.isNominal(v); n++ {
				v = t.head(v)
			}
			if v == i {
				return code, x
			}
		}
	}
	return "", -1
}

// refusedCompliance: refusing verb i names nothing refused, or refuses to
// do as told (to disperse, leave, move, work...).
func refusedCompliance(t *tree, i int) bool {
	if t.kid(i, "obj") >= 0 {
		return false
	}
	x := t.kid(i, "xcomp")
	if x < 0 {
		return t.kid(i, "ccomp") < 0
	}
	return complianceVerbs[t.lemma(x)]
}

// complianceVerbs name what people are told to do and may refuse.
var complianceVerbs = map[string]bool{"disperse": true, "leave": true, "move": true, "clear": true, "return": true,
	"stop": true, "surrender": true, "work": true, "pay": true, "obey": true, "comply": true, "vacate": true,
	"evacuate": true, "go": true, "end": true, "open": true, "eat": true, "accept": true}

// strikerObject: the object of "striking" at i is people who work
// ("striking copper workers", "striking teachers"), read as one by the
// parser.
func strikerObject(t *tree, i int) bool {
	o := t.kid(i, "obj")
	return o >= 0 && o == i+1+len(t.kids(o, "compound", "amod")) && workerNouns[t.lemma(o)]
}

// workerNouns name people by their work, who go on strike.
var workerNouns = map[string]bool{"worker": true, "miner": true, "teacher": true, "doctor": true, "nurse": true,
	"driver": true, "employee": true, "docker": true, "dockworker": true, "trucker": true, "staff": true,
	"laborer": true, "labourer": true, "lecturer": true, "pilot": true, "porter": true, "farmer": true, "union": true}

// tradeNouns name people by the trade they ply in the street, who strike
// by staying off it.
var tradeNouns = map[string]bool{"operator": true, "vendor": true, "trader": true, "transporter": true, "shopkeeper": true,
	"merchant": true, "hawker": true, "taxi": true, "motorist": true}

// offStreets: verb i is told off the streets or roads ("stayed off the
// streets").
func offStreets(t *tree, i int) bool {
	for _, k := range t.kids(i, "obl") {
		if l := t.lemma(k); t.caseOf(k) == "off" && (l == "street" || l == "road") {
			return true
		}
	}
	return false
}

// custodyVerbs tell a detention ordered ("ordered them held for 30
// days", "ordered him remanded in custody").
var custodyVerbs = map[string]bool{"hold": true, "detain": true, "remand": true, "jail": true, "imprison": true, "keep": true}

// diplomatNouns name diplomats, whose expulsion is a state's (166).
var diplomatNouns = map[string]bool{"diplomat": true, "ambassador": true, "attache": true, "envoy": true, "charge": true, "consul": true}

// orderedComplement is the clause verb i orders: its complement ("ordered
// them held", "ordered that they be held", "ordered a diplomat to
// leave"), or one the parser hung on its object; -1 for none.
func orderedComplement(t *tree, i int) int {
	for _, x := range t.kids(i, "xcomp", "ccomp", "advcl") {
		if t.isVerbal(x) && x > i {
			return x
		}
	}
	if o := t.kid(i, "obj"); o >= 0 {
		for _, x := range t.kids(o, "acl") {
			if t.isVerbal(x) {
				return x
			}
		}
	}
	return -1
}

// orderedForces: the order of verb i moves or raises forces: its
// infinitive is a force verb or steps up patrols or security ("ordered
// the army to step up patrols", "ordered soldiers to be deployed"), or
// its object is forces sent to a place ("ordered additional troops and
// police to Rumbek East county").
func orderedForces(t *tree, i int) bool {
	infs := t.kids(i, "xcomp", "advcl", "ccomp")
	if o := t.kid(i, "obj"); o >= 0 {
		// (however the parser hung the infinitive: on the object)
		infs = append(infs, t.kids(o, "acl")...)
	}
	for _, x := range infs {
		if t.rel(x) != "xcomp" && !hasMarkTo(t, x) {
			continue
		}
		l := t.lemma(x)
		if forceVerbs[l] {
			return true
		}
		if l == "step" && t.kid(x, "compound:prt") >= 0 {
			if o := t.kid(x, "obj"); o >= 0 {
				switch t.lemma(o) {
				case "patrol", "security", "deployment", "presence", "checkpoint", "operation":
					return true
				}
			}
		}
	}
	if o := t.kid(i, "obj"); o >= 0 && forceNoun(t.lemma(o)) {
		for _, k := range t.kids(i, "obl") {
			if t.caseOf(k) == "to" || t.caseOf(k) == "into" {
				return true
			}
		}
	}
	return false
}

// orderedAlert: the order of verb i puts forces on alert: its complement
// is placed or put on alert, standby or (combat) readiness.
// (wherever the parser hung the infinitive: "ordered army units
// stationed near the boundary to be placed on ...")
func orderedAlert(t *tree, i int) bool {
	for _, x := range t.subtree(i, nil) {
		if x <= i || t.lemma(x) != "place" && t.lemma(x) != "put" || !hasMarkTo(t, x) && t.rel(x) != "xcomp" {
			continue
		}
		for _, o := range t.kids(x, "obl") {
			if t.caseOf(o) != "on" {
				continue
			}
			for _, n := range append([]int{o}, t.kids(o, "nmod")...) {
				switch t.lemma(n) {
				case "alert", "standby", "readiness", "stand-by":
					return true
				}
			}
		}
	}
	return false
}

// forceNoun: lemma l names armed forces or police, or a unit of them
// ("troops", "a battalion", "reinforcements", "gendarmes").
func forceNoun(l string) bool {
	return forceNouns[l] || forceUnits[l] || l == "reinforcement" || l == "gendarme"
}

// presentProgressive: verb v is told going on now ("is sending", "are
// heading").
func presentProgressive(t *tree, v int) bool {
	if t.tok(v).XPOS != "VBG" {
		return false
	}
	for _, a := range t.kids(v, "aux") {
		switch t.lower(a) {
		case "is", "are", "am", "'s", "'re":
			return true
		}
	}
	return false
}

// toldEarlier: verb v (or the verb it is coordinated with) tells what
// happened days or more before its sentence's news, after a span of time
// and "after" or "since" ("days after fighters ambushed a convoy", "a
// week since police arrested"), however the clause was parsed; a mere
// "after" often tells the same scene ("arrested three smugglers after
// stopping a van near Michalowo").
func toldEarlier(t *tree, v int) bool {
	for n := 0; n < 2 && v >= 0; n++ {
		start := t.d.Sentences[t.d.Tokens[v].Sent].TokStart
		for x := v - 1; x > start; x-- {
			tk := t.tok(x)
			if tk.UPOS == "PUNCT" || tk.UPOS == "VERB" || tk.UPOS == "AUX" {
				break
			}
			if w := t.lower(x); w == "after" || w == "since" {
				switch t.lemma(x - 1) {
				case "day", "week", "month", "year":
					return true
				}
				break
			}
		}
		if t.rel(v) != "conj" {
			return false
		}
		v = t.head(v)
	}
	return false
}

// scenePlace: sentence si tells no happening of its own but names a town
// where something stands ("a patrol received reports of a house fire in
// the town of Qatraneh"): that town's place, else -1.
func scenePlace(t *tree, acts *actors, evs []*cand, si int) int {
	if si < 0 {
		return -1
	}
	for _, e := range evs {
		if e.sent == si {
			return -1
		}
	}
	sent := t.d.Sentences[si]
	for i := sent.TokStart; i < sent.TokEnd; i++ {
		p := acts.placeAt[i]
		if p < 0 || !locative(t, acts, i) {
			continue
		}
		if f := t.d.Places[p].Feature; strings.HasPrefix(f, "PPL") && f != "PPLC" {
			return p
		}
	}
	return -1
}

// countryWide: the country of the place a candidate got from the story
// around it, when the candidate counts a hundred thousand or more ("the
// conflict has displaced 1 million people", told from a village): so many
// are not in one village; -1 otherwise or when the document does not name
// the country.
func countryWide(d *doc.Doc, c *cand) int {
	big := false
	for _, n := range c.counts {
		if n.Value >= 100000 {
			big = true
		}
	}
	if !big || strings.HasPrefix(placeFeature(d, c.place), "PCL") {
		return -1
	}
	return countryPlace(d, actor.CountryISO3(c.place.Country))
}

// placeFeature is the feature code of the document place an event place
// was made from, "" when none.
func placeFeature(d *doc.Doc, p *doc.EventPlace) string {
	for pi := range d.Places {
		if d.Places[pi].GeonameID == p.GeonameID && d.Places[pi].Name == p.Name {
			return d.Places[pi].Feature
		}
	}
	return ""
}

// riots recodes a fight of civilians or protesters with the police as
// the riot it is (145, not 190: "students battled police", "his
// supporters fought running battles with police"), once the merges have
// joined the fight's verb and its noun.
func riots(t *tree, cs []*cand) {
	for _, c := range cs {
		// ("demonstrators stormed parliament": protesters attacking a
		// place or an authority riot)
		// (and so do mobs and crowds: "mobs attacked the homes of three
		// ministers", "crowds stormed parliament")
		if (c.code == "190" || c.code == "192") && !c.noun && c.src != nil && c.src.head >= 0 && c.src.head < len(t.d.Tokens) && (riotingSubject(t, c.src.head) || riotNouns[t.lemma(c.src.head)]) {
			c.code = "145"
			continue
		}
		// ("police opened fire on protesters", "on crowds": force
		// against protesters is violent repression)
		if (c.code == "190" || c.code == "180") && c.src != nil && strings.HasSuffix(c.src.code, "COP") && c.tgt != nil && c.tgt.head >= 0 && c.tgt.head < len(t.d.Tokens) && riotingSubject(t, c.tgt.head) {
			c.code = "175"
			continue
		}
		if c.code != "190" || c.src == nil || c.tgt == nil || !strings.HasSuffix(c.tgt.code, "COP") {
			continue
		}
		if (actor.IsCivilian(c.src.code) || strings.HasSuffix(c.src.code, "OPP")) && fightLemmas[t.lemma(c.trigger)] {
			c.code = "145"
		}
	}
}

// riotNouns name crowds gone violent.
var riotNouns = map[string]bool{"mob": true, "rioter": true, "looter": true}

// fightLemmas tell a fight of two sides.
var fightLemmas = map[string]bool{"fight": true, "battle": true, "clash": true, "skirmish": true, "scuffle": true, "brawl": true}

// releasedBy gives a release told with no one releasing ("He was only
// released thanks to ...") the captor of the earlier seizure of the same
// person ("was seized by Da'esh fighters").
func releasedBy(cs []*cand) {
	for i, c := range cs {
		if c.code != "0841" || c.src != nil || c.tgt == nil {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			o := cs[j]
			switch o.code {
			case "181", "1711", "173", "1712":
			default:
				continue
			}
			if o.src != nil && o.src.code != "" && sameActor(o.tgt, c.tgt) {
				c.src = o.src
				break
			}
		}
	}
}

// ploverOf types candidate c in PLOVER 2.0: its CAMEO code's type, save
// where the manual looks past the code: a retreat only promised (planned,
// announced, on a condition) is a verbal concession (CONCEDE), and a
// court's sentence or conviction is SANCTION convict whatever CAMEO code
// the legal action has.
func ploverOf(d *doc.Doc, c *cand) (typ, mode string) {
	typ, mode = ontology.PLOVER(c.code)
	// (a ceasefire carried out, "ended hostilities", not declared: the
	// manual's RETREAT ceasefire)
	if c.code == "0871" && !c.noun && c.attr == nil {
		switch d.Tokens[c.trigger].Lemma {
		case "end", "halt", "cease", "stop":
			return "RETREAT", "ceasefire"
		}
	}
	if typ == "RETREAT" && c.attr != nil {
		switch c.attr.Status {
		case "planned", "announced", "hypothetical":
			return "CONCEDE", ""
		}
	}
	// (a meeting, a protest or a cut in relations only planned or
	// offered keeps its CAMEO act, status planned, as news coders code
	// it; PLOVER codes the intent: AGREE to meet, THREATEN to protest or
	// to break off, "will visit Mauritania", "would boycott all contact")
	if c.attr != nil && (c.attr.Status == "planned" || c.attr.Status == "hypothetical") {
		switch ontology.Root(c.code) {
		case "04", "14", "16":
			return ontology.PLOVER(ontology.CAMEOIntent(c.code))
		}
	}
	switch d.Tokens[c.trigger].Lemma {
	case "sentence", "convict", "conviction":
		if ontology.Root(c.code) == "17" || ontology.Root(c.code) == "11" {
			return "SANCTION", "convict"
		}
	}
	return typ, mode
}

// underFireFor: verb v ("came under fire") gives a reason, not an
// attacker: "for failing ...", "over the decision".
func underFireFor(t *tree, v int) bool {
	for _, k := range t.kids(v, "obl", "advcl") {
		for _, m := range t.kids(k, "case", "mark") {
			if w := t.lower(m); w == "for" || w == "over" {
				return true
			}
		}
	}
	return false
}

// finiteVerb: word v is a verb in a past or present tense.
func finiteVerb(t *tree, v int) bool {
	switch t.tok(v).XPOS {
	case "VBD", "VBZ", "VBP":
		return true
	}
	return false
}

// lightVerb: verb v only carries the happening its object or subject o
// names ("launched an attack", "carried out strikes", "took military
// action").
func lightVerb(t *tree, v, o int) bool {
	switch l := t.lemma(v); {
	case lightVerbs[l] || l == "carry":
		return true
	case l == "take":
		return t.lemma(o) == "action"
	case l == "end" || l == "conclude" || l == "wrap" || l == "finish":
		// "ending a two-day visit": a visit or talks told as they close
		return closingNouns[t.lemma(o)]
	}
	return false
}

// freeRelative: noun i is what a free relative that is a verb's object
// calls it ("take what he called targeted military action"): that
// relative's "what", else -1.
func freeRelative(t *tree, i int) int {
	if t.rel(i) != "obj" || t.head(i) < 0 || t.fullRel(t.head(i)) != "acl:relcl" || !namingVerbs[t.lemma(t.head(i))] {
		return -1
	}
	if w := t.head(t.head(i)); w >= 0 && t.lower(w) == "what" && t.rel(w) == "obj" && t.head(w) >= 0 {
		return w
	}
	return -1
}

// namingVerbs name what their object is called ("what he called
// targeted military action").
var namingVerbs = map[string]bool{"call": true, "term": true, "describe": true, "dub": true, "label": true}

// closingNouns are happenings told as their doer ends them: the visit,
// the trip, the talks happened.
var closingNouns = map[string]bool{"visit": true, "trip": true, "tour": true, "talks": true, "talk": true, "meeting": true, "mission": true}

// peopleNouns name people at large, who protest in the street rather than
// by a note.
var peopleNouns = map[string]bool{"people": true, "student": true, "worker": true, "citizen": true, "resident": true,
	"villager": true, "farmer": true, "teacher": true, "supporter": true, "woman": true, "youth": true, "employee": true,
	"nurse": true, "doctor": true, "trader": true, "merchant": true, "miner": true, "family": true, "relative": true,
	"mourner": true}

// countedPlural: the subject sb is a plural noun told by its number
// ("several hundred motorcycle taxi riders", "about 60 people"): many
// people at once.
func countedPlural(t *tree, sb int) bool {
	if sb < 0 || t.tok(sb).XPOS != "NNS" {
		return false
	}
	for _, k := range t.subtree(sb, phraseSkip) {
		if k >= sb {
			continue
		}
		if t.tok(k).XPOS == "CD" {
			return true
		}
		switch t.lemma(k) {
		case "several", "many", "hundreds", "thousands", "dozens", "scores":
			return true
		}
	}
	return false
}

// crowdSubject: the subject sb names protesters or people at large
// ("thousands of students", "residents"), or civilians, an opposition or
// workers by their code.
func crowdSubject(t *tree, acts *actors, sb int) bool {
	if sb < 0 {
		return false
	}
	if protestingSubject(t, sb) || peopleNouns[t.lemma(sb)] || crowdNouns[t.lemma(sb)] {
		return true
	}
	// (a counted people: "around 500 ethnic Albanians gathered")
	if e := acts.entAt[sb]; e >= 0 && t.d.Entities[e].Type == "NORP" && strings.HasSuffix(t.tok(sb).XPOS, "S") && t.kid(sb, "nummod") >= 0 {
		return true
	}
	m := acts.resolve(sb)
	if m == nil || len(m.code) < 6 {
		return false
	}
	switch m.code[len(m.code)-3:] {
	case "CVL", "OPP", "EDU", "LAB":
		return true
	}
	return false
}

// violentSubject: the subject sb is an attack or a weapon ("a blast",
// "the bomb"), an attacker ("a suicide bomber") or an armed force.
func (s *Stage) violentSubject(t *tree, acts *actors, sb int) bool {
	if sb < 0 {
		return false
	}
	if n, ok := s.lex.nouns[t.lemma(sb)]; ok && (ontology.Root(n.code) == "18" || ontology.Root(n.code) == "19" || ontology.Root(n.code) == "20") {
		return true
	}
	if perpetratorNouns[t.lemma(sb)] {
		return true
	}
	// (a munition, not a craft: "the plane landed in Kabul")
	if weaponCode(t, sb) != "" && !craftNouns[t.lemma(sb)] {
		return true
	}
	m := acts.resolve(sb)
	return m != nil && isArmed(m.code)
}

// hasNominal: verb v has an obl, nmod or obj whose lemma is w.
func hasNominal(t *tree, v int, w string) bool {
	for _, k := range t.kids(v, "obl", "nmod", "obj") {
		if t.lemma(k) == w {
			return true
		}
		// (or a noun joined to it, "called for a 'ville morte', or dead
		// city, general strike"; or what a day is given to, "called for
		// a day of rage")
		if t.rel(k) != "obl" {
			continue
		}
		for _, c := range t.kids(k, "conj") {
			if t.lemma(c) == w {
				return true
			}
		}
		if l := t.lemma(k); l == "day" || l == "days" {
			for _, n := range t.kids(k, "nmod") {
				if t.lemma(n) == w && t.caseOf(n) == "of" {
					return true
				}
			}
		}
	}
	// ("taken to hospital" with "to hospital" read as an infinitive; an
	// adjective the verb predicates: "go unpunished"; a noun read as a
	// complement: "stopped work on Monday")
	for _, k := range t.kids(v, "xcomp") {
		if t.lower(k) == w && (hasMarkTo(t, k) || t.tok(k).UPOS == "ADJ" || t.tok(k).UPOS == "NOUN") {
			return true
		}
	}
	// (or hung on the object: "took two suspects into custody")
	if o := t.kid(v, "obj"); o >= 0 {
		for _, k := range t.kids(o, "nmod") {
			if t.lemma(k) == w && t.caseOf(k) != "of" {
				return true
			}
		}
	}
	// (or the instrument hung on a place phrase: "attacked protesters on
	// the campus with sticks")
	for _, o := range t.kids(v, "obl") {
		for _, k := range t.kids(o, "nmod") {
			if t.lemma(k) == w && t.caseOf(k) == "with" {
				return true
			}
		}
	}
	return false
}

func objMatches(t *tree, obj int, w string) bool {
	if obj < 0 {
		return false
	}
	for _, o := range append([]int{obj}, t.kids(obj, "conj")...) {
		if t.lemma(o) == w || t.lower(o) == w {
			return true
		}
	}
	// ("teams of advisers": what the group holds)
	if batchNouns[t.lemma(obj)] {
		for _, k := range t.kids(obj, "nmod") {
			if t.caseOf(k) == "of" && (t.lemma(k) == w || t.lower(k) == w) {
				return true
			}
		}
	}
	// "took control Saturday of X" tagged as an adjective on the date
	for _, o := range t.kids(obj, "amod", "compound") {
		if o < obj && (t.lemma(o) == w || t.lower(o) == w) {
			return true
		}
	}
	// ("left a backpack containing a nail bomb": what the container
	// holds)
	if containerNouns[t.lemma(obj)] {
		// (however the participle was hung: on the container or, right
		// after it, on the verb)
		as := t.kids(obj, "acl")
		if a := obj + 1; a < len(t.d.Tokens) && t.head(a) >= 0 && t.head(a) == t.head(obj) && t.rel(a) == "advcl" {
			as = append(as, a)
		}
		for _, a := range as {
			if l := t.lemma(a); l == "contain" || l == "pack" || l == "fill" || l == "hold" {
				if objMatches(t, t.kid(a, "obj"), w) {
					return true
				}
			}
		}
	}
	return false
}

// containerNouns hold what is put in them ("a backpack containing a bomb").
var containerNouns = map[string]bool{"backpack": true, "rucksack": true, "bag": true, "package": true, "parcel": true,
	"suitcase": true, "box": true, "car": true, "vehicle": true, "truck": true, "van": true}

// batchNouns count or group what their "of" names ("teams of advisers").
var batchNouns = map[string]bool{"team": true, "group": true, "unit": true, "contingent": true, "batch": true, "wave": true,
	"number": true, "dozen": true, "hundred": true, "thousand": true, "squad": true, "detachment": true, "convoy": true, "shipment": true,
	"company": true, "battalion": true, "brigade": true, "regiment": true, "platoon": true, "column": true, "member": true,
	"score": true}

// isArmed: a state armed force or an armed group.
func isArmed(code string) bool {
	return strings.Contains(code, "MIL") || strings.Contains(code, "COP") || actor.IsArmedNonState(code)
}

// humanTarget: mention m is people: a person, an actor of a human role,
// or a noun that names people by what they do or are ("six fishermen",
// "a corporal", "three pilgrims"), which no actor code need cover.
func humanTarget(t *tree, m *mention) bool {
	if m.person || humanRole(m.code) {
		return true
	}
	if m.head < 0 || t.tok(m.head).UPOS != "NOUN" {
		return false
	}
	l := t.lemma(m.head)
	return peopleNouns[l] || workerNouns[l] && l != "union" || tradeNouns[l] && l != "taxi" || humanNouns[l]
}

// humanNouns name people by trade, rank or state, beyond peopleNouns,
// workerNouns and tradeNouns.
var humanNouns = map[string]bool{"fisherman": true, "sailor": true, "seaman": true, "crewman": true, "crew": true,
	"corporal": true, "sergeant": true, "private": true, "lieutenant": true, "captain": true, "colonel": true,
	"pilgrim": true, "tourist": true, "traveller": true, "traveler": true,
	"engineer": true, "contractor": true, "technician": true, "missionary": true, "monk": true, "nun": true,
	"priest": true, "volunteer": true, "hunter": true, "shepherd": true, "herder": true, "businessman": true,
	"businesswoman": true, "prisoner": true, "detainee": true, "inmate": true, "hostage": true, "guard": true,
	"cameraman": true, "photographer": true, "journalist": true, "reporter": true, "candidate": true, "voter": true}

func humanRole(code string) bool {
	return len(code) >= 6 && (actor.IsCivilian(code) || strings.HasSuffix(code, "GOV") || strings.HasSuffix(code, "MIL") || strings.HasSuffix(code, "COP"))
}

func childWithCase(t *tree, h int, cs string) (int, bool) {
	for _, c := range t.kids(h, "nmod") {
		if t.caseOf(c) == cs {
			return c, true
		}
	}
	return -1, false
}

// dictCode codes a verb from the CAMEO verb dictionary: a phrase pattern
// (returned too), a pattern on its object or preposition, else the
// lemma's default.
func (s *Stage) dictCode(t *tree, acts *actors, i int, lemma string, obj int, preps map[string]int) (string, *phraseMatch) {
	if m := s.matchPhrase(t, acts, i, lemma); m != nil {
		return m.pattern.Code, m
	}
	best := ""
	var objWords map[string]bool
	if obj >= 0 {
		objWords = map[string]bool{}
		for _, k := range t.subtree(obj, phraseSkip) {
			objWords[t.lower(k)] = true
			objWords[t.lemma(k)] = true
		}
	}
	for _, p := range s.verbs.Patterns[lemma] {
		if p.Covered && len(s.verbs.Phrases) > 0 {
			continue
		}
		ok := true
		if p.Obj != "" && !objWords[p.Obj] {
			ok = false
		}
		if ok && p.Prep != "" {
			x, has := preps[p.Prep]
			if !has || (p.PObj != "" && t.lower(x) != p.PObj && t.lemma(x) != p.PObj) {
				ok = false
			}
		}
		if ok {
			best = p.Code
			break
		}
	}
	if best == "" {
		best = s.verbs.Defaults[lemma]
	}
	if ontology.Root(best) == "01" && !s.opts.DictionaryOnly {
		return "", nil // public statements are attributions here, not events
	}
	return best, nil
}

// subject finds the acting subject of verb i, following control and
// coordination when the verb has none of its own.
func (s *Stage) subject(t *tree, i int) int {
	for n, v := 0, i; v >= 0 && n < 8; n++ {
		if sb := t.kid(v, "nsubj"); sb >= 0 {
			return sb
		}
		if t.passive(v) && v != i {
			// (and an active verb joined to the passive: "were meant to
			// disrupt the vote and would not go unpunished")
			if sb := t.kid(v, "nsubj:pass"); sb >= 0 && (t.rel(i) == "xcomp" || t.rel(i) == "conj" && t.head(i) == v && !t.passive(i)) {
				return sb
			}
		}
		switch t.fullRel(v) {
		case "xcomp", "conj":
			isX := t.fullRel(v) == "xcomp"
			past := t.fullRel(v) == "conj" && t.tok(v).XPOS == "VBD"
			v = t.head(v)
			// "urged the embassy to reconsider and spoke with Pompeo"
			// read with "spoke" joined to the infinitive: a past tense
			// goes with the clause's finite verb
			if past && v >= 0 && t.tok(v).XPOS == "VB" && hasMarkTo(t, v) {
				for n := 0; n < 4 && v >= 0 && !finiteVerb(t, v); n++ {
					v = t.head(v)
				}
				if v < 0 {
					return -1
				}
				continue
			}
			if isX && v >= 0 {
				// object control: "allowed the fighters to take", "urged X to"
				if o := t.kid(v, "obj", "iobj"); o >= 0 && !reflexive[t.lower(o)] {
					return o
				}
			}
			if v >= 0 && (t.tok(v).UPOS == "ADJ") {
				// "was prepared to send": the adjective's subject
				if sb := t.kid(v, "nsubj", "nsubj:pass"); sb >= 0 {
					return sb
				}
			}
		case "advcl":
			if t.lemma(v) == "accord" || t.lower(v) == "according" {
				return -1
			}
			// "will travel to A before heading to B": a participle or an
			// infinitive without a subject of its own shares its clause's
			// ("if", "unless" clauses do not)
			switch t.tok(v).XPOS {
			case "VBG", "VB", "VBN":
			default:
				return -1
			}
			// (only a marked one: "before heading", "to consult"; a bare
			// participle — "..., allowing the militants to pass" — tells a
			// consequence, not an act of the subject)
			marked := false
			for _, m := range t.kids(v, "mark") {
				if w := t.lower(m); w == "if" || w == "unless" || w == "whether" {
					return -1
				}
				marked = true
			}
			if !marked {
				return -1
			}
			if len(t.kids(v, "aux", "aux:pass")) > 0 && t.tok(v).XPOS == "VBN" {
				return -1
			}
			v = t.head(v)
		case "acl":
			// "fighters attacking the town"; not "equipment to help", where
			// the noun is not the doer
			if !t.passive(v) && len(t.kids(v, "mark")) == 0 {
				return t.head(v)
			}
			// "300,000 Iraqis estimated to have fled": the noun a report
			// participle describes is its xcomp's subject
			if v != i && raisingVerbs[t.lemma(v)] && len(t.kids(v, "mark")) == 0 {
				return t.head(v)
			}
			return -1
		default:
			return -1
		}
	}
	return -1
}

// nounEvent codes event noun i, or returns nil.
func (s *Stage) nounEvent(t *tree, acts *actors, i int) *cand {
	var e nounEntry
	ok := false
	for _, c := range t.lemmaCandidates(i) {
		if e, ok = s.lex.nouns[c]; ok {
			break
		}
	}
	// ("staged a sit-in", split by the tokenizer as "sit - in")
	if h := i - 2; !ok && h >= 0 && t.word(i-1) == "-" && t.tok(h).Sent == t.tok(i).Sent && t.head(h) == i {
		e, ok = s.lex.nouns[t.lower(h)+"-"+t.lower(i)]
	}
	if !ok {
		return nil
	}
	// "strike" and "attack" as parts of a name or compound are not events
	switch t.rel(i) {
	case "compound", "flat", "amod":
		return nil
	}
	if appealContent(t, i) || chargeContent(t, i) || calledOff(t, i) {
		return nil
	}
	// "plotting a terror attack": a plot, not an attack
	if h := t.head(i); h >= 0 && t.rel(i) == "obj" && (t.lemma(h) == "plot" || t.lemma(h) == "conspire") {
		return nil
	}
	// "in March 2022": a date, not a protest march
	if acts.isTime(i) {
		return nil
	}
	// "told a meeting of ministers", "addressed a rally": the audience
	// of a speech, not a happening between its parties
	if h := t.head(i); h >= 0 && (t.rel(i) == "obj" || t.rel(i) == "iobj") && (t.lemma(h) == "tell" || t.lemma(h) == "address" || t.lemma(h) == "brief") {
		return nil
	}
	// "came under fire": the verb tells it
	if h := t.head(i); h >= 0 && t.caseOf(i) == "under" && t.lemma(h) == "come" {
		return nil
	}
	// "the ruling Democratic Rally": a capitalised event noun inside a
	// sentence is a name
	if x := t.tok(i).XPOS; (x == "NNP" || x == "NNPS") && i > t.d.Sentences[t.tok(i).Sent].TokStart && !headingSentence(t, t.tok(i).Sent) {
		return nil
	}
	// "his live-streamed talk at the think tank": a talk is a speech;
	// negotiations are talks
	if t.lemma(i) == "talk" && t.tok(i).XPOS == "NN" {
		return nil
	}
	code := e.code
	modified := false
	modifier := -1 // ("a show of strength": the word that typed it is no target)
	for _, m := range t.kids(i, "compound", "amod", "nmod") {
		if c, ok := e.mods[t.lemma(m)]; ok {
			code, modified, modifier = c, true, m
		} else if c, ok := e.mods[t.lower(m)]; ok {
			code, modified, modifier = c, true, m
		}
	}
	// a bare "strike" among workers and unions is a labour strike
	// (not one on a target: "the strike on the refinery")
	if !modified && t.lemma(i) == "strike" && labourContext(t, i) && !struckAt(t, acts, i) {
		code = "143"
	}
	// ("suicide" alone is no event; "a murder-suicide" is)
	if code == "0" {
		return nil
	}
	// "there would be no truce with the militia", "there will be no
	// talks while our brother is in prison": cooperation said not to be
	// is refused
	refused := noneToBe(t, i) && !s.opts.DictionaryOnly
	if refused {
		r := ontology.Reject(code)
		if r == code {
			return nil
		}
		code = r
	}
	c := &cand{trigger: i, code: code, noun: true, definite: definite(t, acts, i), refused: refused}
	// actors on the noun: "US airstrikes", "Israel's attack", "attack by X",
	// "clashes between X and Y", "the takeover of Mosul"
	src, tgt := -1, -1
	rels := []string{"nmod:poss", "nmod", "compound", "amod"}
	if t.tok(i).XPOS == "VBG" {
		rels = append(rels, "obl") // a gerund's: "fighting between X and Y"
	}
	for _, m := range t.kids(i, rels...) {
		cs := t.caseOf(m)
		switch {
		case m == modifier && t.rel(m) == "nmod":
		case t.fullRel(m) == "nmod:poss" && patientNoun(code) && personPossessor(t, acts, m):
			// "his arrest", "Khan's release": the person it was done to
			tgt = m
		case t.fullRel(m) == "nmod:poss":
			src = m
		case cs == "by":
			src = m
		case cs == "between":
			src = m
			if cj := t.kid(m, "conj"); cj >= 0 {
				tgt = cj
			}
		case cs == "on" || cs == "against" || cs == "of" || cs == "with":
			if tgt < 0 {
				tgt = m
			}
		case (t.rel(m) == "compound" || t.rel(m) == "amod") && src < 0:
			if mm := acts.resolve(m); mm != nil && mm.code != "" {
				src = m
			}
		}
	}
	// (not "ordered mourning after the strike": a happening the act is
	// set against is not its doing)
	// ("carried out a series of attacks": the series' verb)
	at := i
	if t.rel(i) == "nmod" && t.caseOf(i) == "of" && t.head(i) >= 0 && seriesNouns[t.lemma(t.head(i))] {
		at = t.head(i)
	}
	// ("take what he called targeted military action": the verb the
	// free relative is the object of)
	named := at
	if w := freeRelative(t, at); w >= 0 {
		at = w
	}
	if (t.rel(at) == "obj" || t.fullRel(at) == "nsubj:pass" || t.rel(at) == "obl" && !otherHappening(t, at)) && t.head(at) >= 0 {
		v := t.head(at)
		if lightVerb(t, v, named) || (t.rel(i) == "obl" && engageVerbs[t.lemma(v)]) || (t.rel(i) == "obj" && keepVerbs[t.lemma(v)]) {
			if src < 0 {
				if t.passive(v) {
					for _, x := range t.kids(v, "obl") {
						if t.caseOf(x) == "by" {
							src = x
						}
					}
					if src < 0 && engageVerbs[t.lemma(v)] {
						src = t.kid(v, "nsubj:pass")
					}
				} else {
					src = s.subject(t, v)
				}
			}
			if tgt < 0 {
				for _, x := range t.kids(v, "obl") {
					if cs := t.caseOf(x); cs == "on" || cs == "against" {
						tgt = x
					}
				}
			}
		}
	}
	// "were found dead ... in an apparent murder-suicide", "were wounded
	// in the attack": those it was done to are the passive verb's subject
	if tgt < 0 && t.rel(i) == "obl" && (t.caseOf(i) == "in" || t.caseOf(i) == "during") && violentRoot(code) {
		if v := t.head(i); v >= 0 && t.passive(v) && victimVerbs[t.lemma(v)] {
			tgt = t.kid(v, "nsubj:pass")
		}
	}
	// "the call to arms made by the cleric", "a statement issued by the
	// army": the noun's maker is its doer
	if src < 0 {
		src = madeBy(t, i)
	}
	// "Rifkind, in Pakistan for a visit, said": a meeting or visit the
	// person named is somewhere for is theirs, there
	if src < 0 && tgt < 0 && t.rel(i) == "nmod" && t.caseOf(i) == "for" && ontology.Root(code) == "04" && t.head(i) >= 0 {
		h, place := t.head(i), -1
		// (or hung on the place: "Velayati, in Moscow for a visit")
		if pm := acts.resolve(h); pm != nil && pm.place >= 0 && t.caseOf(h) == "in" && t.rel(h) == "nmod" && t.head(h) >= 0 {
			h, place = t.head(h), h
		}
		if m := acts.resolve(h); t.isNominal(h) && m != nil && m.code != "" && m.place < 0 {
			src = h
			for _, k := range t.kids(h, "nmod") {
				if pm := acts.resolve(k); place < 0 && t.caseOf(k) == "in" && pm != nil && pm.place >= 0 {
					place = k
				}
			}
			// (a place is what a visit is to; talks are only held there)
			if code == "042" || code == "043" {
				tgt = place
			}
		}
	}
	// "workers entered the second week of protests", "the hunger strike
	// entered its 49th day": who is in the period is in the happening
	if src < 0 && t.rel(i) == "nmod" && t.caseOf(i) == "of" && t.head(i) >= 0 && periodNouns[t.lemma(t.head(i))] {
		if p := t.head(i); t.rel(p) == "obj" && t.head(p) >= 0 && t.isVerbal(t.head(p)) {
			src = s.subject(t, t.head(p))
		}
	}
	// "suspects in custody", "two men under arrest": the people a state
	// of detention is told of
	if tgt < 0 && patientNoun(code) && t.rel(i) == "nmod" && t.head(i) >= 0 && t.isNominal(t.head(i)) {
		switch t.caseOf(i) {
		case "in", "into", "under":
			tgt = t.head(i)
		}
	}
	// "seized the town after clashes with troops": the fighting side is the
	// subject of the clause the noun is attached to
	if src < 0 && tgt >= 0 && symmetric(code) && (t.rel(i) == "obl" || t.rel(i) == "nmod") {
		if v := t.head(i); v >= 0 && t.isVerbal(v) {
			src = s.subject(t, v)
		}
	}
	// "clashes between X and Y", "X and Y have been locked in fighting"
	if tgt < 0 && src >= 0 && symmetric(code) {
		if cj := t.kid(src, "conj"); cj >= 0 {
			tgt = cj
		}
	}
	c.src = acts.resolve(src)
	c.tgt = acts.resolve(tgt)
	if c.src != nil && c.tgt != nil && c.src.head == c.tgt.head {
		c.tgt = nil
	}
	// ("commanders of the two forces held a flag meeting": a meeting of
	// two sides named together needs no one else)
	if e.needTgt && c.tgt == nil && !(ontology.Root(code) == "04" && jointParties(t, src)) {
		return nil
	}
	c.newOnly = e.newOnly
	return c
}

// jointParties: the phrase at src names two sides together ("the two
// leaders", "commanders of both forces", "Erdogan and Putin").
func jointParties(t *tree, src int) bool {
	if src < 0 {
		return false
	}
	if len(t.kids(src, "conj")) > 0 {
		return true
	}
	for _, k := range t.subtree(src, phraseSkip) {
		if l := t.lemma(k); (l == "two" || l == "both") && (t.rel(k) == "nummod" || t.rel(k) == "det") {
			return true
		}
	}
	return false
}

// raisingVerbs, as participles, describe their noun by what is said of
// it ("Iraqis estimated to have fled", "men believed to be fighters").
var raisingVerbs = map[string]bool{"estimate": true, "believe": true, "say": true, "report": true, "think": true,
	"know": true, "expect": true, "fear": true, "presume": true, "suppose": true, "understand": true, "reckon": true,
	"rumor": true, "rumour": true, "allege": true, "suspect": true}

// periodNouns measure how long a happening has gone on ("the second week
// of protests").
var periodNouns = map[string]bool{"day": true, "week": true, "month": true, "year": true}

// seriesNouns gather happenings: "a series of attacks".
var seriesNouns = map[string]bool{"series": true, "string": true, "wave": true, "spate": true, "round": true, "barrage": true, "volley": true}

// victimVerbs, passive, tell what happened to their subject in an attack
// or killing named after them ("were found dead in", "were wounded in").
var victimVerbs = map[string]bool{"find": true, "kill": true, "wound": true, "injure": true, "hurt": true, "shoot": true, "stab": true}

// patientNoun: an event noun of code is done to a person, whom a
// possessor names ("his arrest", "her abduction", "their release").
func patientNoun(code string) bool {
	switch ontology.Root(code) {
	case "17", "18":
		return true
	}
	return strings.HasPrefix(code, "084")
}

// personPossessor: possessor m is a person ("his", "Khan's"), not a
// state or a group ("Iran's", "the group's").
func personPossessor(t *tree, acts *actors, m int) bool {
	switch t.lower(m) {
	case "his", "her", "their", "my", "our", "your":
		return true
	}
	if mm := acts.resolve(m); mm != nil && mm.person {
		return true
	}
	// ("Mr Marra's arrest": a name with an honorific)
	return honorific(t, m) || acts.isPerson(m)
}

// appealNouns ask for something: the event noun they ask for has not
// happened ("calls for talks", "a demand for a ceasefire").
var appealNouns = map[string]bool{"call": true, "demand": true, "appeal": true, "plea": true, "request": true,
	"push": true, "proposal": true, "offer": true, "bid": true, "effort": true}

// appealContent: event noun i is what an appeal, a demand or a refusal is
// about, not a happening ("rejected calls for talks", "called for a
// ceasefire", "demanded talks", "refused talks").
func appealContent(t *tree, i int) bool {
	// ("demand protection and the arrest of gang leaders": what the
	// first conjunct is, all are)
	i = firstConjunct(t, i)
	h := t.head(i)
	if h < 0 {
		return false
	}
	switch t.rel(i) {
	case "nmod", "obl":
		cs := t.caseOf(i)
		if cs != "for" && cs != "to" {
			return false
		}
		return appealNouns[t.lemma(h)] || t.isVerbal(h) && (appealVerbs[t.lemma(h)] || t.lemma(h) == "push" || t.lemma(h) == "press")
	case "obj":
		switch t.lemma(h) {
		case "demand", "seek", "reject", "refuse", "urge", "propose", "request", "want", "rule":
			return true
		}
	}
	return false
}

// calledOff: event noun i is what is cancelled, put off or suspended
// ("cancelled a visit by the deputy prime minister", "voted to suspend
// its cooperation agreement"): the undoing is the news, not the thing.
func calledOff(t *tree, i int) bool {
	h := t.head(i)
	if h < 0 || t.rel(i) != "obj" && t.fullRel(i) != "nsubj:pass" {
		return false
	}
	switch t.lemma(h) {
	case "cancel", "postpone", "suspend", "scrap", "shelve", "annul", "defer", "delay", "abandon", "scuttle":
		return true
	case "call", "put":
		for _, p := range t.kids(h, "compound:prt") {
			if w := t.lower(p); w == "off" {
				return true
			}
		}
	}
	return false
}

// chargeContent: event noun i names a crime someone is charged with,
// pleads to or is convicted of ("pleaded guilty to attempted murder",
// "charged with one count of murder", "arrested on suspicion of
// murder"): a legal category, not a happening.
func chargeContent(t *tree, i int) bool {
	if chargeList(t, i) {
		return true
	}
	own := t.caseOf(firstConjunct(t, i))
	for n, k := 0, i; n < 4 && k >= 0; n++ {
		h := t.head(k)
		if h < 0 {
			return false
		}
		switch t.lemma(h) {
		case "charge", "plead", "guilty", "convict", "accuse", "acquit", "indict", "sentence", "suspicion",
			"count", "conviction", "charges", "indictment", "try", "prosecute", "innocent":
			cs := t.caseOf(k)
			// (or hung on the accused: "charged the suspect with
			// terrorist murder")
			onAccused := t.rel(k) == "obj" && (own == "with" || own == "of")
			for _, m := range t.kids(k, "mark") {
				if w := t.lower(m); w == "with" || w == "of" {
					cs = w // (a clause: "charged with preparing")
				}
			}
			return cs == "with" || cs == "to" || cs == "of" || cs == "for" || t.lemma(h) == "count" || onAccused
		}
		// (through the preparing of it: "charged with preparing a
		// terrorist attack")
		if t.isVerbal(h) && !chargedDoing[t.lemma(h)] {
			return false
		}
		k = h
	}
	return false
}

// chargedDoing are the verbs of an act charged short of doing it.
var chargedDoing = map[string]bool{"attempt": true, "prepare": true, "plan": true, "plot": true, "conspire": true,
	"organise": true, "organize": true, "incite": true, "finance": true}

// chargeList: word i is in the list of what someone is charged with,
// however the parser hung the list on the charge ("on charges of being
// intoxicated in a public place, threatening and abusive behaviour,
// assault"): climbing through non-finite verbs, conjuncts and
// appositions, it reaches "charges of" without a finite verb between.
// reducedAccused: token i is "accused" or "suspected" right after a noun
// and right before "of" ("two men accused of supplying"), or the verb of
// what such people are accused of.
func reducedAccused(t *tree, i int) bool {
	at := func(k int) bool {
		if k < 1 || k+1 >= len(t.d.Tokens) || t.tok(k).Sent != t.tok(k-1).Sent || t.lower(k+1) != "of" {
			return false
		}
		if l := t.lemma(k); (l != "accuse" && l != "suspect") || t.tok(k).XPOS != "VBN" {
			return false
		}
		x := t.tok(k - 1).XPOS
		return x == "NNS" || x == "NN"
	}
	if at(i) {
		return true
	}
	return t.tok(i).XPOS == "VBG" && i >= 2 && t.lower(i-1) == "of" && at(i-2)
}

func chargeList(t *tree, i int) bool {
	for n, k := 0, i; n < 6 && k >= 0; n++ {
		h := t.head(k)
		if h < 0 {
			return false
		}
		for _, m := range t.kids(k, "mark") {
			if t.lower(m) == "for" {
				return false
			}
		}
		switch t.lemma(h) {
		case "charge", "charges", "count", "suspicion", "accusation", "indictment", "allegation":
			if t.tok(h).UPOS != "NOUN" {
				return false
			}
			// (not "a charge of assault for allegedly attacking him": what
			// the charge is for is the act alleged)
			for _, m := range t.kids(k, "mark", "case") {
				if w := t.lower(m); w == "of" || w == "with" {
					return true
				}
			}
			return false
		}
		switch t.tok(h).XPOS {
		case "VBD", "VBZ", "VBP", "MD":
			return false
		}
		k = h
	}
	return false
}

// carriedOff: a verb coordinated with v carries things away ("carried
// off computers", "took away documents").
func carriedOff(t *tree, v int) bool {
	ks := conjunctVerbs(t, v)
	// (or hung by the parser on a word of v's phrase: "raided the
	// headquarters on Tuesday and taken away computers")
	for _, k := range t.subtree(v, nil) {
		if k != v && t.rel(k) == "conj" && t.isVerbal(k) {
			ks = append(ks, k)
		}
	}
	for _, k := range ks {
		switch t.lemma(k) {
		case "carry", "take", "cart":
			for _, p := range t.kids(k, "compound:prt", "advmod") {
				if w := t.lower(p); w == "off" || w == "away" {
					return true
				}
			}
		}
	}
	return false
}

// labourContext: the sentence, or the one before, speaks of workers,
// unions, pay.
func labourContext(t *tree, i int) bool {
	// (the sentence, or the one before: "The government fired thousands
	// of workers ... The PSA said 80 percent of civil servants took part
	// in the strike")
	si := t.tok(i).Sent
	for s := max(0, si-1); s <= si; s++ {
		sent := t.d.Sentences[s]
		for k := sent.TokStart; k < sent.TokEnd; k++ {
			// (a name's word is no worker: "Ukraine's General Staff")
			if x := t.tok(k).XPOS; x == "NNP" || x == "NNPS" {
				continue
			}
			switch l := t.lemma(k); l {
			case "worker", "union", "employee", "staff", "wage", "pay", "salary", "teacher", "doctor", "nurse", "labour", "labor", "walkout", "work", "servant", "striker", "docker":
				return true
			default:
				if strings.HasSuffix(l, "worker") { // dockworkers, steelworkers
					return true
				}
			}
		}
	}
	return false
}

// struckAt: the strike noun at i is told on or against something other
// than a time ("the strike on the refinery"): an attack, not a walkout.
func struckAt(t *tree, acts *actors, i int) bool {
	for _, m := range t.kids(i, "nmod") {
		if cs := t.caseOf(m); (cs == "on" || cs == "against") && !acts.isTime(m) {
			return true
		}
	}
	return false
}

// appositiveSubject repairs a subject the parser split at its apposition:
// "Fighters with the group, the X (Y), took ..." parsed with "Fighters"
// as a caseless oblique of the verb and "the X" as its subject. The two
// are one actor: the text runs from the first phrase to the subject's
// end, the code is the more telling of the two.
func appositiveSubject(t *tree, acts *actors, v, sb int, sm *mention) *mention {
	if sm == nil {
		return nil
	}
	first := t.tok(sb).Start
	comma := -1
	for k := sb - 1; k >= 0 && t.tok(k).Start < first; k-- {
		if t.tok(k).UPOS == "DET" || t.tok(k).UPOS == "ADJ" || t.head(k) == sb {
			continue
		}
		if t.word(k) == "," {
			comma = k
		}
		break
	}
	if comma < 0 {
		return nil
	}
	sent := t.d.Sentences[t.tok(sb).Sent]
	for _, p := range t.kids(v, "obl", "nsubj", "dislocated", "nmod", "dep") {
		if p >= comma || p == sb || t.caseOf(p) != "" || p < sent.TokStart {
			continue
		}
		switch t.tok(p).UPOS {
		case "NOUN", "PROPN":
		default:
			continue
		}
		pm := acts.resolve(p)
		if pm == nil || pm.end > t.tok(comma).Start {
			continue
		}
		x := *sm
		x.start, x.text = pm.start, t.d.Text[pm.start:sm.end]
		if sm.code == "" || !isGroupCode(sm.code) && isGroupCode(pm.code) {
			x.code, x.name = pm.code, pm.name
		}
		return &x
	}
	return nil
}

// joint codes name what two parties do together: meet, negotiate,
// agree, fight each other.
func joint(code string) bool {
	switch ontology.Root(code) {
	case "04":
		return true
	}
	switch code {
	case "057", "0871", "190", "193", "036", "030", "046", "062", "061", "064":
		return true
	}
	return false
}

// sequenced: clause v is marked as happening before or after the one it
// hangs on ("before heading to Brussels", "after meeting Putin").
func sequenced(t *tree, v int) bool {
	for _, m := range t.kids(v, "mark") {
		switch t.lower(m) {
		case "before", "after", "then":
			return true
		}
	}
	return false
}

// leaderChangeNouns name a leader's going ("the resignation of X").
var leaderChangeNouns = map[string]bool{"resignation": true, "ouster": true, "removal": true}

// symmetric codes have no direction: fighting, meeting, negotiating.
func symmetric(code string) bool {
	switch code {
	case "190", "193", "040", "046", "044":
		return true
	}
	return false
}

// occurs: verb v tells that its subject happened ("erupted", "took
// place", however "place" was tagged).
func occurs(t *tree, v int) bool {
	if t.lemma(v) == "break" {
		// ("broke out", not "talks broke down")
		return slices.ContainsFunc(t.kids(v, "compound:prt"), func(k int) bool { return t.lower(k) == "out" })
	}
	if occurVerbs[t.lemma(v)] {
		return true
	}
	if t.lemma(v) == "take" {
		for _, k := range t.children[v] {
			if t.lower(k) == "place" {
				return true
			}
		}
	}
	return false
}

// protestDemands folds into a protest the demand it was held to make
// ("gathered outside the collector's office to demand the men's
// release"): what protesters demand is what their protest says, no
// appeal of its own.
func protestDemands(t *tree, cs []*cand) []*cand {
	protest := map[int]bool{}
	for _, c := range cs {
		if ontology.Root(c.code) == "14" && !c.noun {
			protest[c.trigger] = true
		}
	}
	if len(protest) == 0 && !slices.ContainsFunc(cs, func(c *cand) bool { return ontology.Root(c.code) == "14" }) {
		return cs
	}
	out := cs[:0]
	for _, c := range cs {
		if ontology.Root(c.code) == "10" && slices.ContainsFunc(c.purposeOf, func(v int) bool { return protest[v] }) {
			continue
		}
		// (or told after it by a participle or an infinitive, however
		// hung: "staged a sit-in ..., demanding the arrest of the
		// killers", "blocked the road ..., burning tyres and demanding")
		if ontology.Root(c.code) == "10" && !c.noun && (t.tok(c.trigger).XPOS == "VBG" || hasMarkTo(t, c.trigger)) && slices.ContainsFunc(cs, func(o *cand) bool {
			return o.sent == c.sent && o.trigger < c.trigger && ontology.Root(o.code) == "14" && status(o) == status(c)
		}) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// rankedNoun: noun n is ranked by a superlative ("the deadliest
// assault", "the worst violence", "the latest attack").
func rankedNoun(t *tree, n int) bool {
	if t.kid(n, "det") < 0 || t.lower(t.kid(n, "det")) != "the" {
		return false
	}
	ranked := false
	for _, k := range t.kids(n, "amod") {
		if t.tok(k).XPOS == "JJS" || t.lower(k) == "latest" {
			ranked = true
		}
	}
	// (not one told in a clause of time: "before the latest fighting
	// broke out, gunmen ambushed a bus")
	for v := t.head(n); ranked && v >= 0; v = t.head(v) {
		if !t.isVerbal(v) {
			continue
		}
		for _, m := range t.kids(v, "mark") {
			switch t.lower(m) {
			case "before", "after", "since", "until", "when", "while", "as":
				return false
			}
		}
		break
	}
	return ranked
}

// fill adds place, date, counts and attribution to a candidate.
func (s *Stage) fill(t *tree, acts *actors, c *cand) {
	c.meansOf, c.purposeOf, c.lemma = -1, nil, t.lemma(c.trigger)
	c.ranked = c.noun && rankedNoun(t, c.trigger)
	// (through a time word the parser hung it on: "used tear gas
	// overnight to break up the protests")
	if h := t.head(c.trigger); !c.noun && h >= 0 && t.rel(c.trigger) == "acl" && hasMarkTo(t, c.trigger) && adverbialTimeNoun(t.lower(h)) {
		if g := t.head(h); g >= 0 && t.isVerbal(g) {
			c.purposeOf = append(c.purposeOf, g)
		}
	}
	// (an adverbial clause, not a complement: "allowed them to leave")
	if h := t.head(c.trigger); !c.noun && h >= 0 && t.isVerbal(h) && t.rel(c.trigger) == "advcl" && hasMarkTo(t, c.trigger) {
		c.purposeOf = append(c.purposeOf, h)
		// (through the participle that does it: "marched, burning flags
		// to protest")
		if g := t.head(h); g >= 0 && t.isVerbal(g) && t.tok(h).XPOS == "VBG" && (t.rel(h) == "advcl" || t.rel(h) == "xcomp") {
			c.purposeOf = append(c.purposeOf, g)
		}
		// (no one says to protest: a purpose the parser hung on a report
		// is its complement's, "said it would hold a stoppage on Friday
		// ..., to protest")
		if _, says := reportVerbs[t.lemma(h)]; says {
			for _, g := range t.kids(h, "ccomp") {
				if g < c.trigger {
					c.purposeOf = append(c.purposeOf, g)
				}
			}
		}
	}
	if h := t.head(c.trigger); c.noun && h >= 0 && t.isVerbal(h) && (t.rel(c.trigger) == "obl" || t.fullRel(c.trigger) == "obl:agent") {
		switch t.caseOf(c.trigger) {
		case "by", "in", "during", "with":
			c.meansOf = h
		}
	}
	// the trigger of a noun event governed by a light verb shares its clause
	anchor := c.trigger
	if c.noun && t.head(anchor) >= 0 && lightVerb(t, t.head(anchor), anchor) {
		anchor = t.head(anchor)
	} else if w := freeRelative(t, anchor); c.noun && w >= 0 && lightVerb(t, t.head(w), anchor) {
		anchor = t.head(w)
	}
	// "protests erupted in Mombasa": the verb of an event noun's
	// happening places and dates it
	if c.noun && t.rel(anchor) == "nsubj" && t.head(anchor) >= 0 && occurs(t, t.head(anchor)) {
		anchor = t.head(anchor)
		c.toldWhere = true
	}
	// "called on its members to march in Conakry next Thursday": the
	// protest appealed for is dated and placed by its own clause
	if !c.noun && callVerbs[t.lemma(c.trigger)] && ontology.Root(c.code) == "14" {
		if _, x := appealedProtest(t, c.trigger); x >= 0 {
			anchor = x
		}
	}
	// "a first meeting is scheduled for Friday in Santiago": the verb
	// that schedules an event noun dates and places it
	if h := t.head(c.trigger); c.noun && h >= 0 && (t.fullRel(c.trigger) == "nsubj:pass" || t.rel(c.trigger) == "nsubj") && scheduleVerbs[t.lemma(h)] && t.passive(h) {
		anchor = h
	}
	// "in Hong Kong it was met with protests", "greeted with clashes"
	if h := t.head(c.trigger); c.noun && h >= 0 && t.caseOf(c.trigger) == "with" && t.passive(h) {
		switch t.lemma(h) {
		case "meet", "greet", "mark", "welcome", "receive":
			anchor = h
		}
	}
	c.anchor = anchor
	// (one person as both doer and victim, through two references that
	// resolve to the same name: the doer is unknown)
	if c.src != nil && c.tgt != nil && c.src.person && c.tgt.person && c.src.name != "" && c.src.name == c.tgt.name {
		c.src = nil
	}
	// "the attack injured three", "the ceasefire let rebels leave": a
	// happening or a deal as the subject is no doer
	if c.src != nil && c.src.code == "" && c.src.head >= 0 && c.src.head < len(t.d.Tokens) && (eventNoun(t, c.src.head) || dealNouns[t.lemma(c.src.head)]) {
		// ("the clashes had threatened a peace plan": a happening
		// endangers, it makes no threat)
		if !c.noun && ontology.Root(c.code) == "13" && !s.opts.DictionaryOnly {
			c.code = ""
			return
		}
		c.src = nil
	}
	// ("killed by a US airstrike in Baghdad": the strike's doer is the
	// country named on it, not the place it struck)
	if c.src != nil && c.src.head >= 0 && c.src.head < len(t.d.Tokens) && t.fullRel(c.src.head) == "obl:agent" && eventNoun(t, c.src.head) {
		var doer *mention
		for _, k := range t.kids(c.src.head, "compound", "amod", "nmod:poss") {
			if m := acts.resolve(k); m != nil && m.code != "" && k < c.src.head {
				doer = m
			}
		}
		c.src = doer
	}
	// "welcomed the call made by Sadr", "condemned the decision by
	// Russia", "rejected Iran's offer": the act is aimed at whoever made
	// the call, the decision, the offer
	if c.tgt != nil && c.tgt.code == "" && c.tgt.head >= 0 && c.tgt.head < len(t.d.Tokens) && actNouns[t.lemma(c.tgt.head)] {
		// (not the doer's own: "gave his first speech", "discussed his
		// plans")
		if m := actAgent(t, acts, c.tgt.head); m != nil && !sameActor(m, c.src) && (c.src == nil || m.code != c.src.code || m.name != c.src.name) {
			c.tgt = m
		}
	}
	// police who raided or searched a place and carried things off took
	// them, as the coders code it: a confiscation ("police had raided the
	// party's headquarters and carried off computers and documents")
	if !c.noun && (c.lemma == "raid" || c.lemma == "search") && (c.src == nil || strings.HasSuffix(c.src.code, "COP")) && carriedOff(t, c.trigger) {
		c.code = "1711"
	}
	// exercises held with someone are military cooperation with them
	if c.noun && c.code == "150" && t.lemma(c.trigger) == "exercise" && c.tgt != nil && c.tgt.code != "" && !sameActor(c.tgt, c.src) {
		c.code = "062"
	}
	// an armed force's parade or march is a show of force, not a protest
	if c.noun && c.code == "141" && (t.lemma(c.trigger) == "parade" || t.lemma(c.trigger) == "march") && c.src != nil && isArmed(c.src.code) {
		c.code = "150"
	}
	// "a road blockade by villagers", "truckers blockaded the port": a
	// blockade by people at large, protesters or workers is a protest
	// that obstructs (144), not a force's (191)
	if c.code == "191" && c.src != nil && actor.IsCivilian(c.src.code) && (t.lemma(c.trigger) == "blockade" || t.lemma(c.trigger) == "roadblock") {
		c.code = "144"
	}
	// "Ethiopia mobilized reservists", "Kenya deployed troops": the
	// forces a country moves are its own, not the story's home country's
	if c.tgt != nil && ontology.Root(c.code) == "15" {
		c.tgt = ownForces(t, c.src, c.tgt)
	}
	if !c.scheduled {
		c.place, c.placeScore = findPlace(t, acts, c, anchor)
	}
	info := findStatus(t, acts, c.trigger, anchor)
	c.attr = info.attr
	if c.scheduled || c.noun && anchor != c.trigger && scheduleVerbs[t.lemma(anchor)] && t.passive(anchor) {
		if c.attr == nil {
			c.attr = &doc.Attribution{}
		}
		c.attr.Status = "planned"
	}
	c.rep = info.rep
	c.repDate = reportTime(t, c.sent, info.rep)
	c.date, c.dateTied = findDate(t, c, anchor)
	consequenceDate(t, c)
	c.counts = findCounts(t, c, anchor)
	// "tried to assassinate": CAMEO has the attempt itself (185)
	if ontology.Root(c.code) == "18" && c.code != "185" && t.rel(c.trigger) == "xcomp" {
		if h := t.head(c.trigger); h >= 0 && (t.lemma(h) == "try" || t.lemma(h) == "attempt") && strings.HasPrefix(c.code, "186") {
			c.code = "185"
		}
	}
	// ("the government is sending a delegation to Bangassou on Friday":
	// what is being done on a weekday is the coming one's plan)
	if (c.attr == nil || c.attr.Status == "" || c.attr.Status == "reported") && presentProgressive(t, c.trigger) && c.date != nil && weekdayOf(c.date.Text) != "" {
		if c.attr == nil {
			c.attr = &doc.Attribution{}
		}
		c.attr.Status = "planned"
	}
	if c.attr != nil && c.attr.Status == "planned" {
		futureWeekday(t, c)
	} else if d := calledOnDate(t, c); d != nil {
		c.date = d
	} else if calledFor(t, c) {
		toComingWeek(t, c)
	}
	if info.unable && !s.opts.DictionaryOnly {
		c.code = "" // "were not able to provide"
		return
	}
	if cumulativeToll(t, c) && !s.opts.DictionaryOnly {
		c.code = ""
		return
	}
	// "any acts that threaten the country's sovereignty will not be
	// tolerated", "Ukraine's attacks would not go unpunished", "the rebels
	// will pay a heavy price": a warning, by the one who says so, to
	// whoever is told of; what is tolerated is no event
	if (c.lemma == "tolerate" || retribution(t, c)) && !s.opts.DictionaryOnly {
		if c.lemma == "tolerate" && !info.negated || c.lemma != "tolerate" && !info.negated && (c.attr == nil || c.attr.Status != "planned") {
			c.code = ""
			return
		}
		c.code = "130"
		if c.src == nil && info.rep >= 0 {
			if sb := t.kid(info.rep, "nsubj"); sb >= 0 {
				c.src = acts.resolve(sb)
			}
		}
		if c.attr != nil {
			c.attr.Status = statusOr(info.reportStatus, "")
		}
		return
	}
	if c.threat {
		if c.attr == nil {
			c.attr = &doc.Attribution{}
		}
		c.attr.Status = "hypothetical"
		return
	}
	if s.opts.DictionaryOnly || c.attr == nil {
		return
	}
	if info.unsaid {
		c.code = "" // "did not say he had ordered it"
		return
	}
	switch {
	case info.modal != "" && info.negated && warned(t, info.rep):
		// "warn that neither the U.S. nor Iran should intervene": the
		// warning is the happening, a threat to whoever should not act
		if sb := s.subject(t, info.rep); sb >= 0 {
			c.tgt = c.src
			c.src = acts.resolve(sb)
			c.code = "130"
			c.attr.Status = statusOr(info.reportStatus, "reported")
			// (the warner named with the warning, however far back the
			// parser left the subject: "they ... warn")
			if c.src != nil && c.attr.Text == t.word(info.rep) {
				c.attr.Text = c.src.text + " " + c.attr.Text
			}
		}
	case info.negated && info.conditional && info.modal == "" && ontology.Reject(c.code) != c.code:
		// "will not release him unless ...": a refusal on a condition
		c.code = ontology.Reject(c.code)
	case c.attr.Status == "negated" && info.modal == "" && ontology.Reject(c.code) != c.code && isRefusal(t, c):
		// CAMEO codes a refusal as a rejection ("declined to resign")
		c.code = ontology.Reject(c.code)
		c.attr.Status = statusOr(info.reportStatus, "")
	case c.attr.Status == "planned" || (info.offer || warned(t, info.rep) || (ontology.QuadClass(c.code) == 4 || ontology.Root(c.code) == "16") && ultimatum(t, c.trigger)) && c.attr.Status == "hypothetical":
		// ("warned Qatar that they will invade if ...": a threat to
		// Qatar, on its condition)
		if c.tgt == nil && warned(t, info.rep) {
			if o := t.kid(info.rep, "obj", "iobj"); o >= 0 {
				c.tgt = acts.resolve(o)
			}
		}
		// ("the defence minister warned that any armed group approaching
		// the frontier will be struck": who warns threatens what no one
		// is told to do)
		if c.src == nil && warned(t, info.rep) {
			if sb := t.kid(info.rep, "nsubj"); sb >= 0 {
				c.src = acts.resolve(sb)
			}
		}
		// and a plan or an offer as the statement of intent (or threat)
		// it is; not a restriction an authority announces, unwarned
		// ("announced that martial law would be extended to four more
		// townships": the measure, to come)
		if strings.HasPrefix(c.code, "172") && c.attr.Status == "planned" && !warned(t, info.rep) {
			return
		}
		c.code = ontology.Intent(c.code)
		// (a threat is dated when it is made, as the coders date it, not
		// when what it threatens would come: "warned that the NPA would
		// strike at plantations")
		// (a day told that is already past is kept: the day it was said)
		if statementCode(c.code) && t.d.Meta.Published != nil {
			pub := *t.d.Meta.Published
			if c.date == nil || c.date.To == nil || *c.date.To > pub {
				if c.repDate != nil {
					c.date = c.repDate
				} else {
					c.date = &doc.EventDate{To: &pub}
				}
			}
		}
	case info.modal != "" && info.rep >= 0 && ontology.Demand(c.code) != c.code:
		// "Z said Y must release them": Z demands it of Y ("should": Z
		// appeals to Y)
		if sb := t.kid(info.rep, "nsubj"); sb >= 0 {
			c.tgt = c.src
			c.src = acts.resolve(sb)
			if info.modal == "must" {
				c.code = ontology.Demand(c.code)
			} else {
				c.code = ontology.Appeal(c.code)
			}
			c.attr.Status = statusOr(info.reportStatus, "reported")
			// (an appeal on a condition, "if they were serious, they
			// should arm us", stays hypothetical: it asks only if the
			// condition holds)
		}
	}
	if info.conditional && c.attr.Status != "negated" {
		c.attr.Status = "hypothetical"
	}
	if c.attr.Status == "" && c.attr.Text == "" {
		c.attr = nil
	} else if c.attr.Status == "" {
		c.attr.Status = "reported"
	}
}

// retribution tells whether c is a warning of retribution coded by the
// lexicon (130 on "go unpunished", "pay a price", "face consequences"),
// whose subject is who is warned.
func retribution(t *tree, c *cand) bool {
	switch t.lemma(c.trigger) {
	case "go", "pay", "face":
		return c.code == "130" && !c.noun
	}
	return false
}

// prtOf is the particle a lexicon entry asks for, "" for none.
func prtOf(e *verbEntry) string {
	if e == nil {
		return ""
	}
	return e.prt
}

// ownForces is target tgt of a show or a move of force by src recoded as
// src's country's forces when it is a bare force noun ("troops",
// "reservists") that only the story gave a country; else tgt.
func ownForces(t *tree, src, tgt *mention) *mention {
	iso := actorCountry(src)
	h := tgt.head
	if iso == "" || !tgt.fromCoref || h < 0 || h >= len(t.d.Tokens) || len(tgt.code) < 6 || tgt.code[:3] == iso ||
		!strings.HasPrefix(tgt.code[3:], "MIL") || t.kid(h, "nmod:poss") >= 0 || namedModifier(t, h) || t.tok(h).UPOS != "NOUN" {
		return tgt
	}
	own := *tgt
	own.code = actor.Join(iso, tgt.code[3:])
	return &own
}

func statusOr(s, def string) string {
	if s != "" {
		return s
	}
	return def
}

// staleAge is how long before the report a happening told as over is
// background.
const staleAge = 92 * 24 * time.Hour

// staleBefore is the day before which a happening is background: staleAge
// before the document's date ("" when it has none).
func staleBefore(d *doc.Doc) string {
	if d.Meta.Published == nil {
		return ""
	}
	p, err := time.Parse("2006-01-02", *d.Meta.Published)
	if err != nil {
		return ""
	}
	return p.Add(-staleAge).Format("2006-01-02")
}

// finish types the merged events and gives them ids.
func (s *Stage) finish(d *doc.Doc, cs []*cand, home string) []doc.Event {
	out := make([]doc.Event, 0, len(cs))
	story := storyCountry(d)
	stale := staleBefore(d)
	for _, c := range cs {
		if c.fromDict && !s.opts.KeepUncoded && (c.src == nil || c.src.code == "" || c.tgt == nil || c.tgt.code == "") {
			continue
		}
		// violence told as over three months before the report ("In April
		// 2023, an air strike on Pazigyi village killed more than 160")
		// is the story's background, not its news
		// (violence; a plan dated in the past is a misread date)
		if stale != "" && ontology.QuadClass(c.code) == 4 && status(c) != "planned" && status(c) != "hypothetical" &&
			c.date != nil && c.date.To != nil && len(*c.date.To) == 10 && *c.date.To < stale {
			continue
		}
		// a statement of a foreign government's told with no place
		// ("KHAZNA, IRAQ — ... Obama called on Maliki"; its source known
		// only now, after the merges) is not in the reporter's town, nor
		// where the last fighting was, but in the speaker's country, as
		// precise as the text allows
		if c.placeScore == 0 && c.place != nil {
			if p := foreignSpeaker(d, c, c.place); p >= 0 {
				c.place = eventPlace(&d.Places[p])
			} else if p := ownGround(d, c, c.place); p >= 0 {
				c.place = eventPlace(&d.Places[p])
			} else if p := countryWide(d, c); p >= 0 {
				c.place = eventPlace(&d.Places[p])
			}
		}
		// a statement placed nowhere by the text or the story ("Amnesty
		// International has called for an investigation") is in the
		// speaker's country when it is a country's, else in the country
		// the story is about, as precise as that
		if c.place == nil {
			if iso := actorCountry(c.src); iso != "" {
				if p := countryPlace(d, iso); p >= 0 {
					c.place = eventPlace(&d.Places[p])
				}
			}
			if c.place == nil && story >= 0 {
				c.place = eventPlace(&d.Places[story])
			}
		}
		plover, mode := ploverOf(d, c)
		cx := ontology.ACLEDContext{}
		if c.src != nil {
			cx.SourceState = actor.IsState(c.src.code)
		}
		if c.tgt != nil {
			cx.TargetCivilian = actor.IsCivilian(c.tgt.code)
			cx.TargetArmed = isArmed(c.tgt.code)
		}
		tk := d.Tokens[c.trigger]
		sent := d.Sentences[c.sent]
		src := c.src.toActor()
		if src == nil {
			src = impliedSource(c, tk.Start, home)
		}
		ev := doc.Event{
			ID:          fmt.Sprintf("e%d", len(out)+1),
			CAMEO:       c.code,
			PLOVER:      plover,
			Mode:        mode,
			ACLED:       ontology.ACLED(c.code, cx),
			QuadClass:   ontology.QuadClass(c.code),
			Goldstein:   ontology.Goldstein(c.code),
			Trigger:     triggerSpan(d, c.trigger),
			Source:      src,
			Target:      c.tgt.toActor(),
			Place:       townOfPart(d, c.place),
			Date:        c.date,
			Sentence:    doc.TextSpan{Start: sent.Start, End: sent.End, Text: d.Text[sent.Start:sent.End]},
			Attribution: c.attr,
			Counts:      c.counts,
			Mentions:    c.mentions,
		}
		if ev.Counts == nil {
			ev.Counts = []doc.Count{}
		}
		out = append(out, ev)
	}
	return out
}

// ownTime: event noun i has a time in its own phrase ("the shooting on
// Friday", "Saturday's stabbing"), not only one the sentence ties to it.
func ownTime(t *tree, acts *actors, i int) bool {
	for _, x := range t.subtree(i, phraseSkip) {
		if x != i && acts.isTime(x) {
			return true
		}
	}
	return false
}

// townOfPart places an event told in a district the gazetteer does not
// know ("in the city's Abbassiya district", resolved as a part of Cairo at
// Cairo's point) at the town it is part of, naming the district as the
// place's part: the town is what the gazetteer, maps and other reports
// of the happening know.
func townOfPart(d *doc.Doc, p *doc.EventPlace) *doc.EventPlace {
	if p == nil || p.GeonameID != 0 {
		return p
	}
	var part *doc.Place
	for i := range d.Places {
		if q := &d.Places[i]; q.GeonameID == 0 && q.Name == p.Name && q.Feature == "PPLX" && q.Relation != "" {
			part = q
		}
	}
	if part == nil {
		return p
	}
	for i := range d.Places {
		q := &d.Places[i]
		if q.GeonameID != 0 && strings.HasPrefix(q.Feature, "PPL") && q.Country == part.Country && q.Lat == part.Lat && q.Lon == part.Lon {
			town := eventPlace(q)
			town.Part = p.Name
			return town
		}
	}
	return p
}

// actNouns are nouns of what someone said, decided or offered, aimed at
// by those who answer it.
// wordNouns are said or decided things one can attack only in words.
var wordNouns = map[string]bool{"proclamation": true, "declaration": true, "law": true, "bill": true,
	"criticism": true, "claim": true, "report": true, "idea": true, "view": true, "stance": true, "position": true,
	"ruling": true, "verdict": true, "deal": true, "agreement": true, "budget": true, "reform": true, "record": true,
	"investigation": true, "inquiry": true, "probe": true, "subpoena": true, "impeachment": true, "process": true,
	"resolution": true, "measure": true, "legislation": true, "election": true, "vote": true, "result": true}

var actNouns = map[string]bool{"call": true, "decision": true, "offer": true, "statement": true, "remark": true,
	"comment": true, "proposal": true, "plan": true, "move": true, "announcement": true, "appeal": true,
	"demand": true, "request": true, "initiative": true, "speech": true, "policy": true, "order": true,
	"ultimatum": true, "threat": true, "warning": true, "invitation": true, "suggestion": true}

// actAgent returns who made act noun n: its possessor ("Iran's offer"),
// its by- or from-phrase ("the decision by Russia", "the offer from
// Iran") or the agent of a participle on it ("the call made by Sadr"),
// when that is a coded actor or a person.
func actAgent(t *tree, acts *actors, n int) *mention {
	var cands []int
	for _, k := range t.kids(n, "nmod:poss") {
		// (a possessive pronoun is too often the doer's own: "withdrew
		// its warnings")
		if t.tok(k).UPOS != "PRON" {
			cands = append(cands, k)
		}
	}
	for _, k := range t.kids(n, "nmod") {
		if cs := t.caseOf(k); cs == "by" || cs == "from" {
			cands = append(cands, k)
		}
	}
	for _, v := range t.kids(n, "acl") {
		if t.tok(v).XPOS == "VBN" {
			cands = append(cands, t.kids(v, "obl:agent")...)
		}
	}
	// ("condemned the decision by Russia" with the by-phrase hung on the
	// active verb: its by-phrase right after the object)
	if v := t.head(n); v >= 0 && t.rel(n) == "obj" && !t.passive(v) {
		for _, k := range t.kids(v, "obl") {
			if k > n && t.caseOf(k) == "by" {
				cands = append(cands, k)
			}
		}
	}
	for _, k := range cands {
		if m := acts.resolve(k); m != nil && (m.code != "" || m.person) {
			return m
		}
	}
	return nil
}
