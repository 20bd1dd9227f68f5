package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/doc"
)

// Rules that turn the tagger's CoNLL spans into news entities: titles out
// of person spans, CoNLL LOC split into GPE/LOC/FAC, MISC into NORP/MISC,
// bracketed acronyms linked to their expansion, and short mentions of a
// person linked to the full name.

// facMapHeads are the facility head words used to retype a place or
// organisation as FAC (a narrower list than the feature list: words such
// as "center" or "school" name organisations as often as buildings).
var facMapHeads = setOf(`refinery|airport|airbase|base|facility|bridge|dam|prison|jail|hospital|mosque|shrine|cathedral|temple|
synagogue|palace|stadium|checkpoint|crossing|port|harbour|harbor|pipeline|plant|embassy|consulate|hotel|square|street|road|highway|
avenue|tower|towers|compound|barracks|tunnel|oilfield|terminal|museum|arena|monument|memorial|camp`)

// lowerOrgHeads are lowercase nouns that end an organisation's name.
var lowerOrgHeads = map[string]bool{"army": true, "militia": true, "party": true, "movement": true, "brigade": true, "brigades": true, "front": true}

// memberNouns name the members of an armed group.
var memberNouns = map[string]bool{"fighters": true, "militants": true, "members": true, "rebels": true, "insurgents": true, "guerrillas": true, "loyalists": true, "gunmen": true, "militiamen": true, "commanders": true,
	"forces": true, "militias": true, "jihadists": true, "separatists": true, "extremists": true}

// speechVerbs follow a person's name in quotes and reports.
var speechVerbs = map[string]bool{"said": true, "says": true, "say": true, "told": true, "tells": true, "added": true, "asked": true, "explained": true, "recalled": true, "insisted": true, "warned": true}

// placePrefixes start names of geographic features ("Mount Sinjar").
var placePrefixes = setOf(`mount|mt.|mt|lake|gulf|cape|bay|river|sea|strait|isle|gulf`)

// nameParticles are the parts of a surname dropped when matching short
// mentions ("al-Maliki" ~ "Maliki").
var nameParticles = []string{"al-", "el-", " al ", "el ", "ad-", "as-", "ash-", "az-", "an-", "ar-", "bin ", "ibn ", "abu ", "van ", "von ", "de ", "da "}

func setOf(src string) map[string]bool {
	m := map[string]bool{}
	for _, e := range splitList(src) {
		m[lowerForm(e)] = true
	}
	return m
}

// tokLower returns the lowered form of token i.
func tokLower(d *doc.Doc, i int) string { return lowerForm(tokNorm(d, i)) }

func tokNorm(d *doc.Doc, i int) string {
	t := d.Tokens[i]
	if t.Norm != "" {
		return foldQuotes(t.Norm)
	}
	return foldQuotes(d.Text[t.Start:t.End])
}

func phrase(d *doc.Doc, a, b int) string {
	parts := make([]string, 0, b-a)
	for i := a; i < b; i++ {
		parts = append(parts, tokLower(d, i))
	}
	return strings.Join(parts, " ")
}

func isCap(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// titleAt returns the length of the longest title starting at token i
// (within [i, limit)), 0 if none.
func titleAt(d *doc.Doc, i, limit int) int {
	g := defaultGazetteer()
	best := 0
	for n := 1; n <= 4 && i+n <= limit; n++ {
		if g.has(gTitle, phrase(d, i, i+n)) {
			best = n
		}
	}
	return best
}

// titleBefore returns the length of the longest title ending just before
// token i and starting at or after token floor, 0 if none.
func titleBefore(d *doc.Doc, i, floor int) int {
	g := defaultGazetteer()
	best := 0
	for n := 1; n <= 4 && i-n >= floor; n++ {
		if g.has(gTitle, phrase(d, i-n, i)) {
			best = n
		}
	}
	return best
}

// knownPlace reports whether a mention is in the country, city or region
// lists.
func knownPlace(d *doc.Doc, m mention) bool {
	g := defaultGazetteer()
	p := phrase(d, m.tokStart, m.tokEnd)
	return g.has(gCountry, p) || g.has(gCity, p) || g.has(gRegion, p)
}

// mapType decides the output type of a span from its CoNLL type.
func mapType(d *doc.Doc, m mention) string {
	g := defaultGazetteer()
	all := phrase(d, m.tokStart, m.tokEnd)
	first, last := tokLower(d, m.tokStart), tokLower(d, m.tokEnd-1)
	n := m.tokEnd - m.tokStart
	if m.conll != "PER" && g.has(gOrg, all) {
		return "ORG"
	}
	switch m.conll {
	case "PER":
		return "PERSON"
	case "LOC":
		if g.has(gGeoArea, all) || (n > 1 && (g.has(gGeoHead, last) || placePrefixes[first])) {
			return "LOC"
		}
		if n > 1 && facMapHeads[last] {
			return "FAC"
		}
		return "GPE"
	case "ORG":
		if n > 1 && facMapHeads[last] {
			return "FAC"
		}
		return "ORG"
	case "MISC":
		if g.has(gNORP, all) {
			return "NORP"
		}
		allNORP := true
		for i := m.tokStart; i < m.tokEnd; i++ {
			if !g.has(gNORP, tokLower(d, i)) {
				allNORP = false
				break
			}
		}
		if allNORP {
			return "NORP"
		}
		return "MISC"
	}
	return m.conll
}

// acronymLike reports whether s looks like an acronym: 2-12 characters,
// letters mostly capitals, possibly with dots or digits.
func acronymLike(s string) bool {
	if len(s) < 2 || len(s) > 12 {
		return false
	}
	upper, lower := 0, 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		case r == '.' || r == '-' || r == '&' || unicode.IsDigit(r):
		default:
			return false
		}
	}
	return upper >= 2 && lower <= upper/2
}

// surnameKey is the matching key of a name's last word.
func surnameKey(s string) string {
	s = strings.ToLower(foldQuotes(s))
	for _, p := range nameParticles {
		if strings.HasPrefix(s, p) && len(s) > len(p)+1 {
			s = s[len(p):]
			break
		}
	}
	return strings.TrimSuffix(s, "'s")
}

// particleless strips a hyphenated name particle ("al-Abadi" -> "Abadi").
func particleless(w string) string {
	for _, p := range []string{"al-", "el-", "ad-", "as-", "ash-", "az-", "an-", "ar-"} {
		if strings.HasPrefix(w, p) {
			return w[len(p):]
		}
	}
	return w
}

// lastPart returns the text after the last space or hyphen.
func lastPart(s string) string {
	if i := strings.LastIndexAny(s, " -"); i >= 0 {
		return s[i+1:]
	}
	return s
}

// lastWord returns the text after the last space.
func lastWord(s string) string {
	if i := strings.LastIndexAny(s, " \t\n"); i >= 0 {
		return s[i+1:]
	}
	return s
}

func (m mention) text(d *doc.Doc) string {
	return d.Text[d.Tokens[m.tokStart].Start:d.Tokens[m.tokEnd-1].End]
}

// refine applies the rules to the tagged mentions and returns entities.
func refine(d *doc.Doc, ms []mention) []doc.Entity {
	sentEnd := func(i int) int {
		s := d.Tokens[i].Sent
		if s >= 0 && s < len(d.Sentences) {
			return d.Sentences[s].TokEnd
		}
		return len(d.Tokens)
	}
	sentStart := func(i int) int {
		s := d.Tokens[i].Sent
		if s >= 0 && s < len(d.Sentences) {
			return d.Sentences[s].TokStart
		}
		return 0
	}
	// 1. Titles out of person spans; the title before a person kept.
	for k := range ms {
		m := &ms[k]
		if m.conll != "PER" {
			continue
		}
		for m.tokEnd-m.tokStart > 1 {
			n := titleAt(d, m.tokStart, m.tokEnd-1)
			if n == 0 {
				break
			}
			if m.title[1] == 0 {
				m.title[0] = m.tokStart
			}
			m.tokStart += n
			m.title[1] = m.tokStart
		}
		if m.title[1] == 0 {
			if n := titleBefore(d, m.tokStart, sentStart(m.tokStart)); n > 0 {
				m.title = [2]int{m.tokStart - n, m.tokStart}
			}
		}
	}
	// Mentions inside a person's title are part of the title ("Rear").
	titleEnd := make(map[int]int) // title start token -> end
	for _, p := range ms {
		if p.title[1] > p.title[0] {
			for i := p.title[0]; i < p.title[1]; i++ {
				titleEnd[i] = max(titleEnd[i], p.title[1])
			}
		}
	}
	if len(titleEnd) > 0 {
		cut := ms[:0]
		for _, m := range ms {
			if e, ok := titleEnd[m.tokStart]; ok && m.tokEnd <= e && m.title[1] == 0 && m.conll != "PER" {
				continue
			}
			cut = append(cut, m)
		}
		ms = cut
	}
	// A leading "the" is not part of a name.
	for k := range ms {
		m := &ms[k]
		if m.tokEnd-m.tokStart > 1 && strings.EqualFold(tokNorm(d, m.tokStart), "the") {
			m.tokStart++
		}
	}
	// Names do not end in a lowercase word ("State of Law bloc"), unless
	// it is an organisation's head noun ("the Mehdi army").
	for k := range ms {
		m := &ms[k]
		for m.tokEnd-m.tokStart > 1 {
			w := tokNorm(d, m.tokEnd-1)
			r, _ := utf8.DecodeRuneInString(w)
			attached := d.Tokens[m.tokEnd-2].End == d.Tokens[m.tokEnd-1].Start
			if !unicode.IsLower(r) || lowerOrgHeads[w] || isCap(particleless(w)) || attached {
				break
			}
			m.tokEnd--
		}
	}
	// A name split at a lowercase particle is one name ("Dar es
	// Salaam", "Charles de Gaulle").
	joined := ms[:0]
	for k := 0; k < len(ms); k++ {
		m := ms[k]
		if n := len(joined); n > 0 {
			p := &joined[n-1]
			if p.tokEnd+1 == m.tokStart && p.conll == m.conll && innerParticles[tokNorm(d, p.tokEnd)] && sentEnd(p.tokStart) > m.tokStart {
				p.tokEnd = m.tokEnd
				continue
			}
		}
		joined = append(joined, m)
	}
	ms = joined
	// 2. Types; a place followed by a facility noun becomes the facility.
	cov2 := coverage(ms, len(d.Tokens))
	// names a member noun showed to be groups ("Qarmati fighters")
	memberGroup := map[string]bool{}
	for k := range ms {
		m := &ms[k]
		m.typ = mapType(d, *m)
		// a name before a lowercase organisation noun: "the Badr militia"
		if m.typ != "GPE" && m.typ != "NORP" && m.typ != "LOC" && m.typ != "FAC" && m.tokEnd < sentEnd(m.tokStart) && lowerOrgHeads[tokNorm(d, m.tokEnd)] && isCap(lastPart(m.text(d))) && !cov2[m.tokEnd] {
			cov2[m.tokEnd] = true
			m.tokEnd++
			m.typ = "ORG"
		}
		// a group whose members fight: "Hamas fighters", "Taliban militants"
		// (an unknown "place" before such a noun is a group too)
		if m.tokEnd < sentEnd(m.tokStart) && memberNouns[tokLower(d, m.tokEnd)] && (m.typ == "MISC" || (m.typ == "GPE" && !knownPlace(d, *m))) {
			m.typ = "ORG"
			memberGroup[strings.ToLower(m.text(d))] = true
		}
		if m.tokEnd-m.tokStart > 1 && lowerOrgHeads[tokNorm(d, m.tokEnd-1)] && m.typ != "GPE" && m.typ != "NORP" {
			m.typ = "ORG"
		}
		if m.conll == "LOC" && m.typ == "GPE" && m.tokEnd < sentEnd(m.tokStart) && facMapHeads[tokLower(d, m.tokEnd)] && !cov2[m.tokEnd] {
			cov2[m.tokEnd] = true
			m.tokEnd++
			m.typ = "FAC"
		}
	}
	groupNames(d, ms, memberGroup)
	// 3. Acronyms in brackets right after a name.
	type expansion struct{ full, typ string }
	acr := map[string]expansion{}
	cov3 := coverage(ms, len(d.Tokens))
	var added []mention
	for k := range ms {
		m := &ms[k]
		i := m.tokEnd
		if i+2 >= len(d.Tokens) || i+2 >= sentEnd(m.tokStart) || tokNorm(d, i) != "(" || tokNorm(d, i+2) != ")" {
			continue
		}
		a := tokNorm(d, i+1)
		if !acronymLike(a) {
			continue
		}
		if st := expansionStart(d, i, a, sentStart(m.tokStart)); st >= 0 && st < m.tokStart {
			// the expansion spans earlier mentions too ("Islamic State of
			// Iraq and the Levant"): merge them into this one
			typ := m.typ
			for q := k - 1; q >= 0 && ms[q].tokStart >= st; q-- {
				o := &ms[q]
				if o.tokEnd <= m.tokStart {
					if o.typ == "ORG" {
						typ = "ORG"
					}
					o.tokEnd = o.tokStart // removed below
				}
			}
			m.tokStart, m.typ = st, typ
		}
		if m.tokEnd-m.tokStart < 2 {
			continue
		}
		if m.typ == "PERSON" || ofNonPlace(d, m.tokStart, m.tokEnd) {
			// people do not carry bracketed acronyms; nor does "<name> of
			// <place>" unless the name is a kind of place ("Republic of"):
			// "Islamic State of Iraq (ISI)", "Bank of England (BoE)"
			m.typ = "ORG"
		}
		m.acronym = a
		if _, ok := acr[a]; !ok {
			acr[a] = expansion{full: m.text(d), typ: m.typ}
		}
		if !cov3[i+1] {
			cov3[i+1] = true
			added = append(added, mention{tokStart: i + 1, tokEnd: i + 2, conll: m.conll, typ: m.typ})
		}
	}
	ms = append(ms, added...)
	ms = dropEmpty(ms)
	if len(acr) > 0 {
		for k := range ms {
			m := &ms[k]
			if e, ok := acr[m.text(d)]; ok && m.acronym == "" {
				m.typ, m.canonical = e.typ, e.full
			}
		}
		added = added[:0]
		cov := coverage(ms, len(d.Tokens))
		for i := range d.Tokens {
			if e, ok := acr[tokNorm(d, i)]; ok && !cov[i] {
				added = append(added, mention{tokStart: i, tokEnd: i + 1, conll: "ORG", typ: e.typ, canonical: e.full})
			}
		}
		ms = append(ms, added...)
	}
	// A lone first name quoted or described as a person: "Karim said",
	// "Karim, a teacher" (untagged, or tagged as something else that is not
	// a known place).
	{
		cov := coverage(ms, len(d.Tokens))
		single := map[int]int{} // token -> index of a one-token mention
		for k, m := range ms {
			if m.tokEnd-m.tokStart == 1 {
				single[m.tokStart] = k
			}
		}
		g := defaultGazetteer()
		for i := range d.Tokens {
			w := tokNorm(d, i)
			if !isCap(w) || !g.has(gFirst, lowerForm(w)) || i+1 >= sentEnd(i) {
				continue
			}
			k, isMention := single[i]
			if cov[i] && (!isMention || ms[k].typ == "PERSON" || knownPlace(d, ms[k])) {
				continue
			}
			if isCap(tokNorm(d, i+1)) {
				continue
			}
			if i > sentStart(i) && isCap(tokNorm(d, i-1)) && !g.has(gTitle, tokLower(d, i-1)) {
				continue
			}
			next := tokLower(d, i+1)
			after := ""
			if i+2 < sentEnd(i) {
				after = tokLower(d, i+2)
			}
			if speechVerbs[next] || (next == "," && (after == "a" || after == "an" || after == "who" || after == "whose" || (after != "" && after[0] >= '0' && after[0] <= '9'))) {
				if isMention {
					ms[k].typ, ms[k].conll = "PERSON", "PER"
				} else {
					ms = append(ms, mention{tokStart: i, tokEnd: i + 1, conll: "PER", typ: "PERSON"})
				}
			}
		}
	}
	// One type per name in a document: a later mention keeps the type the
	// name first had unless its own context says otherwise.
	sortMentions(ms)
	consistentTypes(d, ms)
	// 4. Short mentions of a person linked to the full name.
	type full struct {
		tok  int
		name string
	}
	bySurname := map[string][]full{}
	for _, m := range ms {
		if txt := m.text(d); m.typ == "PERSON" && strings.ContainsAny(txt, " \t\n") {
			key := surnameKey(lastWord(txt))
			bySurname[key] = append(bySurname[key], full{m.tokStart, m.text(d)})
		}
	}
	// A bare surname refers to the first person introduced with it (the
	// story's subject, not a relative named later).
	pick := func(key string, _ int) string {
		if fs := bySurname[key]; len(fs) > 0 {
			return fs[0].name
		}
		return ""
	}
	if len(bySurname) > 0 {
		for k := range ms {
			m := &ms[k]
			if strings.ContainsAny(m.text(d), " \t\n") || m.canonical != "" {
				continue
			}
			if m.typ != "PERSON" && m.typ != "ORG" && m.typ != "MISC" && m.typ != "GPE" {
				continue
			}
			// "King Hussein" is a monarch's own name, not Saddam
			// Hussein's surname
			if afterRegnalTitle(d, m.tokStart) {
				continue
			}
			if name := pick(surnameKey(m.text(d)), m.tokStart); name != "" {
				m.typ, m.canonical = "PERSON", name
			}
		}
		added = added[:0]
		cov := coverage(ms, len(d.Tokens))
		for i := range d.Tokens {
			w := tokNorm(d, i)
			if !(isCap(w) || isCap(particleless(w))) || cov[i] {
				continue
			}
			if i+1 < sentEnd(i) && isCap(tokNorm(d, i+1)) && !cov[i+1] {
				continue
			}
			if i > sentStart(i) && isCap(tokNorm(d, i-1)) && !cov[i-1] {
				continue
			}
			st := i
			// an attached particle: "al-" before "Sadr"
			if st >= 2 && tokNorm(d, st-1) == "-" && d.Tokens[st-1].End == d.Tokens[st].Start && d.Tokens[st-2].End == d.Tokens[st-1].Start && !cov[st-2] {
				st -= 2
			}
			if afterRegnalTitle(d, st) {
				continue
			}
			if name := pick(surnameKey(d.Text[d.Tokens[st].Start:d.Tokens[i].End]), i); name != "" {
				added = append(added, mention{tokStart: st, tokEnd: i + 1, conll: "PER", typ: "PERSON", canonical: name})
			}
		}
		ms = append(ms, added...)
		sortMentions(ms)
	}
	// 5. Entities, without overlaps.
	out := make([]doc.Entity, 0, len(ms))
	lastEnd := -1
	for _, m := range ms {
		if m.tokStart < lastEnd || m.tokStart >= m.tokEnd {
			continue
		}
		lastEnd = m.tokEnd
		e := doc.Entity{
			Text: m.text(d), Type: m.typ,
			Start: d.Tokens[m.tokStart].Start, End: d.Tokens[m.tokEnd-1].End,
			TokStart: m.tokStart, TokEnd: m.tokEnd,
			Acronym: m.acronym, Canonical: m.canonical,
		}
		if m.title[1] > m.title[0] {
			e.Title = d.Text[d.Tokens[m.title[0]].Start:d.Tokens[m.title[1]-1].End]
		}
		if e.Canonical == e.Text {
			e.Canonical = ""
		}
		out = append(out, e)
	}
	return out
}

// groupNames gives a group's name one type in the whole document: a name
// tagged as a place that is not a known place becomes the group when a
// member noun showed it to be one elsewhere ("Qarmati fighters" ... "Qarmati
// positions"), or when its plural names a group or a people ("the
// Qarmatis" as ORG or NORP ... "Qarmati leaders"): places have no plurals.
func groupNames(d *doc.Doc, ms []mention, memberGroup map[string]bool) {
	plural := map[string]string{}
	for _, m := range ms {
		if m.typ == "ORG" || m.typ == "NORP" {
			plural[strings.ToLower(m.text(d))] = m.typ
		}
	}
	for k := range ms {
		m := &ms[k]
		if m.typ != "GPE" && m.typ != "MISC" {
			continue
		}
		t := strings.ToLower(m.text(d))
		typ := ""
		switch {
		case memberGroup[t]:
			typ = "ORG"
		case plural[t+"s"] != "":
			typ = plural[t+"s"]
		case plural[t+"es"] != "":
			typ = plural[t+"es"]
		}
		if typ != "" && !knownPlace(d, *m) {
			m.typ = typ
		}
	}
}

// coverage marks the tokens inside the mentions.
func coverage(ms []mention, n int) []bool {
	cov := make([]bool, n)
	for _, m := range ms {
		for i := m.tokStart; i < m.tokEnd && i < n; i++ {
			cov[i] = true
		}
	}
	return cov
}

func dropEmpty(ms []mention) []mention {
	out := ms[:0]
	for _, m := range ms {
		if m.tokEnd > m.tokStart {
			out = append(out, m)
		}
	}
	return out
}

// expansionStart finds where the expansion of acronym a starts, reading
// back from the bracket at token paren: the acronym's capitals must be the
// initials of the capitalised words before it (short lowercase words such as
// "of", "and", "the" are skipped). It returns -1 when they do not match.
func expansionStart(d *doc.Doc, paren int, a string, floor int) int {
	var letters []rune
	for _, r := range a {
		if unicode.IsUpper(r) {
			letters = append(letters, r)
		}
	}
	if len(letters) < 2 {
		return -1
	}
	k := len(letters) - 1
	for i := paren - 1; i >= floor && paren-i <= 3*len(letters)+2; i-- {
		w := tokNorm(d, i)
		if w == "-" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			if isConnector(w) {
				continue
			}
			return -1
		}
		if r != letters[k] {
			return -1
		}
		k--
		if k < 0 {
			return i
		}
	}
	return -1
}

func isConnector(w string) bool {
	switch strings.ToLower(w) {
	case "of", "and", "the", "for", "in", "on", "de", "du", "des", "la", "le", "al", "el", "&", "to":
		return true
	}
	return false
}

// placeHeadsBeforeOf are nouns that make "<noun> of <place>" a place itself.
var placeHeadsBeforeOf = setOf(`republic|republics|kingdom|emirate|emirates|states|islands|federation|commonwealth|principality|sultanate|gulf|bay|sea|cape|isle|strait|province|region|territory|territories|city|county|district|governorate|state`)

// ofNonPlace reports whether the tokens [start,end) read "<Name> of <...>"
// where the name before "of" is not a kind of place. "State" counts as a
// place word only when nothing capitalised that is not a place word comes
// before it ("State of Kuwait" vs "Islamic State of Iraq").
func ofNonPlace(d *doc.Doc, start, end int) bool {
	for i := start + 1; i < end-1; i++ {
		if tokLower(d, i) != "of" {
			continue
		}
		head := tokLower(d, i-1)
		if !placeHeadsBeforeOf[head] {
			return true
		}
		if head == "state" && i-1 > start {
			return true
		}
		return false
	}
	return false
}

// consistentTypes gives a name the type of its first mention in the
// document when a later mention of the same text is typed as a person
// where it was a place, or as a place where it was a person ("Djibo" a
// town, then "fled Djibo" tagged as a person). A later mention keeps its
// own type when its context says so: a title before a person or a speech
// verb after it ("Jordan said"); a locative preposition before a place or
// a kind-of-place noun after it ("in Jordan", "Djibo province"). ms must be
// in text order.
func consistentTypes(d *doc.Doc, ms []mention) {
	first := map[string]string{}
	for k := range ms {
		m := &ms[k]
		key := strings.ToLower(m.text(d))
		t0, seen := first[key]
		if !seen {
			first[key] = m.typ
			continue
		}
		switch {
		case m.typ == "PERSON" && (t0 == "GPE" || t0 == "LOC"):
			if !personContext(d, *m) {
				m.typ, m.conll = t0, "LOC"
			}
		case (m.typ == "GPE" || m.typ == "LOC") && t0 == "PERSON":
			if !placeContext(d, *m) {
				m.typ, m.conll = t0, "PER"
			}
		}
	}
}

// personContext reports a mention whose own context marks a person: a
// title before it or a speech verb after it.
func personContext(d *doc.Doc, m mention) bool {
	if m.title[1] > m.title[0] {
		return true
	}
	if m.tokStart > 0 && titleBefore(d, m.tokStart, max(0, m.tokStart-4)) > 0 {
		return true
	}
	return m.tokEnd < len(d.Tokens) && speechVerbs[tokLower(d, m.tokEnd)]
}

// locativePreps before a name mark it as a place.
var locativePreps = setOf(`in|near|outside|into|across|inside|around`)

// placeContext reports a mention whose own context marks a place: a
// locative preposition before it or a kind-of-place noun after it.
func placeContext(d *doc.Doc, m mention) bool {
	if m.tokStart > 0 && locativePreps[tokLower(d, m.tokStart-1)] {
		return true
	}
	if m.tokEnd < len(d.Tokens) {
		w := tokLower(d, m.tokEnd)
		return defaultGazetteer().has(gGeoHead, w) || placeHeadsBeforeOf[w] || w == "town" || w == "village"
	}
	return false
}

// regnalTitles go before a monarch's or a prelate's own name ("King
// Hussein", "Pope John Paul"), which is no one else's surname.
var regnalTitles = map[string]bool{"king": true, "queen": true, "prince": true, "princess": true,
	"emperor": true, "empress": true, "sultan": true, "emir": true, "shah": true, "pope": true, "tsar": true, "czar": true}

// afterRegnalTitle: the name starting at token i follows a regnal title.
func afterRegnalTitle(d *doc.Doc, i int) bool {
	return i > 0 && regnalTitles[strings.ToLower(tokNorm(d, i-1))]
}

// innerParticles are the lowercase words inside names ("Dar es Salaam",
// "Charles de Gaulle", "Ludwig van Beethoven").
var innerParticles = setOf(`es|el|de|da|do|du|des|del|della|di|van|von|der|den|bin|ibn|ben|dos|das|y|al`)
