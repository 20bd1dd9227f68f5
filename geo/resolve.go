package geo

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/sitrep/sitrep/geo/gazetteer"
)

func destination(lat, lon, b, d float64) (float64, float64) {
	return gazetteer.Destination(lat, lon, b, d)
}

// Mention is a toponym to resolve: a byte range of the text.
type Mention struct {
	Start, End int
	// Dateline marks the place a report is filed from: it weighs more in
	// the document's focus.
	Dateline bool
}

// Candidate is one gazetteer entry considered for a name, with its score
// and the features that made it (kept for --explain).
type Candidate struct {
	Entry    int
	Score    float64
	Features [numFeatures]float64
}

// Resolution is the answer for one mention.
type Resolution struct {
	Mention
	// Entry indexes the gazetteer, -1 when the place is not in it (then
	// Lat/Lon come from a relation, or the mention is unresolved).
	Entry       int
	Resolved    bool
	Name        string
	GeonameID   int
	Lat, Lon    float64
	Country     string
	Admin1      string
	Feature     string
	PrecisionKm float64
	Relation    string
	Score       float64
	// Key is the normalised name the mention was grouped under.
	Key string
	// Candidates are the scored candidates, best first (Explain only).
	Candidates []Candidate
}

// Resolver ranks gazetteer candidates for the toponyms of a document. It is
// read-only and safe for concurrent use.
type Resolver struct {
	G *gazetteer.Gazetteer
	W Weights
	// Explain keeps every candidate's score and features.
	Explain bool
	// MaxCandidates bounds the candidates scored per name (default 60).
	MaxCandidates int
}

// New returns a resolver over g with the tuned weights.
func New(g *gazetteer.Gazetteer) *Resolver { return &Resolver{G: g, W: DefaultWeights} }

// name is one distinct toponym of the document (all mentions with the same
// normalised form).
type name struct {
	key      string
	surface  string
	mentions []int
	ctx      cues
	rel      *relation
	cands    []Candidate
	// probabilities of the candidates under the current scores
	prob []float64
	best int // index into cands, -1 when none
	// matched by a lowered form (generic suffix or facility dropped)
	reduced  bool
	demonym  bool
	relPoint *[3]float64
	// relAnchor is the entry relPoint was placed from.
	relAnchor int
	// country is the gazetteer entry of the country the text puts a name
	// the gazetteer lacks in ("the Lebanese village of X", "X, Lebanon"),
	// or -1.
	country int
	// byFocus: the country is the document's, not one the text gives
	byFocus bool
	// evidence counts mentions found in the text outside the given spans
	// (countries, regions and peoples named elsewhere), which inform the
	// document's focus but get no answer.
	evidence int
	dateline bool
	// article: a mention follows "the", as an area's name does ("the
	// Chapare")
	article bool
	// headOfLonger: the text also writes the name as the first part of a
	// longer name ("the Cuyuni River", "Cuyuni-Mazaruni")
	headOfLonger bool
}

// Resolve resolves every mention of text. Mentions with the same
// normalised name get the same place (one sense per document).
func (r *Resolver) Resolve(text string, mentions []Mention) []Resolution {
	out := make([]Resolution, len(mentions))
	names := []*name{}
	byKey := map[string]*name{}
	for i, m := range mentions {
		out[i] = Resolution{Mention: m, Entry: -1}
		if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
			continue
		}
		lo, hi := cleanSurface(text[m.Start:m.End])
		if lo >= hi {
			continue
		}
		surface := text[m.Start+lo : m.Start+hi]
		key := gazetteer.Norm(surface)
		if key == "" {
			continue
		}
		out[i].Key = key
		n := byKey[key]
		if n == nil {
			n = &name{key: key, surface: surface, best: -1, country: -1}
			byKey[key] = n
			names = append(names, n)
		}
		n.mentions = append(n.mentions, i)
		n.dateline = n.dateline || m.Dateline
		if lw := leftWords(text, m.Start, 1); len(lw) == 1 && lw[0] == "the" {
			n.article = true
		}
		if allCaps(n.surface) && !allCaps(surface) {
			n.surface = surface // "Khazna" rather than the dateline's "KHAZNA"
		}
		mentionContext(text, m.Start, m.End, &n.ctx)
		if n.rel == nil {
			n.rel = findRelation(text, m.End)
		}
		if n.rel == nil {
			// ("the Brussels district of Molenbeek": in a town, a seat of
			// government or a city, that the text names first)
			if rel := findPartOf(text, m.Start, m.End); rel != nil {
				if a := r.bestByPrior(gazetteer.Norm(trimAnchor(rel.anchor))); a >= 0 && !minorTown(r.G.Entry(a)) && r.G.Entry(a).Class == 'P' {
					n.rel = rel
				}
			}
		}
		if n.rel == nil {
			// (a country's district is left to the country cue:
			// "Haiti's Qzerbonne district")
			if rel := findPossessedPart(text, m.Start, m.End, func() string { return r.townBefore(text, mentions, i) }); rel != nil {
				if a := r.bestByPrior(gazetteer.Norm(trimAnchor(rel.anchor))); a >= 0 && !r.G.Entry(a).IsCountry() {
					n.rel = rel
				}
			}
		}
	}
	for _, n := range names {
		n.headOfLonger = headOfLonger(text, n.surface)
	}
	names = r.textEvidence(text, mentions, names, byKey)
	for _, n := range names {
		r.candidates(n)
	}
	r.rank(names, byKey)
	for _, n := range names {
		var marks []cues // (each mention's own cues, read once per name)
		if n.best >= 0 && n.relPoint == nil && len(n.mentions) >= 2 {
			marks = make([]cues, len(n.mentions))
			for k, mi := range n.mentions {
				mentionContext(text, mentions[mi].Start, mentions[mi].End, &marks[k])
			}
		}
		for k, mi := range n.mentions {
			r.fill(&out[mi], n)
			if alt := r.markedSense(n, marks, k); alt >= 0 {
				a := *n
				a.best = alt
				r.fill(&out[mi], &a)
			}
		}
	}
	return out
}

// markedSense is the candidate of name n that its k-th mention names
// (marks: each mention's own cues; nil for a name with no answer, a
// relative point or one mention) when the
// text marks that mention as the other kind of place than the one the
// document's sense is (or marks another mention of the name as a town,
// and this one as nothing): a town for a region ("Mafeteng town", "the town of
// X" where the story's X is its district), a region for a town ("the
// district of X", "X province"); the two share a country and province.
// It returns -1 when the mention is not so marked.
func (r *Resolver) markedSense(n *name, marks []cues, k int) int {
	if marks == nil {
		return -1
	}
	c := marks[k]
	best := r.G.Entry(n.cands[n.best].Entry)
	townMarked := func(c cues) bool { return c.kindNamed && c.city && !c.adminNamed }
	wantTown := townMarked(c) && best.Class == 'A' && !best.IsCountry()
	wantRegion := c.adminNamed && best.Class == 'P'
	// (a mention marked as neither goes with the town when the text
	// calls the name a town somewhere and the document's sense is the
	// region: "the western city of Kasserine" ... "In Kasserine, ...")
	if !wantTown && !wantRegion && !c.kindNamed && best.Class == 'A' && !best.IsCountry() {
		wantTown = slices.ContainsFunc(marks, townMarked)
	}
	if !wantTown && !wantRegion {
		return -1
	}
	alt := -1
	for i, cand := range n.cands {
		e := r.G.Entry(cand.Entry)
		if i == n.best || e.ID == 0 || e.Country != best.Country || e.Admin1 != best.Admin1 {
			continue
		}
		if wantTown && e.Class != 'P' || wantRegion && (e.Class != 'A' || e.IsCountry()) {
			continue
		}
		if alt < 0 || n.prob[i] > n.prob[alt] {
			alt = i
		}
	}
	return alt
}

// headOfLonger: text writes surface, somewhere, as the first part of a
// longer capitalised name: followed by a hyphen or a space and a
// capitalised word.
func headOfLonger(text, surface string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], surface)
		if j < 0 {
			return false
		}
		at, end := i+j, i+j+len(surface)
		if (at == 0 || !isWordByte(text[at-1])) && end+1 < len(text) && (text[end] == '-' || text[end] == ' ') && text[end+1] >= 'A' && text[end+1] <= 'Z' {
			return true
		}
		i = end
	}
}

// textEvidence adds, as evidence only, the countries and peoples the text
// names outside the given mentions: resolving "Beiji"
// in a text that says "Iraq" elsewhere uses it.
func (r *Resolver) textEvidence(text string, mentions []Mention, names []*name, byKey map[string]*name) []*name {
	covered := func(s, e int) bool {
		for _, m := range mentions {
			if m.Start < e && s < m.End {
				return true
			}
		}
		return false
	}
	i := 0
	for i < len(text) {
		c := text[i]
		if !(c >= 'A' && c <= 'Z') || (i > 0 && isWordByte(text[i-1])) {
			i++
			continue
		}
		// a capitalised word, and up to two more after it
		ends := make([]int, 0, 3)
		j := i
		for len(ends) < 3 {
			k := j
			for k < len(text) && (isWordByte(text[k]) || text[k] == '.' && k+1 < len(text) && text[k+1] != ' ') {
				k++
			}
			ends = append(ends, k)
			if k+1 >= len(text) || text[k] != ' ' || !(text[k+1] >= 'A' && text[k+1] <= 'Z') {
				break
			}
			j = k + 1
		}
		next := ends[0]
		for x := len(ends) - 1; x >= 0; x-- {
			if covered(i, ends[x]) {
				continue
			}
			key := gazetteer.Norm(text[i:ends[x]])
			if !r.strongKey(key) {
				continue
			}
			n := byKey[key]
			if n == nil {
				n = &name{key: key, surface: text[i:ends[x]], best: -1, country: -1}
				byKey[key] = n
				names = append(names, n)
			}
			n.evidence++
			next = ends[x]
			break
		}
		i = next + 1
	}
	return names
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// strongKey reports a name that is, by its own name or as a people, a
// country.
func (r *Resolver) strongKey(key string) bool {
	if len(key) < 3 {
		return false
	}
	for _, p := range r.G.Lookup(key) {
		e := r.G.Entry(p.Entry())
		if (p.Kind() == gazetteer.KindName || p.Kind() == gazetteer.KindDemonym) && e.IsCountry() {
			return true
		}
	}
	return false
}

// candidates finds the entries a name may refer to.
func (r *Resolver) candidates(n *name) {
	g := r.G
	seen := map[int]bool{}
	var posts []gazetteer.Posting
	var phon []bool
	// ("L.A.", and "South L.A." once the direction is dropped below)
	last := lastWord(n.surface)
	add := func(ps []gazetteer.Posting, ph bool) {
		for _, p := range ps {
			if p.Kind() == gazetteer.KindAbbrev && !gazetteer.InitialismFits(g.Entry(p.Entry()), last) {
				continue // "L.A." is no "La."
			}
			if !seen[p.Entry()] {
				seen[p.Entry()] = true
				posts = append(posts, p)
				phon = append(phon, ph)
			}
		}
	}
	key := n.key
	if k, ok := gazetteer.InitialismKey(last); ok {
		add(g.Lookup(k), false)
	}
	add(g.Lookup(key), false)
	if s := gazetteer.StripArticle(key); s != key {
		add(g.Lookup(s), false)
	}
	if len(posts) == 0 {
		// "Anbar province", "the Beiji refinery", "northern Iraq"
		w := strings.Fields(key)
		for len(w) > 1 && (genericSuffix[w[len(w)-1]] || facilityWords[w[len(w)-1]]) {
			last := w[len(w)-1]
			if facilityWords[last] {
				n.ctx.facility = true
			} else if cityCues[last] {
				n.ctx.city = true
			} else {
				n.ctx.admin, n.ctx.adminNamed = true, true
			}
			n.ctx.kindNamed = true
			w = w[:len(w)-1]
		}
		for len(w) > 1 && directionWords[w[0]] {
			w = w[1:]
		}
		if k := strings.Join(w, " "); k != key {
			n.reduced = true
			add(g.Lookup(k), false)
			key = k
		}
	}
	// a road named by the towns it joins ("the Tinsukia-Kakopathar road",
	// "the Funtua-Zaria highway") is at the first of them
	if len(posts) == 0 {
		if first, rest, ok := strings.Cut(n.surface, "-"); ok && first != "" && roadEnd(rest) {
			if k := gazetteer.Norm(first); k != "" {
				var town []gazetteer.Posting
				for _, p := range g.Lookup(k) {
					if g.Entry(p.Entry()).Class == 'P' {
						town = append(town, p)
					}
				}
				if len(town) > 0 {
					n.reduced, n.ctx.facility = true, true
					add(town, false)
					key = k
				}
			}
		}
	}
	if len(posts) == 0 {
		if p := gazetteer.Phonetic(key); len(p) >= 3 {
			add(g.LookupPhonetic(p), true)
		}
	}
	if len(posts) == 0 {
		return
	}
	n.cands = make([]Candidate, len(posts))
	for i, p := range posts {
		c := &n.cands[i]
		c.Entry = p.Entry()
		r.staticFeatures(c, p, phon[i], n)
		if p.Kind() == gazetteer.KindDemonym {
			n.demonym = true
		}
	}
	// a region that has a town of the same name: "Kirkuk" is the city
	// unless the text says province ("Kirkuk province", "the district of
	// X", "X, a province")
	for i := range n.cands {
		if n.ctx.adminNamed {
			break
		}
		e := g.Entry(n.cands[i].Entry)
		if e.Feature != "ADM1" && e.Feature != "ADM2" {
			continue
		}
		for j := range n.cands {
			c := g.Entry(n.cands[j].Entry)
			if c.Class == 'P' && c.Country == e.Country && c.Admin1 == e.Admin1 && (c.Pop >= 100000 || strings.HasPrefix(c.Feature, "PPLA")) {
				n.cands[i].Features[fAdminHasCity] = 1
				break
			}
		}
	}
	maxC := r.MaxCandidates
	if maxC <= 0 {
		maxC = 60
	}
	if len(n.cands) > maxC {
		for i := range n.cands {
			n.cands[i].Score = r.W.dot(&n.cands[i].Features)
		}
		sort.SliceStable(n.cands, func(i, j int) bool { return n.cands[i].Score > n.cands[j].Score })
		n.cands = n.cands[:maxC]
	}
}

// Feature indexes.
const (
	fName = iota
	fAlt
	fDemonym
	fAbbrev
	fStripped
	fPhonetic
	fPop
	fCountry
	fADM1
	fADM2
	fCapital
	fAdminSeat
	fRegion
	fPPLX
	fCtxCity
	fCtxAdmin
	fCtxCountry
	fCtxAdminOnCity
	fContainer
	fShareCountry
	fShareAdmin1
	fNear
	fRelation
	fFacilityTown
	fUSDefault
	fAdminPop
	fAdminHasCity
	numFeatures
)

var featureNames = [numFeatures]string{"name", "alt", "demonym", "abbrev", "stripped", "phonetic", "pop",
	"country", "adm1", "adm2", "capital", "admin_seat", "region", "pplx", "ctx_city", "ctx_admin", "ctx_country",
	"ctx_admin_on_city", "container", "share_country", "share_admin1", "near", "relation", "facility_town", "us", "admin_pop", "admin_has_city"}

func (r *Resolver) staticFeatures(c *Candidate, p gazetteer.Posting, phonetic bool, n *name) {
	e := r.G.Entry(c.Entry)
	f := &c.Features
	switch p.Kind() {
	case gazetteer.KindName:
		f[fName] = 1
	case gazetteer.KindAlt:
		f[fAlt] = 1
	case gazetteer.KindDemonym:
		f[fDemonym] = 1
	case gazetteer.KindAbbrev:
		f[fAbbrev] = 1
	}
	if p.Stripped() {
		f[fStripped] = 1
	}
	if phonetic {
		f[fPhonetic] = 1
	}
	isCity := e.Class == 'P'
	if e.Feature == "ADM1" || e.Feature == "ADM2" {
		f[fAdminPop] = math.Log10(float64(e.Pop)+10) / 7
	} else {
		f[fPop] = math.Log10(float64(knownPop(e))+10) / 7
	}
	switch {
	case e.IsCountry():
		f[fCountry] = 1
	case e.Feature == "ADM1":
		f[fADM1] = 1
	case e.Feature == "ADM2":
		f[fADM2] = 1
	case e.Feature == "PPLC":
		f[fCapital] = 1
	case e.Feature == "PPLA" || e.Feature == "PPLA2":
		f[fAdminSeat] = 1
	case e.Feature == "CONT" || e.Feature == "RGN" || e.Feature == "SEA":
		f[fRegion] = 1
	case e.Feature == "PPLX":
		f[fPPLX] = 1
	}
	ctx := &n.ctx
	if ctx.city && isCity {
		f[fCtxCity] = 1
	}
	if ctx.capital && (e.Feature == "PPLC" || e.Feature == "PPLA") {
		f[fCtxCity] += 0.5
	}
	if ctx.admin && (e.Feature == "ADM1" || e.Feature == "ADM2") {
		f[fCtxAdmin] = 1
	}
	if ctx.admin && isCity {
		f[fCtxAdminOnCity] = 1
	}
	if ctx.country && e.IsCountry() {
		f[fCtxCountry] = 1
	}
	if ctx.facility && isCity {
		f[fFacilityTown] = 1
	}
	if e.Country == "US" {
		f[fUSDefault] = 1
	}
	// a container named right after the mention: "Alexandria, La."
	for _, k := range ctx.containers {
		if k == n.key {
			continue
		}
		for _, p := range r.G.Lookup(k) {
			ce := r.G.Entry(p.Entry())
			if p.Kind() == gazetteer.KindDemonym {
				continue
			}
			switch {
			case ce.IsCountry() && ce.Country == e.Country && !e.IsCountry():
				f[fContainer] = 1
			case ce.Feature == "ADM1" && ce.Country == e.Country && ce.Admin1 == e.Admin1 && e.Feature != "ADM1":
				f[fContainer] = 1
			case ce.Feature == "ADM2" && ce.Country == e.Country && ce.Admin1 == e.Admin1 && ce.Admin2 == e.Admin2 && isCity:
				f[fContainer] = 1
			}
		}
	}
}

// rank scores every name's candidates in rounds: first on the name alone,
// then with the evidence of the whole document (the countries and regions
// its other places are in, their distance, relations).
func (r *Resolver) rank(names []*name, byKey map[string]*name) {
	for _, n := range names {
		r.keepStatedCountry(n)
		r.score(n)
	}
	for round := 0; round < 2; round++ {
		cc, a1, total := r.focus(names)
		points := r.points(names)
		for _, n := range names {
			if len(n.cands) == 0 {
				continue
			}
			own := r.contribution(n)
			for i := range n.cands {
				c := &n.cands[i]
				e := r.G.Entry(c.Entry)
				t := total - own.total
				if t > 0 {
					c.Features[fShareCountry] = (cc[e.Country] - own.cc[e.Country]) / t
					if e.Admin1 != "" && !e.IsCountry() {
						k := e.Country + "." + e.Admin1
						c.Features[fShareAdmin1] = (a1[k] - own.a1[k]) / t
					}
				}
				c.Features[fNear] = nearness(e, n, points)
				c.Features[fRelation] = r.relationFit(e, n, byKey)
			}
			r.sharePairNearness(n)
			r.score(n)
		}
	}
	r.dropUnsupportedLoose(names)
	r.dropForeignLandmarks(names)
	r.dropForeignAlternates(names)
	// places the gazetteer lacks, located by the text; also names matched
	// only loosely (a dropped word, the phonetic key) whose match does not
	// fit what the text says ("Khazna, about 13 miles from Mosul" is no
	// Khazneh in another country)
	for _, n := range names {
		if n.rel == nil {
			continue
		}
		if len(n.cands) > 0 && n.best >= 0 {
			c := &n.cands[n.best]
			loose := n.reduced || c.Features[fPhonetic] > 0
			specific := n.rel.distKm > 0 || n.rel.part || n.rel.within
			// (a district is in its city, however well its name matched
			// a place elsewhere: "the city's Abbassiya district" in Cairo
			// is no Yehud)
			// (and so is a part the text names with its town, "the
			// Kaloleni area of Arusha", that the gazetteer knows only
			// far from it)
			// (a seat or a city is no part: "the Brussels district of
			// Molenbeek" names the district in Brussels)
			if !loose && !n.rel.owned && !(n.rel.part && minorTown(r.G.Entry(c.Entry))) || !specific || c.Features[fRelation] > 0 {
				continue
			}
		}
		if n.rel.bare && !n.ctx.city {
			// (with no comma, only a name the text calls a town: "the
			// town of X in Myanmar's Rakhine state"; "the Embassy in
			// Baghdad" is Baghdad's)
			continue
		}
		key := gazetteer.Norm(trimAnchor(n.rel.anchor))
		anchor := -1
		if a := byKey[key]; a != nil && a != n && a.best >= 0 {
			anchor = a.cands[a.best].Entry
		} else if n.rel.bare {
			// (and only in a place the text names elsewhere: "X in June")
			continue
		} else if anchor = r.bestByPrior(key); anchor < 0 {
			continue
		}
		e := r.G.Entry(anchor)
		la, lo, prec := n.rel.place(e.Lat, e.Lon)
		if n.rel.within {
			// (as precise as the place it lies in)
			prec = max(prec, e.RadiusKm)
		}
		n.relPoint = &[3]float64{la, lo, prec}
		n.relAnchor = anchor
	}
	// (a name whose relation places it by nothing the gazetteer knows,
	// "X, a town close to the Nigerian border", is put as a name with no
	// relation is)
	r.placeUnknown(names)
}

// minorTown: a gazetteer entry that is a populated place, no seat of
// government and under a hundred thousand people.
func minorTown(e *gazetteer.Entry) bool {
	return e.Class == 'P' && !strings.HasPrefix(e.Feature, "PPLA") && e.Feature != "PPLC" && e.Pop < 100000
}

// placeUnknown puts the names the gazetteer lacks, and no relation
// places, in a country: the one the text says ("the Lebanese village of
// X", "X, Lebanon"), else, for a name the text marks as a place ("the
// village of X", "the island of X"), the country the document is about when
// one country holds most of its places.
func (r *Resolver) placeUnknown(names []*name) {
	focus := -1
	if cc, _, total := r.focus(names); total > 0 {
		top, topCC := 0.0, ""
		for k, v := range cc {
			if v > top || v == top && k < topCC {
				top, topCC = v, k
			}
		}
		if top/total >= 0.5 {
			focus = r.G.Country(topCC)
		}
	}
	for _, n := range names {
		if n.best >= 0 || n.relPoint != nil || len(n.mentions) == 0 {
			continue
		}
		n.country = r.statedCountry(n)
		// (a name whose only matches were sound-alikes dropped as
		// unsupported counts as unknown when the text names its kind
		// right at it: "the suburb of X")
		if n.country < 0 && (len(n.cands) == 0 || n.ctx.kindNamed) && (n.ctx.city || n.ctx.admin || n.ctx.area) {
			n.country, n.byFocus = focus, focus >= 0
		}
	}
}

// keepStatedCountry drops the candidates outside the country the text
// says a place is in by naming it, or its people, before the kind of
// place ("the Russian city of Kazan" is not Turkey's Kazan), when some
// candidate lies in it.
func (r *Resolver) keepStatedCountry(n *name) {
	cc := ""
	for _, k := range n.ctx.kinds {
		for _, p := range r.G.Lookup(k) {
			if e := r.G.Entry(p.Entry()); e.IsCountry() && p.Kind() != gazetteer.KindAlt {
				cc = e.Country
			}
		}
	}
	if cc == "" || !slices.ContainsFunc(n.cands, func(c Candidate) bool { return r.G.Entry(c.Entry).Country == cc }) {
		return
	}
	n.cands = slices.DeleteFunc(n.cands, func(c Candidate) bool { return r.G.Entry(c.Entry).Country != cc })
}

// statedCountry returns the country entry the text puts an unresolved name
// in: a container after it ("X, Lebanon") or a people or country before
// its kind of place ("the southern Lebanese village of X"); -1 when none.
func (r *Resolver) statedCountry(n *name) int {
	for _, k := range append(append([]string(nil), n.ctx.containers...), n.ctx.kinds...) {
		for _, p := range r.G.Lookup(k) {
			if p.Kind() == gazetteer.KindAlt {
				continue
			}
			if e := r.G.Entry(p.Entry()); e.IsCountry() {
				return p.Entry()
			}
		}
	}
	return -1
}

// dropUnsupportedLoose leaves unresolved a name the gazetteer knows only by
// its sound (the phonetic key) when its best candidate has no support
// from the rest of the document — not in a country the text is about, not
// near its other places, no container or relation — while the document
// does say where it is: a faraway small place that merely sounds like an
// unknown word ("Houthi" is no village in China) is a worse answer than
// none.
func (r *Resolver) dropUnsupportedLoose(names []*name) {
	located := 0
	for _, n := range names {
		if n.best >= 0 && n.cands[n.best].Features[fPhonetic] == 0 {
			located++
		}
	}
	if located == 0 {
		return
	}
	// the dateline's country: a sound-alike elsewhere needs more than a
	// country or a city the story names in passing ("Khiam" in a story
	// from Lebanon that names Paris once is no Caen)
	dateline := r.datelineCountry(names)
	for _, n := range names {
		if n.best < 0 {
			continue
		}
		f := &n.cands[n.best].Features
		foreign := dateline != "" && r.G.Entry(n.cands[n.best].Entry).Country != dateline && f[fContainer] == 0 && f[fRelation] == 0
		// (a name the story also writes as the head of a longer one is
		// that one's short form: "along the Cuyuni" after "the Cuyuni
		// River" is no Goiânia, however well the story knows Brazil)
		if f[fPhonetic] == 0 || supported(f) && !n.headOfLonger && !foreign {
			continue
		}
		// the likeliest other sound-alike in a country the story is
		// about ("Ain Issa": ‘Ayn ‘Īsá in a story about Syria, not Inisa
		// in Nigeria), else none
		alt := -1
		for i := range n.cands {
			if g := &n.cands[i].Features; i != n.best && g[fPhonetic] > 0 && g[fShareCountry] > 0.2 && (alt < 0 || n.prob[i] > n.prob[alt]) {
				alt = i
			}
		}
		n.best = alt
	}
}

// supported: a candidate with these features has support from the rest of
// the document: its country or region is the text's, it lies near the
// text's other places, or a container or relation places it.
func supported(f *[numFeatures]float64) bool {
	return f[fShareCountry] > 0.05 || f[fShareAdmin1] > 0.05 || f[fNear] > 0.05 || f[fContainer] > 0 || f[fRelation] > 0
}

// landmarkWords end the names of parks, squares, streets and buildings
// ("Victoria Park", "Linwood Mosque").
var landmarkWords = map[string]bool{"park": true, "square": true, "street": true, "road": true, "avenue": true,
	"bridge": true, "hall": true, "mosque": true, "church": true, "cathedral": true, "stadium": true, "hospital": true,
	"market": true, "garden": true, "gardens": true, "centre": true, "center": true, "hotel": true, "palace": true,
	"museum": true, "temple": true, "station": true, "plaza": true, "mall": true, "campus": true,
	// (and the institutions a story names by their town: "Jau prison" of
	// a Bahraini story is no Jaú in Brazil)
	"prison": true, "jail": true, "barracks": true}

// dropForeignLandmarks unresolves a landmark's name ("Victoria Park" as a
// district of Perth, "Linwood Mosque" as Linwood, Scotland) when nothing
// else in the document supports its place, in a country the document
// never names, while one other country holds two in five or more of the
// document's other places: the landmark is most likely in the story's own
// town, which the gazetteer does not know it in.
func (r *Resolver) dropForeignLandmarks(names []*name) {
	cc, _, total := r.focus(names)
	dropped := map[string]int{}
	for _, n := range names {
		if n.best < 0 {
			continue
		}
		c := &n.cands[n.best]
		// (or a district the text names as one, "the eastern Shaab
		// district", read as a town of that name abroad)
		f := strings.Fields(n.surface)
		landmark := len(f) >= 2 && landmarkWords[strings.ToLower(f[len(f)-1])]
		if !landmark && !(n.ctx.adminNamed && r.G.Entry(c.Entry).Class == 'P') {
			continue
		}
		if c.Features[fContainer] > 0 || c.Features[fRelation] > 0 || c.Features[fNear] > 0.05 {
			continue
		}
		// (a namesake's share, Christchurch's in Dorset, is no support)
		if r.storyElsewhere(n, r.G.Entry(c.Entry).Country, cc, total) {
			n.best = -1
			if landmark {
				dropped[strings.Join(f[:len(f)-1], " ")] = c.Entry
			}
		}
	}
	// (and the landmark's own name told alone, the same place: "Jau
	// prison" ... "inmates in Jau")
	for _, n := range names {
		if e, ok := dropped[n.surface]; ok && n.best >= 0 && n.cands[n.best].Entry == e {
			c := &n.cands[n.best]
			if c.Features[fContainer] == 0 && c.Features[fRelation] == 0 {
				n.best = -1
			}
		}
	}
}

// storyElsewhere: the document's other places than name n's, as focus
// counts cc of total, lie (almost) none in country and two in five or
// more in one other country.
func (r *Resolver) storyElsewhere(n *name, country string, cc map[string]float64, total float64) bool {
	own := r.contribution(n)
	rest := total - own.total
	if rest <= 0 || cc[country]-own.cc[country] > 0.2*rest {
		return false
	}
	for k, v := range cc {
		if k != country && (v-own.cc[k])/rest >= 0.4 {
			return true
		}
	}
	return false
}

// dropForeignAlternates unresolves a name told with an article whose best
// candidate is a town that bears it only as an alternate name, is small,
// has no support from the rest of the document and lies in a country the
// document never names, while one other country holds two in five or more
// of the document's other places ("the Chapare" of a Bolivian story is no
// Afghan district seat that also goes by that name): the name is most
// likely a place of the story's own country the gazetteer does not know.
func (r *Resolver) dropForeignAlternates(names []*name) {
	cc, _, total := r.focus(names)
	dateline := r.datelineCountry(names)
	for _, n := range names {
		if n.best < 0 {
			continue
		}
		c := &n.cands[n.best]
		e := r.G.Entry(c.Entry)
		if c.Features[fAlt] == 0 || c.Features[fName] > 0 || e.IsCountry() || e.Feature == "ADM1" || supported(&c.Features) {
			continue
		}
		// (a story filed from another country: "the Taiwan-controlled
		// Matsu islands" from Nangan, Taiwan, are no Matsue in Japan,
		// however big)
		if dateline == "" || e.Country == dateline {
			if e.Pop >= foreignAltMaxPop {
				continue
			}
			// (told with an article, as an area is, "the Chapare", not
			// as a town: "a base in Maidan Shahr" may be a town abroad
			// spelt another way)
			if e.Class != 'P' || !n.article {
				continue
			}
		}
		if r.storyElsewhere(n, e.Country, cc, total) {
			n.best = -1
		}
	}
}

// datelineCountry is the country of the town the dateline names, found by
// its own name (not its sound), or "".
func (r *Resolver) datelineCountry(names []*name) string {
	for _, n := range names {
		if n.dateline && n.best >= 0 && n.cands[n.best].Features[fPhonetic] == 0 {
			return r.G.Entry(n.cands[n.best].Entry).Country
		}
	}
	return ""
}

// foreignAltMaxPop: a place of this many people or more is known abroad
// by its other names too ("Peking").
const foreignAltMaxPop = 100000

// sharePairNearness gives a region and the same-named city inside it
// ("Mandalay" the region and the city) the same nearness: the region's
// centroid is no better evidence of where the story is than the city it is
// named after, so the other places of the document must not decide between
// them (the text's cue words and the name's usual sense do).
func (r *Resolver) sharePairNearness(n *name) {
	g := r.G
	for i := range n.cands {
		if n.cands[i].Features[fAdminHasCity] == 0 {
			continue
		}
		e := g.Entry(n.cands[i].Entry)
		for j := range n.cands {
			c := g.Entry(n.cands[j].Entry)
			if c.Class != 'P' || c.Country != e.Country || c.Admin1 != e.Admin1 || c.Pop < 100000 && !strings.HasPrefix(c.Feature, "PPLA") {
				continue
			}
			if e.Feature == "ADM2" && c.Admin2 != e.Admin2 {
				continue
			}
			v := math.Max(n.cands[i].Features[fNear], n.cands[j].Features[fNear])
			n.cands[i].Features[fNear] = v
			n.cands[j].Features[fNear] = v
		}
	}
}

// townBefore is the name of the last mention before mention i, within a
// few sentences, that is most likely a town (not a people, a region or a
// country); "" when none.
func (r *Resolver) townBefore(text string, mentions []Mention, i int) string {
	for k := i - 1; k >= 0 && mentions[i].Start-mentions[k].End < 600; k-- {
		m := mentions[k]
		if m.Start < 0 || m.End > len(text) || m.Start >= m.End || m.End > mentions[i].Start {
			continue
		}
		lo, hi := cleanSurface(text[m.Start:m.End])
		if lo >= hi {
			continue
		}
		surface := text[m.Start+lo : m.Start+hi]
		if e := r.bestByPrior(gazetteer.Norm(surface)); e >= 0 && r.G.Entry(e).Class == 'P' {
			return surface
		}
	}
	return ""
}

// roadEnd: the name's rest ends in a road's noun ("Kakopathar road").
func roadEnd(rest string) bool {
	f := strings.Fields(strings.ToLower(rest))
	if len(f) < 2 {
		return false
	}
	switch f[len(f)-1] {
	case "road", "highway", "motorway", "expressway":
		return true
	}
	return false
}

// datelineTown: a dateline names a town, not a region: when the best
// candidate of a dateline's name is a region below a country (the state of
// Washington for "WASHINGTON (Reuters) -"), a capital or a city of 100,000
// or more known by the same name, or the region's own seat, is the
// dateline's place; its index, else -1.
func (r *Resolver) datelineTown(n *name) int {
	g := r.G
	b := g.Entry(n.cands[n.best].Entry)
	if b.Class != 'A' || b.IsCountry() {
		return -1
	}
	best := -1
	for i := range n.cands {
		c := g.Entry(n.cands[i].Entry)
		if c.Class != 'P' {
			continue
		}
		// (known by the name itself, or the seat of the region it names:
		// "ANDIJAN, Uzbekistan" is Andijon, not Andijan Region)
		seat := c.Country == b.Country && c.Admin1 == b.Admin1 && (c.Feature == "PPLA" || c.Feature == "PPLA2" && b.Feature == "ADM2" && c.Admin2 == b.Admin2)
		sameName := gazetteer.Norm(c.Name) == n.key
		if !sameName && !seat {
			continue
		}
		// (a smaller town only when it is the seat of the region of its
		// own name: "SIDI BOUZID, Tunisia", "LALMONIRHAT, Bangladesh" of
		// Lalmonirhat District)
		if c.Feature != "PPLC" && c.Pop < 100000 && !(seat && sameName) {
			continue
		}
		if best < 0 || n.cands[i].Score > n.cands[best].Score {
			best = i
		}
	}
	return best
}

// bestByPrior returns the most likely entry for a name on its own (no
// document evidence), or -1.
func (r *Resolver) bestByPrior(key string) int {
	n := &name{key: key, best: -1, country: -1}
	r.candidates(n)
	r.score(n)
	for n.best >= 0 && n.cands[n.best].Features[fDemonym] > 0 {
		// a demonym is no anchor: drop it and look again
		n.cands = append(n.cands[:n.best], n.cands[n.best+1:]...)
		n.best = -1
		r.score(n)
	}
	if n.best < 0 {
		return -1
	}
	return n.cands[n.best].Entry
}

// score computes candidate scores and probabilities and picks the best.
func (r *Resolver) score(n *name) {
	if len(n.cands) == 0 {
		return
	}
	if cap(n.prob) < len(n.cands) {
		n.prob = make([]float64, len(n.cands))
	}
	n.prob = n.prob[:len(n.cands)]
	maxS := math.Inf(-1)
	n.best = 0
	for i := range n.cands {
		s := r.W.dot(&n.cands[i].Features)
		n.cands[i].Score = s
		if s > maxS {
			maxS, n.best = s, i
		}
	}
	if n.dateline {
		if t := r.datelineTown(n); t >= 0 && t != n.best {
			// (the top score is still the one the probabilities scale by)
			n.best = t
		}
	}
	sum := 0.0
	for i := range n.cands {
		p := math.Exp((n.cands[i].Score - maxS) * r.W.Temp)
		n.prob[i] = p
		sum += p
	}
	for i := range n.prob {
		n.prob[i] /= sum
	}
}

type share struct {
	cc, a1 map[string]float64
	total  float64
}

// contribution is what one name adds to the document's focus.
func (r *Resolver) contribution(n *name) share {
	s := share{cc: map[string]float64{}, a1: map[string]float64{}}
	if len(n.cands) == 0 {
		return s
	}
	w := 1 + math.Log(float64(len(n.mentions)+n.evidence))
	if n.dateline {
		w *= 2
	}
	s.total = w
	for i, c := range n.cands {
		p := n.prob[i]
		if p < 0.01 {
			continue
		}
		e := r.G.Entry(c.Entry)
		if e.Country != "" {
			s.cc[e.Country] += w * p
		}
		if e.Admin1 != "" && !e.IsCountry() {
			s.a1[e.Country+"."+e.Admin1] += w * p
		}
	}
	return s
}

func (r *Resolver) focus(names []*name) (map[string]float64, map[string]float64, float64) {
	cc, a1 := map[string]float64{}, map[string]float64{}
	total := 0.0
	for _, n := range names {
		s := r.contribution(n)
		for k, v := range s.cc {
			cc[k] += v
		}
		for k, v := range s.a1 {
			a1[k] += v
		}
		total += s.total
	}
	return cc, a1, total
}

type point struct {
	lat, lon, w float64
	n           *name
}

// points are the current best places of the document's names that are
// small enough to say where the story is (not countries or continents).
func (r *Resolver) points(names []*name) []point {
	var ps []point
	for _, n := range names {
		if n.best < 0 {
			continue
		}
		e := r.G.Entry(n.cands[n.best].Entry)
		if e.IsCountry() || e.Class == 'L' || e.Class == 'H' {
			continue
		}
		ps = append(ps, point{e.Lat, e.Lon, n.prob[n.best], n})
	}
	// long documents: the most confident places say enough
	const maxPoints = 48
	if len(ps) > maxPoints {
		sort.Slice(ps, func(i, j int) bool { return ps[i].w > ps[j].w })
		ps = ps[:maxPoints]
	}
	return ps
}

// nearness is how close a candidate is to the document's other places:
// the best of exp(-d/150 km) weighted by their confidence.
func nearness(e *gazetteer.Entry, n *name, ps []point) float64 {
	if e.IsCountry() || e.Class == 'L' {
		return 0
	}
	best := 0.0
	for _, p := range ps {
		// (nor the same name told with a word of what it is: "Jau" and
		// "Jau prison" are no support for each other)
		if p.n == n || wordPrefix(p.n.surface, n.surface) || wordPrefix(n.surface, p.n.surface) {
			continue
		}
		d := gazetteer.DistanceKm(e.Lat, e.Lon, p.lat, p.lon)
		if v := p.w * math.Exp(-d/150); v > best {
			best = v
		}
	}
	return best
}

// wordPrefix: name s opens with the words of name p ("Jau prison" with
// "Jau").
func wordPrefix(s, p string) bool {
	return len(s) > len(p) && s[len(p)] == ' ' && strings.HasPrefix(s, p)
}

// relationFit is 1 when the candidate lies where a relative location in the
// text puts it ("Beiji ... about 150 miles north of Baghdad"). The anchor is
// the document's resolution of that name, or its most likely place.
func (r *Resolver) relationFit(e *gazetteer.Entry, n *name, byKey map[string]*name) float64 {
	if n.rel == nil {
		return 0
	}
	key := gazetteer.Norm(trimAnchor(n.rel.anchor))
	var ae *gazetteer.Entry
	if a := byKey[key]; a != nil && a != n && a.best >= 0 {
		ae = r.G.Entry(a.cands[a.best].Entry)
	} else if a == nil {
		if i := r.bestByPrior(key); i >= 0 {
			ae = r.G.Entry(i)
		}
	}
	if ae == nil || ae == e {
		return 0
	}
	dA := gazetteer.DistanceKm(e.Lat, e.Lon, ae.Lat, ae.Lon)
	switch {
	case n.rel.part:
		if dA <= 30 {
			return 1
		}
	case n.rel.within:
		if dA <= max(30, ae.RadiusKm) || ae.Feature == "ADM1" && ae.Country == e.Country && ae.Admin1 == e.Admin1 {
			return 1
		}
	case n.rel.loose:
		// "north of X": within a few hundred km, roughly in that direction
		if dA <= 400 && dA > 1 && angleDiff(bearing(ae.Lat, ae.Lon, e.Lat, e.Lon), n.rel.bearing) <= 50 {
			return 1
		}
	case n.rel.distKm > 0 && n.rel.bearing >= 0:
		la, lo, prec := n.rel.place(ae.Lat, ae.Lon)
		if gazetteer.DistanceKm(e.Lat, e.Lon, la, lo) <= math.Max(30, 1.5*prec) {
			return 1
		}
	case n.rel.distKm > 0:
		// a distance without a direction: a ring around the anchor
		if math.Abs(dA-n.rel.distKm) <= math.Max(20, 0.5*n.rel.distKm) {
			return 1
		}
	default: // "near X"
		if dA <= 60 {
			return 1
		}
	}
	return 0
}

// bearing returns the initial bearing in degrees from one point to another.
func bearing(lat1, lon1, lat2, lon2 float64) float64 {
	p1, p2 := lat1*math.Pi/180, lat2*math.Pi/180
	dl := (lon2 - lon1) * math.Pi / 180
	y := math.Sin(dl) * math.Cos(p2)
	x := math.Cos(p1)*math.Sin(p2) - math.Sin(p1)*math.Cos(p2)*math.Cos(dl)
	return math.Mod(math.Atan2(y, x)*180/math.Pi+360, 360)
}

func angleDiff(a, b float64) float64 {
	d := math.Abs(a - b)
	if d > 180 {
		d = 360 - d
	}
	return d
}

// naturalName: a name that ends in a word for water or land ("Black
// Sea", "Cuyuni River", "Nuba Mountains") names no town.
func naturalName(surface string) bool {
	f := strings.Fields(strings.ToLower(surface))
	if len(f) < 2 {
		return false
	}
	switch f[len(f)-1] {
	case "sea", "ocean", "gulf", "bay", "river", "lake", "strait", "straits", "channel", "mountains", "hills", "desert", "coast", "plain", "plains", "forest", "peninsula", "delta", "valley", "island", "islands":
		return true
	}
	return false
}

// seatPop is the median population GeoNames gives the seats of each
// level of division (cities500: PPLA 49,857, PPLA2 7,119, PPLA3 1,390).
var seatPop = map[string]int64{"PPLC": 49857, "PPLA": 49857, "PPLA2": 7119, "PPLA3": 1390}

// knownPop is a town's population, or, for the seat of a division GeoNames
// gives none (Nara, the seat of a Malian district, "0"), the median of
// such seats: a missing number is no village.
func knownPop(e *gazetteer.Entry) int64 {
	if e.Pop == 0 {
		return seatPop[e.Feature]
	}
	return e.Pop
}

// countryPrecisionKm is the precision claimed for a place known only to lie
// in a country.
const countryPrecisionKm = 250

// fill writes a name's answer into a mention's resolution.
func (r *Resolver) fill(res *Resolution, n *name) {
	if n.relPoint != nil {
		res.Resolved = true
		res.Name = n.surface
		res.Lat, res.Lon, res.PrecisionKm = n.relPoint[0], n.relPoint[1], n.relPoint[2]
		res.Relation = n.rel.text
		res.Feature = "PPL"
		if n.rel.part {
			res.Feature = "PPLX"
		}
		// country and region of the anchor, as the text resolved it
		if a := n.relAnchor; a >= 0 {
			e := r.G.Entry(a)
			res.Country = e.Country
			res.Admin1 = r.G.Admin1Name(e.Country, e.Admin1)
		}
		res.Score = 0.5
	} else if n.best < 0 && n.country >= 0 {
		// somewhere in the country the text names: its point, with the
		// relation saying so
		e := r.G.Entry(n.country)
		res.Resolved = true
		res.Name = n.surface
		res.Lat, res.Lon = e.Lat, e.Lon
		res.Country = e.Country
		res.Feature = ""
		// (not a sea or a river the gazetteer of towns lacks: "the Black
		// Sea port of Odesa")
		if (n.ctx.city || !n.ctx.admin && !n.ctx.area) && !naturalName(n.surface) {
			res.Feature = "PPL"
		}
		res.PrecisionKm = countryPrecisionKm
		res.Relation = "in " + e.Name
		res.Score = 0.3
		if n.byFocus {
			res.Relation += ", the country the text is about"
			res.Score = 0.2
		}
	} else if n.best >= 0 {
		c := n.cands[n.best]
		e := r.G.Entry(c.Entry)
		res.Entry = c.Entry
		res.Resolved = true
		res.Name = e.Name
		res.GeonameID = e.ID
		res.Lat, res.Lon = e.Lat, e.Lon
		res.Country = e.Country
		if e.Feature == "ADM1" {
			res.Admin1 = e.Name
		} else if e.Admin1 != "" {
			res.Admin1 = r.G.Admin1Name(e.Country, e.Admin1)
		}
		res.Feature = e.Feature
		if e.Class == 'A' || e.Class == 'L' || e.Class == 'H' {
			res.PrecisionKm = 0
			// a world region's centre stands for an area its radius wide
			if e.Feature == "CONT" || e.Feature == "RGN" {
				res.PrecisionKm = e.RadiusKm
			}
		}
		if n.ctx.facility && e.Class == 'P' && n.reduced {
			res.PrecisionKm = 5
			res.Relation = "facility at " + e.Name
		}
		res.Score = n.prob[n.best]
	}
	if r.Explain && len(n.cands) > 0 {
		cs := append([]Candidate(nil), n.cands...)
		sort.SliceStable(cs, func(i, j int) bool { return cs[i].Score > cs[j].Score })
		if len(cs) > 10 {
			cs = cs[:10]
		}
		res.Candidates = cs
	}
}

// ExplainCandidate renders a candidate for debugging: the entry and every non-zero
// feature with its weighted contribution.
func (r *Resolver) ExplainCandidate(c Candidate) string {
	e := r.G.Entry(c.Entry)
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%s %s/%s %s pop %d id %d) %.3f:", e.Name, e.Feature, e.Country, r.G.Admin1Name(e.Country, e.Admin1), fmtLatLon(e.Lat, e.Lon), e.Pop, e.ID, c.Score)
	w := r.W.vector()
	for i, v := range c.Features {
		if v != 0 {
			fmt.Fprintf(&b, " %s=%.2f(%+.2f)", featureNames[i], v, v*w[i])
		}
	}
	return b.String()
}

func fmtLatLon(lat, lon float64) string { return fmt.Sprintf("%.3f,%.3f", lat, lon) }

// lastWord is the last space-separated word of s.
func lastWord(s string) string {
	if i := strings.LastIndexAny(s, " \t\n"); i >= 0 {
		return s[i+1:]
	}
	return s
}
