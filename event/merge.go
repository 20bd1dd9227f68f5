package event

import (
	"slices"
	"strings"

	"github.com/sitrep/sitrep/actor"
	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/geo/gazetteer"
	"github.com/sitrep/sitrep/ontology"
)

// merge folds restatements of one happening into one event: the same CAMEO
// root (or a general attack and the bombing it was), compatible actors
// (equal codes, or one side unknown), the same place (or one unknown) and
// overlapping dates, with at least two agreements among source, target,
// place, the same day told by both and a place carried from the first; a
// later definite noun ("the airstrike") with one agreeing actor is a
// restatement too. The first statement is kept (the body's over a
// headline's), its gaps filled from the later ones, and mentions counts
// them all.
//
// A country's actor and one of its parts ("AFG" and "AFGCOP") agree as
// well as equal codes do, and a country and a place in it (wide names the
// country-wide places) do not disagree: news restates a happening less
// precisely ("Afghanistan" for the police it struck, "Iraq" for
// Baghdad). (A country is no agreement: "2 million displaced" in the
// country is not the 20,000 who fled one of its towns.)
func merge(cs []*cand, wide map[int]bool) []*cand {
	var out []*cand
	for _, c := range cs {
		merged := false
		for k, o := range out {
			// one word tells one happening, whichever way its actors are
			// read ("the SDF and tribal fighters exchanged prisoners",
			// "soldiers and police detained five"), unless it is done by
			// one doer to two countries ("warn that neither Turkey nor
			// Russia should intervene") or by the doers of two countries
			// (coded as PETRARCH codes, each pair of actors is an event:
			// dyads)
			if o.sent == c.sent && o.trigger == c.trigger && ontology.Root(o.code) == ontology.Root(c.code) && (samePlace(o, c) || o.place == nil && c.place == nil) && !toTwoCountries(o, c) &&
				!(o.dyad && c.dyad && (o.src != c.src || o.tgt != c.tgt || o.code != c.code)) {
				merged = true
				break
			}
			if mentionOf(o, c) {
				// only a mention: its place and date are often another
				// event's ("arrested suspects in the kidnapping on Sunday"),
				// unless its own clause tells them ("the attack occurred
				// around 9 p.m. Sunday at a store in Shenzhen")
				o.mentions += c.mentions
				// ("the march in Baghdad" names where a march placed only
				// by the dateline went)
				if o.placeScore < 1 && c.placeScore >= 3 {
					o.place, o.placeScore = c.place, c.placeScore
				}
				if c.toldWhere {
					if c.dateTied && !o.dateTied {
						o.date, o.dateTied = c.date, true
					}
					// (a town for a country: "a knife attack at a Walmart in
					// southern China" ... "the attack occurred at a store in
					// Shenzhen")
					if c.placeScore > o.placeScore || c.placeScore >= 3 && o.place != nil && c.place != nil && wide[o.place.GeonameID] && !wide[c.place.GeonameID] {
						o.place, o.placeScore = c.place, c.placeScore
					}
				}
				merged = true
				break
			}
			// ("police raided 42 properties ..., arresting 17", "arrested
			// two suspects in a raid"): a raid that arrests is the arrest
			// ("arrested nine ... and seized six assault rifles"): the
			// things taken in an arrest are told with it
			if raidArrest(o, c) || raidArrest(c, o) || seizedInArrest(o, c) || seizedInArrest(c, o) {
				if strings.HasPrefix(c.code, "173") {
					c.mentions += o.mentions
					out[k] = c
				} else {
					o.mentions += c.mentions
				}
				merged = true
				break
			}
			if claimedToll(o, c) {
				// (the attackers' own count of what they did: the attack
				// told before)
				o.mentions += c.mentions
				merged = true
				break
			}
			if attackDetail(o, c, wide) {
				// (a part of the attack: the attack keeps its code)
				o.mentions += c.mentions
				merged = true
				break
			}
			if sameHappening(o, c, wide) || definiteRestatement(o, c) {
				if o.headline && !c.headline {
					// the body tells what a headline did, more fully: its
					// statement is the event's, the headline a mention
					// ("Kurds clash again in Iraq" ... "the PUK resumed its
					// attack on KDP positions near Rawandouz"; the body's
					// event itself, so what later sentences carried from it
					// still points at it)
					out[k], o, c = c, c, o
				}
				absorb(o, c, wide)
				merged = true
				break
			}
		}
		if !merged {
			out = append(out, c)
		}
	}
	return out
}

func code(m *mention) string {
	if m == nil {
		return ""
	}
	return m.code
}

func sameHappening(a, b *cand, wide map[int]bool) bool {
	// "was killed by a US airstrike": the strike is how the killing was
	// done, one violent happening
	if a.sent == b.sent && ontology.QuadClass(a.code) == 4 && ontology.QuadClass(b.code) == 4 &&
		(b.noun && b.meansOf == a.trigger || a.noun && a.meansOf == b.trigger) {
		_, ok := actorsAgree(a, b)
		return ok
	}
	// "killed five soldiers in an attack on an army post ..., the
	// deadliest assault by the rebels in two years": the ranked noun sums
	// up the violence its sentence told
	if a.sent == b.sent && ontology.QuadClass(a.code) == 4 && ontology.QuadClass(b.code) == 4 && (a.ranked && !b.ranked || b.ranked && !a.ranked) && status(a) != "planned" && status(b) != "planned" {
		return true
	}
	if ontology.Root(a.code) != ontology.Root(b.code) && !attackRestated(a.code, b.code) {
		return false
	}
	// "marched Sunday in Istanbul, burning flags to protest the killings":
	// an act of a kind done to do that kind of act is one happening
	// (by the same doers: "Cyprus, Greece and Egypt gathered to discuss"
	// are three parties)
	// (the light verb of a noun's: "would hold a stoppage on Friday to
	// protest")
	if a.sent == b.sent && (slices.Contains(b.purposeOf, a.trigger) || slices.Contains(a.purposeOf, b.trigger) ||
		a.noun && slices.Contains(b.purposeOf, a.anchor) || b.noun && slices.Contains(a.purposeOf, b.anchor)) {
		_, ok := actorsAgree(a, b)
		return ok
	}
	if a.sent == b.sent && a.trigger != b.trigger && !a.noun && !b.noun {
		return false // two verbs in one sentence are two statements of two things
	}
	// "say they will join the fight, but also warn that ...": one
	// sentence's plan and its act done are two things
	if a.sent == b.sent && (status(a) == "planned") != (status(b) == "planned") {
		return false
	}
	// "Obama called on Maliki to ..." and "the U.S. is seeking from the
	// Iraqi government ...": two verbs of speech between the same parties
	// tell two things, unless it is the same verb
	if !a.noun && !b.noun && a.lemma != "" && a.lemma != b.lemma && verbalQuad(a.code) {
		return false
	}
	// "claims they have killed 1,500" and "was seized by fighters": two
	// verbs of different kinds (kill, abduct) tell two happenings, however
	// alike their actors
	if !a.noun && !b.noun && a.code != b.code && !sameKind(a.code, b.code) && !attackRestated(a.code, b.code) {
		return false
	}
	// (nor are a curfew and arrests, however told: two measures of the
	// root's different kinds)
	if ontology.Root(a.code) == "17" && a.code != b.code && !sameKind(a.code, b.code) {
		return false
	}
	if differentVictims(a.tgt, b.tgt) || returned(a, b) || returned(b, a) {
		return false
	}
	agree, ok := actorsAgree(a, b)
	if !ok {
		return false
	}
	// "seized an Iraqi town" and, soon after, "took the border town of
	// Qaim": the town named
	if namedLater(a, b) {
		agree++
	}
	// one named person poisoned, shot or arrested, told twice ("Navalny
	// was poisoned" ... "proof he had been poisoned")
	if q := ontology.QuadClass(a.code); q == 4 && sameVictim(a.tgt, b.tgt) {
		agree++
		// (and a named person is killed only once: "Hamza bin Laden has
		// been killed" ... "Hamza bin Ladin ... was killed in the
		// Afghanistan/Pakistan region")
		if killVerbs[a.lemma] && killVerbs[b.lemma] {
			agree++
		}
	}
	// ("The blast destroyed the bus": a later sentence whose subject is
	// the happening told before, by a definite noun)
	if a.sent != b.sent && (b.byDefinite && b.sent > a.sent || a.byDefinite && a.sent > b.sent) {
		agree += 2
	}
	// a sentence naming no place that goes on about a's happening; the
	// same day told by both
	if b.carriedFrom == a || a.carriedFrom == b {
		agree++
	} else if sameDay(a, b) {
		agree++
	} else if a.sent == b.sent && a.noun && b.noun && !verbalQuad(a.code) && sameKind(a.code, b.code) && sameDate(a, b) {
		// (one sentence telling one happening by two of its names, on
		// whatever day it told: "mounted a show of strength in a
		// parade" in a story with no date)
		agree++
	} else if a.headline != b.headline {
		// (a headline opening the document tells the story's happening,
		// which the body tells again: "DeKalb man arrested in attempted
		// robbery. A DeKalb man has been arrested after ...")
		agree += 2
	}
	// (the victims of an attack told just before, under fire again with
	// no doer and no day of their own: "ambushed an army patrol boat on
	// Sunday ... it came under heavy fire from the forest")
	if ontology.QuadClass(a.code) == 4 && undoneAgain(a, b) || undoneAgain(b, a) {
		agree++
	}
	pa, pb := placeKey(a), placeKey(b)
	// (a violent act told again with no place or day of its own, in the
	// town the story is about, where the first was told: "a mass
	// stabbing killed three in Reading on Saturday" ... "a man attacked
	// a group of men")
	if (pa == "") != (pb == "") && ontology.QuadClass(a.code) == 4 && samePlace(a, b) && (!a.dateTied || !b.dateTied) {
		agree++
	}
	switch {
	case pa == "" || pb == "" || placeWithin(a, b, wide) || placeWithin(b, a, wide):
	case pa == pb:
		agree++
	default:
		return false
	}
	if !datesOverlap(a, b) {
		return false
	}
	return agree >= 2
}

// attackDetail: c tells what the attackers of a did to its victims
// besides ("overran an army base ... The insurgents set fire to barracks
// and carted away weapons"): the victims' property burned or seized by
// a's doers, in a's sentence or the two after it, with no day or place of
// its own apart from a's — one happening.
func attackDetail(a, c *cand, wide map[int]bool) bool {
	if r := ontology.Root(a.code); r != "19" && r != "18" || strings.HasPrefix(a.code, "181") {
		return false
	}
	if c.code != "1711" && c.code != "1712" || c.sent < a.sent || c.sent-a.sent > 2 || !datesOverlap(a, c) {
		return false
	}
	if c.dateTied && a.dateTied && !sameDay(a, c) {
		return false
	}
	if pa, pc := placeKey(a), placeKey(c); pa != "" && pc != "" && pa != pc && !placeWithin(a, c, wide) && !placeWithin(c, a, wide) {
		return false
	}
	// (the attacked's own property: "set fire to barracks" of the base
	// overrun; shops and houses of others burned are a happening of their
	// own)
	if ta, tc := code(a.tgt), code(c.tgt); ta == "" || ta != tc {
		return false
	}
	sa, sc := code(a.src), code(c.src)
	return sc == "" || sa == "" || sa == sc || countryOf(sa, sc) || countryOf(sc, sa) || rebelsNamed(sa, sc) || rebelsNamed(sc, sa)
}

// attackRestated: an attack told in general (190, "attacked",
// "targeted") and the unconventional violence it was (a bombing, a
// shooting: 18x but an abduction) are one happening told twice, CAMEO's
// two roots notwithstanding.
func attackRestated(a, b string) bool {
	if b == "190" {
		a, b = b, a
	}
	return a == "190" && ontology.Root(b) == "18" && !strings.HasPrefix(b, "181")
}

// countryOf: actor code a is the bare country of b ("AFG" of "AFGCOP").
func countryOf(a, b string) bool {
	return len(a) == 3 && len(b) > 3 && strings.HasPrefix(b, a) && !isGroupCode(b)
}

// placeWithin: a's place is a country (wide) and b's lies in it.
func placeWithin(a, b *cand, wide map[int]bool) bool {
	return wide[a.place.GeonameID] && !wide[b.place.GeonameID] && a.place.Country != "" && a.place.Country == b.place.Country
}

// sameKind: one code is the other or its general parent (190 and 195: an
// attack and an air strike may be one happening; so may 180 and 182, an
// assault told as the stabbing it was; 180 and 181, a killing and an
// abduction, are not).
func sameKind(a, b string) bool {
	if len(a) > len(b) || len(a) == len(b) && b[len(b)-1] == '0' {
		a, b = b, a
	}
	return strings.HasPrefix(b, a) || len(a) == 3 && a[2] == '0' && strings.HasPrefix(b, a[:2]) && !strings.HasPrefix(b, "181")
}

// differentVictims: one target is a single person, the other a group
// ("he" and "1,500 Shi'ites").
func differentVictims(a, b *mention) bool {
	if a == nil || b == nil {
		return false
	}
	single := func(m *mention) bool { return m.person && !m.plural }
	return single(a) != single(b) && (a.plural || b.plural)
}

func placeKey(c *cand) string {
	if c.place == nil || c.placeScore < 1 {
		return ""
	}
	return c.place.Name + "|" + c.place.Country
}

func datesOverlap(a, b *cand) bool {
	if a.date == nil || b.date == nil {
		return true
	}
	af, at, bf, bt := a.date.From, a.date.To, b.date.From, b.date.To
	if af != nil && bt != nil && *af > *bt {
		return false
	}
	if bf != nil && at != nil && *bf > *at {
		return false
	}
	return true
}

func absorb(o, c *cand, wide map[int]bool) {
	o.mentions += c.mentions
	// (what may have happened adds nothing to what did: "civilians may
	// also have been injured" after "the blast destroyed the bus")
	if st := status(c); (st == "hypothetical" || st == "negated") && status(o) != st {
		return
	}
	// (a town for its country: "a car bomb in central Turkey" ... "the
	// blast destroyed the bus ... in the city of Kayseri")
	if o.place != nil && c.place != nil && c.placeScore >= 1 && placeWithin(o, c, wide) {
		o.place, o.placeScore = c.place, max(o.placeScore, c.placeScore)
	}
	if o.src == nil || o.src.code == "" {
		if c.src != nil && c.src.code != "" {
			o.src = c.src
		}
	}
	if o.src != nil && c.src != nil && rebelsNamed(o.src.code, c.src.code) {
		o.src = c.src // the group named ("Sunni fighters": ISIL)
	}
	if o.tgt == nil || o.tgt.code == "" || o.tgt.someTown && c.tgt != nil && c.tgt.place >= 0 {
		if c.tgt != nil && c.tgt.code != "" {
			o.tgt = c.tgt
		}
	}
	if c.placeScore > o.placeScore {
		o.place, o.placeScore = c.place, c.placeScore
	}
	if (o.date == nil || o.date.From == nil) && c.date != nil && c.date.From != nil {
		o.date = c.date
	}
	// a more specific code from a restatement (195 air strike over 190);
	// not a protest's over the violence done during it ("shot dead a
	// student during a protest": the shooting)
	protestOverViolence := ontology.Root(c.code) == "14" && (ontology.Root(o.code) == "18" || ontology.Root(o.code) == "19")
	if !protestOverViolence && (len(c.code) > len(o.code) || (o.code[len(o.code)-1] == '0' && c.code[len(c.code)-1] != '0' && len(c.code) == len(o.code))) {
		o.code = c.code
	}
	if o.attr == nil {
		o.attr = c.attr
	}
	have := map[string]int{}
	for i, x := range o.counts {
		have[x.Category] = i
	}
	for _, x := range c.counts {
		if i, ok := have[x.Category]; ok {
			if x.Value > o.counts[i].Value {
				o.counts[i].Value = x.Value
			}
			continue
		}
		o.counts = append(o.counts, x)
	}
}

// mentionOf: b is a definite event noun with nothing of its own ("the
// kidnapping", "the fighting") naming happening a, told in an earlier
// sentence, of the same root and overlapping dates.
//
// (an armed force's show of strength is "the march" told later, with no
// one named marching)
func mentionOf(a, b *cand) bool {
	return b.noun && b.definite && b.src == nil && b.tgt == nil && b.sent > a.sent &&
		(ontology.Root(a.code) == ontology.Root(b.code) || attackRestated(a.code, b.code) || a.code == "150" && ontology.Root(b.code) == "14") && datesOverlap(a, b)
}

// definiteRestatement: b is a definite event noun of a later sentence
// ("the airstrike") whose actors agree with happening a's, one at least
// ("The United States carried out the airstrike at Baghdad airport"
// after "US forces killed Soleimani in an airstrike"): a's happening told
// again, with what it adds.
func definiteRestatement(a, b *cand) bool {
	if !b.noun || !b.definite || b.sent <= a.sent || !datesOverlap(a, b) {
		return false
	}
	if ontology.Root(a.code) != ontology.Root(b.code) && !attackRestated(a.code, b.code) {
		return false
	}
	agree, ok := actorsAgree(a, b)
	return ok && agree >= 1
}

// actorsAgree counts the roles (source, target) both events name with
// agreeing codes; ok is false when a role's codes disagree.
// Actors without codes compare by a person's name ("his" resolved to
// Khan is Khan).
func actorsAgree(a, b *cand) (agree int, ok bool) {
	for _, p := range [][2]*mention{{a.src, b.src}, {a.tgt, b.tgt}} {
		if personName(p[0]) != "" && personName(p[1]) != "" {
			// ("Raffaele Marra" ... "Mr Marra": one person by surname)
			if !sameName(personName(p[0]), personName(p[1])) {
				return 0, false
			}
			agree++
			continue
		}
		switch p := [2]string{code(p[0]), code(p[1])}; {
		case p[0] == "" || p[1] == "" || rebelsNamed(p[0], p[1]) || rebelsNamed(p[1], p[0]):
		case p[0] == p[1] || countryOf(p[0], p[1]) || countryOf(p[1], p[0]):
			agree++
		default:
			return 0, false
		}
	}
	return agree, true
}

// returned: b's source is a's target, and not a's source too: fire
// returned ("came under heavy fire ... The soldiers returned fire") is an
// act of its own.
func returned(a, b *cand) bool {
	if !answerVerbs[b.lemma] {
		return false
	}
	same := func(x, y string) bool { return x != "" && y != "" && (x == y || countryOf(x, y) || countryOf(y, x)) }
	return same(code(a.tgt), code(b.src)) && !same(code(a.src), code(b.src))
}

// undoneAgain: b, told within two sentences after a, names no doer and
// no day, and its victims are a's, by the same country and role (not
// merely the same country: a village attacked and a convoy under fire).
func undoneAgain(a, b *cand) bool {
	return b.sent > a.sent && b.sent-a.sent <= 2 && code(b.src) == "" && !b.dateTied && ontology.QuadClass(b.code) == 4 &&
		len(code(a.tgt)) >= 6 && code(a.tgt) == code(b.tgt)
}

// answerVerbs tell violence answered: "returned fire", "retaliated",
// "responded", "fought back".
var answerVerbs = map[string]bool{"return": true, "retaliate": true, "respond": true, "fight": true, "hit": true, "fire": true, "shoot": true}

// personName is the name of an actor that is a person with no code.
func personName(m *mention) string {
	if m == nil || m.code != "" || !m.person {
		return ""
	}
	return m.name
}

// sameDay: both events are dated by a time of their own to one and the
// same day.
func sameDay(a, b *cand) bool {
	if !a.dateTied || !b.dateTied || a.date == nil || b.date == nil {
		return false
	}
	af, at, bf, bt := a.date.From, a.date.To, b.date.From, b.date.To
	return af != nil && at != nil && bf != nil && bt != nil && *af == *at && *bf == *bt && *af == *bf
}

// sameDate: a and b have the same date, or neither has one.
func sameDate(a, b *cand) bool {
	str := func(p *string) string {
		if p == nil {
			return ""
		}
		return *p
	}
	if a.date == nil || b.date == nil {
		return a.date == nil && b.date == nil
	}
	return str(a.date.From) == str(b.date.From) && str(a.date.To) == str(b.date.To)
}

// rebelsNamed: code a is a country's rebels ("IRQREB": "Sunni fighters",
// "insurgents") and b a named armed group: news names the group in one
// sentence and calls it fighters or insurgents in the next, so the two
// do not disagree.
func rebelsNamed(a, b string) bool {
	return len(a) == 6 && strings.HasSuffix(a, "REB") && b != a && isGroupCode(b) && actor.IsArmedNonState(b)
}

// namedLater: one event's target is an unnamed place told indefinitely
// ("an Iraqi town") and the other's, within two sentences, a named one.
func namedLater(a, b *cand) bool {
	if a.tgt == nil || b.tgt == nil || b.sent-a.sent > 2 || a.sent-b.sent > 2 {
		return false
	}
	return a.tgt.someTown && b.tgt.place >= 0 || b.tgt.someTown && a.tgt.place >= 0
}

// samePlace: both events have a place and it is the same one, however
// they came by it.
func samePlace(a, b *cand) bool {
	return a.place != nil && b.place != nil && a.place.Name == b.place.Name && a.place.Country == b.place.Country
}

// sameVictim: both targets are one and the same named person.
func sameVictim(a, b *mention) bool {
	if a == nil || b == nil || !a.person || !b.person || a.plural || b.plural || a.name == "" || b.name == "" {
		return false
	}
	k := lastNameKey(a.name)
	return k != "" && k == lastNameKey(b.name)
}

// lastNameKey is the sound of a person's last name, for comparing names
// across spellings ("bin Laden" and "bin Ladin" are one transliteration)
// and forms ("Raffaele Marra", "Mr Marra").
func lastNameKey(name string) string {
	if w := lastName(name); w != "" {
		return gazetteer.Phonetic(gazetteer.Norm(w))
	}
	return ""
}

// sameName: person names a and b name one person: the same name by
// sound, or the same surname when one of them is a surname alone, with or
// without a title of address ("Mr Marra" and "Raffaele Marra"; not "Fidel
// Castro" and "Raul Castro").
func sameName(a, b string) bool {
	if a == b {
		return true
	}
	given := func(s string) []string {
		var ws []string
		for _, w := range strings.Fields(s) {
			if !titleOfAddress(w) {
				ws = append(ws, w)
			}
		}
		return ws
	}
	ga, gb := given(a), given(b)
	ka := lastNameKey(a)
	if ka == "" || ka != lastNameKey(b) {
		return false
	}
	// (both named in full: the same first name too, "Hamza bin Laden" and
	// "Hamza bin Ladin")
	return len(ga) < 2 || len(gb) < 2 || gazetteer.Norm(ga[0]) == gazetteer.Norm(gb[0])
}

// killVerbs tell a killing.
var killVerbs = map[string]bool{"kill": true, "assassinate": true, "murder": true, "execute": true, "slay": true}

// verbalQuad: code is a verbal act (statements, appeals, intents,
// demands, threats), not a material one.
func verbalQuad(code string) bool {
	q := ontology.QuadClass(code)
	return q == 0 || q == 1 || q == 3
}

// regionJourneys folds a journey to a world region ("to head to the Middle
// East and Europe next week") into the journey of the same traveller,
// told in the same or the next two sentences, to a place inside that
// region ("will travel to Jordan before heading to Brussels ... and then
// to Paris"): the trip to the region is the trip to the places named, one
// happening told twice. The first place inside the region takes the
// mention.
func regionJourneys(t *tree, evs []*cand) []*cand {
	regions := map[int]*doc.Place{}
	for i, c := range evs {
		if c.dest && c.tgt != nil && c.tgt.place >= 0 {
			if p := &t.d.Places[c.tgt.place]; p.Feature == "CONT" || p.Feature == "RGN" && p.Country == "" {
				regions[i] = p
			}
		}
	}
	if len(regions) == 0 {
		return evs
	}
	out := evs[:0:0]
	for i, c := range evs {
		r, ok := regions[i]
		if !ok {
			out = append(out, c)
			continue
		}
		var into *cand
		for j, o := range evs {
			if _, isRegion := regions[j]; isRegion || !o.dest || o.tgt == nil || o.tgt.place < 0 ||
				o.sent < c.sent || o.sent > c.sent+2 || ontology.Root(o.code) != ontology.Root(c.code) || !sameActor(o.src, c.src) {
				continue
			}
			p := &t.d.Places[o.tgt.place]
			if gazetteer.DistanceKm(r.Lat, r.Lon, p.Lat, p.Lon) <= r.PrecisionKm {
				into = o
				break
			}
		}
		if into == nil {
			out = append(out, c)
			continue
		}
		into.mentions += c.mentions
		if openDate(into) && !openDate(c) {
			into.date = c.date
		}
	}
	return out
}

// toTwoCountries: one doer's act aimed at the actors of two countries,
// or the doers of two countries acting on one ("Mordor, Rohan and Bree
// welcomed the resumption of ties"); not two sides acting on each other
// ("Armenia and Azerbaijan clashed").
func toTwoCountries(a, b *cand) bool {
	sa, sb, ta, tb := code(a.src), code(b.src), code(a.tgt), code(b.tgt)
	if sa != "" && sa == tb && sb == ta {
		return false
	}
	return len(ta) >= 3 && len(tb) >= 3 && ta[:3] != tb[:3] && sa == sb ||
		len(sa) >= 3 && len(sb) >= 3 && sa[:3] != sb[:3] && ta == tb
}

// raidArrest: a raid (by police, or by no one named) and an arrest told in
// one sentence, by compatible doers.
func raidArrest(raid, arrest *cand) bool {
	if raid.sent != arrest.sent || raid.lemma != "raid" || ontology.Root(raid.code) != "19" || !strings.HasPrefix(arrest.code, "173") {
		return false
	}
	rs, as := code(raid.src), code(arrest.src)
	return rs == "" || as == "" || rs[:min(3, len(rs))] == as[:min(3, len(as))]
}

// seizedInArrest: seize is things (no party) confiscated in the sentence
// that tells arrest, by its doers or by no one named.
func seizedInArrest(arrest, seize *cand) bool {
	if arrest.sent != seize.sent || !strings.HasPrefix(arrest.code, "173") || seize.code != "1711" || code(seize.tgt) != "" {
		return false
	}
	as, ss := code(arrest.src), code(seize.src)
	return as == "" || ss == "" || as[:min(3, len(as))] == ss[:min(3, len(ss))]
}

// selfClaimed: c is a killing told by the armed group that did it ("the Pakistani
// Taliban claimed responsibility, saying its fighters had killed 16
// policemen"; "the group said it had killed more than 50 soldiers").
func selfClaimed(t *tree, acts *actors, c *cand) bool {
	if c.rep < 0 || c.src == nil || !rebelSide(c.src.code) || c.noun || !killVerbs[c.lemma] {
		return false
	}
	if r := ontology.Root(c.code); r != "18" && r != "19" && r != "20" || strings.HasPrefix(c.code, "181") {
		return false
	}
	sp := speaker(t, acts, c.rep)
	// (a participle's speaker is its clause's: "claimed responsibility,
	// saying ...")
	if sp == nil && t.tok(c.rep).XPOS == "VBG" {
		if h := t.tok(c.rep).Head; h >= 0 {
			sp = acts.resolve(t.kid(h, "nsubj"))
		}
	}
	return sp != nil && sp.code == c.src.code
}

// claimedToll: c is the attackers' own claim of an attack o told before:
// violent both, no other day of its own, the victims alike, the doers
// alike or both armed groups (a claim names the group by its own name).
func claimedToll(o, c *cand) bool {
	if !c.selfClaim || o.sent >= c.sent || ontology.QuadClass(o.code) != 4 || status(o) == "planned" || status(o) == "hypothetical" {
		return false
	}
	if r := ontology.Root(o.code); r != "18" && r != "19" && r != "20" || strings.HasPrefix(o.code, "181") {
		return false
	}
	if !datesOverlap(o, c) || c.dateTied && o.dateTied && !sameDay(o, c) {
		return false
	}
	if to, tc := code(o.tgt), code(c.tgt); to != "" && tc != "" && to != tc && !strings.HasPrefix(to, tc[:min(3, len(tc))]) {
		return false
	}
	so, sc := code(o.src), code(c.src)
	return so == "" || so == sc || rebelSide(so) && rebelSide(sc)
}

// rebelSide: an actor code of an armed group or rebels.
func rebelSide(c string) bool {
	// (actor.IsArmedNonState already knows REB and IMG codes)
	return actor.IsArmedNonState(c) || strings.HasSuffix(c, "INS")
}
