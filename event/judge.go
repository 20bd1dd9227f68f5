package event

import (
	"slices"
	"strings"
	"time"

	"github.com/sitrep/sitrep/doc"

	"github.com/sitrep/sitrep/ontology"
)

// DefaultMinConfidence is the confidence below which an event is not
// reported (Options.MinConfidence).
const DefaultMinConfidence = 0.5

// judge scores how likely candidate c, with its roles, place, date and
// status filled, is a happening the article reports (1 sure, 0 not an
// event). It weighs whether the trigger's arguments make sense for its
// type, whether the clause tells background (habits, history) rather than
// news, and how much the event says. It may clear a target that is no
// actor for the type (the thing given, not the recipient).
// detainVerbs take people into custody.
var detainVerbs = map[string]bool{"arrest": true, "detain": true, "hold": true, "apprehend": true}

// arrestToldBefore: a sentence before the one of token i tells people
// taken into custody by a verb ("police arrested 40 people"; not "held",
// which holds talks as often, nor "those detained" again).
func arrestToldBefore(t *tree, i int) bool {
	for k := 0; k < len(t.d.Tokens) && t.tok(k).Sent < t.tok(i).Sent; k++ {
		if strings.HasPrefix(t.tok(k).XPOS, "VB") && (t.lemma(k) == "arrest" || t.lemma(k) == "detain") && (k == 0 || t.lower(k-1) != "those") {
			return true
		}
	}
	return false
}

func (s *Stage) judge(t *tree, c *cand, anchor int) float64 {
	if c.code == "" {
		return 0 // told as unsaid (fill)
	}
	conf := 1.0
	// "armed men marched ...", parsed as a reduced relative: the marchers
	// are the source of a protest, not its target
	if ontology.Root(c.code) == "14" && !c.noun && t.rel(c.trigger) == "acl" && c.src == nil && c.tgt != nil && c.tgt.head == t.head(c.trigger) {
		c.src, c.tgt = c.tgt, nil
	}
	if background(t, c, anchor) || c.dateTied && history(t, c) {
		return 0
	}
	if !c.noun {
		// "mobile internet remained suspended for a second day": a state
		// that goes on, told before as it began
		// (however it was parsed: right after the verb)
		if h := t.head(c.trigger); t.tok(c.trigger).XPOS == "VBN" && (h >= 0 && t.lemma(h) == "remain" && t.rel(c.trigger) == "xcomp" ||
			c.trigger > 0 && t.lemma(c.trigger-1) == "remain" && t.tok(c.trigger-1).Sent == t.tok(c.trigger).Sent) {
			return 0
		}
		// "Pakistan has long accused the Taliban government of
		// sheltering the TTP", "Kyiv has repeatedly rejected similar
		// accusations in the past": a habit of years, no happening
		if habitOfYears(t, c.trigger) {
			return 0
		}
		// "a man who refused to move", "smugglers that refused to stop":
		// who someone is, told by what they would not do
		if c.lemma == "refuse" && t.fullRel(c.trigger) == "acl:relcl" {
			return 0
		}
		// "many of those killed had no criminal record": the victims,
		// named by what was done to them, not the deed told (those
		// arrested may be all the story says of the arrests)
		if x := t.tok(c.trigger).XPOS; (x == "VBN" || x == "VBD") && (killVerbs[c.lemma] || c.lemma == "injure" || c.lemma == "wound") && c.trigger > 0 && t.lower(c.trigger-1) == "those" && t.tok(c.trigger-1).Sent == t.tok(c.trigger).Sent {
			return 0
		}
		// ("Nine of those detained were due to appear ...", after "police
		// arrested 40 people": the arrests told before, named again)
		if x := t.tok(c.trigger).XPOS; (x == "VBN" || x == "VBD") && detainVerbs[c.lemma] && c.trigger > 0 && t.lower(c.trigger-1) == "those" && t.tok(c.trigger-1).Sent == t.tok(c.trigger).Sent && !c.dateTied && arrestToldBefore(t, c.trigger) {
			return 0
		}
		// "men who had tried to flee": an attempt to get away, no
		// displacement
		if ontology.Root(c.code) == "16" && c.lemma == "flee" && t.rel(c.trigger) == "xcomp" && t.head(c.trigger) >= 0 {
			if l := t.lemma(t.head(c.trigger)); l == "try" || l == "attempt" {
				return 0
			}
		}
		// "said a vegetable seller whose stall was burned": who the
		// speaker is, told by what befell them
		if h := t.head(c.trigger); t.fullRel(c.trigger) == "acl:relcl" && h >= 0 && t.rel(h) == "nsubj" && t.head(h) >= 0 && speechVerbs[t.lemma(t.head(h))] {
			for _, k := range t.kids(c.trigger, "nsubj", "nsubj:pass", "obj") {
				if t.kid(k, "nmod:poss") >= 0 && t.lower(t.kid(k, "nmod:poss")) == "whose" {
					return 0
				}
			}
		}
		// "RSF fighters and allied Arab militiamen": a participle that
		// says what kind, no act
		if t.tok(c.trigger).XPOS == "VBN" && ontology.QuadClass(c.code) <= 2 && (t.rel(c.trigger) == "amod" || c.lemma == "ally" && len(t.kids(c.trigger, "aux", "aux:pass", "cop")) == 0) {
			return 0
		}
		// "pamphlets left at the scene were signed by the group": a
		// signature under a text, no agreement
		if c.lemma == "sign" && ontology.Root(c.code) == "05" {
			if h := t.head(c.trigger); t.rel(c.trigger) == "acl" && h >= 0 && signedTexts[t.lemma(h)] {
				return 0
			}
			// (signed "by" someone, the text the clause is about:
			// "Pamphlets left at the scene were signed by ...")
			if t.kid(c.trigger, "obj") < 0 && slices.ContainsFunc(t.kids(c.trigger, "obl:agent", "obl"), func(k int) bool { return t.caseOf(k) == "by" }) {
				for v, n := c.trigger, 0; v >= 0 && n < 3; v, n = t.head(v), n+1 {
					if sb := t.kid(v, "nsubj", "nsubj:pass"); sb >= 0 {
						if signedTexts[t.lemma(sb)] {
							return 0
						}
						break
					}
				}
			}
		}
		// "a camp sheltering families displaced by earlier fighting",
		// "adding to the tens of thousands displaced": people named by
		// what befell them
		if c.lemma == "displace" && t.tok(c.trigger).XPOS == "VBN" && (t.fullRel(c.trigger) == "acl" || t.rel(c.trigger) == "amod") && (fleeingToldBeside(t, c.trigger) || earlierAgent(t, c.trigger)) {
			return 0
		}
		// "a delegation led by the foreign minister is expected in
		// Nouakchott": who heads it, not a journey
		if c.lemma == "lead" && t.fullRel(c.trigger) == "acl" {
			return 0
		}
		// "taking our water without asking us": not done
		for _, m := range t.kids(c.trigger, "mark") {
			if t.lower(m) == "without" {
				return 0
			}
		}
		// "three soldiers were wounded and evacuated by helicopter": the
		// wounded carried away, no retreat
		if c.lemma == "evacuate" && t.kid(c.trigger, "obj") < 0 && t.tok(c.trigger).XPOS == "VBN" {
			return 0
		}
	}
	// "release the files from their investigation", "details of the
	// attack": a happening named inside a record of it, with nothing of
	// its own, is a mention, not news
	if c.noun && t.rel(c.trigger) == "nmod" && !c.dateTied && c.placeScore < 3 && len(c.counts) == 0 {
		if h := t.head(c.trigger); h >= 0 && (infoNouns[t.lemma(h)] || recordNouns[t.lemma(h)] || kindNouns[t.lemma(h)]) {
			return 0
		}
	}
	// (the record read as the noun's compound: "released footage of a
	// street fight" parsed as "footage ... fight")
	if c.noun && !c.dateTied && len(c.counts) == 0 {
		for _, k := range t.kids(c.trigger, "compound") {
			if k < c.trigger && recordNouns[t.lemma(k)] {
				return 0
			}
		}
	}
	// "the gang's leader is under U.N. and U.S. sanctions": a standing
	// measure someone is under, not one imposed now
	if c.noun && t.caseOf(firstConjunct(t, c.trigger)) == "under" && (c.lemma == "sanction" || c.lemma == "embargo") && !c.dateTied {
		return 0
	}
	// "each side blamed the other for firing first": a recrimination that
	// names no one
	if ontology.Root(c.code) == "11" && !c.noun {
		if sb, o := t.kid(c.trigger, "nsubj"), t.kid(c.trigger, "obj"); sb >= 0 && o >= 0 && t.lemma(o) == "other" && (t.lemma(sb) == "each" || slices.ContainsFunc(t.kids(sb, "det"), func(k int) bool { return t.lemma(k) == "each" })) {
			return 0
		}
	}
	// "a bus terminal surrounded by shops": a place described, no siege
	if c.lemma == "surround" && !c.noun && t.rel(c.trigger) == "acl" && (c.src == nil || c.src.code == "") {
		return 0
	}
	// "experts attribute this to human activity": a cause that is no one
	// is no accusation
	if c.lemma == "attribute" && c.tgt != nil && c.tgt.code == "" && !c.tgt.person && !c.tgt.group && c.tgt.place < 0 {
		return 0
	}
	// "Russia's goal was to help Mr Trump win", "the aim is to destabilise
	// the region": a goal stated is no happening
	if !c.noun && hasMarkTo(t, c.trigger) && len(t.kids(c.trigger, "cop")) > 0 {
		for _, sb := range t.kids(c.trigger, "nsubj", "nsubj:outer") {
			if goalNouns[t.lemma(sb)] {
				return 0
			}
		}
	}
	// "the new rules were released", "released a video": what is
	// published is no one set free
	if c.lemma == "release" && c.tgt != nil && c.tgt.head >= 0 && c.tgt.code == "" && !c.tgt.person {
		if l := t.lemma(c.tgt.head); infoNouns[l] || recordNouns[l] || publishedNouns[l] {
			return 0
		}
	}
	// "arrested two teenagers, accused of plotting an attack": the
	// charge described on the person, by no one named, is what the
	// arrest was for, not an accusation made
	if !c.noun && c.src == nil && ontology.Root(c.code) == "11" && (t.rel(c.trigger) == "acl" || t.rel(c.trigger) == "advcl") && t.tok(c.trigger).XPOS == "VBN" && len(t.kids(c.trigger, "aux", "aux:pass", "nsubj", "nsubj:pass")) == 0 {
		switch t.lemma(c.trigger) {
		case "accuse", "suspect", "blame":
			return 0
		}
	}
	// "the crowd dispersed peacefully": a crowd going home is no one
	// dispersing it
	if !c.noun && c.lemma == "disperse" && t.kid(c.trigger, "obj") < 0 && t.kid(c.trigger, "nsubj:pass") < 0 && t.kid(c.trigger, "aux:pass") < 0 && (t.tok(c.trigger).XPOS != "VBN" || t.kid(c.trigger, "nsubj") >= 0) && t.rel(c.trigger) != "xcomp" && t.rel(c.trigger) != "advcl" {
		return 0
	}
	// "riot officers charged and fired rubber projectiles": a charge
	// with no one charged is a rush at a crowd, not an indictment
	if !c.noun && c.lemma == "charge" && ontology.Root(c.code) == "17" && rushCharge(t, c.trigger) {
		return 0
	}
	// "19 people were marched into the bush": people marched by others
	// are driven, not protesting
	if !c.noun && c.lemma == "march" && ontology.Root(c.code) == "14" && (t.kid(c.trigger, "nsubj:pass") >= 0 || passiveNoAgent(t, c.trigger) && t.tok(c.trigger).XPOS == "VBN") {
		return 0
	}
	// "Stevanin is accused of murdering five women", "militias were
	// accused of killing civilians": an accusation told with no accuser
	// is a charge someone stands under, not a happening (unless the
	// story opens on it: "The chancellor of a Spanish university has
	// himself been accused of plagiarising")
	if !c.noun && c.sent > 1 && (c.lemma == "accuse" || c.lemma == "suspect" || c.lemma == "blame") && t.tok(c.trigger).XPOS == "VBN" && passiveNoAgent(t, c.trigger) {
		return 0
	}
	// "it was not clear if all five were killed at the castle", "asked
	// whether troops had fired": a question, not a statement
	if embeddedQuestion(t, c.trigger) || anchor != c.trigger && embeddedQuestion(t, anchor) || askedAbout(t, c.trigger) {
		return 0
	}
	// "planned to murder the official", "plotted to attack a police
	// station" told of the past: a plan that did not come about (unless
	// its time is still ahead: "planned to visit Jordan next week")
	if !c.noun && pastPlan(t, c.trigger) && !datedAfterReport(t, c) {
		return 0
	}
	// "encouraged him to conduct an attack": what an appeal asks for,
	// however the appeal itself was coded
	if v := anchor; c.noun && v != c.trigger && t.rel(v) == "xcomp" && t.head(v) >= 0 && appealVerbs[t.lemma(t.head(v))] && hasMarkTo(t, v) {
		return 0
	}
	// (the infinitive hung on the one asked: "invited the rebels to
	// resume the peace talks")
	if v := anchor; c.noun && v != c.trigger && t.rel(v) == "acl" && hasMarkTo(t, v) {
		if o := t.head(v); o >= 0 && t.rel(o) == "obj" && t.head(o) >= 0 && appealVerbs[t.lemma(t.head(o))] {
			return 0
		}
	}
	// "her fight against the amendment", "the battle against corruption":
	// a campaign against a thing, not fighting
	if c.noun && ontology.Root(c.code) == "19" && (c.src == nil || !isArmed(c.src.code)) && c.tgt != nil && c.tgt.head >= 0 && !agentive(c.tgt) && t.caseOf(c.tgt.head) == "against" && !c.dateTied && len(c.counts) == 0 {
		return 0
	}
	// "reiterated calls for Israel to accept a two-state solution": what
	// an appeal asks someone to do has not happened
	if !c.noun && t.rel(c.trigger) == "acl" && hasMarkTo(t, c.trigger) {
		if h := t.head(c.trigger); h >= 0 && appealNouns[t.lemma(h)] && t.tok(h).UPOS == "NOUN" {
			return 0
		}
	}
	// "hackers helped swing the election", "helped overcome the rift":
	// helping something happen is no aid
	if !c.noun && t.lemma(c.trigger) == "help" && len(t.kids(c.trigger, "xcomp", "ccomp")) > 0 {
		return 0
	}
	// "at agreed upon meeting points": a participle taking a preposition
	// is a modifier the parser hung as a phrase, no happening
	if !c.noun && (t.rel(c.trigger) == "obl" || t.rel(c.trigger) == "nmod") && len(t.kids(c.trigger, "case")) > 0 && t.tok(c.trigger).XPOS != "VBG" {
		return 0
	}
	// "raises money annually to assist the medical services", "in a bid
	// to assist", "drilling only to protect Turkish interests": an aim
	// told in a purpose infinitive is no happening
	if !c.noun && aimVerbs[t.lemma(c.trigger)] && purposeInfinitive(t, c.trigger) {
		return 0
	}
	// "the rebels are backed by Iran", "militias which support the PKK",
	// "the Taliban wants foreign forces to leave": the simple present
	// tells a state or a habit, not a happening (statements, demands and
	// threats aside: news tells those in the present too)
	// (praise told as said is said: "residents said they welcome the
	// call")
	saidPraise := c.code == "051" && t.rel(c.trigger) == "ccomp" && t.head(c.trigger) >= 0 && speechVerbs[t.lemma(t.head(c.trigger))]
	// (PETRARCH codes the present as it codes the past: dictionary
	// coding keeps it)
	if !c.noun && !c.scheduled && !s.opts.DictionaryOnly && !headingSentence(t, c.sent) && ontology.Root(c.code) != "01" && !saidPraise && (!speechAct(c.code) || stanceVerbs[t.lemma(c.trigger)]) {
		v := c.trigger
		if t.rel(v) == "xcomp" && t.head(v) >= 0 {
			v = t.head(v)
		}
		// (a schedule told in the present is a plan: "is scheduled to
		// meet", "plans to visit")
		if simplePresent(t, c.trigger) || v != c.trigger && simplePresent(t, v) && !scheduleVerbs[t.lemma(v)] {
			return 0
		}
	}
	// "death tolls provided by officials", "a statement delivered via the
	// press secretary", "a statement released by the office": words
	// handed over, not aid or a release
	// "the drivers fled", "the gunman escaped": a getaway, not people
	// displaced
	if strings.HasPrefix(c.code, "166") && !c.noun && (c.lemma == "flee" || c.lemma == "escape") && c.tgt != nil && c.tgt.head >= 0 && c.tgt.head < len(t.d.Tokens) &&
		(perpetratorNouns[t.lemma(c.tgt.head)] || c.tgt.person || !c.tgt.plural && t.tok(c.tgt.head).UPOS == "PRON") {
		return 0
	}
	// "ten people were killed in separate attacks", "dozens have been
	// killed in sectarian clashes": a tally of many happenings, with no
	// day of its own, is background
	if !c.noun && !c.dateTied && ontology.QuadClass(c.code) == 4 {
		for _, k := range t.kids(c.trigger, "obl") {
			if t.caseOf(k) == "in" && t.tok(k).XPOS == "NNS" && eventNoun(t, k) && len(t.kids(k, "det")) == 0 {
				return 0
			}
		}
	}
	// "Police arrested the accused": a participle with a determiner names
	// a person
	if !c.noun && len(t.kids(c.trigger, "det")) > 0 && (t.tok(c.trigger).XPOS == "VBN" || t.tok(c.trigger).XPOS == "JJ") {
		return 0
	}
	// "approached Khan armed with a fire extinguisher": armed is how he
	// was, not arms given
	if !c.noun && t.lemma(c.trigger) == "arm" && t.kid(c.trigger, "obj") < 0 && t.kid(c.trigger, "obl:agent") < 0 {
		hasBy := false
		for _, k := range t.kids(c.trigger, "obl") {
			if t.caseOf(k) == "by" {
				hasBy = true
			}
		}
		if !hasBy {
			return 0
		}
	}
	// "was convicted of terrorism years ago": long past
	if !c.dateTied && yearsAgo(t, c.trigger) {
		return 0
	}
	// "not everyone agreed there should be another referendum": agreeing
	// with a view is an opinion, not a pledge (unless a dictionary
	// pattern codes it: "% * [030:030]")
	if !c.noun && c.phrase == nil && t.lemma(c.trigger) == "agree" && len(t.kids(c.trigger, "ccomp")) > 0 && t.kid(c.trigger, "obl") < 0 {
		return 0
	}
	// "could not agree on a budget": what could not be done
	if negated(t, c.trigger) && (status(c) == "hypothetical" || couldAux(t, c.trigger)) && !speechAct(c.code) && ontology.Root(c.code) != "12" {
		return 0
	}
	// "had been hosting a program": hosting is of visitors or meetings
	if !c.noun && ontology.Root(c.code) == "04" && t.lemma(c.trigger) == "host" {
		if o := t.kid(c.trigger, "obj"); o >= 0 && !meetingNouns[t.lemma(o)] && (c.tgt == nil || c.tgt.code == "") {
			return 0
		}
	}
	// "the agreement on sending soldiers to Libya": what an agreement or
	// a plan is about, not a happening
	if !c.noun && t.tok(c.trigger).XPOS == "VBG" {
		// (however the parser hung the noun: its head, or its subject)
		h := t.head(c.trigger)
		if sb := t.kid(c.trigger, "nsubj"); sb >= 0 && sb < c.trigger {
			h = sb
		}
		if h >= 0 && aboutNouns[t.lemma(h)] {
			for _, k := range t.kids(c.trigger, "case", "mark") {
				switch t.lower(k) {
				case "on", "about", "for", "over", "of":
					return 0
				}
			}
		}
	}
	// "did not mean to kill him", "never intended to attack": what was not
	// meant is not told as done
	if !c.noun && t.rel(c.trigger) == "xcomp" {
		if h := t.head(c.trigger); h >= 0 && meantVerbs[t.lemma(h)] && negated(t, h) {
			return 0
		}
	}
	// "In all, four were killed": a sum of the happenings told before
	if ontology.QuadClass(c.code) == 4 && summingUp(t, c.sent) {
		return 0
	}
	// "has been blamed for attacks in Turkey": attacks in general, bare
	// and undated, that a charge is about
	if c.noun && !c.dateTied && t.tok(c.trigger).XPOS == "NNS" && t.caseOf(c.trigger) == "for" &&
		len(t.kids(c.trigger, "det", "nummod", "nmod:poss")) == 0 && len(c.counts) == 0 {
		return 0
	}
	// "arrested 41 people for blocking roads and attacking officers":
	// what people are held or charged for is the charge, not a happening
	// told
	if !c.noun && t.tok(c.trigger).XPOS == "VBG" && chargedFor(t, c.trigger) {
		return 0
	}
	// ("the ADF is blamed for killing thousands of civilians": the
	// undated deeds a group is blamed for by no one named)
	if !c.noun && !c.dateTied && c.trigger > 0 && t.tok(c.trigger).XPOS == "VBG" && t.lower(c.trigger-1) == "for" {
		if h := t.head(c.trigger); h >= 0 && t.lemma(h) == "blame" && t.tok(h).XPOS == "VBN" && passiveNoAgent(t, h) {
			return 0
		}
	}
	// "family members tried to help": aid with nothing given and no one
	// helped is none
	if !c.noun && ontology.Root(c.code) == "07" && c.tgt == nil && t.kid(c.trigger, "obj") < 0 && len(t.kids(c.trigger, "obl", "xcomp", "ccomp")) == 0 {
		return 0
	}
	// "who is now in custody", "remains in custody": a state, not an
	// arrest
	if c.noun && (t.lemma(c.trigger) == "custody" || t.lemma(c.trigger) == "detention") {
		for _, k := range t.kids(c.trigger, "cop") {
			if w := t.lower(k); w == "is" || w == "are" || w == "'s" || w == "'re" {
				return 0
			}
		}
		if h := t.head(c.trigger); h >= 0 && (t.lemma(h) == "remain" || t.lower(h) == "remains") {
			return 0
		}
	}
	// "was taken to the Medical University of Gdansk": taken for care,
	// not abducted
	if strings.HasPrefix(c.code, "181") && !c.noun && c.lemma == "take" {
		for _, k := range t.kids(c.trigger, "obl") {
			if t.caseOf(k) != "to" {
				continue
			}
			for _, x := range t.subtree(k, nil) {
				switch t.lower(x) {
				case "hospital", "medical", "clinic", "infirmary", "hospitals", "trauma":
					return 0
				}
			}
		}
	}
	// "was treated and released": let go by a hospital, not by captors
	if strings.HasPrefix(c.code, "084") && !c.noun && (t.rel(c.trigger) == "conj" && t.lemma(t.head(c.trigger)) == "treat" || len(t.kids(c.trigger, "conj")) > 0 && t.lemma(t.kids(c.trigger, "conj")[0]) == "treat") {
		return 0
	}
	if r := ontology.Root(c.code); (r == "07" || r == "08") && carriesInfo(t, c.trigger) {
		return 0
	}
	// "the accident killed eleven", "died in the fire": a disaster's
	// toll, no one's violence
	if r := ontology.Root(c.code); (r == "18" || r == "19" || r == "20") && (disasterCaused(t, c.trigger) || collision(t, c.trigger)) {
		return 0
	}
	// "an assault in Ghazni in August 2018" in a January 2019 report: a
	// happening three months or more before the report is recalled, not
	// reported
	if st := status(c); st != "planned" && st != "hypothetical" && oldNews(t, c) {
		return 0
	}
	// "fled" with no one named fleeing: no displacement to report
	if c.code == "166" && c.tgt == nil {
		return 0
	}
	// "did not accede to the protesters' demands", "one of the five
	// demands of the protesters": a demand referred to, not made
	// (a material act planned is a threat of the planner's, not a demand
	// referred to: "ready to take military action")
	if c.noun && !c.refused && speechAct(c.code) && !occursHere(t, c.trigger) && !(c.attr != nil && c.attr.Status == "planned" && ontology.Root(c.code) == "13") {
		return 0
	}
	// "a police colonel who asked not to be named": anonymity, not an
	// appeal
	// (and "who asked that his full name not be used", "asked that her
	// surname be withheld")
	if ontology.Root(c.code) == "02" {
		for _, x := range t.kids(c.trigger, "xcomp", "ccomp", "advcl") {
			if l := t.lemma(x); l == "name" || l == "identify" || l == "quote" {
				return 0
			}
			for _, k := range t.kids(x, "nsubj:pass", "nsubj", "obj") {
				if l := t.lemma(k); l == "name" || l == "surname" || l == "identity" {
					return 0
				}
			}
		}
	}
	// "took the city without a fight": what did not happen
	if c.noun && t.caseOf(c.trigger) == "without" {
		return 0
	}
	// "angered by the perception that soldiers allowed the fighters to
	// take the city": what someone believes or fears, not a report
	for n, v := 0, anchor; v >= 0 && n < 5; n, v = n+1, t.head(v) {
		h := t.head(v)
		if h < 0 {
			break
		}
		if r := t.rel(v); (r == "acl" || r == "ccomp") && t.tok(h).UPOS == "NOUN" && beliefNouns[t.lemma(h)] {
			return 0
		}
	}
	// "another attack ascribed to the Taliban", "a strike blamed on
	// rebels": a participle with no one saying it names a suspicion, not
	// an accusation someone made
	// "students backed by opposition parties", "rebels supported by
	// Turkey": a participle telling who stands behind an actor describes
	// it
	if !c.noun && t.fullRel(c.trigger) == "acl" && t.tok(c.trigger).XPOS == "VBN" && !c.dateTied && backingVerbs[c.lemma] {
		return 0
	}
	// (and so does a relative clause: "a man who had been accused of
	// pulling a gun")
	if !c.noun && speechAct(c.code) && t.kid(c.trigger, "obl:agent") < 0 &&
		(t.fullRel(c.trigger) == "acl" && t.tok(c.trigger).XPOS == "VBN" || t.fullRel(c.trigger) == "acl:relcl" && t.passive(c.trigger)) {
		return 0
	}
	// what a quotation tells is the speaker's account ("ISIS is not
	// defeated", "he fired a live shot at the attacker"), not the
	// article's report; what the speaker does in saying it is an event of
	// the speaker's ("we warn the Saudis")
	// (as is a warning that something "will not be tolerated", "would
	// not go unpunished", and a refusal, "there would be \"no truce with
	// the militia\"")
	if t.quoted[c.trigger] && !c.refused && !(ontology.Root(c.code) == "13" && warned(t, c.rep)) && !firstPerson(t, s.subject(t, c.trigger)) && !quotedReport(t, c) && c.lemma != "tolerate" && !retribution(t, c) {
		return 0
	}
	// "ruled out sending ground forces", "did not attack": what did not
	// happen, when CAMEO has no refusal code for it
	// (unless a dictionary pattern codes the negated verb itself: "NOT *
	// RELATIONS")
	if status(c) == "negated" && (c.phrase == nil || !c.phrase.negation) {
		return 0
	}
	// "to avoid being encircled", "prevented them from crossing": what
	// the governing verb keeps from happening
	for n, v := 0, c.trigger; v >= 0 && n < 3; n, v = n+1, t.head(v) {
		if r := t.rel(v); r != "xcomp" && r != "advcl" && r != "ccomp" {
			break
		}
		if h := t.head(v); h >= 0 && avoidVerbs[t.lemma(h)] {
			return 0
		}
	}
	// (and the happening a verb keeps from being: "tried to avoid a
	// fight"; one escaped happened)
	if h := t.head(c.trigger); c.noun && h >= 0 && t.rel(c.trigger) == "obj" && preventVerbs[t.lemma(h)] {
		return 0
	}
	// "the protesters' demands were legitimate": a noun described, not told
	if c.noun && ontology.QuadClass(c.code) != 4 && (t.rel(c.trigger) == "nsubj" || t.fullRel(c.trigger) == "nsubj:pass") {
		if h := t.head(c.trigger); h >= 0 && len(t.kids(h, "cop")) > 0 {
			return 0
		}
	}
	// "did not say when or how the force would be deployed": an open
	// question under a verb of saying or knowing, not a happening
	if indirectQuestion(t, anchor) {
		return 0
	}
	// "if the government withdrew its forces": a condition, not a happening
	for n, v := 0, anchor; v >= 0 && n < 8; n, v = n+1, t.head(v) {
		if t.rel(v) == "advcl" {
			for _, m := range t.kids(v, "mark") {
				if w := t.lower(m); w == "if" || w == "unless" {
					return 0
				}
			}
		}
		if t.rel(v) == "parataxis" {
			break
		}
	}
	// "residents who fled to Pemba", "a farmer who fled the village": the
	// flight describes the people, it is not the news
	if c.code == "166" && !c.noun && (t.fullRel(c.trigger) == "acl:relcl" || t.rel(c.trigger) == "amod") {
		return 0 // ("camps for displaced people": a description too)
	}
	// "heavy rains have displaced 20,000 people": a disaster, not a
	// conflict event
	if c.code == "166" && c.src != nil && c.src.head >= 0 && hazards[t.lemma(c.src.head)] {
		return 0
	}
	// "flash floods swept through the valleys, killing 14 people": deaths
	// a hazard caused (the subject of the clause the participle hangs on)
	if r := ontology.Root(c.code); r == "18" || r == "19" || r == "20" {
		for n, v := 0, c.trigger; v >= 0 && n < 3; n, v = n+1, t.head(v) {
			if sb := t.kid(v, "nsubj"); sb >= 0 {
				if hazards[t.lemma(sb)] {
					return 0
				}
				break
			}
			if r := t.rel(v); r != "advcl" && r != "conj" && r != "xcomp" {
				break
			}
		}
	}
	// (a warning that neither of them should act is the warner's act)
	if (noSubject(t, c.trigger) || noSubject(t, anchor)) && !(c.code == "130" && warned(t, c.rep)) {
		return 0 // "no group claimed responsibility"
	}
	if c.tgt != nil {
		switch ontology.Root(c.code) {
		case "04", "05", "06":
			// consulting, praising, cooperating with a thing ("the call",
			// "a drive") is no dyadic event; "held a meeting", "signed an
			// agreement" are
			// (praise of an act whose maker is not found, "welcome the
			// call to arms": aimed at someone unknown)
			if !agentive(c.tgt) && actNouns[t.lemma(c.tgt.head)] && ontology.Root(c.code) == "05" {
				c.tgt = nil
				break
			}
			// (a visit to a place named by its noun is a visit: "travel to
			// the capital Juba")
			visitPlace := (strings.HasPrefix(c.code, "042") || strings.HasPrefix(c.code, "043")) && c.tgt.head >= 0 && c.tgt.head < len(t.d.Tokens) && (c.tgt.place >= 0 || isPlaceNoun(t.lemma(c.tgt.head)))
			if !agentive(c.tgt) && !dealThing(t, c.tgt.head) && !visitPlace {
				return 0
			}
		case "03", "07", "08":
			// "provide weapons", "lay down arms": the thing, not a recipient
			if c.tgt.code == "" && !c.tgt.person && !c.tgt.group && c.tgt.place < 0 {
				c.tgt = nil
			}
		}
	}
	if c.src == nil && c.tgt == nil {
		// nothing says who did it or to whom: an event noun, a plan or a
		// condition is worth reporting only as a violent happening tied
		// to a place in its sentence; a verb stating what happened keeps
		// a lower confidence
		switch {
		case ontology.QuadClass(c.code) == 4 && c.placeScore >= 1:
			conf -= 0.2
		case c.fromDict || status(c) == "planned" || status(c) == "hypothetical" || status(c) == "negated":
			conf -= 0.6
		default:
			conf -= 0.4
		}
	}
	if c.fromDict {
		conf -= 0.1
	}
	if conf < 0 {
		conf = 0
	}
	return conf
}

// agentive reports whether a mention can be the party an event is done to:
// a coded actor, a person, a group or a place.
func agentive(m *mention) bool {
	return m != nil && (m.headCoded && (m.code != "" || m.place >= 0) || m.person || m.group || m.fromCoref && m.code != "")
}

// noSubject: the clause's subject is negated by its determiner ("no group
// claimed", "neither side attacked", "no one was arrested") or is no one
// ("Nobody has been charged with his killing").
func noSubject(t *tree, v int) bool {
	if v < 0 {
		return false
	}
	sb := t.kid(v, "nsubj", "nsubj:pass")
	if sb < 0 {
		return false
	}
	if w := t.lower(sb); w == "nobody" || w == "none" {
		return true
	}
	for _, k := range t.kids(sb, "det", "cc:preconj") {
		if w := t.lower(k); w == "no" || w == "neither" {
			return true
		}
	}
	return false
}

// hasPerfect: verb v has a perfect auxiliary ("has been arrested").
func hasPerfect(t *tree, v int) bool {
	for _, a := range t.kids(v, "aux") {
		switch t.lower(a) {
		case "has", "have", "had", "'s", "'ve", "'d":
			return true
		}
	}
	return false
}

// habitOfYears: verb v is in the present perfect and told as done again and
// again or for long: "has long accused", "have repeatedly asked", "has
// rejected ... in the past", "have accused ... over the years".
func habitOfYears(t *tree, v int) bool {
	perfect := false
	for _, a := range t.kids(v, "aux") {
		if l := t.lower(a); (l == "has" || l == "have" || l == "'ve") && t.tok(v).XPOS == "VBN" {
			perfect = true
		}
	}
	if !perfect {
		return false
	}
	// (not when the clause tells when: "have repeatedly attacked the
	// town this week")
	for _, k := range t.kids(v, "obl", "obl:tmod", "obl:npmod", "nmod:tmod") {
		if inTime(t, k) && t.lemma(k) != "past" {
			return false
		}
	}
	for _, k := range t.kids(v, "advmod") {
		switch t.lower(k) {
		case "long", "repeatedly", "often", "frequently", "consistently", "always", "regularly":
			return true
		}
	}
	for _, k := range t.kids(v, "obl") {
		switch l := t.lemma(k); {
		case l == "past" && t.caseOf(k) == "in":
			return true
		case timeUnits[l] && (t.caseOf(k) == "over" || t.caseOf(k) == "for"):
			return true
		}
	}
	return false
}

// pastPerfect: verb v is in the past perfect ("had attacked", "had been
// assaulted").
func pastPerfect(t *tree, v int) bool {
	for _, a := range t.kids(v, "aux") {
		if l := t.lower(a); l == "had" || l == "'d" && t.tok(v).XPOS == "VBN" {
			return true
		}
	}
	return false
}

// momentNouns name a point in a happening ("at one point", "at the same
// time").
var momentNouns = map[string]bool{"point": true, "time": true, "moment": true, "stage": true}

// spanUnits measure a stretch of time ("the day before", "weeks before").
var spanUnits = map[string]bool{"minute": true, "hour": true, "day": true, "night": true, "week": true, "month": true,
	"year": true, "moment": true, "decade": true}

// timeUnits are the nouns of spans long enough to make a clause a habit or
// a history: "for years", "in recent decades".
var timeUnits = map[string]bool{"year": true, "decade": true, "century": true, "generation": true, "years": true, "decades": true}

// simplePresent: verb v is in the simple present, active ("supports") or
// passive ("are backed"), with no other auxiliary.
func simplePresent(t *tree, v int) bool {
	x := t.tok(v).XPOS
	var aux, pass []int
	for _, k := range t.kids(v, "aux") {
		if t.fullRel(k) == "aux:pass" {
			pass = append(pass, k)
		} else {
			aux = append(aux, k)
		}
	}
	switch {
	case x == "VBP" && invariantPastTold(t, v):
		return false
	case (x == "VBZ" || x == "VBP") && len(aux) == 0 && len(pass) == 0:
		return t.tok(v).UPOS == "VERB"
	case x == "VBN" && len(aux) == 0 && len(pass) == 1:
		px := t.tok(pass[0]).XPOS
		return px == "VBZ" || px == "VBP"
	}
	return false
}

// invariantPastTold: verb v, tagged present, has a past that is written
// the same ("shut", "hit", "put") and its sentence dates it to a past day
// ("Earlier this month, authorities shut down seven radio stations"):
// it is the past.
func invariantPastTold(t *tree, v int) bool {
	if !invariantPast[t.lower(v)] || t.d.Meta.Published == nil {
		return false
	}
	pub := *t.d.Meta.Published
	si := t.tok(v).Sent
	sent := t.d.Sentences[si]
	for _, tm := range t.d.Times {
		if tm.Start >= sent.Start && tm.End <= sent.End && tm.Type == "DATE" && tm.From != nil && *tm.From <= pub && (tm.To == nil || *tm.To <= pub) {
			return true
		}
	}
	// (or a story told in the past around it: the sentence before, in
	// the same paragraph, tells its happening in the past tense, "... the
	// monitors said. Russian jets hit a market in Ariha")
	if t.quoted[v] || si == 0 || t.d.Sentences[si-1].Para != sent.Para {
		return false
	}
	prev := t.d.Sentences[si-1]
	for k := prev.TokStart; k < prev.TokEnd; k++ {
		if t.tok(k).XPOS == "VBD" && t.head(k) < 0 && !t.quoted[k] {
			return true
		}
	}
	return false
}

// invariantPast are verbs whose past is their present form.
var invariantPast = map[string]bool{"shut": true, "put": true, "hit": true, "cut": true, "set": true, "beat": true,
	"cast": true, "burst": true, "shed": true, "spread": true, "hurt": true, "quit": true, "let": true, "thrust": true,
	"upset": true, "split": true, "bet": true, "rid": true, "broadcast": true}

// beliefNouns name a belief or a feeling whose content is not reported
// as fact ("the perception that ...", "fears that ...").
var beliefNouns = map[string]bool{"perception": true, "belief": true, "fear": true, "suspicion": true, "impression": true,
	"idea": true, "notion": true, "rumor": true, "rumour": true, "speculation": true, "sense": true, "feeling": true,
	"worry": true, "hope": true, "expectation": true, "possibility": true, "prospect": true, "risk": true, "threat": true}

// quotedReport: c is a happening a quoted statement reports in the past
// tense as its main clause ("Trump's statement read: \"Hamza bin Ladin
// ... was killed in a United States counterterrorism operation\"", "\"He
// pulled a handgun and shot at both officers,\" he said"): a report like
// an indirect one, not the speaker's rhetoric.
func quotedReport(t *tree, c *cand) bool {
	if c.noun || !pastVerb(t, c.trigger) && !pastTense(t, c.trigger) {
		return false
	}
	v := c.trigger
	for t.rel(v) == "conj" && t.head(v) >= 0 && t.quoted[t.head(v)] {
		v = t.head(v)
	}
	h := t.head(v)
	return (t.rel(v) == "ccomp" || t.rel(v) == "parataxis") && h >= 0 && !t.quoted[h]
}

// stanceVerbs tell what someone wants, not an appeal made ("the Taliban
// wants foreign forces to leave").
var stanceVerbs = map[string]bool{"want": true, "seek": true, "hope": true, "wish": true, "need": true, "desire": true}

// meantVerbs tell what someone meant to do.
var meantVerbs = map[string]bool{"mean": true, "intend": true, "want": true, "plan": true, "aim": true, "wish": true}

// vehicleNouns are what strikes people on the road.
var vehicleNouns = map[string]bool{"car": true, "vehicle": true, "truck": true, "lorry": true, "bus": true, "van": true,
	"train": true, "motorcycle": true, "suv": true, "taxi": true, "tram": true}

// vehicle: noun a names a vehicle, or something driving ("a Volvo XC90
// driving on the wrong side of the road").
func vehicle(t *tree, a int) bool {
	if vehicleNouns[t.lemma(a)] {
		return true
	}
	for _, k := range t.kids(a, "acl") {
		if t.lemma(k) == "drive" {
			return true
		}
	}
	return false
}

// roadObjects are what a vehicle runs into.
var roadObjects = map[string]bool{"rail": true, "guardrail": true, "barrier": true, "pole": true, "lamppost": true, "tree": true,
	"wall": true, "median": true, "curb": true, "kerb": true, "fence": true, "embankment": true, "ditch": true, "bridge": true}

// collision: "struck" or "hit" at v tells a road accident: a vehicle
// struck ("was struck by a Volvo driving on the wrong side of the road"),
// what was hit is a rail, a pole or a tree ("struck a guard rail and
// flipped the truck"), or the one striking was driving a vehicle, not
// into something ("was driving a pickup truck erratically ... and struck
// a group of motorcyclists"; "drove a truck into the crowd" is an attack).
func collision(t *tree, v int) bool {
	if l := t.lemma(v); l != "strike" && l != "hit" || t.tok(v).UPOS == "NOUN" {
		return false
	}
	for _, a := range t.kids(v, "obl") {
		if (t.fullRel(a) == "obl:agent" || t.caseOf(a) == "by") && vehicle(t, a) {
			return true
		}
	}
	if o := t.kid(v, "obj"); o >= 0 && roadObjects[t.lemma(o)] {
		return true
	}
	drives := func(d int) bool {
		if d < 0 || t.lemma(d) != "drive" {
			return false
		}
		if o := t.kid(d, "obj"); o < 0 || !vehicle(t, o) {
			return false
		}
		for _, k := range t.kids(d, "obl") {
			if t.caseOf(k) == "into" {
				return false
			}
		}
		return true
	}
	if r := t.rel(v); (r == "conj" || r == "advcl") && drives(t.head(v)) {
		return true
	}
	for _, k := range t.kids(v, "conj") {
		if k < v && drives(k) {
			return true
		}
	}
	return false
}

// aboutNouns are agreements, plans and talks whose content a gerund on
// them tells.
var aboutNouns = map[string]bool{"agreement": true, "deal": true, "accord": true, "talk": true, "plan": true,
	"proposal": true, "law": true, "bill": true, "decision": true, "treaty": true, "memorandum": true, "negotiation": true}

// meetingNouns are what is hosted besides people.
var meetingNouns = map[string]bool{"summit": true, "talk": true, "meeting": true, "conference": true, "visit": true,
	"delegation": true, "negotiation": true, "forum": true, "round": true, "session": true, "dialogue": true}

// yearsAgo: the clause of word i says it was years or decades ago (with
// no other verb between them: "rebels who entered the country two years
// ago" dates the entering, however the parser hung it).
func yearsAgo(t *tree, i int) bool {
	for _, k := range t.kids(i, "advmod", "obl", "obl:npmod", "obl:tmod", "nmod:tmod") {
		for _, x := range t.subtree(k, nil) {
			if t.lower(x) == "ago" && !verbBetween(t, i, x) {
				for _, y := range t.subtree(k, nil) {
					if l := t.lower(y); l == "years" || l == "decades" {
						return true
					}
				}
				// ("convicted of terrorism years ago": "years" hung
				// apart from its "ago")
				if x > 0 && t.tok(x-1).Sent == t.tok(x).Sent {
					if l := t.lower(x - 1); l == "years" || l == "decades" {
						return true
					}
				}
			}
		}
	}
	return false
}

// verbBetween: a verb stands strictly between words a and b.
func verbBetween(t *tree, a, b int) bool {
	if a > b {
		a, b = b, a
	}
	for x := a + 1; x < b; x++ {
		if t.tok(x).UPOS == "VERB" {
			return true
		}
	}
	return false
}

// couldAux: verb i has "could", "can" or "would" as its auxiliary.
func couldAux(t *tree, i int) bool {
	for _, k := range t.kids(i, "aux") {
		switch t.lower(k) {
		case "could", "can", "would", "ca":
			return true
		}
	}
	return false
}

// summingUp: sentence si opens by summing up what was told ("In all,",
// "In total,", "Altogether,").
func summingUp(t *tree, si int) bool {
	sent := t.d.Sentences[si]
	if sent.TokEnd-sent.TokStart < 3 {
		return false
	}
	a, b := t.lower(sent.TokStart), t.lower(sent.TokStart+1)
	return a == "in" && (b == "all" || b == "total") || a == "altogether" || a == "overall" && b == ","
}

// speechAct: the code is something done by saying it: an appeal, a
// demand, a disapproval, a rejection, a threat.
func speechAct(code string) bool {
	switch ontology.Root(code) {
	case "02", "10", "11", "12", "13":
		return true
	}
	return false
}

// headingSentence: sentence si is a heading or headline (a short line
// without final punctuation), where news writes happenings in the present.
func headingSentence(t *tree, si int) bool {
	p := t.d.Sentences[si].Para
	return p >= 0 && p < len(t.d.Paragraphs) && t.d.Paragraphs[p].Heading
}

// infoNouns are things said or counted, not goods.
var infoNouns = map[string]bool{"statement": true, "toll": true, "figure": true, "number": true, "detail": true,
	"information": true, "evidence": true, "account": true, "report": true, "update": true, "speech": true,
	"address": true, "remark": true, "comment": true, "message": true, "letter": true, "testimony": true,
	"data": true, "assessment": true, "estimate": true, "briefing": true, "explanation": true, "answer": true,
	"document": true, "video": true, "footage": true,
	"recording": true, "manifesto": true, "film": true, "list": true, "name": true, "result": true,
	"album": true, "book": true, "song": true, "identity": true}

// termsNouns are deals and laws whose terms a participle may tell ("the
// agreement on sending soldiers", "a law banning protests").
var termsNouns = map[string]bool{"agreement": true, "deal": true, "accord": true, "treaty": true, "pact": true,
	"memorandum": true, "contract": true, "protocol": true, "plan": true, "proposal": true, "bill": true,
	"law": true, "measure": true, "decree": true, "legislation": true, "amendment": true, "ban": true,
	"ceasefire": true, "cease-fire": true, "truce": true}

// recordNouns hold what was found or told of a happening.
var recordNouns = map[string]bool{"file": true, "files": true, "record": true, "transcript": true, "finding": true,
	"photo": true, "photograph": true, "image": true, "picture": true, "archive": true, "note": true,
	"footage": true, "video": true, "recording": true, "tape": true}

// goalNouns name what someone means to do ("the goal was to help").
var goalNouns = map[string]bool{"goal": true, "aim": true, "objective": true, "purpose": true, "intention": true,
	"plan": true, "mission": true, "task": true, "strategy": true, "idea": true}

// publishedNouns are released as a publication, not set free.
var publishedNouns = map[string]bool{"rule": true, "regulation": true, "guideline": true, "result": true, "list": true,
	"name": true, "album": true, "film": true, "book": true, "version": true, "plan": true, "policy": true, "poll": true,
	"survey": true, "study": true, "budget": true, "fund": true, "funding": true, "song": true, "single": true,
	"documentary": true, "movie": true, "video": true, "episode": true, "podcast": true, "trailer": true, "game": true}

// ceaseFire: noun h is "fire" of a "cease-fire" the tokenizer split.
func ceaseFire(t *tree, h int) bool {
	if t.lemma(h) != "fire" {
		return false
	}
	for _, k := range t.kids(h, "compound") {
		if t.lower(k) == "cease" {
			return true
		}
	}
	return false
}

// documentContent: verb v lies in a modal relative clause on a law, a
// plan or a deal ("a bill that would allow ...", "a plan that could see
// troops deployed"), or in the clauses under it.
func documentContent(t *tree, v int) bool {
	for a, n := v, 0; a >= 0 && n < 6; a, n = t.head(a), n+1 {
		switch t.fullRel(a) {
		case "acl:relcl", "acl":
			h := t.head(a)
			if h < 0 || !dealNouns[t.lemma(h)] && !documentNouns[t.lemma(h)] && !ceaseFire(t, h) {
				return false
			}
			// ("the agreement on sending soldiers to Libya", "a law
			// banning protests": what the deal is about)
			// (a statement's participle is what it says: "issued a
			// declaration demanding that ...")
			if (t.tok(a).XPOS == "VBG" || hasMarkTo(t, a)) && (termsNouns[t.lemma(h)] || ceaseFire(t, h)) {
				return true // (or its infinitive: "a cease-fire to evacuate rebels")
			}
			for _, x := range t.kids(a, "aux") {
				switch t.lower(x) {
				case "would", "could", "might", "may", "will", "can", "should", "shall":
					return true
				}
			}
			return false
		case "xcomp", "ccomp", "conj", "advcl":
			continue
		}
		if a != v {
			return false
		}
	}
	return false
}

// documentNouns are texts that provide for acts.
var documentNouns = map[string]bool{"bill": true, "legislation": true, "amendment": true, "decree": true,
	"order": true, "ordinance": true, "regulation": true, "rule": true, "policy": true, "motion": true}

// disasterNouns name what kills without a doer.
var disasterNouns = map[string]bool{"accident": true, "collapse": true, "crash": true, "collision": true, "pileup": true, "fire": true, "blaze": true,
	"flood": true, "flooding": true, "earthquake": true, "quake": true, "storm": true, "cyclone": true,
	"hurricane": true, "typhoon": true, "tornado": true, "landslide": true, "mudslide": true, "avalanche": true,
	"disease": true, "outbreak": true, "virus": true, "heatwave": true, "stampede": true, "eruption": true,
	"tsunami": true, "drought": true, "famine": true, "pandemic": true, "epidemic": true, "illness": true,
	"derailment": true, "wildfire": true, "bushfire": true, "lightning": true, "rain": true, "rains": true}

// disasterCaused: verb v's doer is a disaster ("the accident killed
// eleven", "the collapse of the building killed"), or its victims died
// in one ("were killed in a car crash").
func disasterCaused(t *tree, v int) bool {
	if sb := t.kid(v, "nsubj"); sb >= 0 && disasterNouns[t.lemma(sb)] {
		return true
	}
	// ("a traffic collision which killed a motorcyclist": the noun the
	// relative clause is on)
	if sb := t.kid(v, "nsubj"); sb >= 0 && relPronouns[t.lower(sb)] && t.fullRel(v) == "acl:relcl" && t.head(v) >= 0 && disasterNouns[t.lemma(t.head(v))] {
		return true
	}
	// ("flash floods swept through the valleys, killing 14": the
	// participle's doer is its clause's subject)
	if r := t.rel(v); (r == "advcl" || r == "conj") && t.kid(v, "nsubj") < 0 && t.tok(v).XPOS == "VBG" {
		if sb := t.kid(t.head(v), "nsubj"); sb >= 0 && disasterNouns[t.lemma(sb)] {
			return true
		}
	}
	for _, k := range t.kids(v, "obl") {
		if cs := t.caseOf(k); (cs == "in" || cs == "by" || cs == "during" || cs == "after") && disasterNouns[t.lemma(k)] {
			return true
		}
	}
	return false
}

// carriesInfo: what verb v hands over is information: its object, its
// passive subject, or the noun it modifies as a participle.
func carriesInfo(t *tree, v int) bool {
	for _, k := range t.kids(v, "obj", "nsubj:pass") {
		if infoNouns[t.lemma(k)] {
			return true
		}
		// ("provide a lot of details": what the amount is of)
		if amountNouns[t.lemma(k)] {
			for _, n := range t.kids(k, "nmod") {
				if t.caseOf(n) == "of" && infoNouns[t.lemma(n)] {
					return true
				}
			}
		}
	}
	// ("supplied the FBI with information")
	for _, k := range t.kids(v, "obl") {
		if t.caseOf(k) == "with" && infoNouns[t.lemma(k)] {
			return true
		}
	}
	if r := t.rel(v); (r == "acl" || r == "amod") && t.head(v) >= 0 {
		return infoNouns[t.lemma(t.head(v))]
	}
	// the participle read as the clause's verb ("death tolls, provided
	// by officials to journalists, exceeded 100")
	if sb := t.kid(v, "nsubj"); sb >= 0 && t.tok(v).XPOS == "VBN" && t.kid(v, "obl:agent") >= 0 && len(t.kids(v, "aux", "aux:pass")) == 0 {
		return infoNouns[t.lemma(sb)]
	}
	return false
}

// amountNouns tell how much of something there is ("a lot of details").
var amountNouns = map[string]bool{"lot": true, "lots": true, "plenty": true, "deal": true, "amount": true,
	"number": true, "bit": true, "some": true, "more": true, "most": true, "little": true}

// oldNewsDays is how long before the report a happening is history.
const oldNewsDays = 90

// oldNews: c is dated wholly oldNewsDays or more before the report.
func oldNews(t *tree, c *cand) bool { return datedBefore(t, c, oldNewsDays) || pastYearOnly(t, c) }

// pastYearOnly: c is dated only by a year before the report's ("last
// year", "in 2018" in a January 2019 report): history the story recalls.
func pastYearOnly(t *tree, c *cand) bool {
	p := t.d.Meta.Published
	if p == nil || c.date == nil || c.date.From == nil || c.date.To == nil || len(*p) < 4 {
		return false
	}
	f, to := *c.date.From, *c.date.To
	return len(f) == 10 && len(to) == 10 && f[:4] == to[:4] && f[5:] == "01-01" && to[5:] == "12-31" && f[:4] < (*p)[:4]
}

// occursHere: event noun n is made or told as happening by its clause:
// the subject or object of a light verb ("issued demands", "the demands
// came"), a clause of its own, not the object of another act or a
// predicate described.
func occursHere(t *tree, n int) bool {
	h := t.head(n)
	if h < 0 {
		return true
	}
	if len(t.kids(h, "cop")) > 0 || t.tok(h).UPOS == "NUM" {
		return false // "This was one of the five demands"
	}
	// ("welcome the call to arms made by the cleric": its maker told,
	// it was made)
	if madeBy(t, n) >= 0 {
		return true
	}
	switch t.rel(n) {
	case "obj", "obl", "nmod":
		return lightVerbs[t.lemma(h)] || !t.isVerbal(h) && t.tok(h).UPOS != "NUM"
	}
	return true
}

// madeBy is the "by" phrase naming who made statement or act n, told by
// a participle on it ("the call made by the cleric", "a statement issued
// by the army"), else -1.
func madeBy(t *tree, n int) int {
	for _, k := range t.kids(n, "acl") {
		if !makerVerbs[t.lemma(k)] {
			continue
		}
		for _, x := range t.kids(k, "obl:agent", "obl") {
			if t.caseOf(x) == "by" {
				return x
			}
		}
	}
	return -1
}

// makerVerbs tell who made a statement or an act (madeBy).
var makerVerbs = map[string]bool{"make": true, "issue": true, "launch": true, "give": true, "voice": true, "deliver": true, "stage": true, "carry": true}

// firstPerson: token k is "I" or "we".
func firstPerson(t *tree, k int) bool {
	if k < 0 {
		return false
	}
	w := t.lower(k)
	return w == "i" || w == "we"
}

// background reports whether the clause of the event tells a habit or a
// history rather than a happening of the news: "have long disputed",
// "fought the U.S. for years", "has operated in the region since the
// 1990s", "used to raid", "has carried out dozens of strikes in recent
// years", or a date range of months or more.
// backingVerbs tell who stands behind someone.
var backingVerbs = map[string]bool{"back": true, "support": true, "sponsor": true, "fund": true, "finance": true, "bankroll": true}

// presentTense: verb v is a simple present ("controls") or a present
// progressive ("are fighting").
func presentTense(t *tree, v int) bool {
	switch t.tok(v).XPOS {
	case "VB":
		// (a relative clause's bare verb with no modal is a present the
		// tagger missed: "which with Niger form the alliance")
		return t.fullRel(v) == "acl:relcl" && len(t.kids(v, "aux", "aux:pass")) == 0 && t.kid(v, "mark") < 0
	case "VBP":
		return !invariantPastTold(t, v)
	case "VBZ":
		return true
	case "VBG":
		for _, a := range t.kids(v, "aux") {
			switch t.lower(a) {
			case "is", "are", "am", "'s", "'re":
				return true
			}
		}
	}
	return false
}

func background(t *tree, c *cand, anchor int) bool {
	// "It is not the first time Crolley has been arrested", "This is the
	// first time police have used live rounds": a tally of times, the
	// history or the restatement of what is told elsewhere
	if !c.noun && hasPerfect(t, c.trigger) {
		sent := t.d.Sentences[t.tok(c.trigger).Sent]
		// (only the tally "it is (not) the first time": "For the first
		// time, police have fired live rounds" is news)
		for k := sent.TokStart + 2; k+1 < c.trigger; k++ {
			if t.lemma(k+1) != "time" || !(t.lower(k) == "first" || t.lower(k) == "second" || t.lower(k) == "third" || t.lower(k) == "last") || t.lower(k-1) != "the" {
				continue
			}
			for b := k - 2; b >= sent.TokStart && b >= k-3; b-- {
				if t.lemma(b) == "be" {
					return true
				}
			}
		}
	}
	// "the police have used force against protesters before": done
	// before, unnamed when, is the story's history
	if !c.noun {
		for _, k := range t.kids(c.trigger, "advmod") {
			// (not "the day before": a date)
			if t.lower(k) == "before" && len(t.children[k]) == 0 && k > c.trigger && !spanUnits[t.lemma(k-1)] {
				return true
			}
		}
	}
	// "countries such as Algeria, which are fighting armed militants",
	// "the group, which holds the north": a relative clause in the
	// present telling who someone is, with no time of its own
	// (not a statement: "Turkey, which accuses the cleric of ...")
	// (and any act told so of a kind of people: "one of several radical
	// groups that demand the return of ancestral lands", "tribes that
	// complain of discrimination")
	// (and what a body is made of, told so: "Mali and Burkina Faso,
	// which with Niger form the Alliance of Sahel States")
	if !c.noun && t.fullRel(c.trigger) == "acl:relcl" && !c.dateTied && presentTense(t, c.trigger) && (ontology.QuadClass(c.code) == 4 || barePlural(t, t.head(c.trigger)) || compositionVerbs[c.lemma]) {
		return true
	}
	// "fighting between Muslims and Christians from 1998 to 2001 that
	// killed more than 1,000 people": a past relative clause with no time
	// of its own, on a phrase that tells of long ago, is that history
	if !c.noun && t.fullRel(c.trigger) == "acl:relcl" && !c.dateTied && pastTense(t, c.trigger) && oldTimeIn(t, t.tok(c.trigger).Sent, t.head(c.trigger), c.trigger) {
		return true
	}
	// "The province was shaken by weeks of protests in June 2023 ...
	// Dozens of people were injured then": "then" after the verb points
	// at the old time the sentence before told
	if !c.noun && !c.dateTied && thenOfOldTime(t, c.trigger) {
		return true
	}
	// "In November 2023, the government and the rebels announced in Oslo
	// that they had agreed ...": a sentence framed by a time long past
	// tells history, whatever it tells
	if oldFrame(t, t.tok(c.trigger).Sent) && !(c.dateTied && c.date != nil && c.date.To != nil && *c.date.To >= staleBefore(t.d)) {
		return true
	}
	// "four guards had been killed this year": a tally of the year so
	// far, not a happening (violence counted, told in the perfect)
	if !c.noun && ontology.QuadClass(c.code) == 4 && len(c.counts) > 0 && (hasPerfect(t, c.trigger) || pastPerfect(t, c.trigger)) && c.date != nil && c.date.From != nil && c.date.To != nil && t.d.Meta.Published != nil && len(*t.d.Meta.Published) >= 4 {
		if y := (*t.d.Meta.Published)[:4]; *c.date.From == y+"-01-01" && *c.date.To == y+"-12-31" {
			return true
		}
	}
	// "four years of negotiations", "decades of war" (not one day or
	// night: "a sixth straight night of protests" is the one under way)
	if h := t.head(c.trigger); c.noun && t.rel(c.trigger) == "nmod" && h >= 0 && timeUnits[t.lemma(h)] {
		if !oneDayOf(t, h) {
			return true
		}
	}
	// "the 70th anniversary of the Communist Party's takeover": a
	// happening remembered
	if c.noun && t.rel(c.trigger) == "nmod" && t.head(c.trigger) >= 0 {
		switch t.lemma(t.head(c.trigger)) {
		case "anniversary", "commemoration", "remembrance", "memorial", "memory", "legacy":
			return true
		}
	}
	// "arrested since the protests began in June", "the protests began
	// in June": when a campaign started, a month or more before the
	// report, is its history, not news
	if c.noun && stale(t, c) && t.rel(anchor) == "nsubj" && t.head(anchor) >= 0 {
		switch t.lemma(t.head(anchor)) {
		case "begin", "start":
			return true
		}
	}
	for _, v := range []int{c.trigger, anchor} {
		for _, m := range t.kids(v, "mark") {
			// (not a happening the clause dates to days before the
			// report: "have stepped up strikes since two militants
			// attacked the ministry last Sunday")
			// (by doers of its own: "since taking control of Mosul on
			// June 12" is when the subject's campaign began)
			if r := t.rel(v); t.lower(m) == "since" && (r == "advcl" || r == "acl") && !(c.dateTied && recentDay(t, c) && t.kid(v, "nsubj", "nsubj:pass") >= 0) {
				return true
			}
		}
		if h := t.head(v); h >= 0 && t.rel(v) == "nsubj" {
			for _, m := range t.kids(h, "mark") {
				if t.lower(m) == "since" && t.rel(h) == "advcl" {
					return true
				}
			}
		}
	}
	// "has seen repeated attacks since the spring", "frequently clash":
	// a series or a habit, unless a time of its own dates it
	if !c.dateTied {
		if c.noun && hasMod(t, c.trigger, "repeated", "frequent", "regular", "daily", "nightly", "weekly", "constant", "persistent", "sporadic", "periodic", "recurring", "routine") {
			return true
		}
		for _, k := range t.kids(c.trigger, "advmod") {
			switch t.lower(k) {
			case "repeatedly", "frequently", "regularly", "routinely", "often", "usually", "occasionally", "sometimes", "habitually", "previously",
				"constantly", "continually":
				return true
			}
		}
	}
	// "have exchanged fire almost daily since Oct. 8": a run of
	// happenings, dated or not
	if !c.noun {
		for _, k := range t.kids(c.trigger, "advmod", "obl:npmod") {
			if w := t.lower(k); w == "daily" || w == "nightly" {
				return true
			}
		}
	}
	// "a pro-government coalition fighting the Houthis": a present
	// participle describing its noun tells what the noun is, not a
	// happening, unless a time of its own dates it
	// (not one hung on a time word of the clause: "the rebels retaliated,
	// at one point shelling the villages")
	if !c.noun && !c.dateTied && !verbal(c.code) && t.rel(c.trigger) == "acl" && t.tok(c.trigger).XPOS == "VBG" && len(t.kids(c.trigger, "mark", "aux")) == 0 {
		if h := t.head(c.trigger); h < 0 || !(t.rel(h) == "obl" && momentNouns[t.lemma(h)]) {
			return true
		}
	}
	// "a bill that would have allowed China to extradite suspects": what a
	// law, plan or deal would do is its content, not a happening
	if documentContent(t, c.trigger) {
		return true
	}
	// "accustomed to deadly attacks", "the threat of airstrikes": a bare
	// plural with no doer, victim or time of its own, hung on a word that
	// is not an act, is a kind of happening, not one
	if c.noun && !c.dateTied && c.src == nil && c.tgt == nil && t.tok(c.trigger).XPOS == "NNS" &&
		len(t.kids(c.trigger, "det", "nmod:poss", "nummod")) == 0 {
		if h := t.head(c.trigger); h >= 0 && (t.rel(c.trigger) == "obl" || t.rel(c.trigger) == "nmod") && !t.isVerbal(h) && !eventNoun(t, h) && !oneDayOf(t, h) {
			switch t.tok(h).UPOS {
			case "ADJ", "NOUN":
				return true
			}
		}
	}
	// "stepped up raids in recent weeks" with the time hung on the noun:
	// a trend, not a happening
	// (or on a noun of its phrase: "stepped up drone attacks on RSF-held
	// towns in recent months")
	if c.noun {
		for _, k := range t.subtree(c.trigger, phraseSkip) {
			if k == c.trigger || t.rel(k) != "nmod" {
				continue
			}
			cs := t.caseOf(k)
			unit := timeUnits[t.lemma(k)] || timeUnits[t.lower(k)] || t.lemma(k) == "week" || t.lemma(k) == "month"
			if (cs == "in" || cs == "over" || cs == "during" || cs == "throughout") && unit && hasMod(t, k, "recent", "past", "previous") {
				return true
			}
		}
	}
	vs := []int{c.trigger, anchor, clauseVerb(t, c.trigger)}
	// "X has fought Y for years, and the conflict has killed ...": the
	// later conjunct shares the first one's frame
	for _, v := range []int{c.trigger, anchor} {
		if v >= 0 && t.rel(v) == "conj" && t.head(v) >= 0 && t.isVerbal(t.head(v)) {
			vs = append(vs, t.head(v))
		}
	}
	for _, v := range vs {
		if v < 0 {
			continue
		}
		perfect := false
		for _, a := range t.kids(v, "aux") {
			if t.lemma(a) == "have" {
				perfect = true
			}
		}
		// "used to raid"
		if t.rel(v) == "xcomp" {
			if h := t.head(v); h >= 0 && t.lemma(h) == "use" && t.tok(h).XPOS == "VBD" {
				return true
			}
		}
		for _, k := range t.kids(v, "advmod") {
			switch t.lower(k) {
			case "long", "traditionally", "historically", "formerly":
				return true
			}
		}
		for _, k := range clauseNominals(t, v) {
			cs := t.caseOf(k)
			unit := timeUnits[t.lemma(k)] || timeUnits[t.lower(k)]
			switch {
			case cs == "for" && unit:
				return true
			case (cs == "over" || cs == "throughout" || cs == "across") && unit && t.tok(k).XPOS == "NNS" && !hasMod(t, k, "next", "coming", "following"):
				// "killed 800 people over four decades of violence"
				return true
			case (cs == "in" || cs == "over" || cs == "during" || cs == "throughout") && unit && hasMod(t, k, "recent", "past", "previous"):
				return true
			case cs == "since" && perfect && yearLike(t, k):
				return true
			}
		}
		// "has displaced 200,000 people since it began in 2017"
		for _, k := range t.kids(v, "advcl") {
			for _, m := range t.kids(k, "mark") {
				if t.lower(m) == "since" && perfect && yearLike(t, k) {
					return true
				}
			}
		}
	}
	// "fought the U.S. in Iraq for years" with "for years" hung elsewhere
	// by the parser: the span right after the verb, no other verb between
	if !c.noun {
		sent := t.d.Sentences[c.sent]
		for k := c.trigger + 1; k < sent.TokEnd && k < c.trigger+12; k++ {
			if t.isVerbal(k) || t.tok(k).UPOS == "VERB" || t.tok(k).UPOS == "PUNCT" && t.word(k) != "." {
				break
			}
			if (timeUnits[t.lemma(k)] || timeUnits[t.lower(k)]) && t.caseOf(k) == "for" {
				return true
			}
		}
	}
	// a range of more than a year running up to the report ("since 1964")
	if d, p := c.date, t.d.Meta.Published; d != nil && d.From != nil && d.To != nil && p != nil {
		f, err1 := time.Parse("2006-01-02", *d.From)
		to, err2 := time.Parse("2006-01-02", *d.To)
		pub, err3 := time.Parse("2006-01-02", *p)
		if err1 == nil && err2 == nil && err3 == nil && to.Sub(f) > 365*24*time.Hour && !to.Before(pub.Add(-24*time.Hour)) && !to.After(pub.Add(24*time.Hour)) {
			return true
		}
	}
	return false
}

// fleeingToldBeside: the sentence of participle v tells a flight by a
// verb of its own ("had fled Solino ..., adding to 700,000 displaced").
func fleeingToldBeside(t *tree, v int) bool {
	sent := t.d.Sentences[t.tok(v).Sent]
	for k := sent.TokStart; k < sent.TokEnd; k++ {
		if k != v && t.lemma(k) == "flee" && t.isVerbal(k) {
			return true
		}
	}
	return false
}

// earlierAgent: participle v is done by an earlier happening ("families
// displaced by earlier fighting").
func earlierAgent(t *tree, v int) bool {
	for _, k := range t.kids(v, "obl:agent", "obl") {
		if t.caseOf(k) == "by" && hasMod(t, k, "earlier", "previous", "past", "years") {
			return true
		}
	}
	return false
}

// compositionVerbs tell what a body is made of or belongs to.
var compositionVerbs = map[string]bool{"form": true, "comprise": true, "constitute": true, "belong": true, "include": true}

// signedTexts are texts a signature goes under that are no agreement.
var signedTexts = map[string]bool{"pamphlet": true, "leaflet": true, "letter": true, "note": true, "statement": true,
	"message": true, "petition": true, "flyer": true, "communique": true, "banner": true, "poster": true, "graffiti": true}

// thenOfOldTime: the clause of v, or a clause it hangs on, says "then"
// after its verb (at that time, not "then fled": next), and the sentence
// before, in the same paragraph, tells of a time long before the report.
func thenOfOldTime(t *tree, v int) bool {
	si := t.tok(v).Sent
	if si == 0 || t.d.Sentences[si-1].Para != t.d.Sentences[si].Para {
		return false
	}
	for j := v; j >= 0; j = t.head(j) {
		for _, k := range t.kids(j, "advmod") {
			if t.lower(k) == "then" && k > j {
				return oldTimeIn(t, si-1, -1, -1)
			}
		}
		if r := t.rel(j); r != "conj" && r != "advcl" {
			break
		}
	}
	return false
}

// barePlural: noun h is a plural with no determiner that picks out whom
// ("groups", "several radical groups", "many residents"; not "the
// groups", "its members").
func barePlural(t *tree, h int) bool {
	if h < 0 || t.tok(h).XPOS != "NNS" || t.kid(h, "nmod:poss") >= 0 {
		return false
	}
	for _, k := range t.kids(h, "det") {
		switch t.lower(k) {
		case "several", "many", "some", "other", "various", "numerous", "few":
		default:
			return false
		}
	}
	return true
}

// scheduleVerbs put what their infinitive tells on a schedule ("is
// scheduled to meet", "plans to visit", "is expected to travel").
var scheduleVerbs = map[string]bool{"schedule": true, "plan": true, "expect": true, "set": true, "intend": true, "due": true}

// recentDay: c is dated to a day or a few days within a month before
// the report.
func recentDay(t *tree, c *cand) bool {
	d, p := c.date, t.d.Meta.Published
	if d == nil || d.From == nil || d.To == nil || p == nil {
		return false
	}
	from, err1 := time.Parse("2006-01-02", *d.From)
	to, err2 := time.Parse("2006-01-02", *d.To)
	pub, err3 := time.Parse("2006-01-02", *p)
	return err1 == nil && err2 == nil && err3 == nil && to.Sub(from) <= 7*24*time.Hour && !to.After(pub) && pub.Sub(from) <= 31*24*time.Hour
}

// indirectQuestion: clause v (or the clause it is an xcomp of) opens with
// a question word and is the complement of a verb ("say when", "know
// whether", "asked how").
func indirectQuestion(t *tree, v int) bool {
	for n := 0; v >= 0 && n < 3; n, v = n+1, t.head(v) {
		r := t.rel(v)
		if r == "ccomp" || r == "advcl" {
			h := t.head(v)
			if h < 0 || !t.isVerbal(h) {
				return false
			}
			first := v
			for _, k := range t.subtree(v, nil) {
				if k < first {
					first = k
				}
			}
			if first > h {
				switch t.lower(first) {
				case "when", "how", "whether", "why", "where":
					_, says := reportVerbs[t.lemma(h)]
					return says || t.lemma(h) == "know" || t.lemma(h) == "ask" || t.lemma(h) == "decide"
				}
			}
			return false
		}
		if r != "xcomp" {
			return false
		}
	}
	return false
}

func hasMod(t *tree, k int, words ...string) bool {
	for _, m := range t.kids(k, "amod", "det") {
		for _, w := range words {
			if t.lower(m) == w {
				return true
			}
		}
	}
	return false
}

// frameVerbs govern an xcomp event and only frame it (intent, attempt,
// decision); the xcomp carries the event, with its status.
var frameVerbs = map[string]bool{
	"vow": true, "pledge": true, "promise": true, "plan": true, "intend": true, "decide": true,
	"agree": true, "offer": true, "prepare": true, "seek": true, "want": true, "hope": true,
	"aim": true, "expect": true, "threaten": true, "try": true, "attempt": true, "vote": true,
	"refuse": true, "decline": true, "fail": true, "continue": true, "begin": true, "start": true,
	"resume": true, "move": true, "help": true, "manage": true,
}

// hazards are natural causes of displacement.
var hazards = map[string]bool{"rain": true, "flood": true, "flooding": true, "storm": true, "cyclone": true,
	"hurricane": true, "typhoon": true, "earthquake": true, "quake": true, "drought": true, "fire": true,
	"wildfire": true, "landslide": true, "tsunami": true, "eruption": true, "disaster": true, "famine": true,
	"mudslide": true, "monsoon": true}

// preventVerbs keep a happening their object names from happening ("avoid
// a fight"); the other avoidVerbs do not ("escaped the attack").
var preventVerbs = map[string]bool{"avoid": true, "prevent": true, "avert": true, "forestall": true, "stop": true}

// avoidVerbs keep their clause from happening.
var avoidVerbs = map[string]bool{"avoid": true, "prevent": true, "escape": true, "evade": true, "avert": true,
	"stop": true, "thwart": true, "foil": true, "block": true}

// appealVerbs govern an xcomp that is what they ask for, not a happening:
// "called on the government to resign" is the appeal (02), not a
// resignation.
var appealVerbs = map[string]bool{"call": true, "urge": true, "ask": true, "demand": true, "order": true,
	"press": true, "appeal": true, "request": true, "tell": true, "invite": true, "encourage": true, "push": true}

// intentVerbs only state an intent: "vowed to attack" is the threat coded
// on its xcomp (138), not a second, vaguer statement (030). ("threatened
// to" is itself the threat.)
var intentVerbs = map[string]bool{"vow": true, "pledge": true, "promise": true, "plan": true, "intend": true,
	"aim": true, "offer": true}

// prune drops, among the events of one sentence, those that only restate
// another: a verb framing an xcomp event ("vowed to defeat": the defeat),
// and a verb chain ("help train, advise and support", "attacked and
// overran") whose later conjuncts have no subject of their own and the
// same root and status as the first.
func prune(t *tree, cs []*cand) []*cand {
	by := map[int]*cand{}
	for _, c := range cs {
		if !c.noun {
			by[c.trigger] = c
		}
	}
	drop := map[*cand]bool{}
	for _, c := range cs {
		if c.noun {
			// "arrived in Sanaa for talks", "will travel to Baku for
			// talks": the aim of a journey, not a second meeting
			if t.rel(c.trigger) == "obl" && t.caseOf(c.trigger) == "for" {
				if o, ok := by[t.head(c.trigger)]; ok && ontology.Root(o.code) == ontology.Root(c.code) {
					drop[c] = true
				}
			}
			continue
		}
		// a frame verb whose xcomp is an event
		if frameVerbs[t.lemma(c.trigger)] {
			rels := []string{"xcomp", "advcl"}
			if intentVerbs[t.lemma(c.trigger)] {
				rels = append(rels, "ccomp") // "vowed that his forces would retake"
			}
			for _, x := range t.kids(c.trigger, rels...) {
				if t.rel(x) == "advcl" && !toInfinitive(t, x) {
					continue
				}
				// one statement of intent of one kind: the xcomp, coded
				// as the intent, refusal or threat it is, unless the frame
				// names more of who and whom
				if o, ok := by[x]; ok && o != c && (ontology.Root(o.code) == ontology.Root(c.code) || intentVerbs[t.lemma(c.trigger)] && args(o) >= args(c)) {
					// (a frame coded only by the verb dictionary needs a coded
					// dyad it rarely has: the xcomp then stays)
					if !c.fromDict && (o.fromDict || args(c) >= args(o) && ontology.Root(o.code) == ontology.Root(c.code)) {
						drop[o] = true
						if moreSpecific(o.code, c.code) {
							c.code = o.code // "offered to release": 0353, not 030
						}
					} else {
						drop[c] = true
					}
				}
			}
		}
		// the content of an appeal: an infinitive under the appeal verb
		// ("called on the government to resign", however it is attached)
		if appealVerbs[t.lemma(c.trigger)] {
			for x, o := range by {
				// ("encouraged him to conduct an attack": the attack the
				// infinitive takes)
				if o.noun && (t.rel(x) == "obj" || t.rel(x) == "obl") && t.head(x) >= 0 && t.head(x) != c.trigger {
					x = t.head(x)
				}
				// ("called for his death to be investigated": a passive)
				if o == c || x == c.trigger || !t.dominates(c.trigger, x) || t.tok(x).XPOS != "VB" && t.tok(x).XPOS != "VBN" {
					continue
				}
				if hasMarkTo(t, x) {
					drop[o] = true
				}
			}
		}
		// "was killed when shells hit reporters": one happening, told by
		// the clause that names more of who and whom
		// (or the clause of its toll: "were killed and five people
		// wounded when a bomb exploded")
		if ontology.QuadClass(c.code) == 4 {
			var clauses []int
			heads := append([]int{c.trigger}, c.folded...)
			for _, v := range t.kids(c.trigger, "conj") {
				if _, told := by[v]; !told && woundVerbs[t.lemma(v)] {
					heads = append(heads, v) // a toll that is no event of its own
				}
			}
			for _, v := range heads {
				clauses = append(clauses, t.kids(v, "advcl")...)
			}
			for _, x := range clauses {
				o, ok := by[x]
				if !ok || o == c || ontology.QuadClass(o.code) != 4 {
					continue
				}
				when := false
				for _, m := range t.kids(x, "mark", "advmod") {
					if w := t.lower(m); w == "when" || w == "as" || w == "after" {
						when = w == "when" || w == "as"
					}
				}
				if !when {
					continue
				}
				keep, gone := c, o
				if args(o) > args(c) {
					keep, gone = o, c
				}
				keep.counts = append(keep.counts, gone.counts...)
				drop[gone] = true
				// (told as the bombing it was: "were killed when a
				// grenade exploded" is a bombing, 183)
				if (keep.code == "180" || keep.code == "190") && ontology.Root(gone.code) == "18" && gone.code != "180" && !strings.HasPrefix(gone.code, "181") {
					keep.code = gone.code
				}
			}
		}
		// "marched to protest the kidnappings and demand ...", "will head
		// to X to consult with partners": a purpose infinitive tells the
		// aim of the event, not another happening, when it is of the same
		// kind or the demands of a protest
		for _, x := range purposeClauses(t, c.trigger) {
			o, ok := by[x]
			if !ok || o == c || drop[c] {
				continue
			}
			ro, rc := ontology.Root(o.code), ontology.Root(c.code)
			if ro == rc || rc == "14" && (ro == "02" || ro == "10" || ro == "11" || ro == "12") {
				drop[o] = true
			}
			// "deployed to support the police", "send advisers to help
			// train and support": support or cooperation is the aim of
			// what is done, not a second happening
			if (ro == "03" || ro == "05" || ro == "06") && ontology.QuadClass(c.code) >= 2 && rc != ro {
				drop[o] = true
			}
		}
		// "marched ..., defying a warning", "rallied, chanting slogans":
		// a participle of manner says how the happening went, not what
		// else happened
		// (however the participle is attached: "people marched ...,
		// defying" read as a modifier of the people)
		if t.tok(c.trigger).XPOS == "VBG" && (t.rel(c.trigger) == "advcl" || t.rel(c.trigger) == "acl") && t.kid(c.trigger, "nsubj") < 0 && verbal(c.code) {
			for _, o := range by {
				if o != c && ontology.QuadClass(o.code) >= 3 && !verbal(o.code) && (t.rel(c.trigger) == "acl" || o.trigger == t.head(c.trigger)) {
					drop[c] = true
				}
			}
		}
		// "police raided the offices ... and detained X": the raid is how
		// the arrest was made
		if strings.HasPrefix(c.code, "173") && t.rel(c.trigger) == "conj" && t.kid(c.trigger, "nsubj", "nsubj:pass") < 0 {
			if o, ok := by[t.head(c.trigger)]; ok && o != c && raidLemmas[t.lemma(o.trigger)] && status(o) == status(c) {
				drop[o] = true
			}
		}
		// a later conjunct of a chain
		if t.rel(c.trigger) == "conj" && t.kid(c.trigger, "nsubj", "nsubj:pass") < 0 {
			// (not two measures of their own kinds: "declared a state of
			// emergency and imposed a curfew"; nor an arrest after force:
			// "fired tear gas and arrested nine people")
			if o, ok := by[t.head(c.trigger)]; ok && o != c && ontology.Root(o.code) == ontology.Root(c.code) && status(o) == status(c) &&
				!(len(o.code) == 4 && len(c.code) == 4 && o.code != c.code) && strings.HasPrefix(o.code, "173") == strings.HasPrefix(c.code, "173") {
				if c.tgt == nil || o.tgt == nil || code(c.tgt) == code(o.tgt) || code(c.tgt) == "" {
					drop[c] = true
				}
			}
		}
	}
	if len(drop) == 0 {
		return cs
	}
	var out []*cand
	for _, c := range cs {
		if !drop[c] {
			out = append(out, c)
		}
	}
	return out
}

// dropRetreats drops the retreats told in a clause of violence the
// sentence tells ("struck the attackers as they withdrew toward the
// border", "the fighting lasted an hour before the militants pulled
// back"): how that violence went, no happening of its own; not a retreat
// that made way for it ("took the town after government forces
// withdrew").
func (s *Stage) dropRetreats(t *tree, cs []*cand) []*cand {
	return slices.DeleteFunc(cs, func(c *cand) bool {
		if c.code != "0874" || c.noun {
			return false
		}
		sent := t.d.Sentences[t.tok(c.trigger).Sent]
		for h := sent.TokStart; h < sent.TokEnd; h++ {
			if h != c.trigger && s.violentWord(t, cs, h) && subordinateTo(t, c.trigger, h) {
				return true
			}
		}
		return false
	})
}

// violentWord: token h triggers violence in cs, or is a noun of violence
// in the lexicon ("the fighting", told before).
func (s *Stage) violentWord(t *tree, cs []*cand, h int) bool {
	for _, o := range cs {
		if o.trigger == h && violentRoot(o.code) {
			return true
		}
	}
	if u := t.tok(h).UPOS; u == "NOUN" || u == "PROPN" {
		n, ok := s.lex.nouns[t.lemma(h)]
		return ok && violentRoot(n.code)
	}
	return false
}

// subordinateTo: the clause token v stands in tells when or where h went
// on: the first clause up from v to h is a relative clause or one opened
// by "as", "while", "before" or "until". (A clause after a complement of
// saying, hung on the saying verb, counts as the complement's: "said the
// jets bombed them as they retreated", "said the fighting lasted an
// hour before they pulled back".)
func subordinateTo(t *tree, v, h int) bool {
	top, cv := h, h
	if r := t.rel(h); (r == "nsubj" || r == "obj") && t.head(h) >= 0 {
		cv = t.head(h) // (of a noun, its clause's verb)
	}
	if t.rel(cv) == "ccomp" && v > h {
		top = t.head(cv)
	}
	if v == h || !t.dominates(top, v) {
		return false
	}
	for j := v; j != h && j >= 0; j = t.head(j) {
		if j == top {
			return false
		}
		switch t.fullRel(j) {
		case "acl:relcl":
			return true
		case "advcl":
			for _, m := range t.kids(j, "mark", "advmod") {
				switch t.lower(m) {
				case "as", "while", "before", "until":
					return true
				}
			}
			return false
		case "ccomp", "parataxis", "conj", "csubj":
			return false
		}
	}
	return false
}

// raidLemmas are the forced entries an arrest is made by.
var raidLemmas = map[string]bool{"raid": true, "storm": true, "search": true}

// purposeClauses are the infinitives of purpose on verb v ("to protest
// ..."), with their conjuncts ("... and demand ..."), that have no subject
// of their own.
func purposeClauses(t *tree, v int) []int {
	var out []int
	for _, x := range t.kids(v, "advcl", "xcomp") {
		if t.tok(x).XPOS != "VB" || t.kid(x, "nsubj", "nsubj:pass") >= 0 {
			continue
		}
		if !hasMarkTo(t, x) || t.rel(x) == "xcomp" && !movementVerbs[t.lemma(v)] && !sendVerbs[t.lemma(v)] && t.lemma(v) != "march" && t.lemma(v) != "rally" && t.lemma(v) != "move" {
			continue
		}
		// with the verbs it chains to ("to help train, advise and
		// support": train, advise, support)
		for q := []int{x}; len(q) > 0; q = q[1:] {
			out = append(out, q[0])
			q = append(q, t.kids(q[0], "conj", "xcomp")...)
		}
	}
	// (one the parser hung on the clause's time or place: "marched
	// through the city centre on Tuesday to demand the release")
	for _, k := range t.kids(v, "obl") {
		for _, n := range append([]int{k}, t.kids(k, "nmod")...) {
			if !timeOrPlaceWord(t, n) {
				continue
			}
			for _, x := range t.kids(n, "acl") {
				if t.tok(x).XPOS == "VB" && hasMarkTo(t, x) && t.kid(x, "nsubj", "nsubj:pass") < 0 {
					for q := []int{x}; len(q) > 0; q = q[1:] {
						out = append(out, q[0])
						q = append(q, t.kids(q[0], "conj", "xcomp")...)
					}
				}
			}
		}
	}
	return out
}

// timeOrPlaceWord: token n is (in) a time expression or a word for a
// place ("Tuesday", "the city centre").
func timeOrPlaceWord(t *tree, n int) bool {
	if isPlaceNoun(t.lemma(n)) {
		return true
	}
	switch t.lemma(n) {
	case "centre", "center", "square", "street", "avenue", "streets":
		return true
	}
	start := t.tok(n).Start
	for _, tm := range t.d.Times {
		if tm.Start <= start && start < tm.End {
			return true
		}
	}
	return false
}

// sendVerbs put forces or help somewhere for a purpose ("deployed to
// support the police").
var sendVerbs = map[string]bool{"deploy": true, "send": true, "dispatch": true, "redeploy": true, "station": true}

// moreSpecific: code a says more than code b of the same root (a four-digit
// code, or a three-digit one that is not the root's general x0).
func moreSpecific(a, b string) bool {
	return len(a) > len(b) || len(a) == len(b) && b[len(b)-1] == '0' && a[len(a)-1] != '0'
}

func status(c *cand) string {
	if c.attr == nil {
		return ""
	}
	return c.attr.Status
}

// clauseNominals are the obliques and modifiers of clause v, and those of
// its nominal arguments ("carried out dozens of airstrikes in recent
// years" with the phrase hung on the noun), without nested clauses.
func clauseNominals(t *tree, v int) []int {
	var out []int
	for _, k := range t.kids(v, "obl", "obl:tmod", "obl:npmod", "nmod", "advmod", "obj") {
		if t.rel(k) != "obj" {
			out = append(out, k)
		}
		for _, x := range t.subtree(k, phraseSkip) {
			if x != k && (t.rel(x) == "nmod" || t.rel(x) == "obl") {
				out = append(out, x)
			}
		}
	}
	return out
}

// weekdays name the days a bare weekday date can be.
var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true}

// weekdayOf is the weekday a time expression names and nothing more but
// a part of it ("Tuesday", "on Tuesday", "Tuesday evening"), lower case,
// or "".
func weekdayOf(text string) string {
	f := strings.Fields(strings.ToLower(strings.TrimSpace(text)))
	if len(f) > 0 && f[0] == "on" {
		f = f[1:]
	}
	switch {
	case len(f) == 1 && weekdays[f[0]]:
		return f[0]
	case len(f) == 2 && weekdays[f[0]] && dayParts[f[1]]:
		return f[0]
	}
	return ""
}

// dayParts are the parts of a day a weekday may be told with.
var dayParts = map[string]bool{"morning": true, "afternoon": true, "evening": true}

// futureWeekday moves the date of a planned event named by a bare weekday
// ("will meet on Thursday") to the coming one when it was resolved to the
// past week.
func futureWeekday(t *tree, c *cand) {
	d, p := c.date, t.d.Meta.Published
	if d == nil || d.From == nil || d.To == nil || *d.From != *d.To || p == nil {
		return
	}
	w := weekdayOf(d.Text)
	if w == "" {
		return
	}
	// only a plan told in the present or future ("will meet", "plans to
	// meet", "is due to meet"), not one told in the past ("was scheduled
	// to travel on Monday" may be the Monday gone)
	future := false
	// (a noun's plan is told by its light verb: "would hold a march")
	// (and an appeal's protest by the clause that tells it: "called on
	// teachers to hold gatherings on Thursday")
	start := c.trigger
	if c.anchor >= 0 && c.anchor != c.trigger && (c.noun || t.head(c.anchor) == c.trigger) {
		start = c.anchor
	}
	plan := -1 // the verb the plan is told on
	for n, v, prev := 0, start, start; v >= 0 && n < 4; n, v, prev = n+1, t.head(v), v {
		for _, a := range t.kids(v, "aux", "aux:pass", "cop") {
			switch t.lower(a) {
			case "will", "shall", "'ll", "wo", "would", "'d", "is", "are", "am", "'s", "'re":
				future = !hadClitic(t, a, v)
				plan = v
			}
		}
		if x := t.tok(v).XPOS; (x == "VBZ" || x == "VBP") && v != start {
			future = true
		}
		// (what an appeal asks for is to come: "called on teachers to
		// join a national march in Rabat on Saturday")
		// (its day told in what is asked, not on the asking: "demanded
		// on Tuesday that Lula order the arrest")
		if v != start && appealVerbs[t.lemma(v)] {
			future, plan = true, prev
		}
		// (through an infinitive the parser hung as an adverbial: "are
		// due to meet")
		if t.rel(v) != "xcomp" && t.rel(v) != "ccomp" && !((t.rel(v) == "advcl" || t.rel(v) == "csubj") && hasMarkTo(t, v)) {
			break
		}
	}
	// (however the parser hung the infinitive: "is due to meet ...
	// on Wednesday to discuss measures", "to discuss" hung on a noun)
	marker := -1
	inf := start
	if c.noun && t.tok(inf).XPOS != "VB" {
		// (the verb right before the noun's phrase, however the parser
		// hung it: "is due to chair a meeting")
		j := c.trigger - 1
		for j > t.d.Sentences[c.sent].TokStart && j > c.trigger-4 {
			if x := t.tok(j).XPOS; x != "DT" && x != "JJ" && x != "CD" && x != "PRP$" && x != "NN" {
				break
			}
			j--
		}
		if t.tok(j).XPOS == "VB" {
			inf = j
		}
	}
	if !future && t.tok(inf).XPOS == "VB" {
		marker = futureMarkerBefore(t, c.sent, inf)
		future = marker >= 0
	}
	// ("agreed to hold talks ... on Friday": a day told in what was
	// agreed, promised or decided is to come from the agreement)
	if !future && t.tok(inf).XPOS == "VB" && t.rel(inf) == "xcomp" && t.head(inf) >= 0 && commitVerbs[t.lemma(t.head(inf))] {
		sent := t.d.Sentences[c.sent]
		for k := sent.TokStart; k < sent.TokEnd; k++ {
			if t.lower(k) == w && t.dominates(inf, k) {
				future, plan = true, inf
			}
		}
	}
	if !future {
		return
	}
	// ("said on Sunday it would send troops", however the parser hung
	// the day: between the report and the reported clause's subject, or
	// before the plan's verb and not in its clause, it is the day of the
	// report)
	sent := t.d.Sentences[c.sent]
	for k := sent.TokStart; k < c.trigger; k++ {
		if strings.ToLower(t.word(k)) != w {
			continue
		}
		// (the day told in the plan's own clause is the plan's: "would
		// chair a jirga ... on Saturday to discuss security")
		if plan >= 0 && plan < k && t.dominates(plan, k) || marker >= 0 && marker < k {
			continue
		}
		if !c.dateTied {
			return
		}
		if sb := t.kid(c.trigger, "nsubj"); c.rep >= 0 && c.rep < k && k < sb {
			return
		}
	}
	toComingWeek(t, c)
}

// commitVerbs bind their subject to what their infinitive tells.
var commitVerbs = map[string]bool{"agree": true, "promise": true, "pledge": true, "vow": true, "decide": true, "offer": true}

// futureMarkerBefore is the token before v at which sentence si tells
// what is to come ("will", "is due to", "are expected to"), with no past
// tense between but a report's, or -1.
func futureMarkerBefore(t *tree, si, v int) int {
	sent := t.d.Sentences[si]
	found := -1
	for k := sent.TokStart; k < v; k++ {
		w := t.lower(k)
		switch {
		case w == "will" || w == "shall" || w == "'ll":
			found = k
		case (w == "is" || w == "are") && k+1 < v:
			switch t.lower(k + 1) {
			case "due", "expected", "scheduled", "set", "to":
				found = k
			}
		case t.tok(k).XPOS == "VBD" && found >= 0:
			if _, says := reportVerbs[t.lemma(k)]; !says {
				return -1
			}
		}
	}
	return found
}

// toComingWeek moves c's date, a weekday resolved to the week before the
// report, a week on.
func toComingWeek(t *tree, c *cand) {
	d, p := c.date, t.d.Meta.Published
	if d == nil || d.From == nil || d.To == nil || *d.From != *d.To || p == nil {
		return
	}
	day, err1 := time.Parse("2006-01-02", *d.From)
	pub, err2 := time.Parse("2006-01-02", *p)
	if err1 != nil || err2 != nil || !day.Before(pub) {
		return
	}
	next := day.AddDate(0, 0, 7).Format("2006-01-02")
	c.date = &doc.EventDate{Text: d.Text, From: &next, To: &next}
}

// calledOnDate is the date, still to come, that a protest or strike is
// called for, told after what is called ("called a general strike across
// Tataouine governorate on Feb. 19"), else nil.
func calledOnDate(t *tree, c *cand) *doc.EventDate {
	p := t.d.Meta.Published
	if p == nil || c.noun || !callVerbs[t.lemma(c.trigger)] || ontology.Root(c.code) != "14" {
		return nil
	}
	from := c.trigger
	if o := t.kid(c.trigger, "obj"); o >= 0 {
		from = o
	}
	sent := t.d.Sentences[c.sent]
	for _, tm := range t.d.Times {
		k := t.d.TokenAt(tm.Start)
		if k <= from || k >= sent.TokEnd || k < 1 {
			continue
		}
		if pr := t.lower(k - 1); pr != "on" && pr != "for" && pr != "from" {
			continue
		}
		if r := dayRange(tm); r != nil && r.From != nil && *r.From > *p {
			return r
		}
	}
	return nil
}

// startWords tell when a thing called begins ("starting on Thursday").
var startWords = map[string]bool{"starting": true, "beginning": true, "from": true}

// callVerbs call a protest or a strike, or on people to hold one.
var callVerbs = map[string]bool{"call": true, "urge": true, "appeal": true}

// calledFor: a protest or strike called for a weekday ("called a strike
// for Thursday") or called in the perfect for one ("have called a rally
// at City Hall on Saturday"), or a meeting invited to on one ("invited
// leaders to talks on Wednesday"), which is the coming one: what is
// called or invited to is to come.
func calledFor(t *tree, c *cand) bool {
	if c.date == nil {
		return false
	}
	if c.noun {
		return announcedFor(t, c)
	}
	// (and a meeting invited to: "invited leaders to talks on Wednesday")
	invited := t.lemma(c.trigger) == "invite"
	if !invited && (!callVerbs[t.lemma(c.trigger)] || ontology.Root(c.code) != "14") {
		return false
	}
	w := weekdayOf(c.date.Text)
	if w == "" {
		return false
	}
	sent := t.d.Sentences[c.sent]
	// (a weekday told after what is called for is its day: "called for
	// a general strike across the south from Monday", "called for
	// demonstrations across the country on Sunday", "called on teachers
	// to hold gatherings on Thursday"; not one after what is called,
	// "called a strike on Monday over unpaid wages")
	called := sent.TokEnd
	if !invited {
		for _, k := range t.kids(c.trigger, "obl", "xcomp", "advcl") {
			if t.rel(k) == "xcomp" || t.rel(k) == "advcl" && hasMarkTo(t, k) || t.rel(k) == "obl" && t.caseOf(k) == "for" {
				called = min(called, k)
			}
		}
	}
	for k := c.trigger + 1; k < sent.TokEnd; k++ {
		if strings.ToLower(t.word(k)) == w && (t.lower(k-1) == "for" || invited && t.lower(k-1) == "on" || k > called && (t.lower(k-1) == "on" || t.lower(k-1) == "from")) {
			return true
		}
		// ("called a 48-hour national strike starting on Thursday")
		if strings.ToLower(t.word(k)) == w && k >= 2 && (startWords[t.lower(k-1)] || t.lower(k-1) == "on" && startWords[t.lower(k-2)]) {
			return true
		}
	}
	for _, a := range t.kids(c.trigger, "aux") {
		switch t.lower(a) {
		case "have", "has", "'ve":
			return true
		}
	}
	return false
}

// announcedFor: a strike or protest told as a noun that is announced or
// called, with a weekday it runs from or is set for after it ("announced a
// 48-hour nationwide strike from Thursday"), is the coming one's ("on
// Monday" may be when it was announced).
func announcedFor(t *tree, c *cand) bool {
	h := t.head(c.trigger)
	if ontology.Root(c.code) != "14" || h < 0 || t.rel(c.trigger) != "obj" {
		return false
	}
	switch t.lemma(h) {
	case "announce", "call", "declare", "schedule":
	default:
		return false
	}
	w := weekdayOf(c.date.Text)
	if w == "" {
		return false
	}
	sent := t.d.Sentences[c.sent]
	for k := c.trigger + 1; k < sent.TokEnd; k++ {
		if p := t.lower(k - 1); strings.ToLower(t.word(k)) == w && (p == "from" || p == "for") {
			return true
		}
	}
	return false
}

// placeConjuncts returns the other places of a coordinated locative phrase
// ("marched in Yangon and Mandalay"): the place c has came from the first
// conjunct.
func placeConjuncts(t *tree, acts *actors, c *cand) []*doc.EventPlace {
	if c.place == nil || c.placeScore < 1 {
		return nil
	}
	d := t.d
	for _, v := range []int{c.trigger, c.anchor} {
		if c.placeScore < 3 {
			break
		}
		for _, k := range t.kids(v, "obl", "nmod", "advmod") {
			if !placePreps[t.caseOf(k)] || t.caseOf(k) == "from" && !fromPlaces(c.code) {
				continue
			}
			first, at := -1, -1
			for _, x := range t.subtree(k, phraseSkip) {
				if p := acts.placeAt[x]; p >= 0 {
					first, at = p, x
					break
				}
			}
			if first < 0 || d.Places[first].Name != c.place.Name {
				continue
			}
			if between(t, acts, at) {
				return nil
			}
			var out []*doc.EventPlace
			// (the names coordinated in the phrase, "in A and B", or
			// under its noun, "in the cities of A, B and C")
			cjs := t.kids(k, "conj")
			if top := placeTop(t, acts, at); top != k {
				cjs = append(cjs, t.kids(top, "conj")...)
			}
			for _, cj := range cjs {
				for _, x := range t.subtree(cj, phraseSkip) {
					if p := acts.placeAt[x]; p >= 0 && p != first {
						out = append(out, eventPlace(&d.Places[p]))
						break
					}
				}
			}
			return out
		}
	}
	// ("hit an oil facility near Qamishli and in Kobani", however the
	// phrase was hung: a coordinated place with a preposition of its own
	// is a second place the act was at)
	if ontology.QuadClass(c.code) != 4 {
		return nil
	}
	sent := d.Sentences[c.sent]
	for x := sent.TokStart; x < sent.TokEnd; x++ {
		p := acts.placeAt[x]
		if p < 0 || d.Places[p].Name != c.place.Name || !t.dominates(c.trigger, x) {
			continue
		}
		if between(t, acts, x) {
			return nil
		}
		var out []*doc.EventPlace
		for _, cj := range t.kids(placeTop(t, acts, x), "conj") {
			if q := acts.placeAt[cj]; q >= 0 && q != p && placePreps[t.caseOf(cj)] {
				out = append(out, eventPlace(&d.Places[q]))
			}
		}
		return out
	}
	return nil
}

// between: the place at token i opens a stretch between two places ("on
// the road between Rumbek and Yirol"): one place, not two.
func between(t *tree, acts *actors, i int) bool {
	return t.caseOf(placeTop(t, acts, i)) == "between"
}

// dealNouns are the things a meeting, agreement or cooperation is about
// rather than a party to it: "signed an agreement", "backed the plan".
var dealNouns = map[string]bool{"agreement": true, "deal": true, "accord": true, "treaty": true, "pact": true,
	"memorandum": true, "contract": true, "protocol": true, "meeting": true, "talk": true, "talks": true,
	"ceasefire": true, "truce": true, "plan": true, "proposal": true, "resolution": true, "initiative": true,
	"decision": true, "measure": true, "bill": true, "law": true, "election": true, "vote": true,
	"summit": true, "negotiation": true, "statement": true, "declaration": true, "charter": true,
	"convention": true, "program": true, "programme": true, "project": true, "relation": true, "tie": true}

// dealThing: noun k names a deal or what records one ("documents of
// accession", "the instruments of ratification").
func dealThing(t *tree, k int) bool {
	if dealNouns[t.lemma(k)] {
		return true
	}
	if !paperNouns[t.lemma(k)] {
		return false
	}
	for _, m := range t.kids(k, "nmod") {
		if t.caseOf(m) == "of" && (dealNouns[t.lemma(m)] || bindingActs[t.lemma(m)]) {
			return true
		}
	}
	return false
}

// paperNouns are papers that may record a deal; bindingActs what such
// papers record beside a deal itself.
var (
	paperNouns  = map[string]bool{"document": true, "paper": true, "instrument": true}
	bindingActs = map[string]bool{"accession": true, "ratification": true, "surrender": true, "membership": true}
)

// yearLike: a "since" phrase names a year or longer ("since 2014", "since
// the 1990s", "since the war began years ago"), not a recent day.
func yearLike(t *tree, k int) bool {
	for _, x := range t.subtree(k, nil) {
		w := t.lower(x)
		if (timeUnits[t.lemma(x)] || timeUnits[w]) && !thisYear(t, x) {
			return true
		}
		if len(w) >= 4 && (w[0] == '1' || w[0] == '2') && w[1] >= '0' && w[1] <= '9' && w[2] >= '0' && w[2] <= '9' && w[3] >= '0' && w[3] <= '9' {
			return true // 1964, 2014, 1990s
		}
	}
	return false
}

// thisYear: unit x is "the year" or "this year" ("since the beginning of
// the year"), the current year rather than a span of years.
func thisYear(t *tree, x int) bool {
	if t.tok(x).XPOS != "NN" || t.lemma(x) != "year" {
		return false
	}
	for _, k := range t.kids(x, "det") {
		if w := t.lower(k); w == "the" || w == "this" {
			return true
		}
	}
	return false
}

// args counts the roles an event has.
func args(c *cand) int {
	n := 0
	if c.src != nil {
		n++
	}
	if c.tgt != nil {
		n++
	}
	return n
}

// clauseVerb climbs from a nominal trigger to the verb of its clause
// ("carried out dozens of airstrikes": carried), or -1.
func clauseVerb(t *tree, i int) int {
	for n := 0; n < 4 && i >= 0; n++ {
		if t.isVerbal(i) {
			return i
		}
		switch t.rel(i) {
		case "nmod", "obj", "obl", "nsubj", "nsubj:pass", "compound":
			i = t.head(i)
		default:
			return -1
		}
	}
	return -1
}

// definite: event noun i is a definite description without arguments of
// its own ("the kidnapping", "the siege", "the fighting"), a mention of a
// happening already told.
func definite(t *tree, acts *actors, i int) bool {
	for _, k := range t.kids(i, "det") {
		switch t.lower(k) {
		case "the", "this", "that", "these", "those":
			return true
		}
	}
	// "Monday's attack", "last week's bombing": dated by a day already
	// told; "his arrest": of someone already told
	for _, k := range t.kids(i, "nmod:poss") {
		// ("Mr Marra's arrest": of a person the story has named)
		if t.tok(k).UPOS == "PROPN" && acts.isPerson(k) {
			return true
		}
		switch t.lower(k) {
		case "his", "her", "their", "its",
			"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
			"yesterday", "today", "tonight", "weekend", "week", "month":
			return true
		}
	}
	return false
}

// kindNouns speak of happenings in general ("an example of the attacks on
// U.S. citizens", "a history of attacks").
var kindNouns = map[string]bool{"example": true, "kind": true, "type": true, "sort": true, "form": true,
	"history": true, "pattern": true, "spate": true, "string": true}

// perpetratorNouns name those who commit a crime or an attack.
var perpetratorNouns = map[string]bool{"driver": true, "suspect": true, "gunman": true, "attacker": true,
	"assailant": true, "robber": true, "thief": true, "shooter": true, "killer": true, "perpetrator": true,
	"burglar": true, "culprit": true, "offender": true, "bomber": true, "hijacker": true, "kidnapper": true}

// aimVerbs name what an act is for rather than what was done ("to
// assist", "to protect", "to ensure").
var aimVerbs = map[string]bool{"assist": true, "help": true, "aid": true, "support": true, "protect": true,
	"secure": true, "ensure": true, "boost": true, "promote": true, "strengthen": true, "improve": true,
	"counter": true, "ease": true, "prevent": true, "deter": true, "safeguard": true, "bolster": true}

// purposeInfinitive: verb v is an infinitive of purpose, on a clause or
// on a noun of aim ("to assist", "in a bid to assist", "an effort to
// protect"), not the complement of a verb that frames it ("agreed to
// help").
func purposeInfinitive(t *tree, v int) bool {
	if t.tok(v).XPOS != "VB" || !hasMarkTo(t, v) {
		return false
	}
	switch t.rel(v) {
	case "advcl":
		return true
	case "acl", "xcomp":
		if h := t.head(v); h >= 0 && t.isNominal(h) {
			switch t.lemma(h) {
			case "bid", "effort", "attempt", "order", "way", "aim", "move", "drive", "campaign", "plan", "money", "fund", "funds":
				return true
			}
		}
	}
	return false
}

// embeddedQuestion: clause v is a complement marked "whether" or "if"
// ("not clear if all five were killed").
func embeddedQuestion(t *tree, v int) bool {
	switch t.rel(v) {
	case "ccomp", "csubj", "xcomp":
	default:
		return false
	}
	for _, m := range t.kids(v, "mark") {
		if w := t.lower(m); w == "whether" || w == "if" {
			return true
		}
	}
	return false
}

// pastPlan: verb v is the infinitive of a plan or plot told in the past
// tense ("planned to murder", "had plotted to attack"), which is told as
// what was meant, not what happened.
func pastPlan(t *tree, v int) bool {
	// ("plotted to execute an employee and then attack a police
	// station": the plot's later conjuncts too)
	for n := 0; n < 4 && t.rel(v) == "conj" && t.head(v) >= 0 && t.tok(v).XPOS == "VB"; n++ {
		v = t.head(v)
	}
	if t.rel(v) != "xcomp" || t.tok(v).XPOS != "VB" {
		return false
	}
	h := t.head(v)
	if h < 0 {
		return false
	}
	// ("the FA was hoping to host the World Cup", "Iran wanted to
	// send troops": a wish of the past)
	pastProgressive := t.tok(h).XPOS == "VBG" && slices.ContainsFunc(t.kids(h, "aux"), func(a int) bool { w := t.lower(a); return w == "was" || w == "were" })
	if t.tok(h).XPOS != "VBD" && t.tok(h).XPOS != "VBN" && !pastProgressive {
		return false
	}
	switch t.lemma(h) {
	case "plan", "plot", "conspire", "scheme", "intend":
		if pastProgressive {
			return false
		}
	case "hope", "want", "wish", "aim":
	default:
		return false
	}
	// ("is planned", "has planned to visit next week": a plan still ahead)
	for _, a := range t.kids(h, "aux", "aux:pass") {
		switch t.lower(a) {
		case "is", "are", "am", "has", "have", "'s", "'re", "will":
			return false
		}
	}
	return true
}

// hasMarkTo: clause v is a to-infinitive.
func hasMarkTo(t *tree, v int) bool {
	for _, m := range t.kids(v, "mark") {
		if t.lower(m) == "to" {
			return true
		}
	}
	return false
}

// datedAfterReport: c's date begins after the document's.
func datedAfterReport(t *tree, c *cand) bool {
	p := t.d.Meta.Published
	return p != nil && c.date != nil && c.date.From != nil && *c.date.From > *p
}

// questionHeads take a question as their complement ("not clear if",
// "asked whether").
var questionHeads = map[string]bool{"clear": true, "unclear": true, "know": true, "known": true, "sure": true,
	"certain": true, "ask": true, "wonder": true, "determine": true, "confirm": true, "see": true, "check": true,
	"investigate": true, "establish": true, "unknown": true}

// askedAbout: verb v follows "whether" or "if" that follows a word
// taking a question ("it was not clear if all five were killed"),
// however the parser hung the words, with no comma or full stop between.
func askedAbout(t *tree, v int) bool {
	s := t.d.Sentences[t.tok(v).Sent]
	for p := v - 1; p > s.TokStart && p >= v-10; p-- {
		w := t.lower(p)
		if w == "," || w == ";" || w == "." {
			return false
		}
		if w == "whether" || w == "if" {
			return questionHeads[t.lemma(p-1)] || questionHeads[t.lower(p-1)]
		}
	}
	return false
}

// oneDayOf: noun h is one day or night that a happening fills ("a sixth
// straight night of protests", "a second day of fighting"), not a span of
// its history ("four years of negotiations").
func oneDayOf(t *tree, h int) bool {
	return t.tok(h).XPOS == "NN" && (t.lemma(h) == "day" || t.lemma(h) == "night")
}

// passiveNoAgent: the participle v is a passive (a subject of its own or
// a form of be) with no "by" agent.
func passiveNoAgent(t *tree, v int) bool {
	if t.kid(v, "obl:agent") >= 0 {
		return false
	}
	for _, k := range t.kids(v, "obl") {
		if cs := t.kid(k, "case"); cs >= 0 && t.lower(cs) == "by" {
			return false
		}
	}
	if t.kid(v, "nsubj:pass") >= 0 {
		return true
	}
	for _, a := range t.kids(v, "aux:pass", "aux") {
		if t.lemma(a) == "be" {
			return true
		}
	}
	return false
}

// rushCharge: the verb "charge" at v is told with no one charged and no
// charge: no object, no passive or participle, no "with", "in", "over"
// or "for" phrase ("riot officers charged and fired").
func rushCharge(t *tree, v int) bool {
	if o := t.kid(v, "obj"); o >= 0 && batonCharge(t, v, o) {
		return true
	}
	if t.kid(v, "obj") >= 0 || t.kid(v, "nsubj:pass") >= 0 || t.kid(v, "aux:pass") >= 0 || t.tok(v).XPOS == "VBN" {
		return false
	}
	for _, k := range t.kids(v, "obl") {
		switch t.caseOf(k) {
		case "with", "in", "over", "for":
			return false
		}
	}
	return true
}

// batonCharge: "charge" at v with a crowd as its object o, and no more
// than weapons told "with" ("charged the crowd with bamboo batons"), is a
// rush at it, not an indictment ("charged the protesters with rioting").
func batonCharge(t *tree, v, o int) bool {
	switch t.lemma(o) {
	case "crowd", "protester", "demonstrator", "marcher", "mob", "rioter":
	default:
		return false
	}
	for _, k := range append(t.kids(v, "obl"), t.kids(o, "nmod")...) {
		switch t.caseOf(k) {
		case "with":
			if !batonNouns[t.lemma(k)] {
				return false
			}
		case "for", "over":
			return false
		}
	}
	return true
}

// batonNouns are what police charge a crowd with.
var batonNouns = map[string]bool{"baton": true, "stick": true, "club": true, "truncheon": true, "lathi": true, "horse": true, "shield": true, "cane": true}

// chargedFor: the gerund at v (or the first of the gerunds it is
// coordinated with) is marked "for" on a verb of arrest, charge or
// punishment ("arrested 41 people for blocking roads, damaging property
// and attacking officers").
func chargedFor(t *tree, v int) bool {
	// (however the parser hung the list: "for blocking roads, damaging
	// property and attacking officers", read left to right)
	for k := v - 1; k > t.d.Sentences[t.tok(v).Sent].TokStart; k-- {
		if x := t.tok(k).XPOS; x == "VBD" || x == "VBZ" || x == "VBP" || x == "MD" || x == "." || x == ":" {
			break
		}
		if t.lower(k) == "for" && t.tok(k+1).XPOS == "VBG" {
			for a := k - 1; a >= t.d.Sentences[t.tok(v).Sent].TokStart && a > k-8; a-- {
				if chargeVerbs[t.lemma(a)] && t.tok(a).UPOS == "VERB" {
					return true
				}
			}
			break
		}
	}
	for n := 0; n < 4 && t.rel(v) == "conj" && t.head(v) >= 0; n++ {
		v = t.head(v)
	}
	marked := false
	for _, m := range t.kids(v, "mark", "case") {
		if t.lower(m) == "for" {
			marked = true
		}
	}
	if !marked {
		return false
	}
	h := t.head(v)
	// (hung on the people held: "arrested 41 people for ...")
	if h >= 0 && !t.isVerbal(h) && t.rel(h) == "obj" {
		h = t.head(h)
	}
	if h < 0 {
		return false
	}
	return chargeVerbs[t.lemma(h)]
}

// chargeVerbs hold, charge or punish someone for something.
var chargeVerbs = map[string]bool{"arrest": true, "detain": true, "charge": true, "jail": true, "sentence": true, "convict": true,
	"fine": true, "punish": true, "prosecute": true, "indict": true, "hold": true, "try": true, "execute": true, "expel": true, "deport": true}
