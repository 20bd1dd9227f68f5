// Package quantity owns the quantity stage: it finds cardinal numbers in
// the sentences of a Doc (digits and words, "1.5 billion", "hundreds"),
// their hedges ("about", "up to", "at least"), the noun they count and a
// category (killed, injured, displaced, fled, troops, population, distance,
// money, percent, ...) from the noun and the words around it.
//
// It reads tokens, sentences, the timex stage's Doc.Times (so that years,
// dates and clock times are not counted) and, when present, part-of-speech
// tags; it writes only Doc.Quantities. It reuses the timex lexer read-only
// and keeps its own lookup tables; no regular expressions.
package quantity

import (
	"context"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/timex"
)

// Stage is the quantity stage; it holds no state.
type Stage struct{}

// New returns the quantity stage.
func New() *Stage { return &Stage{} }

func (*Stage) Name() string { return "quantity" }
func (*Stage) Requires() []string {
	return []string{doc.AnnTokens, doc.AnnSentences, doc.AnnTimes}
}
func (*Stage) Assigns() []string { return []string{doc.AnnQuantities} }

// word classes of the quantity lexicon
const (
	cNone      = iota
	cStop      // function word: ends a noun phrase
	cCue       // a verb or adjective that gives a category
	cNounClass // a noun that gives a category
	cUnit      // a unit of measure (miles, percent, dollars)
	cVague     // hundreds, dozens, thousands, millions
	cPlace     // village, town, city (population "a village of 10,000")
	cHedge     // about, around...
	cThing     // a countable thing that is not a person (villages, cars)
)

type qentry struct {
	class    int
	noun     bool   // a cue that is a noun ("deaths", "hostages")
	category string // for cue and noun classes
	unit     string // for units
	ucat     string // category a unit gives
	min, max float64
}

var qlex = buildQLex()

func buildQLex() map[string]qentry {
	m := map[string]qentry{}
	cue := func(cat string, ws ...string) {
		for _, w := range ws {
			m[w] = qentry{class: cCue, category: cat}
		}
	}
	cue("killed", "killed", "kill", "kills", "killing", "slain", "slaughtered", "massacred", "executed", "murdered", "died", "die", "deaths", "death", "lives", "toll", "perished")
	cue("injured", "injured", "wounded", "wounding", "injuring", "hurt", "injuries", "wounds")
	cue("dead", "dead", "bodies", "corpses")
	cue("missing", "missing", "unaccounted")
	cue("displaced", "displaced", "displacing", "homeless", "uprooted", "displacement")
	cue("fled", "fled", "flee", "fleeing", "flees", "escaped", "evacuated", "exodus")
	cue("refugees", "refugees", "refugee")
	cue("arrested", "arrested", "detained", "captured", "jailed", "arrests", "detainees", "prisoners", "imprisoned", "held")
	cue("kidnapped", "kidnapped", "abducted", "hostages", "hostage", "seized")
	for _, w := range []string{"deaths", "death", "lives", "injuries", "wounds", "bodies", "corpses", "dead", "refugees", "refugee",
		"arrests", "detainees", "prisoners", "hostages", "hostage", "casualties", "victims"} {
		e := m[w]
		e.class, e.noun = cCue, true
		if e.category == "" {
			e.category = "killed"
		}
		m[w] = e
	}
	noun := func(cat string, ws ...string) {
		for _, w := range ws {
			m[w] = qentry{class: cNounClass, category: cat}
		}
	}
	noun("troops", "troops", "soldiers", "servicemen", "marines", "forces", "personnel", "policemen", "police", "officers", "paratroopers", "peacekeepers")
	noun("advisers", "advisers", "advisors", "trainers", "instructors", "specialists", "experts")
	noun("fighters", "fighters", "militants", "insurgents", "rebels", "gunmen", "jihadists", "militiamen", "guerrillas", "combatants", "extremists")
	noun("refugees", "refugees", "asylum-seekers", "migrants")
	noun("population", "residents", "inhabitants", "population", "people_living")
	unit := func(u, cat string, ws ...string) {
		for _, w := range ws {
			m[w] = qentry{class: cUnit, unit: u, ucat: cat}
		}
	}
	unit("mi", "distance", "miles", "mile", "mi")
	unit("km", "distance", "kilometers", "kilometres", "kilometer", "kilometre", "km", "kms")
	unit("m", "distance", "meters", "metres", "meter", "metre")
	unit("ft", "distance", "feet", "foot", "ft")
	unit("yd", "distance", "yards", "yard")
	unit("%", "percent", "percent", "pct")
	unit("USD", "money", "dollars", "dollar")
	unit("EUR", "money", "euros", "euro")
	unit("GBP", "money", "pounds", "sterling")
	unit("s", "duration", "seconds", "second")
	unit("min", "duration", "minutes", "minute", "min", "mins")
	unit("h", "duration", "hours", "hour", "hrs")
	unit("d", "duration", "days", "day")
	unit("wk", "duration", "weeks", "week")
	unit("mo", "duration", "months", "month")
	unit("yr", "duration", "years", "year")
	unit("t", "weight", "tons", "tonnes", "ton", "tonne")
	unit("kg", "weight", "kilograms", "kilogrammes", "kg")
	unit("bbl", "volume", "barrels")
	vague := func(w string, lo, hi float64) { m[w] = qentry{class: cVague, min: lo, max: hi} }
	vague("dozens", 24, 99)
	vague("scores", 40, 99)
	vague("hundreds", 200, 999)
	vague("thousands", 2000, 9999)
	vague("millions", 2e6, 9999999)
	vague("billions", 2e9, 9999999999)
	for _, w := range []string{"village", "town", "city", "district", "country", "nation", "community", "province", "camp"} {
		m[w] = qentry{class: cPlace}
	}
	// things, not people: counts of these take no casualty category
	for _, w := range []string{"villages", "towns", "cities", "districts", "countries", "provinces", "camps", "homes", "houses", "buildings",
		"vehicles", "cars", "trucks", "tanks", "bridges", "roads", "schools", "hospitals", "shops", "rockets", "missiles", "shells", "bombs",
		"weapons", "guns", "aircraft", "planes", "helicopters", "drones", "ships", "boats", "acres", "hectares", "times", "points", "votes",
		"seats", "cases", "tests", "doses", "days", "shares", "articles", "pages", "languages", "flights", "routes"} {
		if _, ok := m[w]; !ok {
			m[w] = qentry{class: cThing}
		}
	}
	for _, w := range []string{"the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or", "but", "since", "as", "than",
		"that", "who", "which", "whom", "whose", "were", "was", "are", "is", "be", "been", "have", "has", "had", "will", "would", "could", "said", "say",
		"says", "who", "into", "during", "after", "before", "near", "across", "this", "these", "those", "their", "his", "her", "its", "our", "it", "they",
		"he", "she", "we", "when", "where", "while", "per", "each", "every", "estimated", "more", "less", "according", "including", "among", "against",
		"because", "if", "so", "not", "no", "only", "also", "still", "about", "around", "over", "under", "up", "out", "down", "back", "north", "south",
		"east", "west", "away", "there", "here", "last", "next", "ago"} {
		if _, ok := m[w]; !ok {
			m[w] = qentry{class: cStop}
		}
	}
	return m
}

func lookup(text string, w timex.Word) qentry {
	var key [24]byte
	s := text[w.Start:w.End]
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			if c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x99 {
				c = '\''
				i += 2
			} else {
				return qentry{}
			}
		}
		if n == len(key) {
			return qentry{}
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		key[n] = c
		n++
	}
	return qlex[string(key[:n])]
}

// sentence state
type scan struct {
	text  string
	ws    []timex.Word
	q     []qentry
	times []doc.Time
	d     *doc.Doc
	// loaded marks which entries of q have been looked up; the quantity
	// lexicon is consulted only around numbers.
	loaded []bool
}

// qe returns the quantity lexicon entry of word k.
func (s *scan) qe(k int) qentry {
	if !s.loaded[k] {
		s.loaded[k] = true
		if s.ws[k].Kind == timex.KAlpha {
			s.q[k] = lookup(s.text, s.ws[k])
		} else {
			s.q[k] = qentry{}
		}
	}
	return s.q[k]
}

// Process finds the quantities of d.
func (st *Stage) Process(ctx context.Context, d *doc.Doc) error {
	d.Quantities = d.Quantities[:0]
	s := &scan{text: d.Text, times: d.Times}
	if d.Has(doc.AnnPOS) {
		s.d = d
	}
	var buf []timex.Word
	ti := 0
	for si, sent := range d.Sentences {
		if si%256 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		buf = timex.Lex(d.Text, sent.Start, sent.End, buf[:0])
		s.ws = buf
		if cap(s.q) < len(buf) {
			s.q = make([]qentry, len(buf), 2*len(buf))
		}
		s.q = s.q[:len(buf)]
		s.loaded = s.loaded[:0]
		for range buf {
			s.loaded = append(s.loaded, false)
		}
		for ti < len(d.Times) && d.Times[ti].End <= sent.Start {
			ti++
		}
		s.times = d.Times[ti:]
		for i := 0; i < len(buf); {
			q, j, ok := s.match(i)
			if !ok || j <= i {
				i++
				continue
			}
			if finite(q) {
				d.Quantities = append(d.Quantities, q)
			}
			i = j
		}
	}
	return nil
}

// timeAt returns the time expression covering byte offset off, if any.
// Offsets are asked for in increasing order within a sentence, so the
// times before off are dropped as the scan moves on.
func (s *scan) timeAt(off int) *doc.Time {
	for len(s.times) > 0 && s.times[0].End <= off {
		s.times = s.times[1:]
	}
	if len(s.times) > 0 && s.times[0].Start <= off {
		return &s.times[0]
	}
	return nil
}

func (s *scan) is(k int, w string) bool {
	if k < 0 || k >= len(s.ws) || s.ws[k].Kind != timex.KAlpha {
		return false
	}
	x := s.ws[k]
	return x.End-x.Start == len(w) && strings.EqualFold(s.text[x.Start:x.End], w)
}

func (s *scan) isAny(k int, ws ...string) bool {
	for _, w := range ws {
		if s.is(k, w) {
			return true
		}
	}
	return false
}

func (s *scan) punct(k int, c byte) bool {
	return k >= 0 && k < len(s.ws) && s.ws[k].Kind == timex.KPunct && s.text[s.ws[k].Start] == c
}

func (s *scan) entry(k int) *timex.Entry {
	if k < 0 || k >= len(s.ws) {
		return nil
	}
	return s.ws[k].E
}

// number reads a cardinal at k: digits or words, with multipliers.
// It returns the value, the end word, and for vague plurals min/max.
func (s *scan) number(k int) (v float64, end int, lo, hi float64, ok bool) {
	w := s.ws[k]
	switch w.Kind {
	case timex.KNum:
		if w.Colon || w.Suf != w.End {
			suf := strings.ToLower(s.text[w.Suf:w.End])
			switch suf {
			case "m", "mn":
				return w.Num * 1e6, k + 1, 0, 0, !w.Colon
			case "bn", "b":
				return w.Num * 1e9, k + 1, 0, 0, !w.Colon
			case "k":
				return w.Num * 1e3, k + 1, 0, 0, !w.Colon
			}
			return 0, k, 0, 0, false
		}
		v, end = w.Num, k+1
	case timex.KAlpha:
		q := s.qe(k)
		if q.class == cVague {
			lo, hi = q.min, q.max
			end = k + 1
			// tens of thousands, hundreds of thousands
			if s.is(end, "of") && end+1 < len(s.ws) && s.qe(end+1).class == cVague && s.qe(end+1).min > q.min {
				f := s.qe(end+1).min / 2
				lo, hi, end = q.min*f, q.max*f*2/10+q.max*f, end+2
				hi = q.max * s.qe(end-1).min / 2
				if hi < lo {
					hi = lo * 5
				}
			}
			return lo, end, lo, hi, true
		}
		if s.is(k, "tens") && s.is(k+1, "of") && k+2 < len(s.ws) && s.qe(k+2).class == cVague {
			base := s.qe(k+2).min / 2
			return 20 * base, k + 3, 20 * base, 99 * base, true
		}
		e := w.E
		if e == nil {
			return 0, k, 0, 0, false
		}
		switch {
		case s.isAny(k, "a", "an"):
			if ne := s.entry(k + 1); ne != nil && (ne.Mult > 0 || s.is(k+1, "dozen")) {
				v, end = 1, k+1
			} else {
				return 0, k, 0, 0, false
			}
		case s.is(k, "dozen"):
			v, end = 12, k+1
		case e.Tens:
			v, end = float64(e.Num), k+1
			j := end
			if s.punct(j, '-') {
				j++
			}
			if u := s.entry(j); u != nil && u.Num > 0 && u.Num < 10 && !u.Tens && !s.isAny(j, "a", "an") {
				v, end = v+float64(u.Num), j+1
			}
		case e.Num > 0 && e.Ord == 0:
			v, end = float64(e.Num), k+1
		default:
			return 0, k, 0, 0, false
		}
	default:
		return 0, k, 0, 0, false
	}
	// multipliers: 1.5 billion, two hundred thousand, a dozen
	for end < len(s.ws) {
		if s.is(end, "dozen") {
			v *= 12
			end++
			continue
		}
		e := s.entry(end)
		if e == nil || e.Mult == 0 {
			break
		}
		v *= float64(e.Mult)
		end++
	}
	return v, end, 0, 0, true
}

var hedges = []struct {
	words  []string
	approx string
	bound  int // 1: value is a minimum, 2: a maximum
}{
	{[]string{"up", "to"}, "up to", 2},
	{[]string{"as", "many", "as"}, "as many as", 2},
	{[]string{"at", "least"}, "at least", 1},
	{[]string{"more", "than"}, "more than", 1},
	{[]string{"fewer", "than"}, "fewer than", 2},
	{[]string{"less", "than"}, "less than", 2},
	{[]string{"an", "estimated"}, "an estimated", 0},
	{[]string{"about"}, "about", 0},
	{[]string{"around"}, "around", 0},
	{[]string{"nearly"}, "nearly", 2},
	{[]string{"almost"}, "almost", 2},
	{[]string{"some"}, "some", 0},
	{[]string{"roughly"}, "roughly", 0},
	{[]string{"approximately"}, "approximately", 0},
	{[]string{"over"}, "over", 1},
	{[]string{"under"}, "under", 2},
	{[]string{"estimated"}, "estimated", 0},
}

func (s *scan) match(i int) (doc.Quantity, int, bool) {
	w := s.ws[i]
	if w.Kind == timex.KAlpha && (w.E == nil || w.E.Num == 0 && !w.E.Tens && !w.E.Count && w.E.Mult == 0) {
		return doc.Quantity{}, 0, false
	}
	if w.Kind == timex.KPunct {
		return doc.Quantity{}, 0, false
	}
	v, end, lo, hi, ok := s.number(i)
	if !ok {
		return doc.Quantity{}, 0, false
	}
	start := i
	// money sign before the number
	unit, cat := "", ""
	if c := s.ws[i]; i > 0 && s.ws[i-1].End == c.Start {
		switch s.text[s.ws[i-1].Start:s.ws[i-1].End] {
		case "$":
			unit, cat, start = "USD", "money", i-1
			if i > 1 && s.is(i-2, "US") && s.ws[i-2].End == s.ws[i-1].Start {
				start = i - 2
			}
		case "€":
			unit, cat, start = "EUR", "money", i-1
		case "£":
			unit, cat, start = "GBP", "money", i-1
		}
	}
	// skip numbers that are dates, years or clock times
	if t := s.timeAt(w.Start); t != nil && t.Type != "DURATION" {
		return doc.Quantity{}, 0, false
	}
	if w.Kind == timex.KNum && w.Colon {
		return doc.Quantity{}, 0, false
	}
	// numbers inside names: "Flight 17", "Resolution 1441", "F-16"
	if cat == "" && w.Kind == timex.KNum && i > 0 {
		p := s.ws[i-1]
		if p.Kind == timex.KAlpha && p.Cap && s.qe(i-1).class == cNone && (p.E == nil || i-1 > 0 && p.E.Month == 0 && p.E.Approx == "" && p.E.Num == 0) {
			return doc.Quantity{}, 0, false
		}
		if s.punct(i-1, '-') && p.End == w.Start && i > 1 && s.ws[i-2].Kind == timex.KAlpha && s.ws[i-2].Cap {
			return doc.Quantity{}, 0, false
		}
		if s.punct(i-1, '#') || s.isAny(i-1, "No", "no", "number") && s.punct(i, '.') {
			return doc.Quantity{}, 0, false
		}
	}
	// "one" as a pronoun or determiner: "the one that", "one of the"
	if s.is(i, "one") && end == i+1 && (s.isAny(i-1, "the", "this", "that", "no", "any", "every", "each", "which", "another") || s.isAny(end, "of", "another", "who", "that", "which") || end >= len(s.ws) || s.ws[end].Kind == timex.KPunct) {
		return doc.Quantity{}, 0, false
	}
	if s.isAny(i, "one") && end == i+1 && s.ws[i].Cap && i == 0 {
		// sentence-initial "One man who..." is still a count of one
	}
	q := doc.Quantity{Value: v}
	if lo > 0 {
		q.Min, q.Max = fp(lo), fp(hi)
	}
	// hedge
	for _, h := range hedges {
		n := len(h.words)
		ok := start-n >= 0
		for x := 0; ok && x < n; x++ {
			ok = s.is(start-n+x, h.words[x])
		}
		if !ok {
			continue
		}
		q.Approx = h.approx
		switch h.bound {
		case 1:
			q.Min = fp(v)
		case 2:
			q.Max = fp(v)
		}
		break
	}
	j := end
	// units after the number
	if j < len(s.ws) && s.punct(j, '%') {
		unit, cat = "%", "percent"
		j++
	} else if cat == "" {
		k := j
		if s.punct(k, '-') {
			k++
		}
		if k < len(s.ws) && s.qe(k).class == cUnit {
			unit, cat = s.qe(k).unit, s.qe(k).ucat
			j = k + 1
			// an age: "a 25-year-old man", "aged 7 years old"
			if cat == "duration" && (s.is(j, "old") || s.punct(j, '-') && s.is(j+1, "old")) {
				cat = "age"
			}
		} else if s.is(k, "per") && s.is(k+1, "cent") {
			unit, cat, j = "%", "percent", k+2
		}
	} else if k := j; k < len(s.ws) && s.qe(k).class == cUnit && s.qe(k).ucat == "money" {
		j = k + 1
	}
	q.Start, q.End = s.ws[start].Start, s.ws[end-1].End
	if unit == "%" && j == end+1 && s.punct(end, '%') {
		q.End = s.ws[end].End
	}
	q.Text = s.text[q.Start:q.End]
	if unit != "" {
		q.Unit = fp2(unit)
	}
	// the counted noun
	nounAt := -1
	if cat == "" || cat == "money" {
		k := j
		if s.is(k, "of") && lo > 0 {
			k++
		}
		nounAt = s.head(k)
		if nounAt >= 0 {
			q.Noun = normNoun(s.text[s.ws[nounAt].Start:s.ws[nounAt].End])
		}
	}
	if cat == "" {
		cat = s.category(i, start, j, nounAt)
	}
	if cat == "" {
		cat = "other"
	}
	q.Category = cat
	// a number with no noun and no unit right before a plain word that is
	// not a noun is still reported; ordinals never reach here.
	_ = math.Abs
	return q, j, true
}

func fp(f float64) *float64 { return &f }
func fp2(s string) *string  { return &s }

// head finds the head noun of the phrase after a number: it skips
// adjectives and stops before a function word, a verb cue or punctuation.
func (s *scan) head(k int) int {
	last := -1
	for x := k; x < len(s.ws) && x < k+5; x++ {
		w := s.ws[x]
		if w.Kind != timex.KAlpha {
			if w.Kind == timex.KPunct && s.punct(x, '-') && last >= 0 {
				continue
			}
			break
		}
		q := s.qe(x)
		if q.class == cStop {
			break
		}
		if s.d != nil {
			ti := s.d.TokenAt(w.Start)
			if ti >= 0 {
				switch p := s.d.Tokens[ti].XPOS; {
				case strings.HasPrefix(p, "NN"):
					last = x
					if p == "NNS" || p == "NNPS" {
						return x
					}
					continue
				case strings.HasPrefix(p, "JJ"), p == "VBN" && last < 0, p == "CD":
					continue
				default:
					return last
				}
			}
		}
		if q.class == cCue && q.noun {
			return x
		}
		if q.class == cCue && last >= 0 {
			break
		}
		if w.E != nil && (w.E.Tense != 0) {
			break
		}
		txt := s.text[w.Start:w.End]
		if last >= 0 && strings.HasSuffix(txt, "ed") {
			break
		}
		last = x
		if w.Cap && x+1 < len(s.ws) && s.ws[x+1].Kind == timex.KAlpha {
			// a name before the head: "ISIS fighters", "Kurdish peshmerga"
			if nq := s.qe(x + 1); nq.class == cNounClass || nq.class == cThing || nq.class == cCue && nq.noun {
				continue
			}
		}
		if plural(txt) || q.class == cNounClass || q.class == cCue && q.category == "dead" {
			return x
		}
	}
	return last
}

func plural(w string) bool {
	if strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") {
		return false
	}
	if strings.HasSuffix(w, "s") {
		return true
	}
	switch strings.ToLower(w) {
	case "people", "men", "women", "children", "police", "personnel", "staff", "civilians", "militia", "dead", "cattle":
		return true
	}
	return false
}

func normNoun(w string) string {
	return strings.ReplaceAll(w, "’", "'")
}

// category decides what a count counts, from the words around it.
func (s *scan) category(num, start, end, noun int) string {
	after := end
	if noun >= 0 {
		after = noun + 1
	}
	if noun >= 0 && s.qe(noun).class == cThing {
		return ""
	}
	// 1. a state right after: "10 dead", "20 people killed", "5 missing"
	for x := after; x < len(s.ws) && x < after+3; x++ {
		if s.ws[x].Kind != timex.KAlpha {
			break
		}
		if q := s.qe(x); q.class == cCue {
			if x == after || s.isAny(x-1, "were", "been", "was", "are", "have", "had") {
				return q.category
			}
		}
		if !s.isAny(x, "were", "been", "was", "are", "have", "had", "reported", "people") {
			break
		}
	}
	// 2. the number as the object of a verb: "killed 1,500", "displaced 1 million"
	for x := start - 1; x >= 0 && x >= start-4; x-- {
		if s.ws[x].Kind == timex.KPunct {
			break
		}
		if q := s.qe(x); q.class == cCue {
			return q.category
		}
	}
	// 3. the noun itself
	if noun >= 0 {
		if q := s.qe(noun); q.class == cNounClass || q.class == cCue && q.noun {
			return q.category
		}
	}
	// 4. a place of N: "a village of around 10,000"
	k := start - 1
	for k >= 0 && s.qe(k).class == cHedge || k >= 0 && s.isAny(k, "about", "around", "some", "nearly", "roughly", "approximately", "over", "almost") {
		k--
	}
	if s.is(k, "of") && k > 0 && s.qe(k-1).class == cPlace {
		return "population"
	}
	if noun < 0 && s.isAny(k, "population") {
		return "population"
	}
	// 5. a cue later in the clause: "300,000 Iraqis estimated to have fled"
	for x := after; x < len(s.ws) && x < after+7; x++ {
		if s.ws[x].Kind == timex.KPunct && !s.punct(x, '-') || s.isAny(x, "and", "but", "while", "after", "before", "as", "when") {
			break
		}
		if q := s.qe(x); q.class == cCue {
			return q.category
		}
	}
	if noun >= 0 && s.isAny(noun, "people", "residents", "inhabitants") && s.isAny(k, "of") {
		return "population"
	}
	return ""
}

// finite reports whether every number of q can be written as JSON: a
// thousand-digit numeral overflows to +Inf and is not a count worth keeping.
func finite(q doc.Quantity) bool {
	ok := func(v float64) bool { return !math.IsInf(v, 0) && !math.IsNaN(v) }
	if !ok(q.Value) || (q.Min != nil && !ok(*q.Min)) || (q.Max != nil && !ok(*q.Max)) {
		return false
	}
	return true
}
