package timex

import (
	"strings"
	"time"

	"github.com/sitrep/sitrep/doc"
)

// hit is one recognised expression over words [i, j) of a sentence.
type hit struct {
	i, j int
	typ  string
	val  string // a fixed value (durations, sets, references)
	w    when
	hasW bool
	rel  bool // the value depends on the document date
	mod  string
	// from/to override the span of w (since X, the past N days).
	from, to time.Time
	// toDCT stretches the range from the value's start to the document date.
	toDCT bool
}

// scanner recognises expressions in one sentence.
type scanner struct {
	text   string
	ws     []Word
	dct    time.Time
	hasDCT bool
	d      *doc.Doc // for POS-based tense; may be nil
	// lastQuarter is the most recent quarter named in the document, the
	// reference for "the quarter" and "a year earlier" in financial prose.
	lastQuarter *when
	// days holds the date each weekday was last resolved to, the
	// reference for "that Monday".
	days map[int]time.Time
	// lastYear is the year of the most recent expression that named its
	// year ("in 2019", "March 2021"), the reference for "that year" ("in
	// October of that year", "later that year"); 0 before any.
	lastYear int
}

func (s *scanner) e(k int) *Entry {
	if k < 0 || k >= len(s.ws) {
		return nil
	}
	return s.ws[k].E
}

func (s *scanner) is(k int, word string) bool {
	if k < 0 || k >= len(s.ws) || s.ws[k].Kind != KAlpha {
		return false
	}
	w := s.ws[k]
	return w.End-w.Start == len(word) && strings.EqualFold(s.text[w.Start:w.End], word)
}

func (s *scanner) isAny(k int, words ...string) bool {
	for _, w := range words {
		if s.is(k, w) {
			return true
		}
	}
	return false
}

func (s *scanner) punct(k int, c byte) bool {
	return k >= 0 && k < len(s.ws) && s.ws[k].Kind == KPunct && s.text[s.ws[k].Start] == c
}

// adjacent reports whether word k+1 follows word k with no space.
func (s *scanner) glued(k int) bool {
	return k+1 < len(s.ws) && s.ws[k].End == s.ws[k+1].Start
}

func (s *scanner) num(k int) (Word, bool) {
	if k < 0 || k >= len(s.ws) || s.ws[k].Kind != KNum {
		return Word{}, false
	}
	return s.ws[k], true
}

func (s *scanner) suffix(k int) string {
	w := s.ws[k]
	return strings.ToLower(s.text[w.Suf:w.End])
}

// skipAbbrDot steps over the period after an abbreviation ("Sept.").
func (s *scanner) skipAbbrDot(k int) int {
	if e := s.e(k); e != nil && e.Abbr && s.punct(k+1, '.') && s.glued(k) {
		return k + 2
	}
	return k + 1
}

// count reads a cardinal at k: digits, number words ("twenty-four", "a"),
// or a vague count ("several", "a few"); n < 0 for vague.
func (s *scanner) count(k int) (n float64, end int, ok bool) {
	if w, isNum := s.num(k); isNum {
		if w.Colon || w.Suf != w.End || w.Comma && w.Num >= 10000 {
			return 0, k, false
		}
		return w.Num, k + 1, true
	}
	e := s.e(k)
	if e == nil {
		return 0, k, false
	}
	switch {
	case s.isAny(k, "a", "an"):
		if s.isAny(k+1, "few", "couple") {
			end := k + 2
			if s.is(end, "of") {
				end++
			}
			if s.is(k+1, "couple") {
				return 2, end, true
			}
			return -1, end, true
		}
		if s.is(k+1, "half") {
			return 0.5, k + 2, true
		}
		if s.is(k+1, "dozen") {
			return 12, k + 2, true
		}
		return 1, k + 1, true
	case e.Vague:
		return -1, k + 1, true
	case s.is(k, "half"):
		if s.isAny(k+1, "a", "an") {
			return 0.5, k + 2, true
		}
		return 0, k, false
	case e.Tens:
		v := float64(e.Num)
		j := k + 1
		if s.punct(j, '-') && s.glued(k) {
			j++
		}
		if u := s.e(j); u != nil && u.Num > 0 && u.Num < 10 && !u.Tens && !s.isAny(j, "a", "an") {
			return v + float64(u.Num), j + 1, true
		}
		return v, k + 1, true
	case e.Num > 0 || s.is(k, "zero"):
		v := float64(e.Num)
		if m := s.e(k + 1); m != nil && m.Mult > 0 && m.Mult <= 1000 {
			return v * float64(m.Mult), k + 2, true
		}
		return v, k + 1, true
	}
	return 0, k, false
}

// unit reads a unit of time at k, allowing a hyphen before it when glued.
func (s *scanner) unit(k int) (u int, plural bool, end int) {
	if s.punct(k, '-') {
		k++
	} else if s.isAny(k, "more", "additional", "extra", "straight", "consecutive", "full") {
		k++
	}
	e := s.e(k)
	if e == nil || e.Unit == 0 {
		return 0, false, k
	}
	return e.Unit, e.Plural, k + 1
}

// match tries every pattern at word i and returns the longest hit.
func (s *scanner) match(i int) (hit, bool) {
	e := s.e(i)
	w := s.ws[i]
	if w.Kind != KNum && (e == nil || !e.Trigger) {
		return hit{}, false
	}
	if e != nil && e.Weak && i+1 < len(s.ws) {
		if n := s.ws[i+1]; n.Kind != KNum && (n.E == nil || !n.E.Trigger) {
			return hit{}, false
		}
	}
	var best hit
	found := false
	try := func(h hit, ok bool) {
		if ok && (!found || h.j > best.j) {
			best, found = h, true
		}
	}
	// leading words that belong to the expression
	k := i
	mod := ""
	approx := ""
	if s.is(k, "the") {
		k++
	}
	switch {
	case s.isAny(k, "about", "around", "roughly", "approximately", "nearly", "almost", "some", "over", "under") && s.countAt(k+1):
		approx = s.e(k).Approx
		k++
	case s.isAny(k, "more", "less", "fewer") && s.is(k+1, "than"):
		approx = map[bool]string{true: "MORE_THAN", false: "LESS_THAN"}[s.is(k, "more")]
		k += 2
	case s.is(k, "at") && s.is(k+1, "least"):
		approx = "EQUAL_OR_MORE"
		k += 2
	case s.is(k, "up") && s.is(k+1, "to"):
		approx = "EQUAL_OR_LESS"
		k += 2
	}
	edgeStart := k
	switch {
	case s.isAny(k, "early", "late") && !s.is(k+1, "to"):
		mod = s.e(k).Edge
		k++
	case s.is(k, "mid") && s.punct(k+1, '-'):
		mod = "MID"
		k += 2
	case s.is(k, "mid"):
		mod = "MID"
		k++
	case (k == i || k == i+1 && s.is(i, "the")) && s.isAny(k, "end", "beginning", "start", "middle") && s.is(k+1, "of"):
		mod = s.e(k).Edge
		k += 2
		if s.is(k, "the") {
			k++
		}
	}
	if k > edgeStart {
		if h, ok := s.core(k); ok && h.hasW {
			h.i, h.mod = i, mod
			try(h, true)
		} else if u := s.e(k); u != nil && u.Unit != 0 && !u.Plural && unitGran(u.Unit) >= gYear && s.is(k-1, "the") {
			// the end of the year: the current one
			try(hit{i: i, j: k + 1, typ: "DATE", w: at(unitGran(u.Unit), s.dct), hasW: true, rel: true, mod: mod}, true)
		}
		k = edgeStart
	}
	if s.isAny(k, "earlier", "later") && s.isAny(k+1, "this", "last", "next", "that") {
		if h, ok := s.core(k + 1); ok && h.hasW {
			h.i = i
			if s.is(k, "earlier") && s.is(k+1, "this") {
				h.toDCT = true
			} else {
				h.mod = s.e(k).Edge
			}
			try(h, true)
		}
	}
	if h, ok := s.core(k); ok {
		if approx != "" && h.typ == "DURATION" {
			h.mod = approx
		}
		if k > i && (approx != "" || h.typ == "DURATION" || h.hasW) {
			h.i = i
		}
		try(h, true)
	}
	if i != k {
		if h, ok := s.core(i); ok {
			try(h, true)
		}
	}
	if found && best.hasW && best.w.g == gYear {
		best = s.extendYear(best)
	}
	return best, found
}

// extendYear grows a year into a quarter or half named after it: "the 1988
// second quarter", "this year's third quarter", "the 1989 period".
func (s *scanner) extendYear(h hit) hit {
	k := h.j + s.possessive(h.j)
	if e := s.e(k); e != nil && e.Ord > 0 {
		j := k + 1
		if s.punct(j, '-') {
			j++
		}
		switch {
		case s.is(j, "quarter") && e.Ord <= 4:
			h.w = when{g: gQuarter, t: day(h.w.t.Year(), 1, 1), n: e.Ord}
			h.j = j + 1
			q := h.w
			s.lastQuarter = &q
		case s.is(j, "half") && e.Ord <= 2:
			h.w = when{g: gHalf, t: day(h.w.t.Year(), 1, 1), n: e.Ord}
			h.j = j + 1
		}
		return h
	}
	if s.isAny(k, "quarter", "period") && s.lastQuarter != nil {
		h.w = when{g: gQuarter, t: day(h.w.t.Year(), 1, 1), n: s.lastQuarter.n}
		h.j = k + 1
	}
	return h
}

// core matches an expression with no leading modifier at k.
func (s *scanner) core(k int) (hit, bool) {
	if k >= len(s.ws) {
		return hit{}, false
	}
	var best hit
	found := false
	try := func(h hit, ok bool) {
		if ok && (!found || h.j > best.j) {
			best, found = h, true
		}
	}
	w := s.ws[k]
	if w.Kind == KNum {
		if isOrdSuffix(s.suffix(k)) && s.is(k+1, "century") && w.Num >= 1 && w.Num <= 30 {
			try(hit{i: k, j: k + 2, typ: "DATE", w: when{g: gCentury, t: day(int(w.Num-1)*100, 1, 1)}, hasW: true}, true)
		}
		try(s.clock(k))
		try(s.numericDate(k))
		try(s.dayMonth(k))
		try(s.year(k))
		try(s.countUnit(k))
		return best, found
	}
	e := w.E
	if e == nil {
		return hit{}, false
	}
	if s.is(k, "that") && s.is(k+1, "year") && s.lastYear != 0 {
		try(hit{i: k, j: k + 2, typ: "DATE", w: when{g: gYear, t: day(s.lastYear, 1, 1)}, hasW: true}, true)
	}
	if e.Deictic != 0 {
		try(s.deictic(k))
	}
	// ("James Fields, now 22,": an age, not a time)
	if e.Ref != "" && !(e.Ref == "PRESENT_REF" && k+1 < len(s.ws) && s.ws[k+1].Kind == KNum) {
		try(hit{i: k, j: k + 1, typ: "DATE", val: e.Ref, rel: true}, true)
	}
	if e.Rel != 0 || s.is(k, "latest") {
		try(s.relUnit(k))
	}
	if e.Month != 0 {
		try(s.monthExpr(k))
	}
	if e.Weekday != 0 {
		try(s.weekday(k, 0))
	}
	if e.Clock != 0 {
		try(s.clock(k))
	}
	if e.Ord != 0 {
		try(s.ordinal(k))
	}
	if e.Season != "" && !e.Plural {
		try(s.season(k, 0))
	}
	if e.Holiday != "" {
		try(s.holiday(k))
	}
	if e.SetAdv != "" {
		try(hit{i: k, j: k + 1, typ: "SET", val: e.SetAdv}, true)
	}
	if s.isAny(k, "every", "each") {
		try(s.every(k))
	}
	if e.Num == 19 || e.Num == 20 || s.is(k, "two") {
		try(s.spelledYear(k))
	}
	if e.Num != 0 || e.Tens || e.Vague || s.is(k, "half") {
		try(s.countUnit(k))
	}
	if e.Year {
		if h, ok := s.year(k + 1); ok {
			h.i = k
			try(h, true)
		}
		if s.is(k+1, "year") {
			h := hit{i: k, j: k + 2, typ: "DATE", w: at(gYear, s.dct), hasW: true, rel: true}
			try(h, true)
		}
	}
	if s.is(k, "year") && s.punct(k+1, '-') && s.isAny(k+2, "earlier", "ago") {
		h := hit{i: k, j: k + 3, typ: "DATE", rel: true, hasW: true}
		if s.lastQuarter != nil {
			h.w = s.lastQuarter.shift(-4)
		} else {
			h.w = at(gYear, s.dct).shift(-1)
		}
		switch {
		case s.isAny(h.j, "quarter", "period"):
			h.j++
		case s.e(h.j) != nil && s.e(h.j).Ord > 0 && s.is(h.j+1, "quarter"):
			h.w = when{g: gQuarter, t: day(h.w.t.Year(), 1, 1), n: s.e(h.j).Ord}
			h.j += 2
		}
		try(h, true)
	}
	if s.isAny(k, "earlier", "later") && s.is(k+1, "in") && s.is(k+2, "the") {
		if u := s.e(k + 3); u != nil && u.Unit != 0 && !u.Plural && unitGran(u.Unit) >= gYear && unitGran(u.Unit) <= gWeek {
			h := hit{i: k, j: k + 4, typ: "DATE", w: at(unitGran(u.Unit), s.dct), hasW: true, rel: true}
			if s.is(k, "earlier") {
				h.toDCT = true
			} else {
				h.mod = "END"
			}
			try(h, true)
		}
	}
	if s.is(k, "year") && s.possessive(k+1) > 0 && s.is(k+3, "end") {
		try(hit{i: k, j: k + 4, typ: "DATE", w: at(gYear, s.dct), hasW: true, rel: true, mod: "END"}, true)
	}
	if s.is(k, "year") && (s.is(k+1, "end") || s.punct(k+1, '-') && s.is(k+2, "end")) {
		j := k + 2
		if s.punct(k+1, '-') {
			j++
		}
		try(hit{i: k, j: j, typ: "DATE", w: at(gYear, s.dct), hasW: true, rel: true, mod: "END"}, true)
	}
	if e.Decade != 0 && s.is(k-1, "the") {
		try(hit{i: k, j: k + 1, typ: "DATE", w: when{g: gDecade, t: day(1900+e.Decade, 1, 1)}, hasW: true}, true)
	}
	if s.is(k, "near") && s.isAny(k+1, "future", "term") {
		try(hit{i: k, j: k + 2, typ: "DATE", val: "FUTURE_REF", rel: true}, true)
	}
	if s.is(k, "recent") {
		if u, pl, end := s.unit(k + 1); u != 0 && pl {
			h := hit{i: k, j: end, typ: "DURATION", val: duration(-1, u)}
			if s.hasDCT {
				h.from, h.to = s.recentFrom(u), s.dct
			}
			try(h, true)
		}
	}
	if s.is(k, "the") {
		switch {
		case s.isAny(k+1, "past", "present", "future") && !s.unitAhead(k+2):
			ref := map[string]string{"past": "PAST_REF", "present": "PRESENT_REF", "future": "FUTURE_REF"}[strings.ToLower(s.text[s.ws[k+1].Start:s.ws[k+1].End])]
			try(hit{i: k, j: k + 2, typ: "DATE", val: ref, rel: true}, true)
		case s.is(k+1, "weekend"):
			try(s.weekend(k))
		case s.is(k+1, "quarter") && s.lastQuarter != nil:
			try(hit{i: k, j: k + 2, typ: "DATE", w: *s.lastQuarter, hasW: true, rel: true}, true)
		default:
			if h, ok := s.core(k + 1); ok && h.typ != "SET" && !(h.val != "" && h.typ == "DATE") {
				h.i = k
				try(h, true)
			}
		}
	}
	if s.isAny(k, "years", "decades", "months", "weeks", "centuries") && s.isAny(k-1, "for", "in", "over", "within") {
		u := e.Unit
		try(hit{i: k, j: k + 1, typ: "DURATION", val: duration(-1, u)}, true)
	}
	return best, found
}

// countAt reports whether a count starts at k.
func (s *scanner) countAt(k int) bool {
	_, _, ok := s.count(k)
	if !ok {
		_, ok = s.num(k)
	}
	return ok
}

// unitAhead reports whether a count or unit follows at k.
func (s *scanner) unitAhead(k int) bool {
	if _, _, ok := s.count(k); ok {
		return true
	}
	u, _, _ := s.unit(k)
	if u != 0 {
		return true
	}
	e := s.e(k)
	return e != nil && (e.Month != 0 || e.Weekday != 0 || e.Season != "" || e.POD != "")
}

func (s *scanner) recentFrom(u int) time.Time {
	switch u {
	case uDay:
		return s.dct.AddDate(0, 0, -7)
	case uWeek:
		return s.dct.AddDate(0, 0, -42)
	case uMonth:
		return s.dct.AddDate(0, -6, 0)
	default:
		return s.dct.AddDate(-5, 0, 0)
	}
}

func (s *scanner) deictic(k int) (hit, bool) {
	e := s.e(k)
	off := e.Deictic - 100
	t := s.dct.AddDate(0, 0, off)
	h := hit{i: k, j: k + 1, typ: "DATE", w: when{g: gDay, t: t}, hasW: true, rel: true}
	if s.is(k, "tonight") {
		h.typ, h.w.g, h.w.s = "TIME", gPOD, "NI"
		return h, true
	}
	if s.is(k, "overnight") {
		h.typ, h.w.g, h.w.s = "TIME", gPOD, "NI"
		return h, true
	}
	if p := s.e(k + 1); p != nil && p.POD != "" && !p.Plural && !s.is(k+1, "overnight") && !s.is(k+1, "tonight") {
		h.typ, h.w.g, h.w.s, h.j = "TIME", gPOD, p.POD, k+2
	}
	return h, true
}

// relUnit: last/this/next/past/coming + unit, month, weekday, season;
// "the past two weeks" (a duration ending at the document date).
func (s *scanner) relUnit(k int) (hit, bool) {
	e := s.e(k)
	rel := e.Rel
	if s.is(k, "latest") {
		rel = rLast
	}
	j := k + 1
	// the past/next N units
	if n, end, ok := s.count(j); ok && !s.isAny(j, "a", "an") {
		if u, _, end2 := s.unit(end); u != 0 {
			h := hit{i: k, j: end2, typ: "DURATION", val: duration(n, u)}
			if s.hasDCT && n > 0 && (rel == rLast || rel == rNext) {
				h.rel = false
				dur := addUnits(s.dct, u, int(n+0.5))
				if rel == rLast {
					h.from, h.to = dur.AddDate(0, 0, 1).Add(0), s.dct
					h.from = addUnits(s.dct, u, -int(n+0.5))
				} else {
					h.from, h.to = s.dct, dur
				}
			}
			return h, true
		}
	}
	if s.is(j, "fiscal") {
		j++
	}
	ne := s.e(j)
	if ne == nil {
		return hit{}, false
	}
	switch {
	case s.is(k, "latest") && s.is(j, "period") && s.lastQuarter != nil:
		return hit{i: k, j: j + 1, typ: "DATE", w: *s.lastQuarter, hasW: true, rel: true}, true
	case ne.Unit != 0 && ne.Plural && unitGran(ne.Unit) != gNone && (rel == rNext || s.is(k, "past")):
		// the coming weeks, the past years: an open stretch from or to now
		h := hit{i: k, j: j + 1, typ: "DURATION", val: duration(-1, ne.Unit)}
		if s.hasDCT {
			if rel == rNext {
				h.from, h.to = s.dct, addUnits(s.dct, ne.Unit, 3)
			} else {
				h.from, h.to = addUnits(s.dct, ne.Unit, -3), s.dct
			}
		}
		return h, true
	case ne.Unit != 0 && !ne.Plural:
		g := unitGran(ne.Unit)
		if g == gNone {
			return hit{}, false
		}
		cur := at(g, s.dct)
		if g == gWeekend {
			cur = when{g: gWeekend, t: s.dct}
		}
		switch rel {
		case rLast:
			cur = cur.shift(-1)
		case rNext:
			cur = cur.shift(1)
		}
		if s.is(k, "past") || s.is(k, "previous") && g == gDay {
			// "the past week": a duration ending now
			if s.is(k-1, "the") || s.is(k, "past") {
				h := hit{i: k, j: j + 1, typ: "DURATION", val: duration(1, ne.Unit)}
				if s.hasDCT {
					h.from, h.to = addUnits(s.dct, ne.Unit, -1), s.dct
				}
				return h, true
			}
		}
		if g == gQuarter {
			s.lastQuarter = &cur
		}
		return hit{i: k, j: j + 1, typ: "DATE", w: cur, hasW: true, rel: true}, true
	case ne.Weekday != 0 && !ne.Plural:
		h, ok := s.weekday(j, rel)
		h.i = k
		return h, ok
	case ne.Month != 0:
		m := ne.Month
		y := s.dct.Year()
		cm := int(s.dct.Month())
		switch rel {
		case rLast:
			if m >= cm {
				y--
			}
		case rNext:
			if m <= cm {
				y++
			}
		}
		return hit{i: k, j: s.skipAbbrDot(j), typ: "DATE", w: when{g: gMonth, t: day(y, m, 1)}, hasW: true, rel: true}, true
	case ne.Season != "" && !ne.Plural:
		h, ok := s.season(j, rel)
		h.i = k
		return h, ok
	case ne.POD != "" && rel == rLast && s.is(j, "night"):
		return hit{i: k, j: j + 1, typ: "TIME", w: when{g: gPOD, t: s.dct.AddDate(0, 0, -1), s: "NI"}, hasW: true, rel: true}, true
	case ne.POD != "" && rel == rThis && !ne.Plural:
		return hit{i: k, j: j + 1, typ: "TIME", w: when{g: gPOD, t: s.dct, s: ne.POD}, hasW: true, rel: true}, true
	}
	return hit{}, false
}

func addUnits(t time.Time, u, n int) time.Time {
	switch u {
	case uSecond, uMinute, uHour:
		return t
	case uDay:
		return t.AddDate(0, 0, n)
	case uWeek:
		return t.AddDate(0, 0, 7*n)
	case uFortnight:
		return t.AddDate(0, 0, 14*n)
	case uWeekend:
		return t.AddDate(0, 0, 7*n)
	case uMonth:
		return t.AddDate(0, n, 0)
	case uQuarter:
		return t.AddDate(0, 3*n, 0)
	case uYear:
		return t.AddDate(n, 0, 0)
	case uDecade:
		return t.AddDate(10*n, 0, 0)
	case uCentury:
		return t.AddDate(100*n, 0, 0)
	}
	return t
}

func (s *scanner) season(k, rel int) (hit, bool) {
	e := s.e(k)
	if s.is(k, "fall") && rel == 0 && !s.isAny(k-1, "the", "this", "last", "next", "in", "early", "late") {
		return hit{}, false
	}
	if s.is(k, "spring") && rel == 0 && !s.isAny(k-1, "the", "this", "last", "next", "in", "early", "late") && !s.punct(k-1, '-') {
		return hit{}, false
	}
	if rel == 0 && s.is(k+1, "of") {
		if _, ok := s.num(k + 2); !ok && !s.is(k+2, "last") && !s.is(k+2, "this") && !s.is(k+2, "next") {
			return hit{}, false // "the fall of Qaim"
		}
	}
	if rel == 0 && s.is(k+1, "of") {
		if yh, ok := s.year(k + 2); ok {
			h, _ := s.season(k, -1)
			h.w.t, h.j, h.rel = yh.w.t, yh.j, false
			return h, true
		}
	}
	if rel == -1 {
		rel = 0
	}
	code := e.Season
	cur, cy := seasonOf(s.dct)
	y := cy.Year()
	ci, si := seasonIdx[cur], seasonIdx[code]
	switch rel {
	case rLast:
		if si >= ci {
			y--
		}
	case rNext:
		if si <= ci {
			y++
		}
	default:
		if si > ci && s.tense(k, k+1) == tPast {
			y--
		}
	}
	h := hit{i: k, j: k + 1, typ: "DATE", w: when{g: gSeason, t: day(y, 1, 1), s: code}, hasW: true, rel: true}
	if yh, ok := s.year(k + 1); ok && yh.hasW && !yh.rel {
		h.w.t, h.j, h.rel = yh.w.t, yh.j, false
	}
	return h, true
}

// thatBefore: the day name at k follows an anaphoric "that" ("earlier
// that Monday", "on that Monday", a clause opening "That Monday,"), not a
// complementiser ("said that Monday's attack").
func (s *scanner) thatBefore(k int) bool {
	if !s.is(k-1, "that") {
		return false
	}
	return k-2 < 0 || s.ws[k-2].Kind == KPunct || s.isAny(k-2, "earlier", "later", "on", "by", "until", "since", "from")
}

// weekday resolves a day name; rel is rLast/rThis/rNext or 0 (use tense).
func (s *scanner) weekday(k, rel int) (hit, bool) {
	e := s.e(k)
	if e.Abbr && !(s.punct(k+1, '.') && s.glued(k)) {
		return hit{}, false
	}
	if e.Plural {
		if rel != 0 {
			return hit{}, false
		}
		return hit{i: k, j: k + 1, typ: "SET", val: "XXXX-WXX-" + string(rune('0'+e.Weekday))}, true
	}
	if !s.ws[k].Cap {
		return hit{}, false
	}
	j := s.skipAbbrDot(k)
	dwd := isoWeekday(s.dct)
	var t time.Time
	// "on Monday next week", "Thursday last week": the week named after
	// the day says which
	if rel == 0 && s.is(j+1, "week") {
		switch {
		case s.is(j, "next"):
			rel, j = rNextWeek, j+2
		case s.is(j, "last"):
			rel, j = rLast, j+2
		case s.is(j, "this"):
			rel, j = rThis, j+2
		}
	}
	switch rel {
	case rNextWeek:
		t = monday(s.dct).AddDate(0, 0, e.Weekday-1+7)
	case rLast:
		// the day of last week: "last Thursday" written on a Friday is
		// eight days back, not yesterday, which news calls "Thursday"
		// (TempEval-3's "last Friday" written on a Monday, three days
		// back, reads the same)
		t = monday(s.dct).AddDate(0, 0, e.Weekday-1-7)
	case rNext:
		diff := (e.Weekday - dwd + 7) % 7
		if diff == 0 {
			diff = 7
		}
		t = s.dct.AddDate(0, 0, diff)
	case rThis:
		t = monday(s.dct).AddDate(0, 0, e.Weekday-1)
	case 0:
		if prev, ok := s.days[e.Weekday]; ok && s.thatBefore(k) {
			// "Earlier that Monday": the Monday the story named before
			t = prev
			break
		}
		fallthrough
	default:
		back := (dwd - e.Weekday + 7) % 7
		fwd := (e.Weekday - dwd + 7) % 7
		tense := s.clauseTense(k, 16)
		if tense == tUnknown {
			tense = s.tenseWithin(k, j, 7)
		}
		switch tense {
		case tFuture:
			t = s.dct.AddDate(0, 0, fwd)
		case tPresent:
			if fwd < back && fwd > 0 {
				t = s.dct.AddDate(0, 0, fwd)
			} else {
				t = s.dct.AddDate(0, 0, -back)
			}
		default:
			t = s.dct.AddDate(0, 0, -back)
		}
	}
	if s.days == nil {
		s.days = map[int]time.Time{}
	}
	s.days[e.Weekday] = t
	h := hit{i: k, j: j, typ: "DATE", w: when{g: gDay, t: t}, hasW: true, rel: true}
	// Friday morning / Friday night
	if p := s.e(j); p != nil && p.POD != "" && !p.Plural && !s.isAny(j, "overnight", "tonight") {
		h.typ, h.w.g, h.w.s, h.j = "TIME", gPOD, p.POD, j+1
		return h, true
	}
	// Friday at 10:30 a.m.
	if s.is(j, "at") {
		if ch, ok := s.clock(j + 1); ok && ch.j > j+1 {
			ch.w.t = t
			ch.i, ch.rel = k, true
			return ch, true
		}
	}
	// Friday, June 20 (, 2014)
	k2 := j
	if s.punct(k2, ',') {
		k2++
	}
	if me := s.e(k2); me != nil && me.Month != 0 {
		if mh, ok := s.monthExpr(k2); ok && mh.w.g == gDay {
			mh.i = k
			return mh, true
		}
	}
	return h, true
}

func (s *scanner) weekend(k int) (hit, bool) {
	// "the weekend": past tense, the last one on or before the document date
	t := s.dct
	wd := isoWeekday(t)
	if s.tense(k, k+2) == tFuture {
		if wd == 7 {
			t = t.AddDate(0, 0, 6)
		}
	} else if wd < 6 {
		t = t.AddDate(0, 0, -7)
	}
	return hit{i: k, j: k + 2, typ: "DATE", w: when{g: gWeekend, t: t}, hasW: true, rel: true}, true
}

// monthExpr: June 12[, 2014] | June [of] 2014 | June.
func (s *scanner) monthExpr(k int) (hit, bool) {
	e := s.e(k)
	m := e.Month
	j := s.skipAbbrDot(k)
	dotted := j == k+2
	if !s.ws[k].Cap {
		return hit{}, false
	}
	// Month Day
	if n, ok := s.num(j); ok && !n.Colon && !n.Comma && !n.Dot && n.IntLen <= 2 && n.Num >= 1 && n.Num <= 31 && (n.Suf == n.End || isOrdSuffix(s.suffix(j))) {
		d := int(n.Num)
		if d > daysIn(m) {
			return hit{}, false
		}
		end := j + 1
		y, hasY := 0, false
		k2 := end
		if s.punct(k2, ',') {
			k2++
		}
		if yw, ok := s.num(k2); ok && yw.IntLen == 4 && !yw.Comma && !yw.Dot && !yw.Colon && yw.Suf == yw.End {
			y, hasY, end = int(yw.Num), true, k2+1
		}
		if hasY {
			return hit{i: k, j: end, typ: "DATE", w: when{g: gDay, t: day(y, m, d)}, hasW: true}, true
		}
		if y, ok := s.sharedYear(end); ok {
			return hit{i: k, j: end, typ: "DATE", w: when{g: gDay, t: day(y, m, d)}, hasW: true}, true
		}
		t := s.pickYear(m, d, k, end)
		if y, e2, ok := s.relYear(end); ok {
			t, end = day(y, m, d), e2
		}
		return hit{i: k, j: end, typ: "DATE", w: when{g: gDay, t: t}, hasW: true, rel: true}, true
	}
	// Month [,|of] Year
	k2 := j
	if s.punct(k2, ',') || s.is(k2, "of") {
		k2++
	}
	if yw, ok := s.num(k2); ok && yw.IntLen == 4 && !yw.Comma && !yw.Dot && !yw.Colon && yw.Suf == yw.End {
		return hit{i: k, j: k2 + 1, typ: "DATE", w: when{g: gMonth, t: day(int(yw.Num), m, 1)}, hasW: true}, true
	}
	// Month alone
	if e.Abbr && !dotted {
		return hit{}, false
	}
	if m == 5 || m == 3 {
		pe := s.e(k - 1)
		if pe == nil || !pe.Prep || s.is(k-1, "the") {
			if !s.punct(k-1, '-') {
				return hit{}, false
			}
		}
	}
	if k == 0 && !s.isAny(k+1, "was", "is", "will", "saw") && !s.punct(k+1, ',') {
		// sentence-initial capitalised month without context: likely a name
		if m == 4 || m == 6 || m == 8 {
			return hit{}, false
		}
	}
	if y, ok := s.sharedYear(j); ok {
		return hit{i: k, j: j, typ: "DATE", w: when{g: gMonth, t: day(y, m, 1)}, hasW: true}, true
	}
	t := s.pickYear(m, 0, k, j)
	if y, e2, ok := s.relYear(j); ok {
		t, j = day(y, m, 1), e2
	}
	return hit{i: k, j: j, typ: "DATE", w: when{g: gMonth, t: t}, hasW: true, rel: true}, true
}

// sharedYear reads the year a month without one shares with the month
// coordinated after it: "June and July 2021", "May 3 and June 5, 2020",
// "March to April 2019".
func (s *scanner) sharedYear(k int) (int, bool) {
	if !s.isAny(k, "and", "or", "to", "through") && !s.punct(k, '-') {
		return 0, false
	}
	k++
	if e := s.e(k); e == nil || e.Month == 0 || !s.ws[k].Cap {
		return 0, false
	}
	k = s.skipAbbrDot(k)
	if n, ok := s.num(k); ok && !n.Colon && !n.Dot && n.IntLen <= 2 && n.Suf == n.End {
		k++
		if s.punct(k, ',') {
			k++
		}
	} else if s.punct(k, ',') || s.is(k, "of") {
		k++
	}
	if yw, ok := s.num(k); ok && yw.IntLen == 4 && !yw.Comma && !yw.Dot && !yw.Colon && yw.Suf == yw.End {
		return int(yw.Num), true
	}
	return 0, false
}

// relYear reads "last year", "this year", "next year" after a month
// ("March last year", "March of this year").
func (s *scanner) relYear(k int) (int, int, bool) {
	if s.punct(k, ',') || s.is(k, "of") {
		k++
	}
	if !s.is(k+1, "year") {
		return 0, 0, false
	}
	y := s.dct.Year()
	switch {
	case s.is(k, "that") && s.lastYear != 0:
		return s.lastYear, k + 2, true
	case s.is(k, "last"):
		return y - 1, k + 2, true
	case s.is(k, "this"):
		return y, k + 2, true
	case s.is(k, "next"):
		return y + 1, k + 2, true
	}
	return 0, 0, false
}

func isOrdSuffix(s string) bool { return s == "st" || s == "nd" || s == "rd" || s == "th" }

func daysIn(m int) int {
	switch m {
	case 2:
		return 29
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// pickYear chooses the year of a month (and day, d > 0) given without one:
// the occurrence nearest the document date, unless the tense points the
// other way and the other occurrence is within ten months.
func (s *scanner) pickYear(m, d, i, j int) time.Time {
	y := s.dct.Year()
	mk := func(y int) time.Time {
		if d == 0 {
			return day(y, m, 1)
		}
		if d > 28 && m == 2 {
			return day(y, m, 28)
		}
		return day(y, m, d)
	}
	dist := func(t time.Time) float64 {
		if d == 0 {
			// distance from the document date to the month's range
			a := day(t.Year(), m, 1)
			b := day(t.Year(), m+1, 0)
			switch {
			case s.dct.Before(a):
				return a.Sub(s.dct).Hours() / 24
			case s.dct.After(b):
				return -s.dct.Sub(b).Hours() / 24
			}
			return 0
		}
		return t.Sub(s.dct).Hours() / 24
	}
	best := mk(y)
	for _, c := range []int{y - 1, y + 1} {
		if abs(dist(mk(c))) < abs(dist(best)) {
			best = mk(c)
		}
	}
	bd := dist(best)
	tense := s.tense(i, j)
	switch {
	case tense != tFuture && bd > 7:
		if alt := mk(best.Year() - 1); -dist(alt) <= pastReach(tense) {
			best = alt
		}
	case tense == tFuture && bd < -7:
		if alt := mk(best.Year() + 1); dist(alt) <= 200 {
			best = alt
		}
	}
	return best
}

// pastReach is how far back a month may be taken when the nearest
// occurrence lies ahead: news reports name past months more than coming ones.
func pastReach(tense int) float64 {
	if tense == tPast {
		return 240
	}
	return 225
}

func abs(f float64) float64 {
	if f < 0 {
		return -f
	}
	return f
}

// dayMonth: 12 June [2014], 12th of June.
func (s *scanner) dayMonth(k int) (hit, bool) {
	n := s.ws[k]
	if n.Comma || n.Dot || n.Colon || n.IntLen > 2 || n.Num < 1 || n.Num > 31 || n.Suf != n.End && !isOrdSuffix(s.suffix(k)) {
		return hit{}, false
	}
	j := k + 1
	if s.is(j, "of") {
		j++
	}
	e := s.e(j)
	if e == nil || e.Month == 0 || !s.ws[j].Cap || e.Abbr && !s.punct(j+1, '.') {
		return hit{}, false
	}
	m, d := e.Month, int(n.Num)
	if d > daysIn(m) {
		return hit{}, false
	}
	end := s.skipAbbrDot(j)
	if yw, ok := s.num(end); ok && yw.IntLen == 4 && !yw.Comma && !yw.Dot && !yw.Colon && yw.Suf == yw.End {
		return hit{i: k, j: end + 1, typ: "DATE", w: when{g: gDay, t: day(int(yw.Num), m, d)}, hasW: true}, true
	}
	t := s.pickYear(m, d, k, end)
	// ("on 25 February last year")
	if y, e2, ok := s.relYear(end); ok {
		t, end = day(y, m, d), e2
	}
	return hit{i: k, j: end, typ: "DATE", w: when{g: gDay, t: t}, hasW: true, rel: true}, true
}

// numericDate: 2014-06-21, 6/21/2014, 21/6/2014 (when the day is > 12).
func (s *scanner) numericDate(k int) (hit, bool) {
	a, _ := s.num(k)
	if a.Comma || a.Dot || a.Colon || a.Suf != a.End || k+4 >= len(s.ws)+0 && k+4 > len(s.ws) {
		return hit{}, false
	}
	for _, sep := range []byte{'-', '/'} {
		if !(s.punct(k+1, sep) && s.glued(k) && s.glued(k+1) && s.punct(k+3, sep) && s.glued(k+2) && s.glued(k+3)) {
			continue
		}
		b, ok1 := s.num(k + 2)
		c, ok2 := s.num(k + 4)
		if !ok1 || !ok2 || b.Suf != b.End || c.Suf != c.End || b.Comma || c.Comma || b.Dot || c.Dot {
			continue
		}
		var y, m, d int
		switch {
		case a.IntLen == 4 && b.IntLen <= 2 && c.IntLen <= 2:
			y, m, d = int(a.Num), int(b.Num), int(c.Num)
		case c.IntLen == 4 && a.IntLen <= 2 && b.IntLen <= 2 && sep == '/':
			m, d, y = int(a.Num), int(b.Num), int(c.Num)
			if m > 12 && d <= 12 {
				m, d = d, m
			}
		default:
			continue
		}
		if m < 1 || m > 12 || d < 1 || d > daysIn(m) || y < 1000 {
			continue
		}
		return hit{i: k, j: k + 5, typ: "DATE", w: when{g: gDay, t: day(y, m, d)}, hasW: true}, true
	}
	return hit{}, false
}

// year: 1990, 1990s, fiscal 1990, the 1990s.
func (s *scanner) year(k int) (hit, bool) {
	n, ok := s.num(k)
	if !ok || n.Comma || n.Dot || n.Colon || n.IntLen != 4 || n.Num < 1000 || n.Num > 2100 {
		return hit{}, false
	}
	if s.punct(k-1, '$') || s.punct(k+1, '%') || s.isAny(k+1, "percent", "per") {
		return hit{}, false
	}
	suf := s.suffix(k)
	y := int(n.Num)
	if (y < 1900 || y > 2100) && suf == "" && !s.isAny(k-1, "in", "since", "from", "until", "by", "before", "after", "during", "of", "circa") {
		return hit{}, false // "1800 UTC", "around 1300 residents"
	}
	if suf == "s" {
		if y%10 != 0 {
			return hit{}, false
		}
		if y%100 == 0 && !s.isAny(k-1, "the", "mid", "early", "late") && !s.punct(k-1, '-') {
			// "the 1900s" is a century only by context; treat as decade
		}
		return hit{i: k, j: k + 1, typ: "DATE", w: when{g: gDecade, t: day(y, 1, 1)}, hasW: true}, true
	}
	if suf != "" {
		return hit{}, false
	}
	if ne := s.e(k + 1); ne != nil && s.ws[k+1].Kind == KAlpha && !s.ws[k+1].Cap && !ne.Prep && ne.Tense == 0 && !s.isAny(k+1, "and", "when", "with", "that", "because", "while", "as", "but", "budget", "election", "elections") {
		// 2000 troops: a count, not a year
		if (ne.Unit != 0 || ne.Num != 0) && ne.Ord == 0 {
			return hit{}, false
		}
	}
	if nx := s.ws; k+1 < len(nx) && nx[k+1].Kind == KAlpha && nx[k+1].E == nil && !nx[k+1].Cap && y > s.dct.Year()+20 && s.hasDCT {
		return hit{}, false
	}
	if nx := s.ws; k+1 < len(nx) && nx[k+1].Kind == KAlpha && nx[k+1].E == nil && !nx[k+1].Cap && strings.HasSuffix(strings.ToLower(s.text[nx[k+1].Start:nx[k+1].End]), "s") && !s.isAny(k-1, "in", "since", "of", "by", "until", "from", "before", "after", "during", "fiscal") {
		// "1500 people": plural noun after a bare number
		return hit{}, false
	}
	return hit{i: k, j: k + 1, typ: "DATE", w: when{g: gYear, t: day(y, 1, 1)}, hasW: true}, true
}

// ordinal: the third quarter [of 1990], first-quarter, first half, the
// 20th century.
func (s *scanner) ordinal(k int) (hit, bool) {
	e := s.e(k)
	j := k + 1
	if s.punct(j, '-') {
		j++
	}
	switch {
	case s.is(j, "quarter") && e.Ord <= 4:
		w := when{g: gQuarter, n: e.Ord}
		return s.withinYear(k, j+1, w, 4)
	case s.is(j, "half") && e.Ord <= 2:
		w := when{g: gHalf, n: e.Ord}
		return s.withinYear(k, j+1, w, 2)
	case s.is(j, "century"):
		return hit{i: k, j: j + 1, typ: "DATE", w: when{g: gCentury, t: day((e.Ord-1)*100, 1, 1)}, hasW: true}, true
	}
	return hit{}, false
}

func (s *scanner) withinYear(i, j int, w when, per int) (hit, bool) {
	k := j
	if s.is(k, "of") {
		k++
		if s.is(k, "fiscal") {
			k++
		}
	}
	if yh, ok := s.year(k); ok && yh.w.g == gYear && (k > j || s.punct(j, ',') || true) {
		w.t = yh.w.t
		h := hit{i: i, j: yh.j, typ: "DATE", w: w, hasW: true}
		if w.g == gQuarter {
			ww := w
			s.lastQuarter = &ww
		}
		return h, true
	}
	if s.is(k, "this") && s.isAny(k+1, "year") || s.is(k, "the") && s.is(k+1, "year") {
		w.t = day(s.dct.Year(), 1, 1)
		return hit{i: i, j: k + 2, typ: "DATE", w: w, hasW: true, rel: true}, true
	}
	y := s.dct.Year()
	cur := at(w.g, s.dct).n
	if s.is(k, "last") && s.is(k+1, "year") {
		y--
		j = k + 2
	} else if w.n > cur && s.tense(i, j) != tFuture {
		y--
	}
	w.t = day(y, 1, 1)
	if w.g == gQuarter {
		ww := w
		s.lastQuarter = &ww
	}
	return hit{i: i, j: j, typ: "DATE", w: w, hasW: true, rel: true}, true
}

// countUnit: three days (ago|earlier|later|from now), a two-year term.
func (s *scanner) countUnit(k int) (hit, bool) {
	n, end, ok := s.count(k)
	if !ok {
		return hit{}, false
	}
	if s.isAny(k, "a", "an") && n == 1 && s.is(k-1, "once") {
		return hit{}, false
	}
	u, pl, j := s.unit(end)
	if u == 0 {
		return hit{}, false
	}
	if s.punct(j, '-') && s.isAny(j+1, "earlier", "ago") {
		return hit{}, false // "a year-earlier": see core
	}
	if w := s.ws[k]; w.Kind == KNum && w.IntLen == 4 && !w.Comma && !pl && s.ws[end].Kind == KAlpha {
		// "the 1988 second quarter": a year, not a count
		return hit{}, false
	}
	if n == 1 && pl && s.ws[k].Kind == KNum {
		pl = false
	}
	_ = pl
	if s.is(j, "ago") || s.is(j, "earlier") && !s.isAny(j+1, "this", "in", "that") || s.is(j, "before") && !s.unitAhead(j+1) && j+1 < len(s.ws) && s.ws[j+1].Kind == KPunct {
		h := hit{i: k, j: j + 1, typ: "DATE", rel: true}
		if n < 0 {
			h.val = "PAST_REF"
			return h, true
		}
		if u == uQuarter || u == uYear && n == 1 && s.lastQuarter != nil {
			q := *s.lastQuarter
			if u == uYear {
				q = q.shift(-4)
			} else {
				q = q.shift(-int(n))
			}
			h.w, h.hasW = q, true
			return h, true
		}
		g := unitGran(u)
		if g == gNone {
			g = gDay
		}
		t := addUnits(s.dct, u, -int(n+0.5))
		if n != float64(int(n)) {
			return hit{}, false
		}
		h.w, h.hasW = at(g, t), true
		if g == gWeekend {
			h.w = when{g: gWeekend, t: t}
		}
		return h, true
	}
	if s.is(j, "from") && s.is(j+1, "now") && n > 0 {
		g := unitGran(u)
		if g == gNone {
			g = gDay
		}
		return hit{i: k, j: j + 2, typ: "DATE", w: at(g, addUnits(s.dct, u, int(n+0.5))), hasW: true, rel: true}, true
	}
	// fractions: "three-quarters of"
	if u == uQuarter && s.punct(end, '-') && s.ws[k].Kind == KAlpha {
		return hit{}, false
	}
	// ages: "a 6-year-old", "six years old"
	if s.is(j, "old") || s.punct(j, '-') && s.is(j+1, "old") {
		return hit{}, false
	}
	h := hit{i: k, j: j, typ: "DURATION", val: duration(n, u)}
	if s.is(j, "later") {
		h.j = j + 1
	}
	if s.isAny(k, "a", "an") && n == 1 && !s.isAny(k-1, "for", "than", "about", "nearly", "almost", "over", "in", "within") && u != uDay {
		// "a year" after "twice": a frequency, leave it
		if s.isAny(k-1, "twice", "once", "times", "per") {
			return hit{}, false
		}
	}
	if u == uWeekend && n == 1 {
		return hit{}, false
	}
	return h, true
}

// clock: 10:30 a.m. EST, 10 p.m., noon, with an optional day after it.
func (s *scanner) clock(k int) (hit, bool) {
	var hh, mm int
	hasMin := false
	j := k + 1
	if e := s.e(k); e != nil && e.Clock != 0 {
		hh = e.Clock
	} else {
		n, ok := s.num(k)
		if !ok || n.Comma || n.Dot {
			return hit{}, false
		}
		txt := s.text[n.Start:n.Suf]
		if ze := s.e(j); n.IntLen == 4 && len(txt) == 4 && !n.Colon && n.Suf == n.End && ze != nil && (ze.Zone != "" || (s.is(j, "hours") || s.is(j, "hrs")) && (txt[0] == '0' || s.is(k-1, "at"))) {
			// military time: 1800 GMT, 0730 hours
			hh, mm := int(txt[0]-'0')*10+int(txt[1]-'0'), int(txt[2]-'0')*10+int(txt[3]-'0')
			if hh > 24 || mm > 59 {
				return hit{}, false
			}
			w := when{g: gTime, t: s.dct, hh: hh, mm: mm, min: true}
			return hit{i: k, j: j + 1, typ: "TIME", w: w, hasW: true, rel: true}, true
		}
		if n.Colon {
			c := strings.IndexByte(txt, ':')
			if len(txt)-c-1 != 2 {
				return hit{}, false
			}
			hh = int(n.Num)
			mm = int(txt[c+1]-'0')*10 + int(txt[c+2]-'0')
			hasMin = true
		} else {
			hh = int(n.Num)
		}
		if hh > 24 || mm > 59 {
			return hit{}, false
		}
		suf := s.suffix(k)
		ampm := 0
		switch suf {
		case "am":
			ampm = 1
		case "pm":
			ampm = 2
		case "":
			if e := s.e(j); e != nil && e.AmPm != 0 && s.ws[j].Kind == KAlpha {
				ampm = e.AmPm
				j++
			} else if s.isAny(j, "o'clock") {
				j++
				ampm = 3
			}
		default:
			return hit{}, false
		}
		if ampm == 0 && !n.Colon {
			return hit{}, false
		}
		if ampm == 1 || ampm == 2 {
			if hh > 12 || hh == 0 {
				return hit{}, false
			}
			if ampm == 2 && hh < 12 {
				hh += 12
			}
			if ampm == 1 && hh == 12 {
				hh = 0
			}
		}
		if ampm == 0 {
			ze := s.e(j)
			if (ze == nil || ze.Zone == "") && !s.isAny(k-1, "at", "by", "until", "around", "about", "before", "after", "from") {
				return hit{}, false
			}
		}
	}
	w := when{g: gTime, t: s.dct, hh: hh, mm: mm, min: hasMin}
	h := hit{i: k, j: j, typ: "TIME", rel: true}
	if ze := s.e(j); ze != nil && ze.Zone != "" && s.ws[j].Kind == KAlpha {
		w.zone = ze.Zone
		h.j = j + 1
	}
	if s.is(h.j, "local") && s.is(h.j+1, "time") {
		h.j += 2
	}
	// a day after the clock time: "10 p.m. Wednesday", "5 p.m. EST, Nov. 9"
	k2 := h.j
	if s.punct(k2, ',') {
		k2++
	}
	if s.is(k2, "on") {
		k2++
	}
	if dh, ok := s.core(k2); ok && dh.hasW && dh.w.g == gDay {
		w.t = dh.w.t
		h.j = dh.j
		h.rel = dh.rel
	}
	h.w, h.hasW = w, true
	return h, true
}

// every Friday, each year, every two weeks, every morning.
func (s *scanner) every(k int) (hit, bool) {
	j := k + 1
	if s.is(j, "other") {
		if u, _, end := s.unit(j + 1); u != 0 {
			return hit{i: k, j: end, typ: "SET", val: duration(2, u)}, true
		}
		return hit{}, false
	}
	e := s.e(j)
	if e == nil {
		if n, end, ok := s.count(j); ok && n > 0 {
			if u, _, end2 := s.unit(end); u != 0 {
				return hit{i: k, j: end2, typ: "SET", val: duration(n, u)}, true
			}
		}
		return hit{}, false
	}
	switch {
	case e.Weekday != 0:
		return hit{i: k, j: s.skipAbbrDot(j), typ: "SET", val: "XXXX-WXX-" + string(rune('0'+e.Weekday))}, true
	case e.Unit != 0:
		return hit{i: k, j: j + 1, typ: "SET", val: duration(1, e.Unit)}, true
	case e.POD != "":
		return hit{i: k, j: j + 1, typ: "SET", val: "XXXX-XX-XXT" + e.POD}, true
	case e.Month != 0:
		return hit{i: k, j: s.skipAbbrDot(j), typ: "SET", val: "XXXX-" + two(e.Month)}, true
	case e.Season != "":
		return hit{i: k, j: j + 1, typ: "SET", val: "XXXX-" + e.Season}, true
	}
	if n, end, ok := s.count(j); ok && n > 0 {
		if u, _, end2 := s.unit(end); u != 0 {
			return hit{i: k, j: end2, typ: "SET", val: duration(n, u)}, true
		}
	}
	return hit{}, false
}

// spelledYear: "nineteen ninety-six", "two thousand", "nineteen eighty".
func (s *scanner) spelledYear(k int) (hit, bool) {
	e := s.e(k)
	if s.is(k, "two") && s.is(k+1, "thousand") {
		y := 2000
		j := k + 2
		if s.is(j, "and") {
			j++
		}
		if ne := s.e(j); ne != nil && ne.Num > 0 && ne.Num < 20 && !s.isAny(j, "a", "an") {
			y += ne.Num
			j++
		}
		if !s.is(k-1, "year") && !s.isAny(k-1, "in", "since", "by", "until", "of") {
			return hit{}, false
		}
		return hit{i: k, j: j, typ: "DATE", w: when{g: gYear, t: day(y, 1, 1)}, hasW: true}, true
	}
	ne := s.e(k + 1)
	if ne == nil || !ne.Tens {
		return hit{}, false
	}
	y := e.Num*100 + ne.Num
	j := k + 2
	if s.punct(j, '-') && s.glued(k+1) {
		j++
	}
	if ue := s.e(j); ue != nil && ue.Num > 0 && ue.Num < 10 && !ue.Tens && !s.isAny(j, "a", "an") {
		y += ue.Num
		j++
	} else if j > k+2 {
		j--
	}
	return hit{i: k, j: j, typ: "DATE", w: when{g: gYear, t: day(y, 1, 1)}, hasW: true}, true
}

// holiday: Christmas (Day|Eve), New Year's Day/Eve, Thanksgiving (Day),
// Independence Day, Election Day, Labor Day, Memorial Day, Halloween,
// Valentine's Day; the year is chosen like a month and day without one.
func (s *scanner) holiday(k int) (hit, bool) {
	e := s.e(k)
	if !s.ws[k].Cap {
		return hit{}, false
	}
	j := k + 1
	eve := false
	var rule func(y int) time.Time
	fixed := func(m, d int) func(int) time.Time { return func(y int) time.Time { return day(y, m, d) } }
	switch e.Holiday {
	case "christmas":
		rule = fixed(12, 25)
		if s.is(j, "eve") {
			rule, j = fixed(12, 24), j+1
		} else if s.is(j, "day") {
			j++
		}
	case "halloween":
		rule = fixed(10, 31)
	case "valentine":
		if !s.is(j, "day") {
			return hit{}, false
		}
		rule, j = fixed(2, 14), j+1
	case "newyear":
		if !s.is(j, "year") {
			return hit{}, false
		}
		j++
		j += s.possessive(j)
		switch {
		case s.is(j, "day"):
			rule, j = fixed(1, 1), j+1
		case s.is(j, "eve"):
			rule, j, eve = fixed(12, 31), j+1, true
		default:
			return hit{}, false
		}
	case "thanksgiving":
		rule = func(y int) time.Time { return nthWeekday(y, 11, 4, 4) }
		if s.is(j, "day") {
			j++
		}
	case "independence", "election", "labor", "memorial":
		if !s.is(j, "day") || !s.ws[j].Cap {
			return hit{}, false
		}
		j++
		switch e.Holiday {
		case "independence":
			rule = fixed(7, 4)
		case "labor":
			rule = func(y int) time.Time { return nthWeekday(y, 9, 1, 1) }
		case "memorial":
			rule = func(y int) time.Time { return nthWeekday(y, 6, 1, 1).AddDate(0, 0, -7) }
		case "election":
			rule = func(y int) time.Time { return nthWeekday(y, 11, 1, 1).AddDate(0, 0, 1) }
		}
	default:
		return hit{}, false
	}
	_ = eve
	y := s.dct.Year()
	best := rule(y)
	for _, c := range []int{y - 1, y + 1} {
		if abs(rule(c).Sub(s.dct).Hours()) < abs(best.Sub(s.dct).Hours()) {
			best = rule(c)
		}
	}
	switch {
	case s.is(k-1, "last"):
		best = rule(y)
		if !best.Before(s.dct) {
			best = rule(y - 1)
		}
		k--
	case s.is(k-1, "next"):
		best = rule(y)
		if !best.After(s.dct) {
			best = rule(y + 1)
		}
		k--
	}
	h := hit{i: k, j: j, typ: "DATE", w: when{g: gDay, t: best}, hasW: true, rel: true}
	if yh, ok := s.year(j); ok && yh.w.g == gYear && !yh.rel {
		h.w.t, h.j, h.rel = rule(yh.w.t.Year()), yh.j, false
	}
	return h, true
}

// nthWeekday is the n-th weekday wd (1=Monday) of month m in year y.
func nthWeekday(y, m, wd, n int) time.Time {
	t := day(y, m, 1)
	off := (wd - isoWeekday(t) + 7) % 7
	return t.AddDate(0, 0, off+7*(n-1))
}

// possessive returns how many words the possessive 's at k takes (0 when
// there is none): the lexer splits "year's" into "year", "'", "s".
func (s *scanner) possessive(k int) int {
	if k+1 < len(s.ws) && s.ws[k].Kind == KPunct && s.is(k+1, "s") && s.ws[k].End == s.ws[k+1].Start {
		if c := s.text[s.ws[k].Start]; c == '\'' || c == 0xE2 {
			return 2
		}
	}
	return 0
}
