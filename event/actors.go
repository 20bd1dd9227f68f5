package event

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/sitrep/sitrep/actor"
	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/geo/gazetteer"
)

// mention is a resolved actor phrase.
type mention struct {
	head       int
	start, end int // byte span of the phrase
	text       string
	name       string
	code       string
	person     bool // a person (for he/she)
	group      bool // an armed group or organisation (for it/they, "the group")
	plural     bool
	place      int // index into Doc.Places when the phrase is a place, else -1
	fromCoref  bool
	// headCoded: the head itself names or plays the actor (a name, a role
	// noun, a place), not only a word inside the phrase ("ties with X")
	headCoded bool
	// someTown: an unnamed place told indefinitely ("an Iraqi town that
	// borders Syria"), which a later sentence may name
	someTown bool
}

// currencyNouns name money.
var currencyNouns = map[string]bool{"dollar": true, "euro": true, "pound": true, "yen": true, "yuan": true, "renminbi": true,
	"rupee": true, "franc": true, "shilling": true, "naira": true, "rand": true, "peso": true, "dinar": true, "riyal": true,
	"rial": true, "dirham": true, "kina": true, "ruble": true, "rouble": true, "lira": true, "taka": true, "birr": true,
	"kwacha": true, "cedi": true, "krona": true, "krone": true, "zloty": true, "hryvnia": true, "lari": true, "manat": true,
	"tenge": true, "rupiah": true, "ringgit": true, "baht": true, "dong": true, "kyat": true, "ariary": true, "leone": true}

// bodyNouns name bodies of people that meet, talk and decide.
var bodyNouns = map[string]bool{"committee": true, "council": true, "commission": true, "delegation": true, "panel": true,
	"board": true, "jirga": true, "shura": true, "assembly": true, "cabinet": true, "union": true, "association": true}

// phraseSkip are the relations left out of an actor phrase: clauses and
// coordination hang off the head but are not part of the name.
var phraseSkip = map[string]bool{
	"acl": true, "acl:relcl": true, "advcl": true, "ccomp": true, "parataxis": true, "conj": true,
	"cc": true, "xcomp": true, "csubj": true, "dep": true, "discourse": true, "vocative": true,
	"punct:end": true, "list": true, "orphan": true, "reparandum": true,
	// (a noun that heads a copular clause: "families are among the
	// Iraqis" is "the Iraqis")
	"nsubj": true, "cop": true,
}

// actors resolves actor phrases over one document, keeping the history of
// coded mentions for pronouns and definite descriptions.
type actors struct {
	t       *tree
	d       *doc.Doc
	dict    *actor.Dictionary
	date    string
	entAt   []int
	placeAt []int
	timeAt  []bool
	home    string
	history []*mention
	cache   map[int]*mention
	// focus is the place the story is about when it has no dateline
	// (focusPlace), or -1.
	focus int
	// country is the country (or territory) the story names far more
	// than any other place, for a happening it places nowhere finer, or
	// -1.
	country int
	// datelineAway: the dateline is a hub away from the story's focus
	datelineAway bool
	// policeStory: the story speaks of police more than of armed forces,
	// so its bare "officers" are police officers
	policeStory bool
	// everyName: code every name the dictionary lists, a lone given name
	// or surname too, as PETRARCH does with its user's dictionary
	everyName bool
}

func newActors(t *tree, dict *actor.Dictionary) *actors {
	d := t.d
	a := &actors{t: t, d: d, dict: dict, cache: map[int]*mention{}}
	if d.Meta.Published != nil {
		a.date = *d.Meta.Published
	}
	a.entAt = make([]int, len(d.Tokens))
	a.placeAt = make([]int, len(d.Tokens))
	for i := range a.entAt {
		a.entAt[i], a.placeAt[i] = -1, -1
	}
	for ei, e := range d.Entities {
		for i := d.TokenAt(e.Start); i >= 0 && i < len(d.Tokens) && d.Tokens[i].Start < e.End; i++ {
			a.entAt[i] = ei
		}
	}
	a.policeStory = policeStory(t)
	a.timeAt = make([]bool, len(d.Tokens))
	for _, tm := range d.Times {
		for i := d.TokenAt(tm.Start); i >= 0 && i < len(d.Tokens) && d.Tokens[i].Start < tm.End; i++ {
			if d.Tokens[i].End <= tm.End {
				a.timeAt[i] = true
			}
		}
	}
	counts := map[string]int{}
	for pi, p := range d.Places {
		for _, m := range p.Mentions {
			for i := d.TokenAt(m[0]); i >= 0 && i < len(d.Tokens) && d.Tokens[i].Start < m[1]; i++ {
				a.placeAt[i] = pi
			}
			if c := actor.CountryISO3(p.Country); c != "" {
				counts[c]++
			}
		}
	}
	a.home = homeCountry(d, counts)
	a.repeatPlaces()
	a.focus = focusPlace(d, a.placeAt)
	a.country = storyCountry(d)
	a.datelineAway = datelineAway(d, a.focus)
	// (after the story's focus is counted: a locating region is no
	// mention of the town)
	a.locatedTowns()
	return a
}

// inLongerMention: the byte span start..end lies inside a mention of
// place p that is longer than it.
func (a *actors) inLongerMention(p, start, end int) bool {
	for _, m := range a.d.Places[p].Mentions {
		if m[0] <= start && end <= m[1] && m[1]-m[0] > end-start {
			return true
		}
	}
	return false
}

// datelineAway: the story is datelined in one country (a hub such as
// Beirut or Nairobi) and about a town of another, which it names more
// often than all the dateline country's places together, the dateline
// aside ("BEIRUT — ... Aleppo ... Aleppo ...").
func datelineAway(d *doc.Doc, focus int) bool {
	dl := d.Meta.Dateline
	if dl == nil || focus < 0 {
		return false
	}
	cc := ""
	pi := datelinePlace(d)
	if pi >= 0 {
		cc = d.Places[pi].Country
	}
	if cc == "" {
		return false
	}
	// (or filed from one town about another of the same country that
	// it names again and again, its own town hardly: "HARGEISA — ...
	// around the disputed town of Las Anod ...")
	if cc == d.Places[focus].Country {
		if pi == focus {
			return false
		}
		own := 0
		for _, m := range d.Places[pi].Mentions {
			if m[0] < dl.Start || m[1] > dl.End {
				own++
			}
		}
		n := len(d.Places[focus].Mentions)
		return n >= 3 && n >= 3*(own+1)
	}
	home := 0
	for _, p := range d.Places {
		if p.Country != cc {
			continue
		}
		for _, m := range p.Mentions {
			if m[0] < dl.Start || m[1] > dl.End {
				home++
			}
		}
	}
	return len(d.Places[focus].Mentions) > home
}

// storyCountry returns the country a story is about: the country named at
// least three times and at least twice as often as any other place, or
// -1.
func storyCountry(d *doc.Doc) int {
	best, second := -1, 0
	for pi, p := range d.Places {
		n := len(p.Mentions)
		switch {
		case best < 0 || n > len(d.Places[best].Mentions):
			if best >= 0 {
				second = len(d.Places[best].Mentions)
			}
			best = pi
		case n > second:
			second = n
		}
	}
	if best < 0 || !strings.HasPrefix(d.Places[best].Feature, "PCL") {
		return -1
	}
	if n := len(d.Places[best].Mentions); n < 3 || n < 2*second {
		return -1
	}
	return best
}

// focusPlace is the place a story without a dateline is about: the town
// or district it names most, more often than any other and at least twice
// unless it is the only one, or -1.
func focusPlace(d *doc.Doc, placeAt []int) int {
	if f := focusOf(d, placeAt, false); f >= 0 {
		return f
	}
	// (else the province it names most: "attacks in and near the town of
	// Karak" with Karak read as its governorate)
	return focusOf(d, placeAt, true)
}

// focusOf is focusPlace over towns and districts, with provinces too when
// provinces is set.
func focusOf(d *doc.Doc, placeAt []int, provinces bool) int {
	n := make([]int, len(d.Places))
	for i, p := range placeAt {
		if p >= 0 && (i == 0 || placeAt[i-1] != p) {
			n[p]++
		}
	}
	best, second, towns := -1, 0, 0
	for pi, p := range d.Places {
		if !strings.HasPrefix(p.Feature, "PPL") && p.Feature != "ADM2" && p.Feature != "ADM3" && !(provinces && p.Feature == "ADM1") {
			continue
		}
		towns++
		switch {
		case best < 0 || n[pi] > n[best]:
			if best >= 0 {
				second = n[best]
			}
			best = pi
		case n[pi] > second:
			second = n[pi]
		}
	}
	// (named once is enough when it is the only town named; a province
	// must be named twice)
	if best < 0 || n[best] < 2 && (towns > 1 || provinces) || n[best] == second {
		return -1
	}
	return best
}

// locatedTowns hands the tokens of a region that only locates the town
// before it to that town ("in Aschaffenburg, in north-western Bavaria",
// "at the market in Ludwigshafen, in the state of Rhineland-Palatinate",
// "Kayseri, central Turkey"): what happened there happened in the town,
// and the region says where the town is. The region must hold the town,
// and a dateline's country stays the country.
func (a *actors) locatedTowns() {
	d := a.d
	for i := 2; i < len(d.Tokens); i++ {
		p := a.placeAt[i]
		if p < 0 || a.placeAt[i-1] == p {
			continue
		}
		region := &d.Places[p]
		if placeRank(region.Feature) < 3 {
			continue
		}
		// (a dateline's country says where the reporter is, not that
		// what the story tells is in the dateline's town)
		if dl := d.Meta.Dateline; dl != nil && d.Tokens[i].Start >= dl.Start && d.Tokens[i].Start < dl.End {
			continue
		}
		// the region's lead-in: "in (the) (north-western) (state of)"
		j := i - 1
		if j > 0 && strings.EqualFold(d.TokenText(j), "of") && regionNouns[strings.ToLower(d.TokenText(j-1))] {
			j -= 2
		}
		for n := 0; n < 4 && j > 0 && (d.Tokens[j].XPOS == "JJ" || d.Tokens[j].XPOS == "DT" || d.Tokens[j].XPOS == "HYPH" || compassWords[strings.ToLower(d.TokenText(j))]); n++ {
			j--
		}
		if j > 0 && strings.EqualFold(d.TokenText(j), "in") {
			j--
		}
		if j < 1 || d.TokenText(j) != "," || d.Tokens[j].Sent != d.Tokens[i].Sent {
			continue
		}
		town := a.placeAt[j-1]
		if town < 0 || town == p {
			continue
		}
		tw := &d.Places[town]
		if placeRank(tw.Feature) >= placeRank(region.Feature) || tw.Country != region.Country || region.Feature == "ADM1" && tw.Admin1 != region.Admin1 {
			continue
		}
		for k := i; k < len(d.Tokens) && a.placeAt[k] == p; k++ {
			a.placeAt[k] = town
		}
	}
}

// compassWords open a region's lead-in ("north-western Bavaria", split
// as "north - western").
var compassWords = map[string]bool{"north": true, "south": true, "east": true, "west": true, "central": true}

// nasab words join a name to a father's ("Ould", "bin", "ibn").
var nasab = map[string]bool{"ould": true, "bin": true, "ibn": true, "ben": true, "bint": true, "wad": true, "ag": true}

// regionNouns name a country's divisions ("the state of Bavaria").
var regionNouns = map[string]bool{"state": true, "province": true, "region": true, "county": true,
	"district": true, "governorate": true, "department": true, "prefecture": true, "territory": true}

// repeatPlaces marks the later mentions of a place name that the entity
// tagger read otherwise ("fled Djibo" tagged as a person after "the town
// of Djibo" was placed): a capitalised name the document has placed is
// that place wherever it stands alone.
func (a *actors) repeatPlaces() {
	d := a.d
	done := map[string]bool{}
	for pi, p := range d.Places {
		for _, m := range p.Mentions {
			if m[0] < 0 || m[1] > len(d.Text) || m[0] >= m[1] {
				continue
			}
			surf := d.Text[m[0]:m[1]]
			if len(surf) < 3 || done[surf] || !unicode.IsUpper([]rune(surf)[0]) {
				continue
			}
			done[surf] = true
			for off := 0; ; {
				j := strings.Index(d.Text[off:], surf)
				if j < 0 {
					break
				}
				start, end := off+j, off+j+len(surf)
				off = end
				i := d.TokenAt(start)
				if i < 0 || d.Tokens[i].Start != start || a.placeAt[i] >= 0 {
					continue
				}
				k := i
				for k+1 < len(d.Tokens) && d.Tokens[k].End < end {
					k++
				}
				if d.Tokens[k].End != end {
					continue
				}
				// not a part of a longer name ("Djibo Hamidou")
				if e := a.entAt[i]; e >= 0 && (d.Entities[e].Start < start || d.Entities[e].End > end) {
					continue
				}
				for x := i; x <= k; x++ {
					a.placeAt[x] = pi
				}
			}
		}
	}
}

// homeCountry is the country a document is about: the dateline's, else the
// one its places name most.
func homeCountry(d *doc.Doc, counts map[string]int) string {
	best, n := "", 0
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if counts[k] > n {
			best, n = k, counts[k]
		}
	}
	if dl := d.Meta.Dateline; dl != nil {
		dc, inDateline := "", 0
		for _, p := range d.Places {
			for _, m := range p.Mentions {
				if m[0] >= dl.Start && m[1] <= dl.End {
					if c := actor.CountryISO3(p.Country); c != "" {
						dc = c
						inDateline++
					}
				}
			}
		}
		// (a story datelined in a hub about another country, "ABUJA,
		// Nigeria — ... in Niger ... Niamey ...", is at home there: the
		// other country named at least three times, more than twice as
		// often as the dateline's outside it)
		if dc != "" && (best == dc || n < 3 || n <= 2*(counts[dc]-inDateline)) {
			return dc
		}
	}
	return best
}

// crowdNouns count or gather people: the people of their "of" phrase are
// the actor.
// forceUnits are the units an armed force is counted in; forceNouns the
// forces.
var (
	forceUnits = map[string]bool{"company": true, "battalion": true, "brigade": true, "regiment": true, "platoon": true,
		"contingent": true, "detachment": true, "unit": true, "squad": true, "column": true}
	forceNouns = map[string]bool{"troop": true, "soldier": true, "force": true, "police": true, "policeman": true, "fighter": true,
		"militia": true, "personnel": true, "peacekeeper": true, "marine": true, "commando": true, "officer": true, "guard": true}
)

var crowdNouns = map[string]bool{"thousand": true, "thousands": true, "hundred": true, "hundreds": true, "dozen": true, "dozens": true,
	"score": true, "scores": true, "ten": true, "tens": true, "million": true, "millions": true, "crowd": true, "group": true,
	"number": true, "handful": true, "band": true, "mob": true, "throng": true}

var personPronouns = map[string]bool{"he": true, "she": true, "him": true, "her": true, "his": true, "hers": true, "himself": true, "herself": true}
var pluralPronouns = map[string]bool{"they": true, "them": true, "their": true, "theirs": true, "themselves": true}
var itPronouns = map[string]bool{"it": true, "its": true, "itself": true}
var reflexive = map[string]bool{"himself": true, "herself": true, "itself": true, "themselves": true, "ourselves": true, "myself": true}
var relPronouns = map[string]bool{"who": true, "which": true, "that": true, "whom": true, "whose": true}

// groupNouns refer back to the last organisation or armed group.
var groupNouns = map[string]bool{"group": true, "organization": true, "organisation": true, "movement": true, "faction": true, "outfit": true, "network": true}

// unitNouns are a force's units, each an "it" ("the patrol was
// travelling upriver when it came under fire").
var unitNouns = map[string]bool{"patrol": true, "unit": true, "convoy": true, "battalion": true, "brigade": true, "regiment": true,
	"platoon": true, "squad": true, "boat": true, "vessel": true, "ship": true, "helicopter": true, "aircraft": true, "plane": true}

// offshootAfter: the phrase words from index e on begin with a word
// that makes the name before it another group's origin or patron
// ("breakaway group", "'s affiliate", "-linked").
func offshootAfter(t *tree, ctoks []int, e int) bool {
	if e < len(ctoks) && t.lower(ctoks[e]) == "'s" {
		e++
	}
	if e < len(ctoks) && t.lower(ctoks[e]) == "-" {
		e++
	}
	return e < len(ctoks) && offshootWords[t.lower(ctoks[e])]
}

// offshootWords name a group by the one it came from or serves.
var offshootWords = map[string]bool{"breakaway": true, "affiliate": true, "affiliated": true, "offshoot": true, "splinter": true,
	"linked": true, "allied": true, "inspired": true, "backed": true, "franchise": true}

// menPlural: w is a plural in -men ("gunmen", "tribesmen", "militiamen").
func menPlural(w string) bool {
	return len(w) > 5 && strings.HasSuffix(w, "men") && !strings.HasSuffix(w, "imen") && !strings.HasSuffix(w, "domen")
}

// resolve returns the actor phrase headed by token h (nil when h is not a
// nominal or nothing can be said about it).
func (a *actors) resolve(h int) *mention {
	if h < 0 {
		return nil
	}
	if m, ok := a.cache[h]; ok {
		return m
	}
	a.cache[h] = nil // in progress: a cyclic parse resolves to nothing
	m := a.compute(h)
	if m != nil && m.place < 0 && placeNouns[a.t.lemma(h)] {
		for _, k := range a.t.kids(h, "det") {
			if w := a.t.lower(k); w == "a" || w == "an" {
				c := *m
				c.someTown = true
				m = &c
			}
		}
	}
	a.cache[h] = m
	return m
}

func (a *actors) compute(h int) *mention {
	t := a.t
	lw := t.lower(h)
	// the dateline ("BAGHDAD (Reuters) -") is no actor
	if dl := a.d.Meta.Dateline; dl != nil && t.tok(h).Start >= dl.Start && t.tok(h).End <= dl.End {
		return nil
	}
	// a sum of money is no party ("1.5 million Australian dollars", "5
	// million U.S. dollars")
	if currencyNouns[t.lemma(h)] && t.tok(h).UPOS == "NOUN" {
		return nil
	}
	// relative pronoun: the noun the clause modifies
	if relPronouns[lw] && (t.tok(h).UPOS == "PRON" || t.tok(h).UPOS == "DET") {
		for n, v := 0, t.head(h); v >= 0 && n < 50; n, v = n+1, t.head(v) {
			if r := t.rel(v); r == "acl" {
				if ante := t.head(v); ante >= 0 {
					// "a speaker and a new president, who will ask": the
					// nearest of coordinated nouns
					for _, k := range t.kids(ante, "conj") {
						if k < h && k > ante {
							ante = k
						}
					}
					if m := a.resolve(ante); m != nil {
						c := *m
						c.fromCoref = true
						return &c
					}
				}
				break
			}
			if !t.isVerbal(v) {
				break
			}
		}
		return nil
	}
	if t.tok(h).UPOS == "PRON" && reflexive[lw] {
		// "girded themselves": the subject of its own clause, or nobody
		if v := t.head(h); v >= 0 {
			if sb := t.kid(v, "nsubj"); sb >= 0 && sb != h && !reflexive[t.lower(sb)] {
				if m := a.resolve(sb); m != nil {
					c := *m
					c.fromCoref = true
					return &c
				}
			}
		}
		return nil
	}
	if t.tok(h).UPOS == "PRON" {
		return a.pronoun(h, lw)
	}
	if !t.isNominal(h) && t.tok(h).UPOS != "ADJ" || a.isTime(h) {
		return nil
	}
	// "50 companies of paramilitary troops": the force the units are of
	if forceUnits[t.lemma(h)] {
		for _, k := range t.kids(h, "nmod") {
			if t.caseOf(k) == "of" && forceNouns[t.lemma(k)] {
				return a.resolve(k)
			}
		}
	}
	toks := a.phraseTokens(h)
	// the preposition that marks the phrase is not part of it
	for len(toks) > 1 && toks[0] != h && t.head(toks[0]) == h && (t.rel(toks[0]) == "case" || t.rel(toks[0]) == "mark") {
		toks = toks[1:]
	}
	// a name the parser split ("the Islamic State of Iraq and the Levant"
	// with a conjunction inside) stays whole
	entToks := a.entityTokens(h)
	toks = unionSorted(toks, entToks)
	// (and a name in the phrase ends where its entity ends: "Moqtada
	// al-Sadr" with "Sadr" hung elsewhere)
	if len(toks) > 0 {
		if e := a.entAt[toks[len(toks)-1]]; e >= 0 && e != a.entAt[h] {
			toks = unionSorted(toks, a.entityTokens(toks[len(toks)-1]))
		}
	}
	// a bracketed acronym after the name belongs to it: "... the Levant (ISIL)"
	for _, k := range toks {
		for _, ap := range t.kids(k, "appos") {
			if ap > 0 && t.word(ap-1) == "(" && ap == toks[len(toks)-1]+2 {
				extra := []int{ap - 1}
				extra = append(extra, t.subtree(ap, phraseSkip)...)
				toks = unionSorted(toks, extra)
				break
			}
		}
	}
	start, end, ok := t.span(toks)
	if !ok {
		return nil
	}
	m := &mention{head: h, start: start, end: end, text: a.d.Text[start:end], place: a.placeAt[h]}
	// the code may come from a wider phrase than the text ("sanctions on
	// X", "aid to refugees in Y")
	// (not the speaker misread as an apposition)
	speaker := map[int]bool{}
	for _, ap := range t.kids(h, "appos") {
		if speakerAppos(t, ap) {
			for _, k := range t.subtree(ap, nil) {
				speaker[k] = true
			}
		}
	}
	var ctoks []int
	for _, k := range unionSorted(trimClauseTail(t, h, t.subtree(h, phraseSkip)), entToks) {
		if !a.isTime(k) && !speaker[k] && !underBorder(t, h, k) {
			ctoks = append(ctoks, k)
		}
	}
	// ("State Department spokesman Matthew Miller" with the department
	// hung elsewhere by the parser: the organisation right before the
	// title is whose the title is)
	if len(ctoks) > 0 && t.tok(ctoks[0]).UPOS == "NOUN" && ctoks[0] > 0 {
		if e := a.entAt[ctoks[0]-1]; e >= 0 && a.d.Entities[e].Type == "ORG" && a.d.Entities[e].TokEnd == ctoks[0] && a.entAt[h] >= 0 && a.d.Entities[a.entAt[h]].Type == "PERSON" {
			var org []int
			for k := a.d.Entities[e].TokStart; k < a.d.Entities[e].TokEnd; k++ {
				org = append(org, k)
			}
			ctoks = unionSorted(org, ctoks)
		}
	}
	m.plural = strings.HasSuffix(t.tok(h).XPOS, "S") && t.tok(h).XPOS != "POS" || len(t.kids(h, "conj")) > 0 ||
		menPlural(lw) // ("Gunmen" opening a sentence, tagged a name)
	if e := a.entAt[h]; e >= 0 {
		m.person = a.d.Entities[e].Type == "PERSON"
		m.group = a.d.Entities[e].Type == "ORG" || a.d.Entities[e].Type == "NORP"
	} else if t.tok(h).UPOS == "PROPN" && honorific(t, h) {
		m.person = true // "Mr Marra", untyped by NER
	} else if kinNouns[t.lemma(h)] && t.kid(h, "nmod:poss") >= 0 {
		m.person = true // "Brunson's wife", "his mother": someone's kin
	} else if bodyNouns[t.lemma(h)] && t.tok(h).UPOS == "NOUN" {
		m.group = true // "met the Tafas committee": a body of people
	}

	// dictionary names in the phrase
	words := make([]string, len(ctoks))
	for i, k := range ctoks {
		words[i] = t.word(k)
	}
	type found struct {
		code, name string
		atHead     bool
		lo, hi     int // byte span of the words that gave the code
	}
	var names []found
	var lone []found // single given names or surnames, held back
	for _, mt := range a.dict.Find(words, a.date) {
		capital, content := false, false
		for _, k := range ctoks[mt.Start:mt.End] {
			w := t.word(k)
			if w != "" && unicode.IsUpper([]rune(w)[0]) {
				capital = true
			}
			switch t.tok(k).UPOS {
			case "PROPN", "NOUN", "ADJ", "X":
				content = true
			}
		}
		if !capital || !content {
			continue
		}
		// (a place's name inside a person's longer name is the person's:
		// "Defense Minister Aden Duale" is no Yemeni)
		if e := a.entAt[ctoks[mt.Start]]; len(mt.Code) == 3 && e >= 0 && a.d.Entities[e].Type == "PERSON" &&
			(a.d.Entities[e].TokStart < ctoks[mt.Start] || a.d.Entities[e].TokEnd > ctoks[mt.End-1]+1) {
			continue
		}
		// (a person's dictionary name that the person's longer name
		// goes on after, through a word of descent, is someone else:
		// "Interior Minister Mohamed Ahmed Ould Mohamed Lemine" is no
		// Mohamed Ahmed of the Comoros)
		if e := a.entAt[ctoks[mt.Start]]; len(mt.Code) > 3 && !isGroupCode(mt.Code) && e >= 0 && a.d.Entities[e].Type == "PERSON" &&
			mt.End < len(ctoks) && ctoks[mt.End] == ctoks[mt.End-1]+1 && nasab[t.lower(ctoks[mt.End])] {
			continue
		}
		// (a country's name the gazetteer resolved, in the story's
		// context, to another country of that name: "Congo" in a story
		// from Goma is the Democratic Republic; a dictionary's own
		// country codes, "KUW", are its business)
		code := mt.Code
		if actor.IsCountryISO3(code) {
			if p := a.placeAt[ctoks[mt.Start]]; p >= 0 && p == a.placeAt[ctoks[mt.End-1]] && strings.HasPrefix(a.d.Places[p].Feature, "PCL") {
				if iso := actor.CountryISO3(a.d.Places[p].Country); iso != "" {
					code = iso
				}
			} else if p >= 0 && a.inLongerMention(p, t.tok(ctoks[mt.Start]).Start, t.tok(ctoks[mt.End-1]).End) {
				// (a people's name inside a town's: "the mayor of
				// Spanish Town" is Jamaica's)
				if iso := actor.CountryISO3(a.d.Places[p].Country); iso != "" {
					code = iso
				}
			}
		}
		mt.Code = code
		// (a group named as what another branched off or follows is not
		// that one: "the al-Qaida breakaway group, the Islamic State",
		// "al-Qaeda's affiliate in the Sahel")
		if offshootAfter(t, ctoks, mt.End) {
			continue
		}
		// a lone given name or surname is too ambiguous for a person's
		// dictionary code ("Mahmoud"); countries and organisations pass
		if mt.End-mt.Start == 1 && len(mt.Code) > 3 && !isGroupCode(mt.Code) && !a.everyName {
			if e := a.entAt[ctoks[mt.Start]]; e < 0 || a.d.Entities[e].Type == "PERSON" {
				lone = append(lone, found{mt.Code, words[mt.Start], ctoks[mt.Start] == h, t.tok(ctoks[mt.Start]).Start, t.tok(ctoks[mt.Start]).End})
				continue
			}
		}
		atHead := false
		for _, k := range ctoks[mt.Start:mt.End] {
			if k == h {
				atHead = true
			}
		}
		names = append(names, found{mt.Code, strings.Join(words[mt.Start:mt.End], " "), atHead,
			t.tok(ctoks[mt.Start]).Start, t.tok(ctoks[mt.End-1]).End})
	}
	// entity canonical forms ("al-Maliki" -> "Nouri al-Maliki")
	for _, k := range ctoks {
		if e := a.entAt[k]; e >= 0 && a.d.Entities[e].Canonical != "" {
			if c, ok := a.dict.Name(a.d.Entities[e].Canonical, a.date); ok {
				names = append(names, found{c, a.d.Entities[e].Canonical, k == h, t.tok(k).Start, t.tok(k).End})
				break
			}
		}
	}

	// role of the head noun, with its compounds ("security officials")
	role := ""
	// (an organisation named as a country's force: "the Guyana Defence
	// Force", "the Kenya Police"; not an "Army" or "Democratic Forces",
	// which rebels call themselves too)
	forceName := t.tok(h).UPOS == "PROPN" && a.entAt[h] >= 0 && a.d.Entities[a.entAt[h]].Type == "ORG" && forceNameWord(t, h)
	if u := t.tok(h).UPOS; u == "NOUN" || (u == "PROPN" && a.entAt[h] < 0) || forceName {
		var parts []string
		for _, c := range t.kids(h, "compound") {
			if t.tok(c).UPOS == "NOUN" {
				parts = append(parts, t.lemma(c))
			}
		}
		parts = append(parts, t.lemma(h))
		if !isPlaceNoun(t.lemma(h)) {
			role = a.dict.Agent(strings.Join(parts, " "))
		}
		if role == "" && !isPlaceNoun(t.lemma(h)) {
			role = a.dict.Agent(t.lemma(h))
		}
		if role == "" && t.lemma(h) != lw && !isPlaceNoun(t.lemma(h)) {
			role = a.dict.Agent(lw)
		}
		// "an army patrol boat", "a police car": a vehicle is its crew;
		// "an army base", "a police station": a post its force
		if role == "" && (crewed(t.lemma(h)) || forcePosts[t.lemma(h)]) {
			for _, c := range t.kids(h, "compound") {
				var crew []string
				for _, k := range t.kids(c, "compound") {
					crew = append(crew, t.lemma(k))
				}
				crew = append(crew, t.lemma(c))
				for k := 0; k < len(crew) && role == ""; k++ {
					role = a.dict.Agent(strings.Join(crew[k:], " "))
				}
				for k := 0; k < len(crew) && role == ""; k++ {
					role = a.dict.Agent(crew[k])
				}
			}
		}
	}

	// a crowd is who is in it ("thousands of demonstrators", "a group of
	// soldiers")
	people := h // (the noun that names the people: "a group of armed men")
	if role == "" && crowdNouns[t.lemma(h)] {
		for _, k := range t.kids(h, "nmod") {
			if t.caseOf(k) == "of" && t.tok(k).UPOS == "NOUN" {
				role = a.dict.Agent(t.lemma(k))
				people = k
				break
			}
		}
	}
	// armed people are an armed group ("armed men", "armed residents")
	if role == "~CVL" || role == "" && t.tok(people).UPOS == "NOUN" && (t.lemma(people) == "man" || t.lemma(people) == "men" || t.lemma(people) == "people") {
		for _, k := range t.kids(people, "amod") {
			if l := t.lemma(k); l == "armed" || l == "masked" {
				role = "~REB"
			}
		}
	}

	// a named person's title ("Georgian President X", "X, the defence minister")
	if role == "" && (t.tok(h).UPOS == "PROPN" || m.person) {
		for _, c := range t.kids(h, "compound", "appos", "amod", "nmod:desc") {
			if t.tok(c).UPOS == "NOUN" || t.tok(c).UPOS == "PROPN" {
				// (with the title's own compounds: "opposition leader")
				var parts []string
				for _, k := range t.kids(c, "compound", "amod") {
					if k < c && (t.tok(k).UPOS == "NOUN" || t.tok(k).UPOS == "PROPN" && a.entAt[k] < 0) {
						parts = append(parts, t.lower(k))
					}
				}
				if len(parts) > 0 {
					if r := a.dict.Agent(strings.Join(append(parts, t.lemma(c)), " ")); r != "" {
						role = r
						break
					}
				}
				if r := a.dict.Agent(t.lemma(c)); r != "" {
					role = r
					break
				}
			}
		}
		if e := a.entAt[h]; role == "" && e >= 0 && a.d.Entities[e].Title != "" {
			role = a.dict.Agent(a.d.Entities[e].Title)
		}
	}

	// (a lone surname the title confirms: "President Erdogan" is the
	// dictionary's Turkish president; not a given name before another
	// surname: "PKK leader Abdullah Ocalan" is not King Abdullah)
	if r := strings.Trim(role, "~"); r != "" {
		for _, f := range lone {
			if f.atHead && strings.HasSuffix(f.code, r) && a.endsName(f.lo) {
				names = append(names, f)
			}
		}
	}
	// pick the most telling name: the head's own, then groups, persons and
	// organisations, then countries
	best := found{}
	for _, f := range names {
		if f.atHead && (len(f.code) > 3 || best.code == "") {
			best = f
			break
		}
	}
	if best.code == "" {
		for _, f := range names {
			if len(f.code) > 3 && !strings.HasPrefix(role, "~") || len(f.code) > 3 && isGroupCode(f.code) {
				best = f
				break
			}
		}
	}
	if best.code == "" {
		for _, f := range names {
			if len(f.code) > 3 {
				best = f
				break
			}
		}
	}
	if best.code == "" {
		for _, f := range names {
			best = f
			break
		}
	}
	// a place on the head itself before a name deeper in the phrase ("US
	// troops in Iraqi military bases": US)
	if k := a.d.TokenAt(best.lo); best.code != "" && !best.atHead && k >= 0 && t.head(k) != h {
		for _, c := range t.kids(h, "compound", "amod", "nmod:poss") {
			if p := a.placeAt[c]; p >= 0 && c < h {
				if cc := actor.CountryISO3(a.d.Places[p].Country); cc != "" {
					best = found{cc, a.d.Places[p].Name, false, t.tok(c).Start, t.tok(c).End}
					break
				}
			}
		}
	}
	// "Bush" after "President Bush": the person the story introduced,
	// not a place of that name
	if best.code == "" && m.person {
		if pm := a.namesake(h); pm != nil {
			best = found{pm.code, pm.name, true, m.start, m.end}
			m.place = -1
		}
	}
	if best.code == "" && m.place >= 0 {
		if c := actor.CountryISO3(a.d.Places[m.place].Country); c != "" {
			best = found{c, a.d.Places[m.place].Name, true, m.start, m.end}
		}
	}
	if best.code == "" {
		// a place named in the phrase ("the town of Qaim", "troops in Mosul")
		for _, k := range ctoks {
			if p := a.placeAt[k]; p >= 0 {
				if c := actor.CountryISO3(a.d.Places[p].Country); c != "" {
					best = found{c, a.d.Places[p].Name, false, t.tok(k).Start, t.tok(k).End}
					if m.place < 0 && t.dominates(h, k) && isPlaceNoun(t.lemma(h)) {
						m.place = p
					}
					break
				}
			}
		}
	}
	m.name = best.name
	// (a person is named by their own name, not by the country a word
	// before it gave the code: "Greek Prime Minister Nikos Dendiás")
	if e := a.entAt[h]; m.person && !best.atHead && e >= 0 {
		m.name = a.d.Entities[e].Text
	}
	// the text covers the words the code comes from
	if best.code != "" && best.hi > 0 && (best.lo < m.start || best.hi > m.end) {
		m.start, m.end = min(m.start, best.lo), max(m.end, best.hi)
		m.text = a.d.Text[m.start:m.end]
	}
	switch {
	case best.code != "" && isGroupCode(best.code) && !best.atHead && role == "~GOV" && ruleNouns[t.lemma(h)] && countryPrefix(best.code):
		// "Afghanistan's Taliban government": the group ruling its
		// country is that country's government
		m.code = actor.Join(best.code[:3], role)
	case best.code != "" && isGroupCode(best.code):
		m.code = best.code
		m.group = true
		// "Pakistani Taliban", "Tehreek-e-Taliban Pakistan": a group's
		// branch in the country named before it or right after it
		if countryPrefix(best.code) {
			for _, f := range names {
				if len(f.code) == 3 && (f.hi <= best.lo || f.lo >= best.hi && f.lo-best.hi <= 1) && f.code != best.code[:3] {
					m.code = f.code + best.code[3:]
				}
			}
		}
	case best.code != "" && len(best.code) >= 6 && role != "" && !best.atHead:
		// "the Maliki government": the person's country, the noun's role
		m.code = actor.Join(best.code[:3], role)
	case best.code != "" && role != "" && len(best.code) == 3:
		m.code = actor.Join(best.code, role)
	case best.code != "":
		m.code = best.code
	case role != "":
		if k := knownAs(t, h); k >= 0 {
			// "Kurdish fighters known as peshmerga": the name they go by
			if km := a.resolve(k); km != nil && km.code != "" {
				m.code, m.name = km.code, km.name
				break
			}
		}
		// "its forces": the country of whoever the possessive stands for
		// (the reporter's, when the phrase is a reported clause's subject:
		// "the Defence Ministry said its forces had captured ...")
		if p := t.kid(h, "nmod:poss"); p >= 0 && itPronouns[t.lower(p)] {
			if g := a.reporterOf(h); g != nil && pronounAgrees(t.lower(p), g) && !isGroupCode(g.code) && g.code[:3] != "---" {
				m.code = actor.Join(g.code[:3], role)
				break
			}
		}
		if strings.HasPrefix(role, "~") && namedModifier(t, h) {
			// "Kurdish fighters": a people of their own, not the armed
			// group told before
			home := a.home
			if home == "" {
				home = "---"
			}
			m.code = actor.Join(home, role)
			break
		}
		// "German Defense Minister Rudolf Scharping" with the parser
		// astray: the country word before the title
		if c := a.titleCountry(h); c != "" {
			m.code = actor.Join(c, role)
			break
		}
		m.code = a.contextRole(h, role)
		m.fromCoref = true
	}
	// "two officers, who were in marked police vehicles", "told
	// deputies": in a police story, officers are police officers and
	// deputies the sheriff's, not soldiers and lawmakers
	if l := t.lemma(h); a.policeStory && len(m.code) == 6 && (l == "officer" && strings.HasSuffix(m.code, "MIL") || l == "deputy" && strings.HasSuffix(m.code, "LEG")) {
		m.code = m.code[:3] + "COP"
	}
	m.headCoded = best.atHead || role != "" || t.tok(h).UPOS == "PROPN" || m.place >= 0 || isPlaceNoun(t.lemma(h))
	if m.name == "" {
		m.name = headName(t, h)
	}
	// "the powerful Shia cleric Moqtada al-Sadr": a title whose person is
	// named beside it is that person
	if !m.person && !m.group {
		for _, ap := range t.kids(h, "appos") {
			if e := a.entAt[ap]; e >= 0 && a.d.Entities[e].Type == "PERSON" {
				m.name, m.person = a.d.Entities[e].Text, true
				break
			}
		}
	}
	// "Trump" after "US President Donald Trump": the person named before
	if m.code == "" && (m.person || t.tok(h).UPOS == "PROPN") {
		if ln := lastName(m.text); ln != "" {
			// (however the accents were written: "Erdoğan", "Erdogan")
			key := gazetteer.Norm(ln)
			if p := a.last(h, func(x *mention) bool { return x.code != "" && x.person && gazetteer.Norm(lastName(x.text)) == key }); p != nil {
				m.code, m.name, m.person, m.fromCoref = p.code, p.name, true, true
			}
		}
	}
	if groupNouns[t.lemma(h)] && best.code == "" {
		if g := a.last(h, func(x *mention) bool { return x.group && x.code != "" }); g != nil {
			m.code, m.name, m.group, m.fromCoref = g.code, g.name, true, true
		}
	}
	if actor.IsArmedNonState(m.code) {
		m.group = true
	}
	return m
}

// crewed: noun l is a vehicle whose crew an attack on it strikes (the
// passenger-carrying weapons, boats, ships, planes, tanks, convoys and
// the road's service vehicles; a train or a taxi carries the public).
func crewed(l string) bool {
	switch l {
	case "boat", "vessel", "ship", "plane", "tank", "convoy", "vehicle", "car", "truck", "van", "bus":
		return true
	}
	return craftNouns[l]
}

// craftOrMissile: noun l is a weapon that flies to its target (a drone,
// a jet, a missile), told as a doer.
func craftOrMissile(l string) bool { return weaponCodes[l] == "195" || l == "plane" }

// forcePosts are where a force is posted; an attack on one strikes it.
var forcePosts = map[string]bool{"base": true, "barracks": true, "garrison": true, "outpost": true, "post": true,
	"checkpoint": true, "station": true, "headquarters": true, "camp": true, "position": true}

// titleCountry is the country of the word right before the title of the
// person named at h ("German" of "German Defense Minister Rudolf
// Scharping"), or "".
func (a *actors) titleCountry(h int) string {
	e := a.entAt[h]
	if e < 0 || a.d.Entities[e].Type != "PERSON" || a.d.Entities[e].Title == "" {
		return ""
	}
	k := a.d.Entities[e].TokStart - len(strings.Fields(a.d.Entities[e].Title)) - 1
	if k < a.d.Sentences[a.d.Tokens[h].Sent].TokStart {
		return ""
	}
	for _, mt := range a.dict.Find([]string{a.t.word(k)}, a.date) {
		if len(mt.Code) == 3 && !isGroupCode(mt.Code) {
			return mt.Code
		}
	}
	return ""
}

// namesake returns the coded mention of the person an untitled one-word
// name at h was introduced as earlier: with a title ("President Bush") or
// a full name ("German Defense Minister Rudolf Scharping"). Nil when there
// is none.
func (a *actors) namesake(h int) *mention {
	e := a.entAt[h]
	if e < 0 {
		return nil
	}
	ent := a.d.Entities[e]
	if ent.Type != "PERSON" || ent.Title != "" || strings.ContainsRune(ent.Text, ' ') {
		return nil
	}
	for i := len(a.history) - 1; i >= 0; i-- {
		x := a.history[i]
		if x.head >= h || !x.person || x.text == ent.Text {
			continue
		}
		if !slices.Contains(strings.Fields(x.text), ent.Text) {
			continue
		}
		// (a code whose country is known)
		if len(x.code) > 3 && !strings.HasPrefix(x.code, "---") {
			return x
		}
		return nil
	}
	return nil
}

// knownAs returns the name in "X known as Y" ("called Y", "dubbed Y") on
// head h, or -1.
func knownAs(t *tree, h int) int {
	for _, v := range t.kids(h, "acl") {
		switch t.lemma(v) {
		case "know", "call", "dub", "name":
		default:
			continue
		}
		for _, k := range t.kids(v, "obl", "xcomp", "obj") {
			if t.caseOf(k) == "as" || t.lemma(v) != "know" {
				return k
			}
		}
	}
	return -1
}

// namedModifier: head h has a capitalised modifier the dictionary does not
// code ("Kurdish fighters", "Houthi rebels"): a group of its own.
func namedModifier(t *tree, h int) bool {
	for _, k := range t.kids(h, "amod", "compound") {
		if k >= h {
			continue
		}
		w := t.word(k)
		if w != "" && unicode.IsUpper([]rune(w)[0]) && k > t.d.Sentences[t.tok(h).Sent].TokStart {
			return true
		}
		if w != "" && unicode.IsUpper([]rune(w)[0]) && t.tok(k).UPOS == "PROPN" {
			return true
		}
	}
	return false
}

// keepNmod lists the prepositions whose phrase stays in an actor phrase
// ("fighters with the group", "the town of X", "officials from Y").
var keepNmod = map[string]bool{"of": true, "from": true, "with": true, "for": true, "'s": true, "": true}

// phraseTokens returns the tokens of the actor phrase headed by h: its
// subtree without clauses, conjuncts, time expressions and locative or
// other prepositional modifiers.
func (a *actors) phraseTokens(h int) []int {
	t := a.t
	var out []int
	seen := map[int]bool{}
	var walk func(j, depth int)
	walk = func(j, depth int) {
		if depth > 100 || seen[j] {
			return
		}
		seen[j] = true
		out = append(out, j)
		for _, c := range t.children[j] {
			if phraseSkip[t.fullRel(c)] || phraseSkip[t.rel(c)] {
				continue
			}
			fr := t.fullRel(c)
			if strings.HasSuffix(fr, ":tmod") || strings.HasSuffix(fr, ":npmod") || a.isTime(c) {
				continue
			}
			if (t.rel(c) == "nmod" || t.rel(c) == "obl") && fr != "nmod:poss" && !keepNmod[t.caseOf(c)] {
				continue
			}
			if t.rel(c) == "appos" && speakerAppos(t, c) {
				continue
			}
			walk(c, depth+1)
		}
	}
	walk(h, 0)
	sort.Ints(out)
	return trimClauseTail(t, h, out)
}

// speakerAppos: apposition ap is the speaker of a report closing the
// sentence, misread as a name for the noun before it ("killed three
// militants, the U.S. Africa Command said"): a comma before it, and right
// after it a reporting verb with no subject of its own.
func speakerAppos(t *tree, ap int) bool {
	sub := t.subtree(ap, nil)
	lo, hi := ap, ap
	for _, k := range sub {
		if t.tok(k).UPOS != "PUNCT" {
			lo, hi = min(lo, k), max(hi, k)
		}
	}
	next := hi + 1
	if lo < 1 || next >= len(t.d.Tokens) || t.word(lo-1) != "," || t.tok(next).Sent != t.tok(ap).Sent {
		return false
	}
	_, says := reportVerbs[t.lemma(next)]
	return says && t.tok(next).UPOS == "VERB" && t.kid(next, "nsubj") < 0
}

// entityTokens returns the tokens of the entity that covers token h.
func (a *actors) entityTokens(h int) []int {
	e := a.entAt[h]
	if e < 0 {
		return nil
	}
	var out []int
	for i := a.d.TokenAt(a.d.Entities[e].Start); i >= 0 && i < len(a.d.Tokens) && a.d.Tokens[i].Start < a.d.Entities[e].End; i++ {
		out = append(out, i)
	}
	return out
}

// unionSorted merges two sorted token lists without duplicates.
func unionSorted(a, b []int) []int {
	if len(b) == 0 {
		return a
	}
	seen := map[int]bool{}
	var out []int
	for _, x := range append(append([]int{}, a...), b...) {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	sort.Ints(out)
	return out
}

// isTime reports whether token i starts or lies in a time expression.
func (a *actors) isTime(i int) bool { return a.timeAt[i] }

// trimClauseTail drops a trailing comma-separated tail that is not part of
// the phrase (an unattached modifier the parser hung on the head).
func trimClauseTail(t *tree, h int, toks []int) []int {
	// keep contiguous tokens around the head only
	i := sort.SearchInts(toks, h)
	lo, hi := i, i+1
	for lo > 0 && toks[lo-1] == toks[lo]-1 {
		lo--
	}
	for hi < len(toks) && toks[hi] == toks[hi-1]+1 {
		hi++
	}
	return toks[lo:hi]
}

// ruleNouns name who rules a country ("the Taliban government").
var ruleNouns = map[string]bool{"government": true, "administration": true, "regime": true, "authority": true, "authorities": true, "cabinet": true}

// countryPrefix: the code starts with a country (not IMG, IGO, NGO, MNC).
func countryPrefix(c string) bool {
	if len(c) < 3 {
		return false
	}
	switch c[:3] {
	case "IMG", "IGO", "NGO", "MNC":
		return false
	}
	return true
}

// kinNouns name a person by kinship to someone.
var kinNouns = map[string]bool{"wife": true, "husband": true, "son": true, "daughter": true, "mother": true, "father": true,
	"brother": true, "sister": true, "widow": true, "widower": true, "fiancee": true, "fiance": true, "uncle": true, "aunt": true,
	"nephew": true, "niece": true, "cousin": true, "grandson": true, "granddaughter": true, "grandmother": true, "grandfather": true,
	"parent": true, "child": true, "partner": true, "girlfriend": true, "boyfriend": true}

// actorCountry is the country (ISO 3166 alpha-3) an actor belongs to when
// it is a country's actor ("RUSMIL", "IRQ"), "" for a group, an international
// body, CAMEO's unknown country or no actor.
func actorCountry(m *mention) string {
	if m == nil || len(m.code) < 3 || m.code[:3] == "---" || isGroupCode(m.code) {
		return ""
	}
	return m.code[:3]
}

// forceNameWord: token h ends the name of a country's force ("Defence
// Force", "Police", "Navy", "Gendarmerie").
func forceNameWord(t *tree, h int) bool {
	switch t.lower(h) {
	case "police", "navy", "gendarmerie":
		return true
	case "force", "forces":
		return h > 0 && (t.lower(h-1) == "defence" || t.lower(h-1) == "defense")
	}
	return false
}

func isGroupCode(c string) bool {
	return strings.HasPrefix(c, "IMG") || strings.HasPrefix(c, "IGO") || strings.HasPrefix(c, "NGO") ||
		strings.HasPrefix(c, "MNC") || actor.IsArmedNonState(c)
}

var placeNouns = map[string]bool{"town": true, "city": true, "village": true, "area": true, "region": true, "province": true,
	"district": true, "base": true, "airport": true, "border": true, "crossing": true, "territory": true, "capital": true,
	"neighborhood": true, "neighbourhood": true, "suburb": true, "outskirts": true, "refinery": true, "checkpoint": true,
	"camp": true, "compound": true, "port": true, "governorate": true, "state": false, "country": true, "stronghold": true,
	"oilfield": true, "field": true, "dam": true, "highway": true, "road": true, "bridge": true, "valley": true, "hill": true}

func isPlaceNoun(l string) bool { return placeNouns[l] }

// underBorder: token k of the phrase headed by h lies in a phrase that
// places it by a border ("an army post ... close to the Nigerian border",
// "troops along the Syrian border"): the border's country is not the
// actor's (but "Nigerian border guards" are Nigerian).
func underBorder(t *tree, h, k int) bool {
	for j, n := k, 0; j >= 0 && j != h && n < 50; j, n = t.head(j), n+1 {
		switch t.lemma(j) {
		case "border", "frontier", "boundary":
			if r := t.rel(j); (r == "obl" || r == "nmod") && t.caseOf(j) != "" && t.caseOf(j) != "of" {
				return true
			}
		}
	}
	return false
}

// headName is the head noun with its compounds and flat parts ("Qaim",
// "security officials").
func headName(t *tree, h int) string {
	var ks []int
	ks = append(ks, h)
	// a predicate nominal's adjectives were said of its subject ("they
	// were fearful amid jihadists" misparsed): not part of the name
	predicate := len(t.kids(h, "cop")) > 0
	for _, c := range t.children[h] {
		if predicate && t.rel(c) == "amod" {
			continue
		}
		switch t.fullRel(c) {
		case "compound", "flat", "flat:name", "amod", "nmod:poss", "fixed":
			ks = append(ks, t.subtree(c, phraseSkip)...)
		}
	}
	sort.Ints(ks)
	start, end, ok := t.span(ks)
	if !ok {
		return ""
	}
	return t.d.Text[start:end]
}

// policeStory: the document's words name police (police, sheriff,
// deputies, troopers, detectives) more often than armed forces.
func policeStory(t *tree) bool {
	police, armed := 0, 0
	for i := range t.d.Tokens {
		switch t.lemma(i) {
		case "police", "policeman", "sheriff", "deputy", "trooper", "detective", "cop", "constable":
			police++
		case "army", "military", "troops", "troop", "soldier", "militant", "rebel", "navy", "marine":
			armed++
		}
	}
	return police > armed
}

// contextRole codes a bare role noun from the document: armed men are the
// armed group the article introduced, other roles belong to the home
// country.
func (a *actors) contextRole(h int, role string) string {
	r := strings.Trim(role, "~")
	if strings.HasPrefix(role, "~") && (r == "REB" || r == "UAF") {
		if g := a.last(h, func(x *mention) bool { return x.code != "" && x.group && actor.IsArmedNonState(x.code) }); g != nil {
			return g.code
		}
		if a.home == "" {
			return actor.Join("---", "~REB")
		}
		return actor.Join(a.home, "~REB")
	}
	if strings.HasSuffix(role, "~") {
		return actor.Join("", role)
	}
	home := a.home
	// "the soldiers", "the troops" after "Israeli forces killed seven":
	// the armed force told before, whichever country the story is in
	// (not "the minimum force": force used)
	if r == "MIL" && a.t.tok(h).XPOS == "NNS" && slices.ContainsFunc(a.t.kids(h, "det"), func(k int) bool { return a.t.lower(k) == "the" }) {
		if g := a.last(h, func(x *mention) bool {
			return len(x.code) == 6 && strings.HasSuffix(x.code, "MIL") && x.code[:3] != "---" && !x.fromCoref
		}); g != nil {
			return g.code
		}
	}
	// "a drone struck a house" after "Turkish drones struck targets":
	// the weapon is the side's told before
	if r == "MIL" && craftOrMissile(a.t.lemma(h)) {
		l := a.t.lemma(h)
		if g := a.last(h, func(x *mention) bool {
			return len(x.code) >= 3 && x.code[:3] != "---" && !x.fromCoref && x.head >= 0 && x.head < len(a.t.d.Tokens) && a.t.lemma(x.head) == l
		}); g != nil && countryPrefix(g.code) {
			return actor.Join(g.code[:3], role)
		}
	}
	switch r {
	case "CVL", "REF", "COP", "HLH", "LAB", "EDU", "AGR":
		// local people belong where the sentence is
		if c := a.sentenceCountry(h); c != "" {
			home = c
		}
	}
	if home == "" {
		home = "---" // CAMEO's unknown country
	}
	return actor.Join(home, role)
}

// sentenceCountry is the country of the place nearest to token h in its
// sentence, or "". A country that only names another actor ("The U.S.
// military confirmed ... eight people were killed") is not where the
// sentence is.
func (a *actors) sentenceCountry(h int) string {
	s := a.d.Sentences[a.d.Tokens[h].Sent]
	best, dist := "", 1<<30
	for i := s.TokStart; i < s.TokEnd; i++ {
		if p := a.placeAt[i]; p >= 0 && !actorModifier(a.t, a, i) {
			if c := actor.CountryISO3(a.d.Places[p].Country); c != "" {
				dd := i - h
				if dd < 0 {
					dd = -dd
				}
				if dd < dist {
					best, dist = c, dd
				}
			}
		}
	}
	return best
}

// pronoun resolves a personal pronoun to the last compatible actor.
func (a *actors) pronoun(h int, w string) *mention {
	// "I", "we" inside a quotation: its speaker
	if (w == "i" || w == "we" || w == "me" || w == "us") && a.t.quoted[h] {
		if sp := quoteSpeaker(a.t, h); sp >= 0 && sp != h {
			if g := a.resolve(sp); g != nil && g.code != "" {
				tk := a.t.tok(h)
				return &mention{head: h, start: tk.Start, end: tk.End, text: a.d.Text[tk.Start:tk.End], name: g.name, code: g.code,
					person: g.person, group: g.group, plural: g.plural, place: -1, fromCoref: true, headCoded: true}
			}
		}
	}
	// a possessive of its own clause's subject ("The pope begins his
	// visit", "the rebels left their positions"), before the last actor
	// told
	if a.t.fullRel(h) == "nmod:poss" && (personPronouns[w] || pluralPronouns[w]) {
		if v := clauseOf(a.t, h); v >= 0 {
			if sb := a.t.kid(v, "nsubj"); sb >= 0 && sb < h && a.t.tok(sb).UPOS != "PRON" {
				if g := a.resolve(sb); g != nil && (g.person || g.code != "") && g.plural == pluralPronouns[w] {
					tk := a.t.tok(h)
					return &mention{head: h, start: tk.Start, end: tk.End, text: a.d.Text[tk.Start:tk.End], name: g.name, code: g.code,
						person: g.person, group: g.group, plural: g.plural, place: -1, fromCoref: true, headCoded: true}
				}
			}
		}
	}
	// "the African Union said it would send a delegation": the subject
	// of a reported clause is first the reporter, when they agree
	// (and its possessive: "the Defence Ministry said its forces had
	// captured the village")
	subj := h
	if a.t.fullRel(h) == "nmod:poss" && a.t.head(h) >= 0 {
		subj = a.t.head(h)
	}
	if g := a.reporterOf(subj); g != nil && pronounAgrees(w, g) {
		tk := a.t.tok(h)
		return &mention{head: h, start: tk.Start, end: tk.End, text: a.d.Text[tk.Start:tk.End], name: g.name, code: g.code,
			person: g.person, group: g.group, plural: g.plural, place: -1, fromCoref: true, headCoded: true}
	}
	var pred func(x *mention) bool
	switch {
	case personPronouns[w]:
		pred = func(x *mention) bool { return x.person }
	case pluralPronouns[w]:
		pred = func(x *mention) bool { return x.code != "" && (x.plural || x.group) }
	case itPronouns[w]:
		pred = func(x *mention) bool {
			return x.code != "" && !x.person && !x.plural && (x.group || len(x.code) == 3 || x.place >= 0 || unitNouns[a.t.lemma(x.head)])
		}
	default:
		return nil
	}
	g := a.last(h, pred)
	tk := a.t.tok(h)
	if g == nil {
		// an actor we cannot name: keep its words, code unknown
		return &mention{head: h, start: tk.Start, end: tk.End, text: a.d.Text[tk.Start:tk.End], place: -1, fromCoref: true,
			person: personPronouns[w], plural: pluralPronouns[w]}
	}
	return &mention{head: h, start: tk.Start, end: tk.End, text: a.d.Text[tk.Start:tk.End], name: g.name, code: g.code,
		person: g.person, group: g.group, plural: g.plural, place: -1, fromCoref: true, headCoded: true}
}

// reporterOf is the coded reporter whose reported clause has subject h
// ("the Defence Ministry said its forces had captured ..."), or nil.
func (a *actors) reporterOf(h int) *mention {
	t := a.t
	if r := t.rel(h); r != "nsubj" && r != "nsubj:pass" {
		return nil
	}
	v := t.head(h)
	if v < 0 || t.rel(v) != "ccomp" {
		return nil
	}
	rep := t.head(v)
	if rep < 0 {
		return nil
	}
	if _, says := reportVerbs[t.lemma(rep)]; !says {
		return nil
	}
	sb := t.kid(rep, "nsubj")
	if sb < 0 || sb > h || t.tok(sb).UPOS == "PRON" {
		return nil
	}
	if g := a.resolve(sb); g != nil && g.code != "" {
		return g
	}
	return nil
}

// pronounAgrees: pronoun w can stand for mention g: "he" and "she" for a
// person, "they" for many or a group, "it" for one thing that is no
// person.
func pronounAgrees(w string, g *mention) bool {
	switch {
	case personPronouns[w]:
		return g.person
	case pluralPronouns[w]:
		return g.plural || g.group
	case itPronouns[w]:
		return !g.person && !g.plural
	}
	return false
}

// last returns the latest mention before token h that pred accepts.
func (a *actors) last(h int, pred func(*mention) bool) *mention {
	for i := len(a.history) - 1; i >= 0; i-- {
		x := a.history[i]
		// (a news agency reports the story, it takes no part in it:
		// "residents told Reuters. They then set fire ...")
		if x.head < h && pred(x) && !newsAgencies[strings.ToLower(x.name)] {
			return x
		}
	}
	return nil
}

// newsAgencies are the wire services that file the stories.
var newsAgencies = map[string]bool{"reuters": true, "associated press": true, "ap": true, "afp": true, "agence france-presse": true,
	"agence france presse": true, "xinhua": true, "dpa": true, "efe": true, "ansa": true, "anadolu": true, "tass": true,
	"interfax": true, "upi": true, "bernama": true, "yonhap": true, "kyodo": true, "irna": true, "sana": true, "wafa": true,
	"mena": true, "pti": true, "ani": true, "ria novosti": true}

// remember resolves the nominal heads of sentence s in order, so that
// later pronouns and descriptions can refer back to them.
func (a *actors) remember(s int) {
	sent := a.d.Sentences[s]
	for i := sent.TokStart; i < sent.TokEnd; i++ {
		switch a.t.tok(i).UPOS {
		case "NOUN", "PROPN", "PRON":
		default:
			continue
		}
		switch a.t.rel(i) {
		case "compound":
			// "jihadists claims": a plural role noun can be referred back to
			if !strings.HasSuffix(a.t.tok(i).XPOS, "S") || a.dict.Agent(a.t.lemma(i)) == "" {
				continue
			}
		case "flat", "fixed", "goeswith", "det", "amod", "case":
			continue
		}
		if m := a.resolve(i); m != nil && (m.code != "" || m.person) && !m.fromCoref {
			a.history = append(a.history, m)
		} else if m != nil && m.code != "" && a.t.tok(i).UPOS != "PRON" {
			a.history = append(a.history, m)
		}
	}
}

// toActor turns a mention into the output shape.
func (m *mention) toActor() *doc.Actor {
	if m == nil {
		return nil
	}
	return &doc.Actor{Text: m.text, Name: m.name, Code: m.code, Start: m.start, End: m.end}
}

// quoteSpeaker returns the speaker of the quotation holding token h: the
// subject of the verb of saying right before it ("Stoltenberg wrote, \"I
// count on ...\"") or right after it ("\"...,\" said Bennoui"), or -1.
func quoteSpeaker(t *tree, h int) int {
	d := t.d
	para := d.Sentences[d.Tokens[h].Sent].Para
	inPara := func(k int) bool { return k >= 0 && k < len(d.Tokens) && d.Sentences[d.Tokens[k].Sent].Para == para }
	speaker := func(v int) int {
		_, reports := reportVerbs[t.lemma(v)]
		if !inPara(v) || t.quoted[v] || !speechVerbs[t.lemma(v)] && !reports && !quoteIntroVerbs[t.lemma(v)] {
			return -1
		}
		if sb := t.kid(v, "nsubj"); sb >= 0 {
			return sb
		}
		if o := t.kid(v, "obj"); o > v && t.tok(o).UPOS == "PROPN" {
			return o
		}
		return -1
	}
	// back to the opening mark, then over punctuation to a verb and its
	// subject, within a few words
	k := h
	for inPara(k-1) && t.quoted[k-1] {
		k--
	}
	for j, n := k-1, 0; inPara(j) && n < 10 && !t.quoted[j]; j, n = j-1, n+1 {
		if sb := speaker(j); sb >= 0 {
			return sb
		}
	}
	k = h
	for inPara(k+1) && t.quoted[k+1] {
		k++
	}
	for j, n := k+1, 0; inPara(j) && n < 8 && !t.quoted[j]; j, n = j+1, n+1 {
		if sb := speaker(j); sb >= 0 {
			return sb
		}
	}
	return -1
}

// quoteIntroVerbs introduce a quotation of the speaker's own words beside
// the verbs of saying and reporting ("spoke to the press after the
// speech: \"I urge ...\"").
var quoteIntroVerbs = map[string]bool{"speak": true, "respond": true, "reply": true}

// honorific: proper noun h is a name with a title of address ("Mr
// Marra", "Dr. Smith"), however the parser hung it.
func honorific(t *tree, h int) bool {
	for _, k := range append(t.kids(h, "compound", "flat", "nmod:desc"), h) {
		if titleOfAddress(t.lower(k)) {
			return true
		}
	}
	return false
}

// titleOfAddress: w is "Mr", "Mrs", "Dr." and the like.
func titleOfAddress(w string) bool {
	switch strings.TrimSuffix(strings.ToLower(w), ".") {
	case "mr", "mrs", "ms", "miss", "dr", "sir", "dame":
		return true
	}
	return false
}

// isPerson: token k lies in a name the entity tagger typed a person.
func (a *actors) isPerson(k int) bool {
	e := a.entAt[k]
	return e >= 0 && a.d.Entities[e].Type == "PERSON"
}

// endsName tells whether the token starting at byte lo is the last word of
// its person's name (a surname, or a name of one word), not a given name
// before another.
func (a *actors) endsName(lo int) bool {
	k := a.d.TokenAt(lo)
	if k < 0 {
		return true
	}
	e := a.entAt[k]
	return e < 0 || k == a.d.Entities[e].TokEnd-1
}
