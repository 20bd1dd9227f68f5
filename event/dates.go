package event

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/sitrep/sitrep/doc"
)

// Dates of events, beyond the time expression of their own clause
// (findDate):
//
//   - a plan is dated by the time it states; a plan that states none but
//     goes on with a plan of the same actor told just before ("X is to
//     visit A next week. X will travel to B before heading to C") takes
//     that plan's time;
//   - a statement that goes on with a dated statement of the same speaker
//     ("Y said Thursday he was ready to ... He also said he would ...") is
//     of that date: an intent stated is dated by its statement, a
//     happening it reports is no later than it;
//   - a plan with no time at all holds from the document date on, open
//     ended (from: the publication day, to: null), not "by" that day;
//   - a happening is never dated after the document by a time told of
//     another clause ("X urged Y ... and said he would meet them on
//     Thursday").
//
// Happenings dated wholly more than a year before the document are history
// the article recalls (see history), not news, and are not reported.

// timeHead returns the token the time expression tm hangs on, outside the
// expression (-1 when it is the root or nothing is found).
func timeHead(t *tree, tm doc.Time) int {
	d := t.d
	for k := d.TokenAt(tm.Start); k >= 0 && k < len(d.Tokens) && d.Tokens[k].Start < tm.End; k++ {
		h := t.head(k)
		if h < 0 {
			return -1
		}
		if hs := d.Tokens[h].Start; hs < tm.Start || hs >= tm.End {
			return h
		}
	}
	return -1
}

// dayRange turns a time into an event date (a full day value becomes a
// one-day range).
func dayRange(tm doc.Time) *doc.EventDate {
	from, to := tm.From, tm.To
	if from == nil && tm.Value != nil && len(*tm.Value) == 10 {
		from, to = tm.Value, tm.Value
	}
	if from == nil {
		return nil
	}
	return &doc.EventDate{Text: tm.Text, From: from, To: to}
}

// reportTime returns the date of the statement made by reporting verb rep
// in sentence si: a time expression hung on the verb itself ("said
// Thursday", "told reporters on Friday"), else nil.
func reportTime(t *tree, si, rep int) *doc.EventDate {
	if rep < 0 {
		return nil
	}
	d := t.d
	sent := d.Sentences[si]
	for _, tm := range d.Times {
		if tm.Start < sent.Start || tm.End > sent.End || tm.Type == "DURATION" || tm.Type == "SET" {
			continue
		}
		// hung on the verb or on a nominal of its own ("said in a
		// televised address late Tuesday"), not inside what was said
		for h, n := timeHead(t, tm), 0; h >= 0 && n < 6; h, n = t.head(h), n+1 {
			if h == rep {
				return dayRange(tm)
			}
			// (a clause of what was said, verbless too: "Crolley was a
			// passenger in a 2001 Chevrolet, authorities said")
			if t.isVerbal(h) || clausalRels[t.rel(h)] {
				break
			}
		}
	}
	return nil
}

// clausalRels hang a clause on its head.
var clausalRels = map[string]bool{"ccomp": true, "xcomp": true, "advcl": true, "acl": true, "parataxis": true, "csubj": true}

// sameActor: mentions a and b name one actor: one's last capitalised word
// is among the other's ("Kerry", "Secretary of State John Kerry"), else the
// same name (a pronoun's is that of the actor it refers to).
func sameActor(a, b *mention) bool {
	if a == nil || b == nil {
		return false
	}
	if w := lastName(a.text); w != "" && hasWord(b.text, w) {
		return true
	}
	if w := lastName(b.text); w != "" && hasWord(a.text, w) {
		return true
	}
	// (a pronoun carries the name of the actor it refers to)
	if a.name != "" && a.name == b.name && a.person == b.person {
		return true
	}
	return a.code != "" && a.code == b.code && a.name == b.name && a.person == b.person
}

// lastName is the last capitalised word of a phrase ("" when none).
func lastName(s string) string {
	f := strings.Fields(s)
	for i := len(f) - 1; i >= 0; i-- {
		w := strings.Trim(f[i], ",.'’s")
		if len(w) > 2 && unicode.IsUpper([]rune(w)[0]) {
			return w
		}
	}
	return ""
}

func hasWord(s, w string) bool {
	for _, x := range strings.Fields(s) {
		if strings.Trim(x, ",.'’s") == w {
			return true
		}
	}
	return false
}

// pronounSpeaker: a speaker named by a personal pronoun ("He also said")
// goes on with a person who acted or spoke in the sentence just before.
func pronounSpeaker(t *tree, sp *mention) bool {
	return sp.head >= 0 && t.tok(sp.head).UPOS == "PRON"
}

// openDate: the event has no date of its own, only the document's upper
// bound.
func openDate(c *cand) bool {
	return c.date == nil || c.date.From == nil
}

// carryDates dates the plans and statements that state no time of their
// own from the plan or statement they go on with (evs in document order).
func carryDates(t *tree, acts *actors, evs []*cand) {
	p := t.d.Meta.Published
	if p == nil {
		return
	}
	pub := *p
	stmts := map[int][]statement{}
	for i, c := range evs {
		if c.dateTied || !openDate(c) {
			continue
		}
		// (a threat or a statement of intent is a statement: dated when
		// made, on the day its speaker spoke, not when what it tells would
		// come)
		intent := status(c) == "planned" && statementCode(c.code)
		planned := status(c) == "planned" && !intent
		var from *doc.EventDate
		// the plan of the same actor told in the two sentences before
		if planned && c.src != nil {
			for k := i - 1; k >= 0 && evs[k].sent >= c.sent-2; k-- {
				o := evs[k]
				if o.sent < c.sent && status(o) == "planned" && o.dateTied && o.date != nil && o.date.From != nil &&
					*o.date.From >= pub && sameActor(o.src, c.src) {
					from = o.date
					break
				}
			}
		}
		if from != nil {
			d := *from
			c.date = &d
			continue
		}
		// the dated statement of the same speaker it goes on with ("X
		// said Thursday ... He also said ..."), or, for an intent, what
		// the speaker did on a day just told ("X spoke by phone with Y on
		// Tuesday ... He said he was ready to ...": said then; what a
		// speaker says happened may have been said any day after)
		if c.rep >= 0 && c.repDate == nil {
			if sp := speaker(t, acts, c.rep); sp != nil {
				pron := pronounSpeaker(t, sp)
			prev:
				for si := c.sent - 1; si >= 0 && si >= c.sent-2; si-- {
					for _, st := range statementsOf(t, acts, si, stmts) {
						if sameActor(st.speaker, sp) || pron && si == c.sent-1 {
							from = st.date
							break prev
						}
					}
					for k := i - 1; k >= 0 && evs[k].sent >= si; k-- {
						o := evs[k]
						if planned && o.sent == si && o.date != nil && o.date.From != nil && o.date.To != nil && *o.date.From <= pub &&
							(sameActor(o.src, sp) || pron && si == c.sent-1 && o.src != nil && (o.src.person || strings.HasSuffix(o.src.code, "GOV"))) {
							from = o.date
							break prev
						}
					}
				}
			}
		}
		switch {
		case from != nil && (planned || intent):
			d := *from
			c.date = &d
		case from != nil:
			c.date = &doc.EventDate{Text: from.Text, To: from.To}
		case planned:
			v := pub
			c.date = &doc.EventDate{From: &v}
		}
	}
}

// sequenceDates dates a happening told as coming a count of days or weeks
// before or after a dated one of its sentence ("Sunday's explosion came
// just two days after two bombs killed six officers": the killing on
// Friday).
func sequenceDates(t *tree, evs []*cand) {
	for _, c := range evs {
		if c.noun || c.dateTied || !openDate(c) {
			continue
		}
		v := c.trigger
		sign, mark := 0, -1
		for _, m := range t.kids(v, "mark") {
			switch t.lower(m) {
			case "after":
				sign, mark = -1, m
			case "before":
				sign, mark = 1, m
			}
		}
		h := t.head(v)
		if sign == 0 || h < 0 {
			continue
		}
		// the count the time stage read ("two days": P2D, "a week": P1W)
		days, num := spanDays(t, h)
		g := t.head(h)
		if days == 0 || g < 0 {
			continue
		}
		for _, o := range evs {
			if o == c || o.sent != c.sent || o.date == nil || o.date.From == nil || o.date.To == nil || *o.date.From != *o.date.To {
				continue
			}
			if o.anchor != g && o.trigger != g && !(t.head(o.trigger) == g && strings.HasPrefix(t.rel(o.trigger), "nsubj")) {
				continue
			}
			if dt := shiftedDay(t, o.date, sign*days, num, mark); dt != nil {
				c.date = dt
			}
			break
		}
	}
}

// timeOnlyBefore tells whether the time expression that dated an event is
// told in its sentence only before token mark.
func timeOnlyBefore(t *tree, si int, dt *doc.EventDate, mark int) bool {
	if dt == nil || dt.Text == "" {
		return false
	}
	sent := t.d.Sentences[si]
	at := t.d.Tokens[mark].Start
	seen := false
	for _, tm := range t.d.Times {
		if tm.Start < sent.Start || tm.End > sent.End || tm.Text != dt.Text {
			continue
		}
		if tm.Start >= at {
			return false
		}
		seen = true
	}
	return seen
}

// spanAfterDates dates a happening told, by word order, after "a day
// after" or "two days before" that follows a dated clause of its sentence
// ("withdrew the bill on Wednesday, a day after police opened fire":
// Tuesday), however the parser hung the clause: the span counted back or
// forward from the day of the event told before it in the sentence.
func spanAfterDates(t *tree, evs []*cand) {
	for _, c := range evs {
		if c.noun {
			continue
		}
		sent := t.d.Sentences[c.sent]
		// "after" or "before" right before the clause: at most its
		// subject between ("a day after an Israeli drone strike killed")
		mark := -1
		for k := c.trigger - 1; k >= sent.TokStart && k >= c.trigger-7; k-- {
			if w := t.lower(k); w == "after" || w == "before" {
				mark = k
				break
			}
			if t.isVerbal(k) || t.tok(k).XPOS == "," {
				break
			}
		}
		// (a day the parser gave the clause from before the mark is the
		// main clause's: "on Tuesday, ..., a day after a strike killed")
		if mark < sent.TokStart+2 || c.dateTied && !timeOnlyBefore(t, c.sent, c.date, mark) {
			continue
		}
		days, num := spanDays(t, mark-1)
		if days == 0 {
			continue
		}
		sign := -1
		if t.lower(mark) == "before" {
			sign = 1
		}
		var dt *doc.EventDate
		for _, o := range evs {
			if o == c || o.sent != c.sent || o.trigger >= mark || !o.dateTied || o.date == nil || o.date.From == nil || o.date.To == nil || *o.date.From != *o.date.To {
				continue
			}
			dt = shiftedDay(t, o.date, sign*days, num, mark)
			break
		}
		// (or from the day the sentence told before the mark, however
		// it told what happened then: "A refugee died in hospital on
		// Tuesday, two days after a crowd stormed the shelter")
		if dt == nil {
			if day := dayBefore(t, c.sent, mark); day != nil {
				dt = shiftedDay(t, day, sign*days, num, mark)
			}
		}
		if dt == nil {
			continue
		}
		c.date = dt
		// (and what the clause goes on to tell under it: "crowds that
		// stormed and partly burned parliament")
		for _, e := range evs {
			if e != c && e.sent == c.sent && !e.dateTied && (!e.noun || e.trigger < c.trigger && e.trigger > mark) && t.dominates(c.trigger, e.trigger) {
				d := *dt
				e.date = &d
			}
		}
	}
}

// dayBefore is the single day a time expression of sentence si tells
// last before token mark, or nil.
func dayBefore(t *tree, si, mark int) *doc.EventDate {
	sent := t.d.Sentences[si]
	at := t.d.Tokens[mark].Start
	var out *doc.EventDate
	for _, tm := range t.d.Times {
		if tm.Start < sent.Start || tm.End > at || tm.From == nil || tm.To == nil || *tm.From != *tm.To || tm.Type == "DURATION" {
			continue
		}
		out = &doc.EventDate{Text: tm.Text, From: tm.From, To: tm.To}
	}
	return out
}

// shiftedDay is the one-day date from moved by days, its text the
// words from the count (token num) to the mark ("a day after"), or nil.
func shiftedDay(t *tree, from *doc.EventDate, days, num, mark int) *doc.EventDate {
	day, err := time.Parse("2006-01-02", *from.From)
	if err != nil {
		return nil
	}
	iso := day.AddDate(0, 0, days).Format("2006-01-02")
	text := ""
	if num >= 0 && mark > num {
		text = t.d.Text[t.tok(num).Start:t.tok(mark).End]
	}
	return &doc.EventDate{Text: text, From: &iso, To: &iso}
}

// relativeToldRe is a time told from the happening told before ("A day
// earlier", "two days later", "the day before", "a year later").
var relativeToldRe = regexp.MustCompile(`(?i)^(?:(a|an|one|two|three|four|five|six|seven|\d+)\s+(day|days|week|weeks|month|months|year|years)\s+(earlier|later|before|after)|the\s+(day|night)\s+(before|after)|the\s+(previous|next|following)\s+(day|night))$`)

// storyRelativeDates dates a happening told "a day earlier" or "a year
// later" from the happening told last before it, in an earlier sentence,
// with a day of its own ("On Saturday, fighters ambushed a convoy ... A
// day earlier, militants shot dead four farmers": Friday), not from the
// day the story was filed.
func storyRelativeDates(t *tree, evs []*cand) []*cand {
	out := evs[:0]
	for i, c := range evs {
		if relativeDate(evs, i) && history(t, c) {
			continue // ("In 2021, ... A year later, 23 people were killed")
		}
		out = append(out, c)
	}
	return out
}

// relativeDate re-dates evs[i] when it is told from the happening before
// it, and says whether it did.
func relativeDate(evs []*cand, i int) bool {
	c := evs[i]
	{
		if !c.dateTied || c.date == nil {
			return false
		}
		m := relativeToldRe.FindStringSubmatch(strings.TrimSpace(c.date.Text))
		if m == nil {
			return false
		}
		n, unit, dir := 1, "day", m[3]
		switch {
		case m[1] != "":
			if v, ok := countWords[strings.ToLower(m[1])]; ok {
				n = v
			} else if v, err := strconv.Atoi(m[1]); err == nil {
				n = v
			}
			unit = strings.TrimSuffix(strings.ToLower(m[2]), "s")
		case m[4] != "":
			dir = m[5]
		default:
			dir = map[string]string{"previous": "before", "next": "after", "following": "after"}[strings.ToLower(m[6])]
		}
		sign := 1
		if d := strings.ToLower(dir); d == "earlier" || d == "before" {
			sign = -1
		}
		var prev *cand
		for k := i - 1; k >= 0; k-- {
			o := evs[k]
			if o.sent < c.sent && o.dateTied && o.date != nil && o.date.From != nil && o.date.To != nil && *o.date.From == *o.date.To {
				prev = o
				break
			}
		}
		if prev == nil {
			return false
		}
		day, err := time.Parse("2006-01-02", *prev.date.From)
		if err != nil {
			return false
		}
		var from, to time.Time
		switch unit {
		case "day":
			from = day.AddDate(0, 0, sign*n)
			to = from
		case "week":
			from = day.AddDate(0, 0, sign*7*n-3)
			to = from.AddDate(0, 0, 6)
		case "month":
			from = day.AddDate(0, sign*n, 0)
			from = time.Date(from.Year(), from.Month(), 1, 0, 0, 0, 0, time.UTC)
			to = from.AddDate(0, 1, -1)
		default:
			from = time.Date(day.Year()+sign*n, 1, 1, 0, 0, 0, 0, time.UTC)
			to = time.Date(day.Year()+sign*n, 12, 31, 0, 0, 0, 0, time.UTC)
		}
		f, tt := from.Format("2006-01-02"), to.Format("2006-01-02")
		c.date = &doc.EventDate{Text: c.date.Text, From: &f, To: &tt}
		return true
	}
}

// countWords are small counts written out.
var countWords = map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}

// spanDays is the number of days of the duration the time stage read on
// token h ("two days" P2D, "a week" P1W) and the duration's first token,
// else 0, -1.
func spanDays(t *tree, h int) (int, int) {
	d := t.d
	hs := d.Tokens[h].Start
	for _, tm := range d.Times {
		if tm.Type != "DURATION" || tm.Value == nil || hs < tm.Start || hs >= tm.End {
			continue
		}
		v := *tm.Value
		if len(v) < 3 || v[0] != 'P' {
			return 0, -1
		}
		n, err := strconv.Atoi(v[1 : len(v)-1])
		if err != nil || n <= 0 || n > 99 {
			return 0, -1
		}
		switch v[len(v)-1] {
		case 'D':
			return n, d.TokenAt(tm.Start)
		case 'W':
			return 7 * n, d.TokenAt(tm.Start)
		}
		return 0, -1
	}
	return 0, -1
}

// statement is a dated report: "X said Thursday".
type statement struct {
	speaker *mention
	date    *doc.EventDate
}

// statementsOf returns the dated statements of sentence si (cached in
// memo).
func statementsOf(t *tree, acts *actors, si int, memo map[int][]statement) []statement {
	if st, ok := memo[si]; ok {
		return st
	}
	var out []statement
	sent := t.d.Sentences[si]
	for k := sent.TokStart; k < sent.TokEnd; k++ {
		if _, ok := reportVerbs[t.lemma(k)]; !ok || t.tok(k).UPOS != "VERB" {
			continue
		}
		sp := speaker(t, acts, k)
		if sp == nil {
			continue
		}
		if d := reportTime(t, si, k); d != nil {
			out = append(out, statement{sp, d})
		}
	}
	memo[si] = out
	return out
}

// speaker resolves the subject of reporting verb rep.
func speaker(t *tree, acts *actors, rep int) *mention {
	if passiveReport(t, rep) {
		return nil
	}
	return acts.resolve(t.kid(rep, "nsubj"))
}

// history: the event is dated wholly more than a year before the document
// ("ruled the country from 1996", "fought a war in 2020").
func history(t *tree, c *cand) bool {
	p := t.d.Meta.Published
	if p == nil || c.date == nil || c.date.To == nil || c.date.From == nil {
		return false
	}
	pub, err1 := time.Parse("2006-01-02", *p)
	to, err2 := time.Parse("2006-01-02", *c.date.To)
	return err1 == nil && err2 == nil && to.Before(pub.AddDate(-1, 0, 0))
}

// frameDates dates a happening told in the simple past, with no time in
// its sentence, right after a sentence of its paragraph that opens on a
// day and names the happening's place ("On Saturday, fighters mounted a
// parade ... of Baghdad. Armed men marched past ..."): it goes on in that
// scene. evs are merged events, their places final.
func frameDates(t *tree, evs []*cand) {
	p := t.d.Meta.Published
	if p == nil {
		return
	}
	for _, c := range evs {
		if c.dateTied || !openDate(c) || c.noun || c.rep >= 0 || c.sent == 0 || status(c) == "planned" ||
			!pastVerb(t, c.trigger) || sentenceHasTime(t, c.sent) ||
			t.d.Sentences[c.sent-1].Para != t.d.Sentences[c.sent].Para || !placeNamedIn(t, c.place, c.sent-1) {
			continue
		}
		if fd := frameDate(t, c.sent-1); fd != nil && *fd.To <= *p {
			c.date = fd
		}
	}
}

// eveDates moves a happening told as the morrow of a day ("on the eve of
// the return to peace talks", "this is the eve of the Pope's visit") to
// the day after the day its clause tells (the article's, when it tells
// none).
func eveDates(t *tree, evs []*cand) {
	for _, c := range evs {
		// (through a noun between: "the eve of the return to peace talks")
		h := t.head(c.trigger)
		if h >= 0 && t.lemma(h) != "eve" && t.isNominal(h) && t.rel(c.trigger) == "nmod" {
			h = t.head(h)
		}
		if !c.noun || h < 0 || t.lemma(h) != "eve" {
			continue
		}
		day := ""
		switch {
		case c.date != nil && c.date.From != nil && c.date.To != nil && *c.date.From == *c.date.To:
			day = *c.date.From
		case (c.date == nil || c.date.From == nil) && t.d.Meta.Published != nil:
			day = *t.d.Meta.Published
		}
		d, err := time.Parse("2006-01-02", day)
		if err != nil {
			continue
		}
		iso := d.AddDate(0, 0, 1).Format("2006-01-02")
		c.date = &doc.EventDate{Text: t.d.Text[t.tok(h).Start:t.tok(h).End], From: &iso, To: &iso}
	}
}

// pastVerb: verb i tells a past happening, in the simple past ("marched")
// or the past passive ("was seized"), not a perfect, a progressive or a
// modal's.
func pastVerb(t *tree, i int) bool {
	switch t.tok(i).XPOS {
	case "VBD":
		return len(t.kids(i, "aux")) == 0
	case "VBN":
		pass, perfect := -1, false
		for _, a := range t.kids(i, "aux") {
			switch t.fullRel(a) {
			case "aux:pass":
				pass = a
			case "aux":
				perfect = true
			}
		}
		return pass >= 0 && t.tok(pass).XPOS == "VBD" && !perfect
	}
	return false
}

// placeNamedIn: place p is one of the places sentence si names.
func placeNamedIn(t *tree, p *doc.EventPlace, si int) bool {
	if p == nil {
		return false
	}
	sent := t.d.Sentences[si]
	for _, pl := range t.d.Places {
		if pl.GeonameID != p.GeonameID || pl.Name != p.Name && p.GeonameID == 0 {
			continue
		}
		for _, m := range pl.Mentions {
			if m[0] >= sent.Start && m[1] <= sent.End {
				return true
			}
		}
	}
	return false
}

// sentenceHasTime: sentence si holds a time expression.
func sentenceHasTime(t *tree, si int) bool {
	sent := t.d.Sentences[si]
	for _, tm := range t.d.Times {
		if tm.Start >= sent.Start && tm.End <= sent.End {
			return true
		}
	}
	return false
}

// oldTimeIn: sentence si holds a time expression that ends before the
// document's staleBefore day ("from 1998 to 2001", "in June 2023" in a
// 2024 story); with h >= 0, one inside h's phrase but outside the
// phrase of skip.
func oldTimeIn(t *tree, si, h, skip int) bool {
	stale := staleBefore(t.d)
	if stale == "" || si < 0 || si >= len(t.d.Sentences) {
		return false
	}
	sent := t.d.Sentences[si]
	for _, tm := range t.d.Times {
		if tm.Start < sent.Start || tm.End > sent.End || tm.Type != "DATE" {
			continue
		}
		if k := t.d.TokenAt(tm.Start); h >= 0 && (k < 0 || !t.dominates(h, k) || t.dominates(skip, k)) {
			continue
		}
		if r := dayRange(tm); r != nil && r.To != nil && *r.To < stale {
			return true
		}
	}
	return false
}

// oldFrame: sentence si opens on a time long before the report ("In
// November 2023, ...": before staleBefore), which frames all it tells.
func oldFrame(t *tree, si int) bool {
	stale := staleBefore(t.d)
	tm, ok := openingTime(t.d, si)
	if stale == "" || !ok {
		return false
	}
	r := dayRange(tm)
	return r != nil && r.To != nil && len(*r.To) == 10 && *r.To < stale
}

// openingTime is the date sentence si opens on, told before its first
// comma with only words like "On", "In" or "Late" before it.
func openingTime(d *doc.Doc, si int) (doc.Time, bool) {
	sent := d.Sentences[si]
	for _, tm := range d.Times {
		if tm.Start < sent.Start || tm.End > sent.End || tm.Type != "DATE" {
			continue
		}
		k := d.TokenAt(tm.Start)
		if k < sent.TokStart || k > sent.TokStart+2 {
			continue
		}
		for j := sent.TokStart; j < k; j++ {
			if up := d.Tokens[j].UPOS; up != "ADP" && up != "ADV" && up != "ADJ" {
				return doc.Time{}, false
			}
		}
		e := k
		for e < sent.TokEnd && d.Tokens[e].Start < tm.End {
			e++
		}
		if e >= sent.TokEnd || d.Tokens[e].Norm != "," {
			return doc.Time{}, false
		}
		return tm, true
	}
	return doc.Time{}, false
}

// frameDate returns the day sentence si opens on ("On Saturday, ...",
// "Late Tuesday, ..."): a one-day date before the sentence's first comma,
// at its start, hung on the main clause. Nil when there is none.
func frameDate(t *tree, si int) *doc.EventDate {
	tm, ok := openingTime(t.d, si)
	if !ok {
		return nil
	}
	if h := timeHead(t, tm); h < 0 || t.head(h) >= 0 && !t.isVerbal(h) {
		return nil
	}
	r := dayRange(tm)
	if r == nil || r.To == nil || *r.From != *r.To {
		return nil
	}
	return r
}
