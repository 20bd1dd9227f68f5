package event

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/sitrep/sitrep/actor"
	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/ontology"
)

// placePreps mark a nominal that says where something happened.
var placePreps = map[string]bool{"in": true, "at": true, "near": true, "outside": true, "inside": true, "into": true,
	"across": true, "around": true, "throughout": true, "on": true, "within": true, "west of": true, "east of": true,
	"north of": true, "south of": true, "from": true, "toward": true, "towards": true, "to": true, "along": true,
	"through": true}

func eventPlace(p *doc.Place) *doc.EventPlace {
	return &doc.EventPlace{Name: p.Name, Lat: p.Lat, Lon: p.Lon, Country: p.Country, GeonameID: p.GeonameID}
}

// findPlace returns what the sentence ties to the event: a place in a
// locative phrase on the trigger or the place that is its target (score
// 3), else the nearest place in the sentence (1), else the dateline's (0).
func findPlace(t *tree, acts *actors, c *cand, anchor int) (*doc.EventPlace, int) {
	p, score := sentencePlace(t, acts, c, anchor)
	// (a country named only to say where the doer is, its dateline's
	// town in it: "A court in northwestern Burundi on Wednesday
	// sentenced", filed from Cibitoke, was in Cibitoke)
	// (not a part of the country told by its side: "attacks on two army
	// positions in northern Benin", filed from Cotonou)
	if score == 1 && p != nil && !acts.datelineAway && countryLevel(t.d, p) && (inSubject(t, acts, c.trigger, p) || !sidedCountry(t, acts, c.sent, p)) {
		if dl := datelinePlace(t.d); dl >= 0 && strings.HasPrefix(t.d.Places[dl].Feature, "PPL") && t.d.Places[dl].Country == p.Country {
			return eventPlace(&t.d.Places[dl]), 0
		}
	}
	return p, score
}

// inSubject: place p is named in the subject of verb v ("a court in
// northwestern Burundi").
func inSubject(t *tree, acts *actors, v int, p *doc.EventPlace) bool {
	sb := t.kid(v, "nsubj", "nsubj:pass")
	if sb < 0 {
		return false
	}
	for _, x := range t.subtree(sb, nil) {
		if q := acts.placeAt[x]; q >= 0 && isPlace(&t.d.Places[q], p) {
			return true
		}
	}
	return false
}

// sidedCountry: sentence si names place p with a side of it ("northern
// Benin").
func sidedCountry(t *tree, acts *actors, si int, p *doc.EventPlace) bool {
	sent := t.d.Sentences[si]
	for x := sent.TokStart; x < sent.TokEnd; x++ {
		if q := acts.placeAt[x]; q < 0 || !isPlace(&t.d.Places[q], p) {
			continue
		}
		for _, a := range t.kids(placeTop(t, acts, x), "amod") {
			if compassWord(t.lower(a)) {
				return true
			}
		}
		if x > sent.TokStart && compassWord(t.lower(x-1)) {
			return true
		}
	}
	return false
}

// compassWord: w tells a side of a place ("northern", "south-western",
// "central").
func compassWord(w string) bool {
	w = strings.ReplaceAll(w, "-", "")
	for _, side := range []string{"north", "south", "east", "west"} {
		if strings.HasPrefix(w, side) || strings.HasSuffix(w, side+"ern") {
			return true
		}
	}
	return w == "central"
}

// countryLevel: event place p is a country of the document's places.
func countryLevel(d *doc.Doc, p *doc.EventPlace) bool {
	for i := range d.Places {
		if isPlace(&d.Places[i], p) {
			return strings.HasPrefix(d.Places[i].Feature, "PCL")
		}
	}
	return false
}

// isPlace: document place q is the event's place p.
func isPlace(q *doc.Place, p *doc.EventPlace) bool {
	return q.GeonameID == p.GeonameID && q.Name == p.Name
}

// sentencePlace is findPlace's reading of the sentence.
func sentencePlace(t *tree, acts *actors, c *cand, anchor int) (*doc.EventPlace, int) {
	d := t.d
	// a deployment or a journey is where it goes, not where it set out
	// from ("moved from Kurdistan to villages near Mosul")
	lastFrom := ontology.Root(c.code) == "15" || ontology.Root(c.code) == "04"
	from := -1
	// ("died in the city of Aden after being shot": the clause an
	// adverbial one hangs on is where it happened too, when it names no
	// place of its own)
	governing := -1
	if r := t.rel(c.trigger); (r == "advcl" || r == "xcomp") && !c.noun {
		governing = t.head(c.trigger)
	} else if r == "acl" && !c.noun && adverbialMark(t, c.trigger) {
		// ("on Tuesday after being shot" read as a clause on "Tuesday";
		// not "claims that they have killed": what a noun says)
		for a, n := t.head(c.trigger), 0; a >= 0 && n < 3; a, n = t.head(a), n+1 {
			if t.isVerbal(a) {
				governing = a
				break
			}
		}
	}
	// (and, last, for a material act, the verbs it is coordinated with,
	// for a place phrase told after it that they share: "killed nine
	// villagers and burned dozens of homes in a raid near Tsafe")
	// ("is due to visit Ramallah on Thursday for talks ... on security in
	// the West Bank": a visit is where it goes, before any place of what
	// it is for)
	if ontology.Root(c.code) == "04" && !c.noun && visitVerbs[t.lemma(c.trigger)] {
		if o := t.kid(c.trigger, "obj"); o >= 0 && acts.placeAt[o] >= 0 && !actorModifier(t, acts, o) {
			return eventPlace(&d.Places[acts.placeAt[o]]), 3
		}
	}
	verbs := []int{c.trigger, anchor, governing}
	shared := len(verbs)
	if !c.noun && ontology.QuadClass(c.code)%2 == 0 {
		verbs = append(verbs, conjunctVerbs(t, c.trigger)...)
		// (and, for force, the infinitive of purpose it is used for:
		// "fired tear gas to break up a roadblock on a highway in Jujuy
		// province")
		if ontology.QuadClass(c.code) == 4 {
			verbs = append(verbs, purposeClauses(t, c.trigger)...)
		}
	}
	for vi, v := range verbs {
		if v < 0 {
			continue
		}
		for _, k := range t.kids(v, "obl", "nmod", "advmod", "obl:npmod") {
			// (an operation or a raid it was done during is where it was
			// done: "arrested 23 men ... during a cordon-and-search
			// operation in Kotido")
			during := t.caseOf(k) == "during" && operationNouns[t.lemma(k)]
			if !placePreps[t.caseOf(k)] && !during || otherHappening(t, k) || t.caseOf(k) == "from" && !fromPlaces(c.code) {
				continue
			}
			// ("in solidarity with the Bocas del Toro workers", "in
			// support of", "in memory of": a cause, no place)
			if t.caseOf(k) == "in" && causeInNouns[t.lemma(k)] {
				continue
			}
			if vi >= shared && (k < c.trigger || k < v) {
				continue
			}
			// ("shot Russia's ambassador to Turkey", hung on the verb: a
			// "to" places only what goes somewhere)
			if t.caseOf(k) == "to" && toless(c.code) {
				continue
			}
			// the most specific place of the phrase ("in the U.S. border
			// city of El Paso, Texas": El Paso)
			best, bestNamed, bestRef := -1, false, false
			for _, x := range t.subtree(k, phraseSkip) {
				p := acts.placeAt[x]
				// (not the town another place of the phrase is told to lie
				// off: "near Sarai Naurang, about 25 km north of Lakki
				// Marwat")
				if p < 0 || actorModifier(t, acts, x) || farSide(t, acts, x) || offsetFrom(t, acts, x) || describesNamed(t, acts, x) {
					continue
				}
				// ("in Laqiyya, a Bedouin town north of Beersheba": the
				// town it is placed by is no place of the phrase's own,
				// unless the phrase names no other)
				// (a village the gazetteer lacks is placed by the town it
				// lies near: "the village of Bir al-Hamam, ... just south
				// of Rahat")
				ref := x != k && referencePoint(t, acts, x)
				if best >= 0 && ref != bestRef {
					if !ref && d.Places[p].GeonameID != 0 || ref && d.Places[best].GeonameID == 0 && d.Places[p].GeonameID != 0 {
						best, bestNamed, bestRef = p, namedByPlaceNoun(t, acts, x), ref
					}
					continue
				}
				// ("sent to Tillaberi from Niamey", the origin hung on the
				// destination: not where it went)
				if lastFrom && nestedFrom(t, x, k) {
					continue
				}
				// ("in the Chapare town of Chimoré": the town the place
				// noun names, before the region on it)
				named := namedByPlaceNoun(t, acts, x)
				if best < 0 || placeRank(d.Places[p].Feature) < placeRank(d.Places[best].Feature) ||
					placeRank(d.Places[p].Feature) == placeRank(d.Places[best].Feature) && named && !bestNamed {
					best, bestNamed, bestRef = p, named, ref
				}
			}
			if best >= 0 {
				if lastFrom && t.caseOf(k) == "from" {
					if from < 0 {
						from = best
					}
					continue
				}
				if f := finerObject(t, acts, c, best); f >= 0 {
					return eventPlace(&d.Places[f]), 3
				}
				// ("met ... in southern Syria, ..., in Daraa": the finer
				// of two places the verb is told at)
				if f := finerSibling(t, acts, v, k, best); f >= 0 {
					return eventPlace(&d.Places[f]), 3
				}
				// ("In neighbouring Kazakhstan, police in Almaty
				// detained ...": the doers' town in that country)
				if f := subjectTown(t, acts, v, best); f >= 0 {
					return eventPlace(&d.Places[f]), 3
				}
				return eventPlace(&d.Places[best]), 3
			}
			// "in Iraqi military bases": the country of the demonym on
			// the place noun, when the story names it
			if p := demonymPlace(t, acts, k); p >= 0 {
				return eventPlace(&d.Places[p]), 3
			}
		}
	}
	// ("sent 100 officers of the rapid reaction units to Torre-Pacheco",
	// the destination hung on the object by the parser: where the force
	// went)
	if lastFrom && !c.noun {
		if o := t.kid(c.trigger, "obj"); o >= 0 {
			for _, x := range t.subtree(o, phraseSkip) {
				if p := acts.placeAt[x]; p >= 0 && x != o && placeCase(t, acts, x) == "to" && !actorModifier(t, acts, x) {
					return eventPlace(&d.Places[p]), 3
				}
			}
		}
	}
	// "met the minister's wife when he visited Tehran": where the visit
	// the clause of time tells went
	if !c.noun {
		for _, k := range t.kids(c.trigger, "advcl") {
			if !visitVerbs[t.lemma(k)] || !slices.ContainsFunc(t.kids(k, "mark", "advmod"), func(m int) bool {
				w := t.lower(m)
				return w == "when" || w == "while" || w == "as"
			}) {
				continue
			}
			for _, o := range t.kids(k, "obj", "obl") {
				if cs := t.caseOf(o); t.rel(o) == "obl" && cs != "in" && cs != "to" && cs != "at" {
					continue
				}
				for _, x := range t.subtree(o, phraseSkip) {
					if p := acts.placeAt[x]; p >= 0 {
						return eventPlace(&d.Places[p]), 3
					}
				}
			}
		}
	}
	// "protests filled the San Juan streets": the happening's verb takes
	// where it was as its object
	if c.noun && anchor != c.trigger && occurOnVerbs[t.lemma(anchor)] {
		if o := t.kid(anchor, "obj"); o >= 0 {
			for _, x := range t.subtree(o, phraseSkip) {
				if p := acts.placeAt[x]; p >= 0 {
					return eventPlace(&d.Places[p]), 3
				}
			}
		}
	}
	// a place the verb takes as its object without being its target
	// ("the Iraqis estimated to have fled Mosul", "left Kabul"); of a
	// verbal act it is a party ("asked the U.S.")
	q := ontology.QuadClass(c.code)
	placedByTarget := q == 2 || q == 4 || ontology.Root(c.code) == "04" || strings.HasPrefix(c.code, "166")
	if !c.noun && placedByTarget {
		// (not the first of the places the target is one of: "entered
		// Tell Tamer and Ain Issa", told for Ain Issa)
		if o := t.kid(c.trigger, "obj"); o >= 0 && acts.placeAt[o] >= 0 && (c.tgt == nil || c.tgt.head != o && !(c.tgt.head >= 0 && c.tgt.head < len(d.Tokens) && t.head(c.tgt.head) == o && t.rel(c.tgt.head) == "conj")) && !actorModifier(t, acts, o) {
			return eventPlace(&d.Places[acts.placeAt[o]]), 3
		}
	}
	if from >= 0 {
		// a place in the purpose clause ("to protect villages near Mosul",
		// however it is attached: to the trigger or to the place it left)
		purposes := purposeClauses(t, c.trigger)
		for _, k := range t.kids(c.trigger, "obl") {
			if t.caseOf(k) != "from" {
				continue
			}
			for _, x := range t.kids(k, "acl") {
				if t.tok(x).XPOS == "VB" && hasMarkTo(t, x) {
					purposes = append(purposes, x)
				}
			}
		}
		for _, x := range purposes {
			for _, k := range t.subtree(x, phraseSkip) {
				if p := acts.placeAt[k]; p >= 0 {
					return eventPlace(&d.Places[p]), 3
				}
			}
		}
		// (forces sent from a place were sent elsewhere: with no
		// destination told, where the story is, not where they left)
		if ontology.Root(c.code) != "15" {
			return eventPlace(&d.Places[from]), 3
		}
	}
	// (a place that is the target of a material act or a visit is where
	// it happened, "seized Qaim"; one asked, urged or blamed is not,
	// "asked the U.S. for airstrikes")
	if c.tgt != nil && placedByTarget {
		if c.tgt.place >= 0 && !targetPlaceRoadEnd(t, acts, c.tgt) {
			return eventPlace(&d.Places[c.tgt.place]), 3
		}
		if c.tgt.head >= 0 && c.tgt.head < len(d.Tokens) {
			// ("seized the North Darfur town of Kutum": the town the
			// place noun names before the region on it)
			first := -1
			for _, x := range t.subtree(c.tgt.head, phraseSkip) {
				if p := acts.placeAt[x]; p >= 0 && (isPlaceNoun(t.lemma(c.tgt.head)) || x == c.tgt.head) && !describesNamed(t, acts, x) && !roadEnd(t, acts, x) {
					if namedByPlaceNoun(t, acts, x) && t.head(placeTop(t, acts, x)) == c.tgt.head {
						return eventPlace(&d.Places[p]), 3
					}
					if first < 0 {
						first = p
					}
				}
			}
			if first >= 0 {
				return eventPlace(&d.Places[first]), 3
			}
			// ("blew up a church in southern Croatia": where the target
			// stood; "targeting US troops in Iraqi military bases"; the
			// town before the district: "a vehicle near Turbat in Kech
			// district")
			if f := finestNmodPlace(t, acts, c.tgt.head); f >= 0 {
				return eventPlace(&d.Places[f]), 3
			}
			for _, k := range t.kids(c.tgt.head, "nmod") {
				if cs := t.caseOf(k); cs == "in" || cs == "at" {
					best := -1
					for _, x := range t.subtree(k, phraseSkip) {
						if p := acts.placeAt[x]; p >= 0 && !actorModifier(t, acts, x) && (best < 0 || placeRank(d.Places[p].Feature) < placeRank(d.Places[best].Feature)) {
							best = p
						}
					}
					if best >= 0 {
						return eventPlace(&d.Places[best]), 3
					}
					if p := demonymPlace(t, acts, k); p >= 0 {
						return eventPlace(&d.Places[p]), 3
					}
				}
			}
		}
	}
	// ("struck a house on the outskirts of Amuda, killing three people":
	// where what the violence struck stood, when its victims are others)
	// (or what a verb coordinated after it took: "killed three herders
	// and took about 150 goats near Kaabong")
	var struckObjs []int
	if o := t.kid(c.trigger, "obj"); !c.noun && q == 4 && o >= 0 && (c.tgt == nil || c.tgt.head != o) {
		struckObjs = append(struckObjs, o)
	}
	if !c.noun && q == 4 {
		for _, v := range conjunctVerbs(t, c.trigger) {
			if o := t.kid(v, "obj"); v > c.trigger && o >= 0 && takingVerbs[t.lemma(v)] {
				struckObjs = append(struckObjs, o)
			}
		}
	}
	for _, o := range struckObjs {
		for _, k := range t.kids(o, "nmod") {
			if cs := t.caseOf(k); cs != "in" && cs != "at" && cs != "on" && cs != "near" && cs != "outside" {
				continue
			}
			for _, x := range t.subtree(k, phraseSkip) {
				if p := acts.placeAt[x]; p >= 0 && !actorModifier(t, acts, x) {
					return eventPlace(&d.Places[p]), 3
				}
			}
		}
	}
	// the country the target belongs to, when it is a country's actor
	want := actorCountry(c.tgt)
	sent := d.Sentences[c.sent]
	best, bestDist, same, sameDist := -1, 1<<30, -1, 1<<30
	bestDateline, bestTok := false, -1
	loc, locDist, locTok := -1, 1<<30, -1
	var seen []int // (the tokens of the places that may be the event's)
	own, ownDist, ownTok := -1, 1<<30, -1
	var owns []int
	for i := sent.TokStart; i < sent.TokEnd; i++ {
		// (the source's own name says who, not where: "Turkey began an
		// offensive")
		if c.src != nil && c.src.place >= 0 && acts.placeAt[i] == c.src.place {
			continue
		}
		// (the dateline's names are where the story was filed: a
		// statement or a ruling is placed by the dateline below, its town
		// before its country; a material act keeps the dateline's
		// country, "PESHAWAR, Pakistan — gunmen killed 14")
		dl := d.Meta.Dateline
		inDateline := dl != nil && d.Tokens[i].Start >= dl.Start && d.Tokens[i].End <= dl.End
		if inDateline && ontology.QuadClass(c.code)%2 == 1 {
			continue
		}
		// (nor are those told with it: "Poland, Hungary and ... joined")
		if c.src != nil && c.src.head >= 0 && c.src.head < len(d.Tokens) && acts.placeAt[i] >= 0 && firstConjunct(t, placeTop(t, acts, i)) == firstConjunct(t, c.src.head) && t.rel(c.src.head) == "conj" {
			continue
		}
		if p := acts.placeAt[i]; p >= 0 && (!foreignClause(t, i, c.trigger) || c.code == "175" && crowdClearedWhere(t, i, c.trigger)) && !otherEventPlace(t, i, c.trigger) && !actorModifier(t, acts, i) && !describesNamed(t, acts, i) && !placeAsActor(t, acts, i, c.trigger, anchor) && !farSide(t, acts, i) && !accordingTo(t, i) &&
			(placedByTarget || !partyTo(t, acts, i, c.trigger, anchor)) && !inActorPhrase(t, c, i) && !describesSpeaker(t, i, c.trigger) && !(!verbalQuad(c.code) && saidAt(t, acts, i, c.trigger)) && !inCausePhrase(t, i, c.trigger) &&
			!(toless(c.code) && t.caseOf(firstConjunct(t, placeTop(t, acts, i))) == "to") && !describesOther(t, acts, i, c.trigger, anchor) && !regionOfTown(t, acts, i) &&
			// (a force's deployment is not where it was sent from)
			(journeyFrom(c.code) && ontology.Root(c.code) != "15" || t.caseOf(firstConjunct(t, placeTop(t, acts, i))) != "from") &&
			// (nor are arrests where those arrested came from: "arrested
			// eight people, five of them from other regions of Spain")
			!(!journeyFrom(c.code) && originOf(t, acts, i)) {
			dist := i - c.trigger
			if dist < 0 {
				dist = -dist
			}
			// (a dateline the parser hung on the verb is not the event's
			// own place, and any place the sentence names comes first:
			// "DHAKA - Students battled police ... in the town of Bogra")
			if inDateline {
				dist += len(d.Tokens)
			}
			// (a place the doer is told to be based in yields to a town
			// the rest of the clause says it happened in: "Morocco's
			// consul general in Murcia met the mayor ... in
			// Torre-Pacheco"; not to a country: "a court in Multan")
			if inSource(t, c, i) && townElsewhere(t, acts, c) {
				dist += 20
			}
			// (nor is a town another place is told to lie off: "near
			// Sarai Naurang, about 25 km north of Lakki Marwat")
			if offsetFrom(t, acts, i) {
				dist += 20
			}
			if !inDateline {
				seen = append(seen, i)
			}
			if locative(t, acts, i) && dist < locDist && !inDateline {
				loc, locDist, locTok = p, dist, i
			}
			if dist < ownDist && t.dominates(c.trigger, i) && !inDateline {
				own, ownDist, ownTok = p, dist, i
			}
			if t.dominates(c.trigger, i) && !inDateline {
				owns = append(owns, i)
			}
			if dist < bestDist {
				best, bestDist, bestDateline, bestTok = p, dist, inDateline, i
			}
			if want != "" && actor.CountryISO3(d.Places[p].Country) == want && dist < sameDist && !inDateline {
				same, sameDist = p, dist
			}
		}
	}
	// ("near the border town of Penjwen in Iraq's Kurdistan region":
	// the town, not the region told to hold it, however near the verb)
	if own >= 0 {
		for _, x := range owns {
			if p := acts.placeAt[x]; p != own && placeRank(d.Places[p].Feature) < placeRank(d.Places[own].Feature) &&
				d.Places[p].Country == d.Places[own].Country && locatedIn(t, acts, x, ownTok) {
				own, ownTok = p, x
				break
			}
		}
	}
	// ("Shopkeepers in the Kurdish city of Saqqez in western Iran shut
	// their stores ... in protest": the town, not the country told to
	// hold it, though nearer the trigger)
	loc, best = townWithin(t, acts, seen, loc, locTok), townWithin(t, acts, seen, best, bestTok)
	dateline := datelinePlace(d)
	switch {
	case own >= 0 && clauseOnPath(t, ownTok, c.trigger) && frontedPlace(t, acts, c) >= 0 && !countryOfOwn(d, frontedPlace(t, acts, c), own):
		// "In Tamale, ..., hundreds protested, blocking the road towards
		// Bolgatanga": the place the sentence opens with, not one in a
		// clause of how it went
		return eventPlace(&d.Places[frontedPlace(t, acts, c)]), 1
	case own >= 0:
		// a place in the event's own clause ("claims they have killed
		// 1,500 since taking control of Mosul") before one the sentence
		// hangs elsewhere ("In Khazna, residents said ...")
		return eventPlace(&d.Places[own]), 1
	case loc >= 0:
		// a place the sentence says something happened at ("killed
		// Iranian general Qasem Soleimani at a Baghdad airport", however
		// the parser hung it) before a mere name of the target's country
		return eventPlace(&d.Places[loc]), 1
	case best >= 0 && bestDateline && dateline >= 0:
		// only the dateline names a place: its town before its region
		// or country ("CHESAPEAKE, Va. - a neighbour invaded a slumber
		// party", "PESHAWAR, Pakistan - gunmen killed 14"), unless the
		// clause speaks of a town the text names otherwise ("RABAT -
		// residents of Smara marched through the town")
		if p := bridgedPlace(t, acts, c, anchor); p >= 0 {
			return eventPlace(&d.Places[p]), 1
		}
		return eventPlace(&d.Places[dateline]), 0
	case same >= 0:
		return eventPlace(&d.Places[same]), 1
	case best >= 0 && want != "" && dateline >= 0 && actor.CountryISO3(d.Places[dateline].Country) == want:
		// "seized an Iraqi town that borders Syria": not in Syria
		return eventPlace(&d.Places[dateline]), 0
	case best >= 0:
		return eventPlace(&d.Places[best]), 1
	}
	if p := bridgedPlace(t, acts, c, anchor); p >= 0 {
		// "fighting for control of the country's biggest oil refinery.
		// ... held a portion of the Beiji refinery"
		return eventPlace(&d.Places[p]), 1
	}
	switch {
	case dateline >= 0 && acts.datelineAway && (ontology.QuadClass(c.code)%2 == 0 || c.code == "166"):
		// a material act (or a flight) told from a hub far off ("BEIRUT
		// — ... in Aleppo"): where the story is, not where it was written
		return eventPlace(&d.Places[acts.focus]), 0
	case dateline >= 0:
		return eventPlace(&d.Places[dateline]), 0
	case acts.focus >= 0 && ontology.QuadClass(c.code) >= 2:
		// a clash or an attack (or a release, aid: any material act)
		// told without a place, in a story about one town
		return eventPlace(&d.Places[acts.focus]), 0
	case acts.country >= 0 && ontology.QuadClass(c.code) >= 2:
		// or in a story about one country ("Lam was interrupted by
		// protesting legislators" in a Hong Kong story)
		return eventPlace(&d.Places[acts.country]), 0
	}
	return nil, -1
}

// townWithin returns, for place p told at token at, a finer place of the
// same country told at one of the tokens seen that p is told as where it
// lies ("the city of Saqqez in western Iran"); else p.
func townWithin(t *tree, acts *actors, seen []int, p, at int) int {
	if p < 0 || at < 0 {
		return p
	}
	d := t.d
	for _, x := range seen {
		if q := acts.placeAt[x]; q != p && placeRank(d.Places[q].Feature) < placeRank(d.Places[p].Feature) &&
			d.Places[q].Country == d.Places[p].Country && !offsetOf(t, acts, x) && locatedIn(t, acts, x, at) {
			return q
		}
	}
	return p
}

// offsetOf: the place at token i is one something else is told to lie a
// way off ("west of Montevideo").
func offsetOf(t *tree, acts *actors, i int) bool {
	j := i - 1
	for j >= 0 && acts.placeAt[j] == acts.placeAt[i] {
		j--
	}
	return compassOf(t, j)
}

// locatedIn: the place at token y is told as where the place at token x
// lies: its phrase hangs on x's name or on the place noun x names ("the
// town of Penjwen in Iraq's Kurdistan region").
func locatedIn(t *tree, acts *actors, x, y int) bool {
	top := placeTop(t, acts, x)
	anchor := top
	if namedByPlaceNoun(t, acts, x) && t.head(top) >= 0 {
		anchor = t.head(top)
	}
	yt := placeTop(t, acts, y)
	for n, j := 0, yt; j >= 0 && n < 3; n, j = n+1, t.head(j) {
		if j == anchor || j == top {
			return n > 0
		}
	}
	// (or right after x's name, however the parser hung it: "the town of
	// Zakho in Iraq's Kurdistan region")
	end := x
	for end+1 < len(t.d.Tokens) && acts.placeAt[end+1] == acts.placeAt[x] {
		end++
	}
	yp := yt
	if h := t.head(yt); h >= 0 && h > yt && isPlaceNoun(t.lemma(h)) {
		yp = h // ("Kurdistan" of "Iraq's Kurdistan region")
	}
	lo := yp
	for _, k := range t.subtree(yp, phraseSkip) {
		lo = min(lo, k)
	}
	return lo == end+1 && t.lower(lo) == "in"
}

// frontedPlace is the place a sentence opens with ("In Tamale, the
// largest city in the north, ..."; "At Kolofata, ..."), when the event is
// told by the sentence's main verb, else -1.
func frontedPlace(t *tree, acts *actors, c *cand) int {
	if v := c.trigger; c.noun || t.head(v) >= 0 && !(t.rel(v) == "conj" && t.head(t.head(v)) < 0) {
		return -1
	}
	return openingPlace(t, acts, c.sent)
}

// subjectTown: when place p is a country, the place in it that the
// subject of verb v is told to be in ("police in Almaty"), else -1.
func subjectTown(t *tree, acts *actors, v, p int) int {
	d := t.d
	if !strings.HasPrefix(d.Places[p].Feature, "PCL") {
		return -1
	}
	sb := t.kid(v, "nsubj", "nsubj:pass")
	if sb < 0 {
		return -1
	}
	for _, k := range t.kids(sb, "nmod") {
		if cs := t.caseOf(k); cs != "in" && cs != "at" {
			continue
		}
		if q := acts.placeAt[k]; q >= 0 && q != p && d.Places[q].Country == d.Places[p].Country && !strings.HasPrefix(d.Places[q].Feature, "PCL") {
			return q
		}
	}
	return -1
}

// countryOfOwn: place f is the country place own lies in ("In
// neighbouring Kazakhstan, police in Almaty detained ...": Almaty).
func countryOfOwn(d *doc.Doc, f, own int) bool {
	return strings.HasPrefix(d.Places[f].Feature, "PCL") && d.Places[f].Country != "" && d.Places[own].Country == d.Places[f].Country
}

// openingPlace is the place sentence si opens with, told as the scene
// ("In Kasserine, ...", "At Kolofata, ..."), else -1.
func openingPlace(t *tree, acts *actors, si int) int {
	sent := t.d.Sentences[si]
	k := sent.TokStart
	if k+2 >= sent.TokEnd || t.lower(k) != "in" && t.lower(k) != "at" {
		return -1
	}
	p := acts.placeAt[k+1]
	if p < 0 {
		return -1
	}
	j := k + 1
	for j < sent.TokEnd && acts.placeAt[j] == p {
		j++
	}
	if j >= sent.TokEnd || t.word(j) != "," {
		return -1
	}
	return p
}

// clauseOnPath: a clause (an adverbial, relative or complement clause)
// stands between token i and its ancestor v.
func clauseOnPath(t *tree, i, v int) bool {
	for j, n := i, 0; j >= 0 && j != v && n < 100; j, n = t.head(j), n+1 {
		switch t.rel(j) {
		case "advcl", "acl", "ccomp", "xcomp", "parataxis", "csubj":
			return true
		}
	}
	return false
}

// namedByPlaceNoun: place token i is what a place noun names ("the town
// of Chimoré", "the village of X").
func namedByPlaceNoun(t *tree, acts *actors, i int) bool {
	top := placeTop(t, acts, i)
	h := t.head(top)
	return h >= 0 && t.rel(top) == "nmod" && t.caseOf(top) == "of" && isPlaceNoun(t.lemma(h))
}

// describesNamed: the place at token i only describes a settlement noun
// that names another place no coarser ("the Andean city of Latacunga",
// "the Amazon city of Altamira"; not "the Amadiya region of northern
// Iraq"): the named one is where.
func describesNamed(t *tree, acts *actors, i int) bool {
	top := placeTop(t, acts, i)
	h := t.head(top)
	if h < 0 || (t.rel(top) != "amod" && t.rel(top) != "compound") || !townNouns[t.lemma(h)] {
		return false
	}
	for _, k := range t.kids(h, "nmod") {
		if p := acts.placeAt[k]; p >= 0 && p != acts.placeAt[i] && t.caseOf(k) == "of" && placeRank(t.d.Places[p].Feature) <= placeRank(t.d.Places[acts.placeAt[i]].Feature) {
			return true
		}
	}
	return false
}

// courtNouns name a court or the building it sits in.
var courtNouns = map[string]bool{"court": true, "courthouse": true, "courtroom": true, "tribunal": true}

// courtPlace: the event's clause speaks of a court with no place named
// ("a court on Tuesday sentenced ...", "protested outside the
// courthouse") that the story names with its town ("the Regional Trial
// Court in Cagayan de Oro"): that town, else -1. The first court the story
// names with a town is the one it is about (a court appealed to is named
// later: "would appeal to the High Military Court in Kinshasa"), searched
// up to three sentences after the event's.
func courtPlace(t *tree, acts *actors, c *cand, anchor int) int {
	d := t.d
	sent := d.Sentences[c.sent]
	found := false
	for i := sent.TokStart; i < sent.TokEnd && !found; i++ {
		if courtNouns[t.lemma(i)] && t.isNominal(i) && (t.dominates(c.trigger, i) || t.dominates(anchor, i)) && namedPlaceIn(t, acts, i) < 0 {
			found = true
		}
	}
	if !found {
		return -1
	}
	for si := 0; si <= c.sent+3 && si < len(d.Sentences); si++ {
		s := d.Sentences[si]
		for i := s.TokStart; i < s.TokEnd; i++ {
			if courtNouns[t.lemma(i)] && t.isNominal(i) {
				if p := namedPlaceIn(t, acts, i); p >= 0 {
					return p
				}
			}
		}
	}
	return -1
}

// namedPlaceIn is the place named in the phrase of noun i ("the court in
// Cagayan de Oro", "a Beersheba court"), however the parser hung the
// "in" phrase right after it, or -1.
func namedPlaceIn(t *tree, acts *actors, i int) int {
	town := func(p int) bool { return p >= 0 && !strings.HasPrefix(t.d.Places[p].Feature, "PCL") }
	for _, x := range t.subtree(i, phraseSkip) {
		if p := acts.placeAt[x]; town(p) && x != i {
			return p
		}
	}
	if k := i + 2; k < len(t.d.Tokens) && t.tok(k).Sent == t.tok(i).Sent && t.lower(i+1) == "in" && town(acts.placeAt[k]) {
		return acts.placeAt[k]
	}
	return -1
}

// townNouns name a settlement ("the Andean city of Latacunga").
var townNouns = map[string]bool{"city": true, "town": true, "village": true, "port": true, "capital": true, "hamlet": true}

// adverbialMark: clause v is marked as an adverbial one ("after being
// shot"), not as what a noun says ("claims that ...", "whether ...").
func adverbialMark(t *tree, v int) bool {
	for _, m := range t.kids(v, "mark") {
		switch t.lower(m) {
		case "that", "whether", "if", "to":
		default:
			return true
		}
	}
	return false
}

// bridgedPlace: the event's clause speaks of a place by a definite noun
// with no name ("the country's biggest oil refinery", "the town") that a
// sentence nearby names ("the Beiji refinery", "the town of Hit"): that
// place, else -1. The nearest naming wins, the sentences before first
// on a tie.
func bridgedPlace(t *tree, acts *actors, c *cand, anchor int) int {
	d := t.d
	sent := d.Sentences[c.sent]
	if p := courtPlace(t, acts, c, anchor); p >= 0 {
		return p
	}
	var nouns []string
	settlement := -1 // (the first of them that is a town, city or village)
	for i := sent.TokStart; i < sent.TokEnd; i++ {
		if !placeNouns[t.lemma(i)] || acts.placeAt[i] >= 0 || !t.isNominal(i) || !(t.dominates(c.trigger, i) || t.dominates(anchor, i)) {
			continue
		}
		definite := false
		for _, k := range t.kids(i, "det", "nmod:poss") {
			if w := t.lower(k); w != "a" && w != "an" && w != "some" && w != "any" && w != "no" {
				definite = true
			}
		}
		named := false
		for _, x := range t.subtree(i, phraseSkip) {
			if acts.placeAt[x] >= 0 {
				named = true
			}
		}
		if definite && !named {
			nouns = append(nouns, t.lemma(i))
			if l := t.lemma(i); settlement < 0 && (l == "town" || l == "city" || l == "village") {
				settlement = i
			}
		}
	}
	if len(nouns) == 0 {
		return -1
	}
	for dist := 1; dist <= 2; dist++ {
		for _, si := range []int{c.sent - dist, c.sent + dist} {
			if si < 0 || si >= len(d.Sentences) || dist == 2 && si > c.sent {
				continue
			}
			s := d.Sentences[si]
			for i := s.TokStart; i < s.TokEnd; i++ {
				lem := t.lemma(i)
				match := false
				for _, n := range nouns {
					if n == lem {
						match = true
					}
				}
				if !match {
					continue
				}
				if p := acts.placeAt[i]; p >= 0 {
					return p
				}
				for _, x := range t.subtree(i, phraseSkip) {
					if p := acts.placeAt[x]; p >= 0 && x != i {
						return p
					}
				}
			}
		}
	}
	// "residents of Smara marched through the town", "reinforced its
	// positions around the town": a town, city or village named by no
	// sentence so is the last town its sentence told before it, else the
	// town the story is about
	if settlement < 0 {
		return -1
	}
	for i := settlement - 1; i >= sent.TokStart; i-- {
		// (not where someone said it: "said in Port Moresby that
		// soldiers would help police patrol the city")
		if p := acts.placeAt[i]; p >= 0 && placeRank(d.Places[p].Feature) == 0 && !saidAt(t, acts, i, c.trigger) {
			return p
		}
	}
	// (else the town the story is about)
	if acts.focus >= 0 && placeRank(d.Places[acts.focus].Feature) == 0 {
		return acts.focus
	}
	return -1
}

// accordingTo: place token i is in the source a report is told
// "according to" ("according to Al-Ahram"): a teller, not a place.
func accordingTo(t *tree, i int) bool {
	for a, n := i, 0; a >= 0 && n < 4; a, n = t.head(a), n+1 {
		for _, k := range t.kids(a, "case") {
			if t.lower(k) == "according" {
				return true
			}
		}
	}
	return false
}

// borderNeighbour: place token i is the country across a border ("near
// the border with Mali"): the event is on this side of it.
func borderNeighbour(t *tree, acts *actors, i int) bool {
	top := firstConjunct(t, placeTop(t, acts, i))
	h := t.head(top)
	if h < 0 || t.caseOf(top) != "with" {
		return false
	}
	switch t.lemma(h) {
	case "border", "frontier", "boundary":
		return true
	}
	return false
}

// farSide: place token i is across a border from the event or at the
// far end of a road it was on: not where it happened.
func farSide(t *tree, acts *actors, i int) bool {
	return borderNeighbour(t, acts, i) || roadEnd(t, acts, i)
}

// roadEnd: place token i names where a road goes ("blocked the main
// highway to Ranchi", "the road towards Boundiali", "the highway linking
// the town to Birnin Kebbi"): a blockade or an ambush on it was on the
// road, not at its end.
func roadEnd(t *tree, acts *actors, i int) bool {
	top := firstConjunct(t, placeTop(t, acts, i))
	h := t.head(top)
	if h < 0 {
		return false
	}
	switch t.caseOf(top) {
	case "to", "towards", "toward":
		if roadNouns[t.lemma(h)] {
			return true
		}
		// (hung by the parser on the verb, written right after the road
		// or after a place on it: "blocked the main highway to Ranchi",
		// "the main road out of Tengrela towards Boundiali")
		for _, cs := range t.kids(top, "case") {
			b := cs - 1
			if b < 0 {
				continue
			}
			if roadNouns[t.lemma(b)] {
				return true
			}
			if acts.placeAt[b] >= 0 {
				if bh := t.head(placeTop(t, acts, b)); bh >= 0 && roadNouns[t.lemma(bh)] {
					return true
				}
			}
		}
	}
	// (what a road links: "the highway linking the town to Birnin Kebbi")
	if r := t.rel(top); (r == "obj" || r == "obl") && linkVerbs[t.lemma(h)] && t.rel(h) == "acl" {
		return roadNouns[t.lemma(t.head(h))]
	}
	return false
}

// crowdClearedWhere: place token i is told in a relative clause on those
// whom the purpose clause of trigger v clears ("fired tear gas to clear
// hundreds of villagers who had blocked a highway near Chhatak"): the
// crowd was dispersed where it stood.
func crowdClearedWhere(t *tree, i, v int) bool {
	for a, n := t.head(i), 0; a >= 0 && n < 12; a, n = t.head(a), n+1 {
		if t.fullRel(a) != "acl:relcl" {
			continue
		}
		crowd := t.head(a)
		if h := t.head(crowd); h >= 0 && t.rel(crowd) == "nmod" && t.caseOf(crowd) == "of" {
			crowd = h // ("hundreds of villagers who ...")
		}
		if t.rel(crowd) != "obj" {
			return false
		}
		for _, x := range purposeClauses(t, v) {
			if x == t.head(crowd) {
				return true
			}
		}
		return false
	}
	return false
}

// targetPlaceRoadEnd: the place of target a is named in its phrase as
// where a road goes ("blocked the main road to Fort Portal").
func targetPlaceRoadEnd(t *tree, acts *actors, a *mention) bool {
	if a.head < 0 || a.head >= len(t.d.Tokens) {
		return false
	}
	for _, x := range t.subtree(a.head, phraseSkip) {
		if acts.placeAt[x] == a.place {
			return roadEnd(t, acts, x)
		}
	}
	return false
}

// inCausePhrase: token i lies in an "in" phrase of cause on the way up
// to trigger v ("marched ... in solidarity with the Bocas del Toro
// workers").
func inCausePhrase(t *tree, i, v int) bool {
	for a, n := i, 0; a >= 0 && a != v && n < 12; a, n = t.head(a), n+1 {
		if t.caseOf(a) == "in" && causeInNouns[t.lemma(a)] {
			return true
		}
	}
	return false
}

// identifyVerbs only say who their object is ("a man they identified as
// a rebel commander").
var identifyVerbs = map[string]bool{"identify": true, "describe": true, "name": true}

// causeInNouns head "in" phrases that tell why or for whom, not where
// ("in solidarity with", "in support of", "in response to").
var causeInNouns = map[string]bool{"solidarity": true, "support": true, "memory": true, "honour": true, "honor": true,
	"response": true, "retaliation": true, "protest": true, "tribute": true, "defence": true, "defense": true, "favour": true, "favor": true}

// roadNouns are ways that lead somewhere.
var roadNouns = map[string]bool{"road": true, "highway": true, "route": true, "motorway": true, "expressway": true,
	"railway": true, "railroad": true, "corridor": true, "track": true, "artery": true}

// linkVerbs tell what a road joins.
var linkVerbs = map[string]bool{"link": true, "connect": true, "join": true, "lead": true}

// fromPlaces: a "from" phrase places events of code (a visit, a
// retreat, a flight, a release "from prison" set out from somewhere); of
// others it tells whose ("backed by militias from Lebanon") or whence
// ("shelled the town from the hills").
func fromPlaces(code string) bool {
	// (and a seizure told on its verb: "kidnapped 31 people from a
	// village in Katsina state", "stole weapons from the armoury" took
	// them where they were)
	return journeyFrom(code) || strings.HasPrefix(code, "181") || strings.HasPrefix(code, "171")
}

// journeyFrom: code is a movement a "from" anywhere in its sentence may
// tell the start of (a visit, a retreat, a flight, a release).
func journeyFrom(code string) bool {
	switch ontology.Root(code) {
	case "08", "15", "16":
		return true
	}
	return strings.HasPrefix(code, "042") || strings.HasPrefix(code, "043")
}

// firstConjunct climbs from x to the first of the conjuncts it is one
// of ("Iraq" of "from Lebanon, Iraq and Afghanistan": "Lebanon"), which
// carries their relation and case.
func firstConjunct(t *tree, x int) int {
	for n := 0; n < 8 && t.rel(x) == "conj" && t.head(x) >= 0; n++ {
		x = t.head(x)
	}
	return x
}

// placeTop is the token of place token i's name that the rest of the
// sentence hangs it on ("States" of "United States troops").
func placeTop(t *tree, acts *actors, i int) int {
	p := acts.placeAt[i]
	top := i
	for n := 0; n < 6; n++ {
		h := t.head(top)
		if h < 0 || acts.placeAt[h] != p {
			break
		}
		top = h
	}
	return top
}

// placeAsActor: place token i names a party to another act, its subject
// or object ("asked the U.S. for air support"), not where anything
// happened.
func placeAsActor(t *tree, acts *actors, i, trigger, anchor int) bool {
	top := placeTop(t, acts, i)
	// the doer of a passive and its conjuncts ("mediated by Turkey and
	// Russia")
	first := firstConjunct(t, top)
	if t.fullRel(first) == "obl:agent" || t.rel(first) == "obl" && t.caseOf(first) == "by" && t.head(first) >= 0 && t.passive(t.head(first)) {
		return true
	}
	// a conjunct of a subject is a co-doer ("Poland, Hungary and the Czech
	// Republic joined NATO": not in Hungary), of another act's object a
	// party to it; of the event's own object or passive subject, a place
	// it happened at too ("seized Qaim and Rawah")
	if first != top {
		h := t.head(first)
		switch t.fullRel(first) {
		case "nsubj":
			return true
		case "nsubj:pass", "obj", "iobj":
			if h != trigger && h != anchor {
				return true
			}
		}
	}
	if h := t.head(top); h == trigger || h == anchor {
		return false // the event's own ("fled Djibo")
	}
	switch t.fullRel(top) {
	case "nsubj", "nsubj:pass", "obj", "iobj":
		return true
	}
	return false
}

// describesSpeaker: place token i lies in an apposition that says who
// the speaker of the event's statement is ("JNIM, al Qaeda's affiliate in
// the Sahel, said ... its fighters had killed"), not where it happened.
func describesSpeaker(t *tree, i, trigger int) bool {
	appos := false
	for x, n := i, 0; x >= 0 && n < 40; x, n = t.head(x), n+1 {
		if t.rel(x) == "appos" {
			appos = true
		}
		h := t.head(x)
		if h < 0 {
			return false
		}
		if t.rel(x) == "nsubj" && t.isVerbal(h) {
			_, report := reportVerbs[t.lemma(h)]
			return appos && (report || speechVerbs[t.lemma(h)]) && h != trigger && t.dominates(h, trigger)
		}
	}
	return false
}

// describesOther: place token i modifies a noun of another clause
// ("shot the ambassador ... and then appeared to condemn Russia's role in
// Syria"): it says which thing, not where the event happened.
func describesOther(t *tree, acts *actors, i, trigger, anchor int) bool {
	top := firstConjunct(t, placeTop(t, acts, i))
	h := t.head(top)
	if t.rel(top) != "nmod" || h < 0 || t.tok(h).UPOS != "NOUN" || isPlaceNoun(t.lemma(h)) || eventNoun(t, h) {
		return false
	}
	v := clauseOf(t, h)
	// (a clause telling that something happened tells where: "occurred
	// ... at a store in Shenzhen", however the parser hung the store)
	if v < 0 || v == trigger || v == anchor || t.dominates(v, trigger) || occurs(t, v) {
		return false
	}
	// (a clause on the event's own argument is the event's: "killed 20
	// since taking control of Hawija"; one beside it is not: "shot the
	// ambassador and then condemned Russia's role in Syria")
	for x, n := v, 0; x >= 0 && n < 40; x, n = t.head(x), n+1 {
		if x == trigger {
			return false
		}
		if r := t.rel(x); (r == "conj" || r == "parataxis") && t.isVerbal(x) {
			return true
		}
	}
	return true
}

// regionOfTown: place token i names the region a town told before it is
// the capital or seat of ("rode to Sanniquellie, the capital of Nimba
// County": the town, not the county, is where they went).
func regionOfTown(t *tree, acts *actors, i int) bool {
	top := placeTop(t, acts, i)
	h := t.head(top)
	if t.rel(top) != "nmod" || t.caseOf(top) != "of" || h < 0 || t.rel(h) != "appos" {
		return false
	}
	switch t.lemma(h) {
	case "capital", "seat", "headquarters":
		town := t.head(h)
		return town >= 0 && acts.placeAt[town] >= 0 && acts.placeAt[town] != acts.placeAt[i]
	}
	return false
}

// toless: a "to" phrase does not place events of code: shootings,
// bombings and arrests happen somewhere, they go nowhere ("shot
// Russia's ambassador to Turkey", however the parser hung "to Turkey").
func toless(code string) bool {
	r := ontology.Root(code)
	return r == "18" || r == "17"
}

// inActorPhrase: place token i lies in the phrase of the event's source
// or target whose head is a person or a group, not a place ("Russia's
// ambassador to Turkey": not where he was shot).
func inActorPhrase(t *tree, c *cand, i int) bool {
	for _, m := range []*mention{c.src, c.tgt} {
		if m == nil || m.head < 0 || m.head >= len(t.d.Tokens) || m.head == i || m.place >= 0 || isPlaceNoun(t.lemma(m.head)) {
			continue
		}
		// (by a role's own preposition: "ambassador to Turkey", "envoy
		// for Syria", "minister of Iraq"; "villagers in Gwoza" are where
		// they were)
		if t.tok(m.head).UPOS != "NOUN" || !t.dominates(m.head, i) {
			continue
		}
		// the phrase the place hangs in, right under the actor's head
		// (unless a locative phrase nearer holds it: "a summit of BRICS
		// nations in the Russian city of Kazan")
		top, located := i, false
		for n := 0; n < 40 && t.head(top) != m.head && t.head(top) >= 0; n++ {
			if cs := t.caseOf(top); cs != "of" && cs != "to" && cs != "for" && placePreps[cs] {
				located = true
			}
			// ("a convoy of trucks carrying food to Las Anod": where a
			// clause in the phrase goes, not a role's own preposition)
			if h := t.head(top); t.caseOf(top) == "to" && h != m.head && t.tok(h).UPOS == "VERB" {
				located = true
			}
			top = t.head(top)
		}
		if located {
			continue
		}
		switch t.caseOf(top) {
		case "to", "for", "of":
			return !isPlaceNoun(t.lemma(top))
		}
	}
	return false
}

// conjunctVerbs are the verbs coordinated with verb v: its conjuncts,
// and the verb it is a conjunct of with that verb's other conjuncts.
func conjunctVerbs(t *tree, v int) []int {
	var out []int
	first := v
	if t.rel(v) == "conj" && t.head(v) >= 0 && t.isVerbal(t.head(v)) {
		first = t.head(v)
		out = append(out, first)
	}
	for _, k := range t.kids(first, "conj") {
		if k != v && t.isVerbal(k) {
			out = append(out, k)
		}
	}
	// (a verb the parser hung as a conjunct of v's object: "killed nine
	// villagers and burned dozens of homes")
	for _, o := range t.kids(v, "obj") {
		for _, k := range t.kids(o, "conj") {
			if t.isVerbal(k) && strings.HasPrefix(t.tok(k).XPOS, "VB") {
				out = append(out, k)
			}
		}
	}
	return out
}

// phrasePlaces are the places named in the phrases on one of cases that
// hang on h by relation rel, phrase skip aside; a place that only
// modifies an actor is none.
func phrasePlaces(t *tree, acts *actors, h int, rel string, skip int, cases ...string) []int {
	var places []int
	for _, k := range t.kids(h, rel) {
		if k == skip || !slices.Contains(cases, t.caseOf(k)) {
			continue
		}
		for _, x := range t.subtree(k, phraseSkip) {
			if p := acts.placeAt[x]; p >= 0 && !actorModifier(t, acts, x) {
				places = append(places, p)
			}
		}
	}
	return places
}

// finestNmodPlace is the most specific place that the phrases on "in",
// "at", "near" or "outside" hung on noun h name, when they name two or
// more, else -1.
func finestNmodPlace(t *tree, acts *actors, h int) int {
	ps := phrasePlaces(t, acts, h, "nmod", -1, "in", "at", "near", "outside")
	if len(ps) < 2 {
		return -1
	}
	best := ps[0]
	for _, p := range ps[1:] {
		if placeRank(t.d.Places[p].Feature) < placeRank(t.d.Places[best].Feature) {
			best = p
		}
	}
	return best
}

// takingVerbs tell what attackers took, burned or hurt besides their
// first act ("killed three herders and took about 150 goats").
var takingVerbs = map[string]bool{"take": true, "steal": true, "loot": true, "seize": true, "burn": true, "torch": true,
	"abduct": true, "kidnap": true, "destroy": true, "raze": true, "wound": true, "injure": true, "kill": true,
	"rustle": true, "capture": true, "set": true, "drive": true, "ransack": true, "plunder": true, "carry": true}

// operationNouns name a force's action in which others are done
// ("during a cordon-and-search operation in Kotido").
var operationNouns = map[string]bool{"operation": true, "raid": true, "sweep": true, "crackdown": true, "search": true, "patrol": true, "offensive": true}

// finerSibling: a place finer than p, in p's country, that another
// phrase on "in", "at" or "near" of verb v than phrase k names, else -1.
func finerSibling(t *tree, acts *actors, v, k, p int) int {
	d := t.d
	rank := placeRank(d.Places[p].Feature)
	if rank == 0 {
		return -1
	}
	ps := phrasePlaces(t, acts, v, "obl", k, "in", "at", "near")
	for _, q := range ps {
		if q != p && d.Places[q].Country == d.Places[p].Country && placeRank(d.Places[q].Feature) < rank {
			return q
		}
	}
	return -1
}

// nestedFrom: token x lies in a phrase on "from" inside phrase k.
func nestedFrom(t *tree, x, k int) bool {
	for y := x; y >= 0 && y != k; y = t.head(y) {
		if t.caseOf(y) == "from" {
			return true
		}
	}
	return false
}

// partyTo: place token i is the object of the trigger or its anchor
// ("asked the U.S.", "urged Iran"), a party to a verbal act.
func partyTo(t *tree, acts *actors, i, trigger, anchor int) bool {
	top := firstConjunct(t, placeTop(t, acts, i))
	if h := t.head(top); h != trigger && h != anchor {
		return false
	}
	switch t.fullRel(top) {
	case "obj", "iobj":
		return true
	}
	return false
}

// finerObject: a place inside region or country p that the object of
// material act c names ("In Ukraine, missiles struck the center of
// Kharkiv": Kharkiv), else -1.
func finerObject(t *tree, acts *actors, c *cand, p int) int {
	d := t.d
	rank := placeRank(d.Places[p].Feature)
	if c.noun || rank < 3 || ontology.QuadClass(c.code)%2 == 1 {
		return -1
	}
	best := -1
	for _, o := range t.kids(c.trigger, "obj") {
		for _, x := range t.subtree(o, phraseSkip) {
			q := acts.placeAt[x]
			// (inside it: a region holds the town, "in the state of
			// Bavaria" does not hold Mainz)
			// (or the text says it is in it, whatever the gazetteer's
			// country: "Smara in Western Sahara")
			if q < 0 || q == p || actorModifier(t, acts, x) || farSide(t, acts, x) ||
				(d.Places[q].Country != d.Places[p].Country || rank == 3 && d.Places[q].Admin1 != d.Places[p].Admin1) && !statedIn(t, acts, x, p) {
				continue
			}
			if r := placeRank(d.Places[q].Feature); r < rank && (best < 0 || r < placeRank(d.Places[best].Feature)) {
				best = q
			}
		}
	}
	return best
}

// statedIn: the place at token x is told to lie in place p right after
// it ("Smara in Western Sahara", "Kolofata, in the Far North region").
func statedIn(t *tree, acts *actors, x, p int) bool {
	q := acts.placeAt[x]
	j := x
	for j < len(t.d.Tokens) && acts.placeAt[j] == q {
		j++
	}
	if j < len(t.d.Tokens) && t.word(j) == "," {
		j++
	}
	if j >= len(t.d.Tokens) || t.lower(j) != "in" {
		return false
	}
	j++
	for n := 0; n < 3 && j < len(t.d.Tokens) && acts.placeAt[j] < 0; n++ {
		if xp := t.tok(j).XPOS; xp != "DT" && xp != "JJ" && !compassWords[t.lower(j)] {
			return false
		}
		j++
	}
	return j < len(t.d.Tokens) && acts.placeAt[j] == p
}

// inSource: token i lies in c's source phrase.
func inSource(t *tree, c *cand, i int) bool {
	return c.src != nil && c.src.head >= 0 && c.src.head < len(t.d.Tokens) && c.src.head != i && t.dominates(c.src.head, i)
}

// townElsewhere: c's sentence says, outside its source phrase and by a
// preposition of place, that something was in a town.
func townElsewhere(t *tree, acts *actors, c *cand) bool {
	sent := t.d.Sentences[c.sent]
	for j := sent.TokStart; j < sent.TokEnd; j++ {
		if p := acts.placeAt[j]; p >= 0 && !inSource(t, c, j) && locative(t, acts, j) && strings.HasPrefix(t.d.Places[p].Feature, "PPL") {
			return true
		}
	}
	return false
}

// placeCase is the preposition of the phrase the place at token x names,
// through the place noun it names ("to the Tengrela department": "to").
func placeCase(t *tree, acts *actors, x int) string {
	top := firstConjunct(t, placeTop(t, acts, x))
	if cs := t.caseOf(top); cs != "" {
		return cs
	}
	if h := t.head(top); h >= 0 && t.rel(top) == "compound" && (isPlaceNoun(t.lemma(h)) || regionNouns[t.lemma(h)]) {
		return t.caseOf(firstConjunct(t, h))
	}
	return ""
}

// originOf: the place at token x is told as where someone comes from,
// however deep in the phrase ("from other regions of Spain").
func originOf(t *tree, acts *actors, x int) bool {
	j := firstConjunct(t, placeTop(t, acts, x))
	for n := 0; n < 3 && j >= 0; n++ {
		switch cs := t.caseOf(j); {
		case cs == "from":
			return true
		case cs == "of" || cs == "":
			j = t.head(j)
		default:
			return false
		}
	}
	return false
}

// referencePoint: the place at token x is where another place lies
// from ("a town north of Beersheba", "20 km east of Bandiagara", "a
// village near Kidal").
func referencePoint(t *tree, acts *actors, x int) bool {
	j := x - 1
	for j >= 0 && acts.placeAt[j] == acts.placeAt[x] {
		j--
	}
	for j >= 0 && (t.tok(j).XPOS == "DT" || t.tok(j).XPOS == "JJ") {
		j--
	}
	if j < 0 {
		return false
	}
	switch t.lower(j) {
	case "near", "outside":
		return true
	case "of":
		return compassOf(t, j)
	}
	return false
}

// compassOf: token j is the "of" of a bearing ("north of", "south-west
// of").
func compassOf(t *tree, j int) bool {
	if j < 1 || t.lower(j) != "of" {
		return false
	}
	w := t.lower(j - 1)
	return compassWords[w] && w != "central" || w == "northeast" || w == "northwest" || w == "southeast" || w == "southwest" ||
		w == "north-east" || w == "north-west" || w == "south-east" || w == "south-west"
}

// offsetFrom: place token i is the point another place named just
// before it is told to lie off ("Sarai Naurang, about 25 km (15 miles)
// north of Lakki Marwat").
func offsetFrom(t *tree, acts *actors, i int) bool {
	if !offsetOf(t, acts, i) {
		return false
	}
	j := i - 1
	for j >= 0 && acts.placeAt[j] == acts.placeAt[i] {
		j--
	}
	for k := j - 2; k >= 0 && k > j-14 && t.tok(k).Sent == t.tok(i).Sent; k-- {
		if p := acts.placeAt[k]; p >= 0 && p != acts.placeAt[i] {
			return true
		}
	}
	return false
}

// placeRank orders places from the most specific (a town) to the least
// (a country, a continent).
func placeRank(feature string) int {
	switch {
	case strings.HasPrefix(feature, "PPL"):
		return 0
	case feature == "ADM3" || feature == "ADM4" || feature == "ADM5":
		return 1
	case feature == "ADM2":
		return 2
	case feature == "ADM1":
		return 3
	case strings.HasPrefix(feature, "PCL"):
		return 5
	}
	return 4
}

// locative: place token i stands in a phrase that says where ("in
// Tehran", "at a Baghdad airport", "near the city of X").
func locative(t *tree, acts *actors, i int) bool {
	p := acts.placeAt[i]
	for n, k := 0, i; k >= 0 && n < 4; n, k = n+1, t.head(k) {
		switch t.caseOf(k) {
		case "in", "at", "near", "outside", "inside", "around", "throughout", "within":
			return true
		}
		if h := t.head(k); h < 0 || acts.placeAt[h] != p && !isPlaceNoun(t.lemma(h)) {
			return false
		}
	}
	return false
}

// actorModifier: place token i belongs to a name that modifies a nominal
// other than a place ("Iran's Quds Force", "US troops", "a U.S. peace
// envoy"): it tells whose the actor is, not where anything happened.
func actorModifier(t *tree, acts *actors, i int) bool {
	top := placeTop(t, acts, i)
	switch t.fullRel(top) {
	case "nmod:poss", "compound", "amod", "nmod:desc":
	default:
		return false
	}
	h := t.head(top)
	// ("the London-based Bahrain Institute": where the body sits)
	if h >= 0 && t.fullRel(top) == "compound" && t.lemma(h) == "base" && (t.rel(h) == "amod" || t.rel(h) == "acl") {
		return true
	}
	// (a place's own landmark or quarter: "Paris' Champs-Elysees",
	// "Baghdad's Sadr City": a name that is no one's)
	if h >= 0 && t.fullRel(top) == "nmod:poss" && t.tok(h).UPOS == "PROPN" {
		if acts.entAt[h] < 0 || placeEntity(t, acts, h) {
			return false
		}
	}
	// (nor is a name compounded on a time, the parser's "in Niamey next
	// week")
	if h >= 0 && t.fullRel(top) == "compound" && inTime(t, h) && !inTime(t, top) {
		return false
	}
	return h >= 0 && acts.placeAt[h] < 0 && !isPlaceNoun(t.lemma(h)) && !adminNouns[t.lemma(h)] && !(facilityNouns[t.lemma(h)] && (t.fullRel(top) == "nmod:poss" || placeEntity(t, acts, top))) && t.isNominal(h)
}

// placeEntity: token i is in an entity the recogniser took for a place.
func placeEntity(t *tree, acts *actors, i int) bool {
	e := acts.entAt[i]
	if e < 0 {
		return false
	}
	switch t.d.Entities[e].Type {
	case "LOC", "GPE", "FAC":
		return true
	}
	return false
}

// facilityNouns name buildings and public spaces a town's name locates
// ("outside Chitungwiza's main police station", "in Kabul's main
// market"): the town is where, not whose.
var facilityNouns = map[string]bool{"station": true, "hospital": true, "market": true, "school": true, "university": true, "prison": true,
	"jail": true, "mosque": true, "church": true, "cathedral": true, "temple": true, "square": true, "stadium": true, "street": true, "centre": true, "center": true}

// grievance: event noun n is what a protest, anger or an inquiry is about
// ("in protest at the killing", "anger over the deaths", "an
// investigation into the shooting", "to investigate the killings").
func grievance(t *tree, n int) bool {
	h := t.head(n)
	if h < 0 {
		return false
	}
	switch cs := t.caseOf(n); {
	case cs == "at" || cs == "over" || cs == "against" || cs == "into" || cs == "about":
		if grievanceWords[t.lemma(h)] {
			return true
		}
		// (hung by the parser on the verb: "blocked a highway in
		// protest at the killing")
		for _, m := range t.kids(n, "case") {
			if m > 0 && grievanceWords[t.lemma(m-1)] {
				return true
			}
		}
	case t.rel(n) == "obj" && (t.lemma(h) == "protest" || t.lemma(h) == "investigate" || t.lemma(h) == "probe"):
		return true
	}
	return false
}

// grievanceWords are protests, feelings and inquiries about a happening.
var grievanceWords = map[string]bool{"protest": true, "anger": true, "outrage": true, "fury": true, "outcry": true,
	"investigation": true, "inquiry": true, "probe": true, "demonstration": true, "strike": true, "march": true, "rally": true}

// adminNouns name kinds of administrative area ("Kaduna state").
var adminNouns = map[string]bool{"state": true, "county": true, "prefecture": true, "oblast": true, "department": true,
	"municipality": true, "commune": true, "division": true, "emirate": true, "canton": true, "parish": true, "zone": true}

// findDate returns the time expression attached to the event (one inside
// the trigger's clause, else the nearest in the sentence), else the
// document date as an upper bound: from unknown, to the publication day.
// A time of another clause does not date a happening (c not planned) after
// the document, nor more than a year before it ("marched against a law
// passed in 2019").
func findDate(t *tree, c *cand, anchor int) (*doc.EventDate, bool) {
	d := t.d
	sent := d.Sentences[c.sent]
	planned := status(c) == "planned"
	var pub, yearBefore string
	if p := d.Meta.Published; p != nil {
		pub = *p
		if pt, err := time.Parse("2006-01-02", pub); err == nil {
			yearBefore = pt.AddDate(-1, 0, 0).Format("2006-01-02")
		}
	}
	best, bestScore := -1, 1<<30
	back := map[int]bool{} // times to read a year earlier
	// "with officials reporting at the time 150 killed": the time named
	// last before "at the time" ("an assault in Ghazni in August 2018")
	if x := atTheTime(t, c.trigger, anchor); x >= 0 {
		for ti, tm := range d.Times {
			if tm.Start >= sent.Start && tm.End <= d.Tokens[x].Start && tm.Type != "DURATION" && tm.Type != "SET" && (tm.From != nil || tm.Value != nil) {
				best, bestScore = ti, 0
			}
		}
	}
	for ti, tm := range d.Times {
		if tm.Start < sent.Start || tm.End > sent.End || bestScore == 0 {
			continue
		}
		// (a plan's stretch still to come is its time: "would send two
		// battalions ... in the coming days")
		ahead := planned && tm.Type == "DURATION" && tm.From != nil && pub != "" && *tm.From >= pub
		if (tm.Type == "DURATION" || tm.Type == "SET") && !ahead {
			continue
		}
		if tm.From == nil && tm.Value == nil {
			continue
		}
		// ("KINSHASA, Feb 8 (Reuters) - M23 rebels shelled ... on
		// Wednesday": the dateline's day is the report's)
		if dl := d.Meta.Dateline; dl != nil && tm.Start >= dl.Start && tm.Start < dl.HeadEnd {
			continue
		}
		k := d.TokenAt(tm.Start)
		if k < 0 {
			continue
		}
		// ("X, who was envoy until December, criticized the decision":
		// the relative clause's time is not the event's; but "killed in a
		// suicide bombing that happened on June 27" is dated by it)
		occurred := occurrenceTime(t, k, c.trigger, anchor)
		if !occurred && foreignClause(t, k, c.trigger) {
			continue
		}
		// (what a protest or an inquiry is about happened before it:
		// "blocked a highway on Monday in protest at the killing of two
		// men", "ordered an investigation into the killings")
		if c.noun && grievance(t, c.trigger) && !t.dominates(c.trigger, k) {
			continue
		}
		// ("ordered him held until his next appearance on April 5": the
		// end of a state, not the time of the act; "a Christmas market":
		// a name's word, not a time)
		if untilTime(t, k) || nameWordTime(t, tm) || clockOnly(tm) || otherEventTime(t, tm, c.trigger, anchor) {
			continue
		}
		dist := k - c.trigger
		if dist < 0 {
			dist = -dist
		}
		score := 1000 + dist
		if occurred {
			score = dist
		}
		// the time's own head, climbing out of the expression
		for x := k; x >= 0 && x < len(d.Tokens) && d.Tokens[x].Start < tm.End; x++ {
			if tiedTime(t, x, c.trigger, anchor) {
				score = dist
				break
			}
		}
		// a statement or appeal is not dated by the time of what it tells
		// ("accused soldiers of killing civilians last month")
		if score >= 1000 && verbal(c.code) && (t.dominates(c.trigger, k) || t.dominates(anchor, k)) && !meetingsObjectTime(t, c, tm) {
			continue
		}
		// a happening told in the past is not dated after the report
		// ("criticized the decision ... until December" hung on the verb);
		// a day told without its year is the last one before the report
		// ("had pleaded guilty on March 24" in a November report)
		// (what was called for is to come: "called a general strike for
		// next Tuesday")
		calledAhead := callVerbs[t.lemma(c.trigger)] && ontology.Root(c.code) == "14"
		if pub != "" && !planned && !calledAhead && score < 1000 && pastTense(t, c.trigger) {
			if r := dayRange(tm); r != nil && r.From != nil && *r.From > pub {
				if b := dayRange(yearBack(tm)); yearless(tm) && b != nil && b.From != nil && *b.From <= pub {
					back[ti] = true
				} else {
					continue
				}
			}
		}
		if score >= 1000 && pub != "" {
			// (an old time on a clause the event lies in dates it: "a
			// war in 2020, which ended with a Russian-brokered truce")
			// (and one opening the sentence, however the parser hung it:
			// "In April 2023, an air strike ... killed more than 160")
			if r := dayRange(tm); r != nil && r.To != nil && *r.To < yearBefore {
				if h := timeHead(t, tm); (h < 0 || !t.dominates(h, c.trigger)) && k > sent.TokStart+1 {
					continue
				}
				score = dist
			} else if r != nil && !planned && *r.From > pub {
				continue
			}
		}
		// (a plan's own time still to come before the day it was told
		// on: "said Thursday it would send a battalion ... next week",
		// both hung on the plan by the parser)
		// (or a bare weekday, which the plan's clause reads as the coming
		// one: "would begin joint patrols ... from Wednesday")
		if planned && pub != "" && (score < 1000 || k > c.trigger) {
			if r := dayRange(tm); r != nil && r.From != nil && *r.From > pub || weekdayOf(tm.Text) != "" && k > c.trigger {
				score = max(1, score-100)
			}
		}
		// ("On Oct. 29 last year, projectiles struck Smara overnight":
		// the part of a day told with no day of its own is of the day the
		// sentence names)
		if score < 1000 && dayPartOnly(tm) {
			score += 100
		}
		if score < bestScore {
			best, bestScore = ti, score
		}
	}
	if best >= 0 {
		tm := d.Times[best]
		if back[best] {
			tm = yearBack(tm)
		}
		from, to := tm.From, tm.To
		if from == nil && tm.Value != nil && len(*tm.Value) == 10 {
			from, to = tm.Value, tm.Value
		}
		// "recently", "soon", "now": before, after or at the report
		if from == nil && to == nil && tm.Value != nil && pub != "" {
			p := pub
			switch *tm.Value {
			case "PAST_REF":
				to = &p
			case "FUTURE_REF":
				from = &p
			case "PRESENT_REF":
				from, to = &p, &p
			}
		}
		// "have killed 1,500 since taking the city on June 12", "293
		// had been detained since the protests began on Thursday": from
		// that time to the report (the taking itself was on June 12)
		if pub != "" && from != nil && *from <= pub && sinceTime(t, tm) && timeHead(t, tm) != c.trigger {
			p := pub
			return &doc.EventDate{Text: tm.Text, From: from, To: &p}, bestScore < 1000
		}
		// "ordered troops in on Thursday, two weeks after soldiers
		// ousted the president": what an after/since clause tells
		// happened before the time of the clause it hangs on
		if bestScore >= 1000 && to != nil && priorClause(t, c.trigger, anchor) {
			return &doc.EventDate{Text: tm.Text, To: to}, false
		}
		// "On March 9, police received a call reporting the girl had been
		// assaulted": the past perfect tells what had happened by the
		// day of the clause it hangs on
		if bestScore >= 1000 && from != nil && to != nil && *from == *to && !c.noun && pastPerfect(t, c.trigger) {
			return &doc.EventDate{Text: tm.Text, To: to}, false
		}
		// "two were killed in a knife attack, Xinhua said Monday": the
		// time of the report bounds the happening it tells, it does not
		// date it
		// (but a time opening the sentence, the report told after what
		// it reports, is the happening's: "On Friday, a crowd stormed
		// the jail ..., police said", however the parser hung it)
		opening := d.TokenAt(tm.Start) < c.trigger && c.rep > c.trigger && d.TokenAt(tm.Start) <= sent.TokStart+1
		if bestScore >= 1000 && to != nil && c.rep >= 0 && !verbal(c.code) && !planned && opening {
			return &doc.EventDate{Text: tm.Text, From: from, To: to}, true
		}
		// (nor is one before a report told after the event: "killed six
		// people on Tuesday night, local officials said", the day hung
		// on "said" by the parser: the report's words come after it)
		if bestScore >= 1000 && c.rep >= 0 && !planned && postposedReport(t, d.TokenAt(tm.Start), c.trigger, c.rep) {
			return &doc.EventDate{Text: tm.Text, From: from, To: to}, true
		}
		if bestScore >= 1000 && to != nil && c.rep >= 0 && !verbal(c.code) && !planned {
			if k := d.TokenAt(tm.Start); k >= 0 && clauseOf(t, k) == c.rep {
				return &doc.EventDate{Text: tm.Text, To: to}, false
			}
		}
		// (however the parser hung the report: "were killed in fighting
		// ..., health officials said on Wednesday")
		if bestScore >= 1000 && to != nil && !verbal(c.code) && !planned {
			if k := d.TokenAt(tm.Start); k >= 0 && reportTimeAfter(t, k, c.trigger) {
				return &doc.EventDate{Text: tm.Text, To: to}, false
			}
		}
		return &doc.EventDate{Text: tm.Text, From: from, To: to}, bestScore < 1000
	}
	// (by the day of the report: the dateline's, when it gives one
	// before the publication, "KABUL, Dec. 30 (AFP) —")
	if dl := d.Meta.Dateline; dl != nil && dl.Date != nil && (pub == "" || *dl.Date <= pub) {
		v := *dl.Date
		return &doc.EventDate{Text: "", From: nil, To: &v}, false
	}
	if p := d.Meta.Published; p != nil {
		v := *p
		return &doc.EventDate{Text: "", From: nil, To: &v}, false
	}
	return &doc.EventDate{}, false
}

// meetingsObjectTime: time tm hangs, through nouns only and none of them
// a happening, in the object of a meeting or visit (04) ("is due to
// meet commanders of both groups on Thursday", the day hung on
// "groups"), or in the phrase of its place: the parser's misplaced day of
// the meeting, not the time of something the meeting is about.
func meetingsObjectTime(t *tree, c *cand, tm doc.Time) bool {
	if ontology.Root(c.code) != "04" {
		return false
	}
	// (a meeting noun's light verb: "held talks with a delegation of the
	// protesters on Monday")
	v := c.trigger
	if c.noun {
		if c.anchor < 0 || c.anchor == c.trigger {
			return false
		}
		v = c.anchor
	}
	h := timeHead(t, tm)
	if h < 0 || h == v {
		return false
	}
	for x := h; x != v; x = t.head(x) {
		if x < 0 || !t.isNominal(x) || eventNoun(t, x) && x != c.trigger {
			return false
		}
		// (or in the phrase of where it is held: "to meet in the Chinese
		// city of Kunming next week", or of whom with)
		if t.head(x) == v && t.rel(x) != "obj" && !(t.rel(x) == "obl" && (placePreps[t.caseOf(x)] || t.caseOf(x) == "with")) {
			return false
		}
	}
	return true
}

// reportTimeAfter: the time at token k follows, as written, a report
// verb after the trigger and its subject ("..., health officials said on
// Wednesday"): the report's time.
func reportTimeAfter(t *tree, k, trigger int) bool {
	j := k - 1
	if j >= 0 && t.lower(j) == "on" {
		j--
	}
	// ("..., a police spokesman told reporters on Monday": the one told
	// stands between)
	if u := t.tok(max(j, 0)).UPOS; j-1 > trigger+1 && t.lemma(j-1) == "tell" && (u == "NOUN" || u == "PROPN" || u == "PRON") {
		j--
	}
	if j <= trigger+1 || j-1 < 0 {
		return false
	}
	if _, says := reportVerbs[t.lemma(j)]; !says || t.tok(j).XPOS != "VBD" && t.tok(j).XPOS != "VBZ" {
		return false
	}
	switch t.tok(j - 1).UPOS {
	case "NOUN", "PROPN", "PRON":
		return true
	}
	return false
}

// postposedReport: token k stands between the trigger and a report told
// after it, before the report's subject ("... on Tuesday, local officials
// said"): it is not the report's.
func postposedReport(t *tree, k, trigger, rep int) bool {
	sb := t.kid(rep, "nsubj")
	if k < 0 || k < trigger || sb < 0 || sb > rep || k > sb {
		return false
	}
	// (with no other verb between: "condemned the attack and visited
	// the wounded on Monday, the presidency said")
	for j := trigger + 1; j < k; j++ {
		if t.tok(j).UPOS == "VERB" || t.tok(j).UPOS == "AUX" {
			return false
		}
	}
	// (a comma closes the event's clause before the report's subject)
	lo := sb
	for _, x := range t.subtree(sb, nil) {
		lo = min(lo, x)
	}
	return lo > k && lo >= 1 && t.word(lo-1) == ","
}

// clockOnly: time tm is an hour with no day ("at 10:39 a.m. local
// time"), which the time stage anchors to the report's day: it does not
// say which day the event was.
func clockOnly(tm doc.Time) bool {
	if tm.Type != "TIME" {
		return false
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(tm.Text), func(r rune) bool { return r == ' ' || r == '(' || r == ')' || r == ',' }) {
		switch strings.Trim(w, ".") {
		case "a.m", "p.m", "am", "pm", "local", "time", "gmt", "utc", "noon", "midnight", "o'clock", "around", "about", "at", "hrs", "h":
			continue
		}
		if w != "" && (w[0] < '0' || w[0] > '9') {
			return false
		}
	}
	return true
}

// dayPartOnly: time tm is a part of a day that names no day ("overnight",
// "this morning", "last night"): read against the report's day by the
// timex stage, whatever day the sentence tells.
func dayPartOnly(tm doc.Time) bool {
	if tm.Type != "TIME" || tm.Value == nil {
		return false
	}
	switch v := *tm.Value; {
	case strings.HasSuffix(v, "TNI"), strings.HasSuffix(v, "TMO"), strings.HasSuffix(v, "TAF"), strings.HasSuffix(v, "TEV"), strings.HasSuffix(v, "TDT"):
	default:
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(tm.Text)) {
		switch w {
		case "overnight", "night", "tonight", "morning", "afternoon", "evening", "this", "last", "late", "early", "in", "the", "on", "during", "daytime":
			continue
		}
		return false
	}
	return true
}

// nameWordTime: time tm is a feast's name compounded into a noun that is
// no time ("a Christmas market", "a Ramadan meal"; "Christmas Eve" is a
// time).
func nameWordTime(t *tree, tm doc.Time) bool {
	d := t.d
	k := d.TokenAt(tm.Start)
	if k < 0 || k+1 < len(d.Tokens) && d.Tokens[k+1].Start < tm.End || !feastNames[t.lower(k)] {
		return false
	}
	h := t.head(k)
	return t.rel(k) == "compound" && h > k && t.isNominal(h) && !timeUnits[t.lemma(h)] && !timeWords[t.lemma(h)]
}

// feastNames are the holidays a timex reads as dates.
var feastNames = map[string]bool{"christmas": true, "easter": true, "ramadan": true, "eid": true, "thanksgiving": true,
	"halloween": true, "hanukkah": true, "diwali": true, "passover": true, "nowruz": true, "newroz": true}

// timeWords are nouns a time word compounds with into a time.
var timeWords = map[string]bool{"day": true, "eve": true, "morning": true, "night": true, "evening": true,
	"afternoon": true, "weekend": true, "holiday": true, "season": true, "period": true}

// demonymPlace returns the country place (an index into Doc.Places) that
// a demonym on place noun k names ("Iraqi military bases", "in Syrian
// territory"), when the story names that country; else -1.
func demonymPlace(t *tree, acts *actors, k int) int {
	if !isPlaceNoun(t.lemma(k)) {
		return -1
	}
	for _, a := range t.kids(k, "amod") {
		m := acts.resolve(a)
		if t.tok(a).XPOS != "JJ" || m == nil || m.head != a || len(m.code) != 3 || m.code == "---" {
			continue
		}
		for pi, p := range t.d.Places {
			if p.Feature == "PCLI" && actor.CountryISO3(p.Country) == m.code {
				return pi
			}
		}
	}
	return -1
}

// pastTense: verb v is in the simple past or the past perfect.
func pastTense(t *tree, v int) bool {
	switch t.tok(v).XPOS {
	case "VBD":
		return true
	case "VBN":
		for _, a := range t.kids(v, "aux") {
			if t.lower(a) == "had" {
				return true
			}
		}
	}
	return false
}

// pastAbility: h is "able" told in the past ("police were able to
// determine"): what they were able to do was done.
func pastAbility(t *tree, h int) bool {
	if t.lemma(h) != "able" {
		return false
	}
	for _, k := range t.kids(h, "cop") {
		if w := t.lower(k); w == "was" || w == "were" {
			return true
		}
	}
	return false
}

// hadClitic: auxiliary a of verb v is "'d" standing for "had" (before a
// past participle: "he'd ordered it"), not for "would".
func hadClitic(t *tree, a, v int) bool {
	return t.lower(a) == "'d" && (t.tok(v).XPOS == "VBN" || t.lemma(a) == "have")
}

// yearless: time tm names a day or month without its year ("March 24").
func yearless(tm doc.Time) bool {
	if tm.Value == nil || len(*tm.Value) < 7 || tm.From == nil {
		return false
	}
	for i := 0; i+4 <= len(tm.Text); i++ {
		if isDigits(tm.Text[i : i+4]) {
			return false
		}
	}
	// (a day told by its month; a weekday, "next Tuesday", is told
	// from the report's date and has no year to be missing)
	low := strings.ToLower(tm.Text)
	for _, m := range monthPrefixes {
		if strings.Contains(low, m) {
			return true
		}
	}
	return false
}

// monthPrefixes begin the months' names and their abbreviations.
var monthPrefixes = []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}

func isDigits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}

// yearBack returns tm a year earlier.
func yearBack(tm doc.Time) doc.Time {
	shift := func(p *string) *string {
		if p == nil || len(*p) < 4 {
			return p
		}
		y, err := strconv.Atoi((*p)[:4])
		if err != nil {
			return p
		}
		v := fmt.Sprintf("%04d", y-1) + (*p)[4:]
		return &v
	}
	tm.Value, tm.From, tm.To = shift(tm.Value), shift(tm.From), shift(tm.To)
	return tm
}

// clauseOf returns the first verb above token k, or -1.
func clauseOf(t *tree, k int) int {
	for a, n := t.head(k), 0; a >= 0 && n < 12; a, n = t.head(a), n+1 {
		if t.isVerbal(a) {
			return a
		}
	}
	return -1
}

// untilTime: the time at token k ends a span ("until April 5", "until
// his next court appearance on April 5"), climbing its phrase to the
// first verb.
func untilTime(t *tree, k int) bool {
	for a, n := k, 0; a >= 0 && n < 4 && !t.isVerbal(a); a, n = t.head(a), n+1 {
		switch t.caseOf(a) {
		case "until", "till", "pending":
			return true
		case "up to", "through":
			// (of a time only: "through Friday", not "broke through
			// police lines on Tuesday afternoon")
			if inTime(t, a) {
				return true
			}
		}
	}
	return false
}

// atTheTime returns the "time" of an "at the time" / "at that time" the
// event's clause hangs on or holds, or -1.
func atTheTime(t *tree, trigger, anchor int) int {
	isIt := func(x int) bool {
		if x < 0 || t.lower(x) != "time" || t.caseOf(x) != "at" {
			return false
		}
		for _, k := range t.kids(x, "det") {
			if w := t.lower(k); w == "the" || w == "that" {
				return true
			}
		}
		return false
	}
	for _, v := range []int{trigger, anchor} {
		if isIt(t.head(v)) {
			return t.head(v)
		}
		for _, k := range t.kids(v, "obl") {
			if isIt(k) {
				return k
			}
		}
	}
	return -1
}

// sinceTime: time tm is marked "since", itself ("since June 12") or by
// the clause it dates ("since taking the city on June 12").
func sinceTime(t *tree, tm doc.Time) bool {
	d := t.d
	for k := d.TokenAt(tm.Start); k >= 0 && k < len(d.Tokens) && d.Tokens[k].Start < tm.End; k++ {
		if t.caseOf(k) == "since" {
			return true
		}
	}
	if g := timeHead(t, tm); g >= 0 && t.isVerbal(g) {
		for _, m := range t.kids(g, "mark") {
			if t.lower(m) == "since" {
				return true
			}
		}
	}
	return false
}

// verbal: the code is a statement, appeal, demand or the like (CAMEO
// verbal cooperation or conflict), not a material act.
func verbal(code string) bool {
	switch ontology.Root(code) {
	case "01", "02", "03", "04", "05", "10", "11", "12", "13":
		return true
	}
	return false
}

// priorClause: the event is told in an adverbial clause of what came
// before ("after soldiers ousted the president", "since it ended the
// truce").
func priorClause(t *tree, trigger, anchor int) bool {
	for _, v := range []int{trigger, anchor} {
		// "acknowledged on Saturday their government had shot down a
		// jet": a past perfect tells what came before
		if r := t.rel(v); (r == "ccomp" || r == "advcl" || r == "conj") && pastPerfect(t, v) {
			return true
		}
		if t.rel(v) != "advcl" && t.rel(v) != "acl" {
			continue
		}
		for _, m := range t.kids(v, "mark") {
			switch t.lower(m) {
			case "after", "since", "following":
				return true
			case "for":
				// "arrested March 11 on a charge of assault for allegedly
				// attacking him": what one is held or charged for came
				// before
				if t.tok(v).XPOS == "VBG" {
					return true
				}
			}
		}
	}
	return false
}

// tiedTime: time token x hangs on the event's clause (trigger or anchor),
// not on a clause nested in it ("offered to hand over nationals suspected
// of blowing up a plane in 1988": 1988 is the bombing's).
func tiedTime(t *tree, x, trigger, anchor int) bool {
	for v, n, prev := x, 0, -1; v >= 0 && n < 40; v, n, prev = t.head(v), n+1, v {
		if v == trigger || v == anchor {
			return true
		}
		// ("demanded payment of June and July wages", "last year's
		// holiday pay": the time of a thing named, not of the event)
		// (within the time itself, "Monday night", no thing is named)
		// (nor in a part of a whole: "hit one of its posts near Naqoura
		// on Monday night")
		if prev >= 0 && t.isNominal(v) && !eventNoun(t, v) && !inTime(t, v) && t.tok(v).XPOS != "CD" {
			if r := t.fullRel(prev); r == "compound" || r == "nmod:poss" || t.rel(prev) == "nmod" && t.caseOf(prev) == "of" {
				return false
			}
		}
		if v != x && (t.isVerbal(v) || t.tok(v).UPOS == "VERB") {
			// ("invited them to rejoin the talks two weeks ago": a past
			// "ago" hung on an infinitive dates the verb it completes)
			if hasMarkTo(t, v) && agoTime(t, x) {
				continue
			}
			return false
		}
	}
	return false
}

// otherEventTime: the time at token x is told on a noun (another
// happening's, a thing's) inside a phrase that modifies a noun ("arrested
// 13 party members, including two candidates for the November 27 local
// polls"): its time, not the event's (unlike "killed in Sunday's attack",
// the occasion of the killing).
func otherEventTime(t *tree, tm doc.Time, trigger, anchor int) bool {
	d := t.d
	on := -1 // the noun the time is told on
	for k := d.TokenAt(tm.Start); k >= 0 && k < len(d.Tokens) && d.Tokens[k].Start < tm.End; k++ {
		h := t.head(k)
		if h < 0 || d.Tokens[h].Start >= tm.Start && d.Tokens[h].Start < tm.End {
			continue
		}
		if r := t.fullRel(k); (r == "compound" || r == "nmod:poss" || r == "nmod:unmarked") && t.isNominal(h) && t.tok(h).XPOS != "CD" {
			on = h
		}
	}
	// (a place has no time of its own: "host talks ... in the city of
	// Kunming next week" is the parser's misplaced time of the talks)
	if on >= 0 && isPlaceNoun(t.lemma(on)) {
		return false
	}
	// (up from that noun, a noun phrase hung on another noun before the
	// event's word is reached)
	for v, n := on, 0; v >= 0 && n < 40; v, n = t.head(v), n+1 {
		if v == trigger || v == anchor {
			return false
		}
		if h := t.head(v); h >= 0 && t.rel(v) == "nmod" && t.isNominal(h) {
			return h != trigger && h != anchor
		}
	}
	return false
}

// agoTime: time token x is counted back from the report ("two weeks
// ago").
func agoTime(t *tree, x int) bool {
	for _, k := range append([]int{x}, t.children[x]...) {
		if t.lower(k) == "ago" {
			return true
		}
	}
	if h := t.head(x); h >= 0 && t.lower(h) == "ago" {
		return true
	}
	return false
}

// notEventCount are quantity categories that do not count what an event
// did (distances, durations, shares, sizes of places).
var notEventCount = map[string]bool{"distance": true, "duration": true, "percent": true, "population": true,
	"age": true, "other": true, "time": true, "area": true, "speed": true, "year": true}

// findCounts returns the quantities in the event's clause ("killed 1,500
// people" -> killed 1500).
func findCounts(t *tree, c *cand, anchor int) []doc.Count {
	d := t.d
	sent := d.Sentences[c.sent]
	var out []doc.Count
	for _, q := range d.Quantities {
		if q.Start < sent.Start || q.End > sent.End {
			continue
		}
		k := d.TokenAt(q.Start)
		if k < 0 {
			continue
		}
		// (or in the phrase of the people it befell: "the 300,000 Iraqis
		// estimated to have fled")
		inTarget := c.tgt != nil && c.tgt.end > c.tgt.start && q.Start >= c.tgt.start && q.End <= c.tgt.end
		if !t.dominates(c.trigger, k) && !(anchor != c.trigger && t.dominates(anchor, k)) && !inTarget {
			continue
		}
		if notEventCount[q.Category] {
			continue
		}
		cat := q.Category
		if cat == "" {
			cat = strings.ToLower(q.Noun)
		}
		if cat == "" {
			cat = t.lemma(c.trigger)
		}
		out = append(out, doc.Count{Category: cat, Value: q.Value})
	}
	return out
}

// findStatus says who reports the event and how firmly: reported,
// claimed, denied, announced (from the reporting verb), planned (a plan,
// schedule, offer or future), hypothetical (a condition or a modal), or
// negated. nil for a plain statement of fact with no source.
// statusInfo is what findStatus learned about an event's clause.
type statusInfo struct {
	attr         *doc.Attribution
	rep          int    // the reporting verb, or -1
	reportStatus string // the status the reporting verb gives
	modal        string // must, should: an obligation stated by the reporter
	negated      bool
	conditional  bool // inside or governed by an if/unless clause
	unable       bool // what the doer was not able to do ("were not able to provide")
	offer        bool // the xcomp of an offer or a readiness ("offered to mediate")
	// unsaid: the report is negated ("did not say he had ordered it"):
	// nobody tells the happening
	unsaid bool
}

func findStatus(t *tree, acts *actors, trigger, anchor int) statusInfo {
	status, text := "", ""
	// (not one a light verb or a verb of occurring says was done: "launched
	// the planned offensive", "the planned strike went ahead")
	if anchor == trigger {
		status = unrealised(t, trigger)
	}
	offered := false
	rep := -1
	reportStatus := ""
	described := false
	// ("called in to break up a bar brawl", "sent to quell the riot": the
	// happening to be stopped is under way, whatever is said of stopping
	// it)
	if h := t.head(trigger); h >= 0 && t.isNominal(trigger) && t.rel(trigger) == "obj" && quellVerbs[t.lemma(h)] {
		described = true
	}
	// climb from the event's clause to the sentence root
	for n, v := 0, anchor; v >= 0 && n < 12; n++ {
		if rep < 0 {
			for _, k := range t.kids(v, "parataxis", "ccomp") {
				if st, ok := reportVerbs[t.lemma(k)]; ok && k != trigger && !t.dominates(k, trigger) {
					if t.rel(k) == "advcl" && t.caseOf(k) == "" && len(t.kids(k, "mark")) > 0 {
						continue
					}
					rep, reportStatus = k, st
					break
				}
			}
		}
		if rep < 0 {
			for _, k := range t.kids(v, "obl", "advmod") {
				if cs := t.caseOf(k); cs == "according to" || cs == "according" {
					s, e, ok := t.span(t.subtree(k, phraseSkip))
					if ok {
						text, reportStatus = t.d.Text[s:e], "reported"
						rep = k
					}
				}
			}
		}
		h := t.head(v)
		if rep < 0 && h >= 0 {
			if st, ok := reportVerbs[t.lemma(h)]; ok {
				switch t.rel(v) {
				case "ccomp", "parataxis", "xcomp", "advcl":
					rep, reportStatus = h, st
				case "acl":
					// "claims that they have killed ...", "reports that ..."
					// ("denies US claims that Russia hacked ...": claims
					// denied)
					if t.tok(h).UPOS == "NOUN" {
						rep, reportStatus = h, st
						if d := t.head(h); d >= 0 && t.rel(h) == "obj" && reportVerbs[t.lemma(d)] == "denied" {
							rep, reportStatus = d, "denied"
						}
					}
				case "obj":
					// "Reuters reported Monday's attack"
					if v == trigger && t.isNominal(v) {
						rep, reportStatus = h, st
					}
				}
			}
		}
		// conditions and plans on the way up (not past a clause that
		// describes a noun: "release protesters arrested last week")
		if status == "" && !described {
			status = clauseStatus(t, v)
		}
		if status == "" && (t.rel(v) == "xcomp" || ruledOutGerund(t, v, h)) && h >= 0 && negVerbs[t.lemma(h)] {
			status = "negated"
		}
		if t.rel(v) == "acl" && t.isVerbal(v) && t.tok(v).XPOS != "VB" {
			described = true
		}
		// (the infinitive of "is due to meet" the parser took for a
		// clausal subject is its complement all the same)
		if !described && (status == "" || status == "hypothetical-would") && (t.rel(v) == "xcomp" || t.rel(v) == "ccomp" || toInfinitive(t, v) || t.rel(v) == "csubj" && hasMarkTo(t, v)) && h >= 0 {
			// ("were able to determine": done, not planned)
			if (planVerbs[t.lemma(h)] || planVerbs[t.lower(h)]) && !pastAbility(t, h) {
				status = "planned"
				if t.lemma(h) == "offer" || t.lemma(h) == "willing" || t.lemma(h) == "consider" {
					status = "hypothetical"
					offered = t.lemma(h) != "consider"
				}
			}
		}
		if t.rel(v) == "parataxis" || t.head(v) < 0 {
			break
		}
		v = h
	}
	if rep < 0 && text == "" {
		// "..., security officials said Saturday." whatever the parser made
		// of it
		if r := sentenceFinalReport(t, acts, trigger); r >= 0 {
			rep, reportStatus = r, reportVerbs[t.lemma(r)]
		}
	}
	if rep >= 0 && text == "" {
		toks := []int{rep}
		if sb := t.kid(rep, "nsubj", "nsubj:pass"); sb >= 0 && t.tok(rep).UPOS != "NOUN" && !passiveReport(t, rep) {
			toks = append(toks, acts.phraseTokens(sb)...)
			// the speaker without apposition ("X, a former soldier who ..., said")
			for _, ap := range t.kids(sb, "appos") {
				drop := map[int]bool{}
				for _, k := range t.subtree(ap, nil) {
					drop[k] = true
				}
				var keep []int
				for _, k := range toks {
					if !drop[k] {
						keep = append(keep, k)
					}
				}
				toks = keep
			}
		}
		if t.tok(rep).UPOS == "NOUN" {
			for _, k := range t.kids(rep, "compound", "nmod:poss", "amod", "det") {
				toks = append(toks, t.subtree(k, phraseSkip)...)
			}
		}
		toks = append(toks, t.kids(rep, "aux", "aux:pass")...)
		sort.Ints(toks)
		text = runsText(t, toks)
	}
	info := statusInfo{rep: rep, reportStatus: reportStatus, offer: offered}
	if rep >= 0 && reportStatus != "denied" {
		for _, k := range t.kids(rep, "advmod") {
			if isNegation(t.lower(k)) {
				info.unsaid = true
			}
		}
	}
	for n, v := 0, anchor; v >= 0 && n < 12; n, v = n+1, t.head(v) {
		if conditionMarked(t, v) {
			info.conditional = true
		}
		if t.rel(v) == "parataxis" {
			break
		}
	}
	// "were not able to provide", "did not manage to escape": what they
	// could not do was not done, nor refused
	if h := t.head(trigger); t.rel(trigger) == "xcomp" && h >= 0 && (t.lemma(h) == "able" || t.lemma(h) == "manage") {
		for _, k := range t.kids(h, "advmod") {
			if isNegation(t.lower(k)) {
				info.unable = true
			}
		}
	}
	for _, v := range []int{trigger, anchor} {
		for _, k := range t.kids(v, "advmod") {
			if isNegation(t.lower(k)) {
				info.negated = true
			}
		}
		// "neither X nor Y should intervene", "no country will send"
		if sb := t.kid(v, "nsubj", "nsubj:pass"); sb >= 0 {
			for _, k := range append(t.kids(sb, "cc:preconj", "det"), t.kids(sb, "cc")...) {
				if w := t.lower(k); w == "neither" || w == "no" {
					info.negated = true
				}
			}
		}
		for _, k := range t.kids(v, "aux") {
			switch t.lower(k) {
			case "must", "should", "ought":
				info.modal = t.lower(k)
			}
		}
	}
	if status == "negated" {
		info.negated = true
	}
	if info.negated && status != "hypothetical" {
		status = "negated"
	}
	if status == "hypothetical-would" {
		if rep >= 0 {
			status = "planned"
		} else {
			status = "hypothetical"
		}
	}
	if status == "" {
		status = reportStatus
	}
	if status == "" && text == "" {
		return info
	}
	if status == "" {
		status = "reported"
	}
	info.attr = &doc.Attribution{Text: text, Status: status}
	return info
}

// ruledOutGerund: v is the gerund a negating verb rules out ("ruled out
// sending ground forces", "refused giving up"), however attached.
func ruledOutGerund(t *tree, v, h int) bool {
	if h < 0 || t.tok(v).XPOS != "VBG" || len(t.kids(v, "mark")) > 0 {
		return false
	}
	switch t.rel(v) {
	case "advcl", "obj", "ccomp":
	default:
		return false
	}
	if t.lemma(h) == "rule" {
		for _, p := range t.kids(h, "compound:prt") {
			if t.lower(p) == "out" {
				return true
			}
		}
		return false
	}
	return true
}

// passiveReport: "are estimated to have fled", "is believed to": the
// subject is what is reported, not who reports it.
func passiveReport(t *tree, rep int) bool {
	if t.tok(rep).XPOS != "VBN" {
		return false
	}
	if t.kid(rep, "nsubj:pass") >= 0 {
		return true
	}
	for _, a := range t.kids(rep, "aux", "aux:pass", "cop") {
		if t.lemma(a) == "be" {
			return true
		}
	}
	return false
}

// sentenceFinalReport finds a reporting clause closing the sentence after
// the trigger, set off by a comma: "..., officials said (on) Saturday." or
// "..., said a spokesman." It returns the reporting verb or -1.
func sentenceFinalReport(t *tree, acts *actors, trigger int) int {
	sent := t.d.Sentences[t.tok(trigger).Sent]
	j := sent.TokEnd - 1
	for j > trigger && (t.tok(j).UPOS == "PUNCT" || acts.isTime(j) || t.lower(j) == "on") {
		j--
	}
	nominal := func(k int) bool {
		switch t.tok(k).UPOS {
		case "NOUN", "PROPN", "ADJ", "DET", "NUM", "PRON":
			return true
		}
		return t.lower(k) == "'s"
	}
	isReport := func(k int) bool {
		_, ok := reportVerbs[t.lemma(k)]
		return ok && (t.tok(k).UPOS == "VERB" || t.tok(k).UPOS == "AUX")
	}
	comma := func(k int) bool { return k > trigger && t.word(k) == "," }
	if j <= trigger {
		return -1
	}
	if isReport(j) {
		// subject before the verb, a comma before the subject
		k := j - 1
		for k > trigger && (nominal(k) || t.tok(k).UPOS == "AUX") {
			k--
		}
		if comma(k) && k < j-1 {
			return j
		}
		return -1
	}
	// inverted: ", said a spokesman"
	k := j
	for k > trigger && nominal(k) {
		k--
	}
	if k < j && isReport(k) && comma(k-1) {
		return k
	}
	return -1
}

// toInfinitive: v is an infinitive clause hung as an adverbial ("offered
// on Tuesday to mediate", which parsers often attach as advcl).
func toInfinitive(t *tree, v int) bool {
	return t.rel(v) == "advcl" && t.tok(v).XPOS == "VB" && t.kid(v, "nsubj") < 0 && hasMarkTo(t, v)
}

// conditionMarked: clause v is an if/unless clause or has one.
func conditionMarked(t *tree, v int) bool {
	isIf := func(c int) bool {
		for _, m := range t.kids(c, "mark") {
			if w := t.lower(m); w == "if" || w == "unless" {
				return true
			}
		}
		return false
	}
	if t.rel(v) == "advcl" && isIf(v) {
		return true
	}
	for _, a := range t.kids(v, "advcl") {
		if isIf(a) {
			return true
		}
	}
	return false
}

func isNegation(w string) bool { return w == "not" || w == "n't" || w == "never" }

// quellVerbs stop, answer or look into a happening under way.
var quellVerbs = map[string]bool{"break": true, "quell": true, "disperse": true, "suppress": true,
	"contain": true, "investigate": true, "probe": true, "crush": true}

// stopVerb: a quelling verb that stops a happening (one of quellVerbs),
// not one that looks into it.
func stopVerb(lemma string) bool {
	return quellVerbs[lemma] && lemma != "investigate" && lemma != "probe"
}

// unrealised: event noun i is named as one that may come or is to come,
// not as one that happened: "a possible strike against Iraq", "the
// planned offensive", "the threat of NATO air strikes". The status it
// has ("hypothetical", "planned"), else "".
func unrealised(t *tree, i int) string {
	if t.tok(i).UPOS != "NOUN" {
		return ""
	}
	for _, k := range t.kids(i, "amod") {
		switch t.lower(k) {
		case "possible", "potential", "prospective", "eventual", "hypothetical", "feared":
			return "hypothetical"
		case "planned", "proposed", "upcoming", "impending", "imminent", "looming", "future", "forthcoming", "intended", "threatened":
			return "planned"
		}
	}
	if h := t.head(i); h >= 0 && t.rel(i) == "nmod" && t.caseOf(i) == "of" {
		switch t.lemma(h) {
		case "threat", "possibility", "prospect", "risk", "danger", "fear", "spectre", "specter", "likelihood", "chance":
			return "hypothetical"
		}
	}
	return ""
}

// clauseStatus looks at the auxiliaries and markers of clause v.
func clauseStatus(t *tree, v int) string {
	if t.rel(v) == "advcl" {
		for _, m := range t.kids(v, "mark") {
			switch t.lower(m) {
			case "if", "unless", "whether":
				return "hypothetical"
			}
		}
	}
	for _, a := range t.kids(v, "advcl") {
		for _, m := range t.kids(a, "mark") {
			if w := t.lower(m); w == "if" || w == "unless" {
				return "hypothetical"
			}
		}
	}
	for _, a := range t.kids(v, "aux") {
		if hadClitic(t, a, v) {
			continue // "he'd ordered it": had, not would
		}
		switch t.lower(a) {
		case "will", "shall", "'ll", "wo":
			return "planned"
		case "would", "'d":
			return "hypothetical-would"
		case "could", "might", "may", "should", "must", "can", "ca":
			return "hypothetical"
		}
	}
	// "was scheduled to travel", "is to visit"
	if t.tok(v).XPOS == "VBN" && planVerbs[t.lemma(v)] && len(t.kids(v, "xcomp")) > 0 {
		return "planned"
	}
	return ""
}

// runsText joins the text of the contiguous runs of sorted tokens with a
// space ("Abdullah" + "said" when an apposition between them is left out).
func runsText(t *tree, toks []int) string {
	var parts []string
	for i := 0; i < len(toks); {
		j := i + 1
		for j < len(toks) && toks[j] == toks[j-1]+1 {
			j++
		}
		if s, e, ok := t.span(toks[i:j]); ok {
			parts = append(parts, t.d.Text[s:e])
		}
		i = j
	}
	return strings.Join(parts, " ")
}

// saidAt: token i names where a report was made, in a place phrase on
// the speech verb whose clause tells the trigger ("The Police
// Commissioner said in Port Moresby that about 120 soldiers would be
// deployed"): where it was said, not where what it tells is done.
func saidAt(t *tree, acts *actors, i, trigger int) bool {
	top := firstConjunct(t, placeTop(t, acts, i))
	h := t.head(top)
	if h < 0 || h == trigger || t.rel(top) != "obl" || !speechVerbs[t.lemma(h)] {
		return false
	}
	if cs := t.caseOf(top); cs != "in" && cs != "at" {
		return false
	}
	for _, k := range t.kids(h, "ccomp", "parataxis") {
		if k == trigger || t.dominates(k, trigger) {
			return true
		}
	}
	return false
}

// foreignClause: token i lies in a relative clause that does not hold the
// trigger ("according to residents who fled to Pemba"): a place there is
// where someone else went, not where the event happened.
func foreignClause(t *tree, i, trigger int) bool {
	prev := -1
	for a, n := i, 0; a >= 0 && n < 40; prev, a, n = a, t.head(a), n+1 {
		if otherHappening(t, a) && !t.dominates(a, trigger) {
			return true
		}
		if a == i {
			continue
		}
		// (not a report read as a relative clause: "..., the army said")
		if _, rep := reportVerbs[t.lemma(a)]; rep {
			continue
		}
		if t.fullRel(a) == "acl:relcl" && !t.dominates(a, trigger) {
			// (not where a clause only naming the object puts it, as the
			// parser hung the main verb's place: "arrested a man they
			// identified as a commander at a rented house in Tacloban")
			if identifyVerbs[t.lemma(a)] && prev >= 0 && t.rel(prev) == "obl" && (t.caseOf(prev) == "at" || t.caseOf(prev) == "in") && t.kid(a, "obj") < 0 {
				continue
			}
			return true
		}
		// (or a finite clause hung on a noun: "the first since the group
		// agreed in January to return")
		if t.fullRel(a) == "acl" && finiteVerb(t, a) && !t.dominates(a, trigger) {
			return true
		}
	}
	return false
}

// occurrenceTime: time token i dates a relative clause of happening
// ("that happened on June 27", "which took place on Friday") on an event
// noun the event's clause hangs on ("killed in a suicide bombing that
// happened on June 27"): the happening's time is the event's.
func occurrenceTime(t *tree, i, trigger, anchor int) bool {
	for a, n := t.head(i), 0; a >= 0 && n < 6; a, n = t.head(a), n+1 {
		// ("would call a two-day stayaway starting on March 20": when
		// the happening the event is, or is called, begins)
		if t.fullRel(a) == "acl" && t.tok(a).XPOS == "VBG" && (t.lemma(a) == "start" || t.lemma(a) == "begin") {
			h := t.head(a)
			return h >= 0 && eventNoun(t, h) && (h == trigger || t.head(h) == trigger || t.head(h) == anchor)
		}
		if t.fullRel(a) != "acl:relcl" {
			continue
		}
		if !occurs(t, a) {
			return false
		}
		h := t.head(a)
		if h < 0 || !eventNoun(t, h) {
			return false
		}
		if h == trigger {
			return true
		}
		// ("killed in a suicide bombing that happened on June 27": the
		// happening the verb's act was part of; not "convicted over the
		// brawl that took place on 25 February": what it was about)
		switch t.caseOf(h) {
		case "in", "during", "by", "with", "at", "":
			return t.head(h) == trigger || t.head(h) == anchor
		}
		return false
	}
	return false
}

// otherEventPlace: place token i hangs on an event noun of another
// clause ("watching footage of the march in Baghdad, residents say they
// will join the fight"): the march's place, not the fight's.
func otherEventPlace(t *tree, i, trigger int) bool {
	for a, n := t.head(i), 0; a >= 0 && n < 40; a, n = t.head(a), n+1 {
		if a == trigger || t.dominates(a, trigger) {
			return false
		}
		// (or on the verb of a clause told to have happened before:
		// "marched ... to demand protection, days after fighters
		// ambushed a convoy bound for Titao")
		if t.isVerbal(a) && toldEarlier(t, a) {
			return true
		}
		if t.tok(a).UPOS == "NOUN" && clauseOf(t, a) != trigger && eventNoun(t, a) && !sameClauseChain(t, trigger, a) {
			return true
		}
	}
	return false
}

// sameClauseChain: token a lies under the trigger through its arguments,
// conjuncts and their modifiers only ("were killed and nine injured in a
// knife attack at a Walmart in China"), not through a clause of
// circumstance or speech ("Watching footage of the march ..., residents
// attacked").
func sameClauseChain(t *tree, trigger, a int) bool {
	for x, n := a, 0; x >= 0 && n < 40; x, n = t.head(x), n+1 {
		if x == trigger {
			return true
		}
		switch t.rel(x) {
		case "advcl", "ccomp", "parataxis", "csubj":
			return false
		}
	}
	return false
}

// otherHappening: phrase k names another happening the event is set
// against ("in response to the US airstrike that killed him at a Baghdad
// airport", "the deadliest since an assault in Ghazni", "after clashes in
// X"): the places in it are that happening's.
func otherHappening(t *tree, k int) bool {
	switch t.lemma(k) {
	case "response", "retaliation", "revenge", "reprisal", "reaction", "answer":
		return true
	}
	if !t.isNominal(k) {
		return false
	}
	switch t.caseOf(k) {
	case "since", "after", "before", "following", "than", "like", "unlike", "ahead of", "prior to":
		return eventNoun(t, k)
	}
	return false
}

// eventNoun: token k is a noun of the lexicon's happenings ("assault";
// not "March" the month).
func eventNoun(t *tree, k int) bool {
	if !t.isNominal(k) || inTime(t, k) {
		return false
	}
	lex, err := getLexicon()
	if err != nil {
		return false
	}
	for _, c := range t.lemmaCandidates(k) {
		if _, ok := lex.nouns[c]; ok {
			return true
		}
	}
	return false
}

// violentNoun: noun k names an act of force in the noun lexicon (an
// attack, a raid, a strike, shelling: CAMEO 18-20).
func violentNoun(t *tree, k int) bool {
	if !t.isNominal(k) {
		return false
	}
	lex, err := getLexicon()
	if err != nil {
		return false
	}
	for _, c := range t.lemmaCandidates(k) {
		if e, ok := lex.nouns[c]; ok && violentRoot(e.code) {
			return true
		}
	}
	return false
}

// inTime: token k lies in a time expression.
func inTime(t *tree, k int) bool {
	tk := t.d.Tokens[k]
	for _, tm := range t.d.Times {
		if tk.Start >= tm.Start && tk.End <= tm.End {
			return true
		}
	}
	return false
}

// destinations returns the further places of a journey told as a
// sequence or a coordination after its first destination: "will travel
// to A on Thursday and then to B and C", "travel to A before heading to
// B ... and then to C" (C for the heading). It reads rightwards from the
// first destination, taking places marked "to" and their conjuncts, and
// stops at a verb of its own (another journey, a report, a clause with a
// subject).
func destinations(t *tree, acts *actors, c *cand) []*mention {
	if c.tgt == nil || c.tgt.head < 0 {
		return nil
	}
	d := t.d
	sent := d.Sentences[c.sent]
	first := acts.placeAt[c.tgt.head]
	taken := map[int]bool{c.tgt.head: true}
	seen := map[int]bool{first: true}
	var out []*mention
	for k := c.tgt.head + 1; k < sent.TokEnd; k++ {
		switch tk := t.tok(k); {
		case tk.UPOS == "VERB" && t.rel(k) != "amod" && t.rel(k) != "compound":
			if _, ok := reportVerbs[t.lemma(k)]; ok || t.kid(k, "nsubj", "nsubj:pass") >= 0 || movementVerbs[t.lemma(k)] {
				return out
			}
			continue
		case tk.UPOS == "PUNCT" && (t.word(k) == ";" || t.word(k) == ":"):
			return out
		}
		p := acts.placeAt[k]
		if p < 0 || seen[p] {
			continue
		}
		// the head of the place's words
		h := k
		for h+1 < sent.TokEnd && acts.placeAt[h+1] == p && t.head(h) != -1 && t.head(h) > h && acts.placeAt[t.head(h)] == p {
			h = t.head(h)
		}
		marked := t.caseOf(h) == "to"
		if !marked && t.rel(h) == "conj" && taken[t.head(h)] {
			marked = true
		}
		if !marked {
			continue
		}
		m := acts.resolve(h)
		if m == nil {
			continue
		}
		x := *m
		x.place = p
		// the words of the place only ("then to Addis Ababa" -> Addis Ababa)
		lo, hi := h, h
		for lo-1 > c.tgt.head && acts.placeAt[lo-1] == p {
			lo--
		}
		for hi+1 < sent.TokEnd && acts.placeAt[hi+1] == p {
			hi++
		}
		x.start, x.end = t.tok(lo).Start, t.tok(hi).End
		x.text = d.Text[x.start:x.end]
		seen[p], taken[h] = true, true
		out = append(out, &x)
	}
	return out
}

// visitVerbs take a traveller somewhere ("when he visited Tehran").
var visitVerbs = map[string]bool{"visit": true, "arrive": true, "travel": true, "tour": true, "stop": true}

// movementVerbs are journeys with a destination of their own.
var movementVerbs = map[string]bool{"travel": true, "head": true, "fly": true, "go": true, "leave": true, "return": true, "visit": true}

// datelinePlace is the index of the place the dateline names, else -1.
func datelinePlace(d *doc.Doc) int {
	best, at := -1, 0
	if dl := d.Meta.Dateline; dl != nil {
		// (the first the dateline names, its town: "TAIZ, Yemen", whatever
		// order the document's places are in)
		for pi := range d.Places {
			for _, m := range d.Places[pi].Mentions {
				if m[0] >= dl.Start && m[1] <= dl.End && (best < 0 || m[0] < at) {
					best, at = pi, m[0]
				}
			}
		}
	}
	return best
}

// foreignSpeaker: the place of the source's country, when candidate c is
// a verbal act (a statement, an appeal, a threat) placed only by the
// story around it (at) and its source is a country's actor of another
// country, or a national body (government, legislature, "Iraq's top
// cleric") of that country placed at the dateline's town when that is not
// the capital, and the document names the country; else -1.
func foreignSpeaker(d *doc.Doc, c *cand, at *doc.EventPlace) int {
	if q := ontology.QuadClass(c.code); q%2 == 0 && ontology.Root(c.code) != "01" && ontology.Root(c.code) != "02" {
		return -1
	}
	iso := actorCountry(c.src)
	if iso == "" {
		return -1
	}
	country := countryPlace(d, iso)
	if country < 0 {
		return -1
	}
	if actor.CountryISO3(at.Country) == iso {
		// (only the reporter's town: a place carried from the story's
		// scene may well be the local government's, "the state government
		// would not pay any ransom")
		// (a national body: a government, a legislature, or whoever the
		// country's name introduces, "Iraq's top Shi'ite cleric")
		role := c.src.code[3:]
		national := strings.HasPrefix(role, "GOV") || strings.HasPrefix(role, "LEG") || countryPossessor(c.src.text, d.Places[country].Text)
		dl := datelinePlace(d)
		if !national || dl < 0 || d.Places[dl].Name != at.Name || d.Places[dl].Feature == "PPLC" || strings.HasPrefix(d.Places[dl].Feature, "PCL") {
			return -1
		}
		// (not a local official: "Malmo's mayor", "the regional governor")
		if localOfficial(c.src.text, d.Places[dl].Text) {
			return -1
		}
	}
	return country
}

// localOfficial: an actor phrase names a local office ("mayor", "the
// regional governor") or the town it is of ("Malmo's mayor").
func localOfficial(phrase string, town []string) bool {
	low := strings.ToLower(phrase)
	for _, w := range strings.FieldsFunc(low, func(r rune) bool { return r == ' ' || r == ',' || r == '\'' || r == '’' }) {
		if localOffices[w] {
			return true
		}
	}
	for _, n := range town {
		if n != "" && strings.Contains(low, strings.ToLower(n)) {
			return true
		}
	}
	return false
}

// localOffices are words of a local government's offices.
var localOffices = map[string]bool{"mayor": true, "governor": true, "prefect": true, "commissioner": true, "municipal": true,
	"regional": true, "provincial": true, "district": true, "county": true, "municipality": true, "councillor": true}

// ownGround: the place of the source's country, when candidate c is a
// show of force or a mobilisation by a country's actor, placed only by the story
// around it (at) in another country, and aimed at no one of a third
// country ("ABUJA, Nigeria — ... Ethiopia mobilized reservists"); else -1.
func ownGround(d *doc.Doc, c *cand, at *doc.EventPlace) int {
	iso := actorCountry(c.src)
	if ontology.Root(c.code) != "15" || iso == "" || actor.CountryISO3(at.Country) == iso {
		return -1
	}
	if to := actorCountry(c.tgt); to != "" && to != iso {
		return -1
	}
	return countryPlace(d, iso)
}

// countryPlace is the index of the document place that is the country
// with ISO 3166 alpha-3 code iso, else -1.
func countryPlace(d *doc.Doc, iso string) int {
	for pi := range d.Places {
		if strings.HasPrefix(d.Places[pi].Feature, "PCL") && actor.CountryISO3(d.Places[pi].Country) == iso {
			return pi
		}
	}
	return -1
}

// countryPossessor: the phrase opens on one of the country's names as a
// possessor ("Iraq's top cleric").
func countryPossessor(phrase string, names []string) bool {
	for _, n := range names {
		if rest, ok := strings.CutPrefix(phrase, n); ok && (strings.HasPrefix(rest, "'s ") || strings.HasPrefix(rest, "’s ")) {
			return true
		}
	}
	return false
}
