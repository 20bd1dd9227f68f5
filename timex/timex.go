// Package timex owns the timex stage: it finds temporal expressions (dates,
// times, durations, sets) in the sentences of a Doc and normalises them to
// ISO 8601 values the TimeML TIMEX3 way, against the document date
// (Doc.Meta.Published). Without a document date, expressions that need it
// get a null value; the wall clock is never used.
//
// The stage scans its own light lexing of each sentence with lookup tables
// (no regular expressions). It reads tokens, sentences and, when present,
// the part-of-speech tags for tense; it writes only Doc.Times and must not
// touch any other annotation. Its lexer (Lex, Word) is shared read-only
// with the quantity stage.
package timex

import (
	"context"
	"strings"
	"time"

	"github.com/sitrep/sitrep/doc"
)

// Stage is the timex stage. It holds no state and is safe for concurrent use.
type Stage struct{}

// New returns the timex stage.
func New() *Stage { return &Stage{} }

func (*Stage) Name() string       { return "timex" }
func (*Stage) Requires() []string { return []string{doc.AnnTokens, doc.AnnSentences} }
func (*Stage) Assigns() []string  { return []string{doc.AnnTimes} }

// Process finds and normalises the temporal expressions of d.
func (st *Stage) Process(ctx context.Context, d *doc.Doc) error {
	d.Times = d.Times[:0]
	var dct time.Time
	hasDCT := false
	if d.Meta.Published != nil {
		dct, hasDCT = parseDCT(*d.Meta.Published)
	}
	sc := &scanner{text: d.Text, dct: dct, hasDCT: hasDCT}
	if d.Has(doc.AnnPOS) {
		sc.d = d
	}
	var buf []Word
	for si, sent := range d.Sentences {
		if si%256 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		buf = Lex(d.Text, sent.Start, sent.End, buf[:0])
		sc.ws = buf
		for i := 0; i < len(buf); {
			h, ok := sc.match(i)
			if !ok || h.j <= h.i || h.i < 0 {
				i++
				continue
			}
			d.Times = append(d.Times, sc.emit(h))
			if h.hasW && !h.rel && h.w.g >= gYear {
				sc.lastYear = h.w.t.Year()
			}
			i = h.j
		}
	}
	return nil
}

// Find runs the recogniser over text[start:end] with the given document
// date (ISO, empty when unknown) and returns the expressions found. It is
// the stage without a Doc, for tools and tests.
func Find(text string, published string) []doc.Time {
	d := doc.New(text)
	if published != "" {
		d.Meta.Published = &published
	}
	d.Sentences = []doc.Sentence{{Start: 0, End: len(text)}}
	_ = New().Process(context.Background(), d)
	return d.Times
}

func sp(s string) *string { return &s }

// emit turns a hit into the Doc's Time.
func (s *scanner) emit(h hit) doc.Time {
	start, end := s.ws[h.i].Start, s.ws[h.j-1].End
	// a trailing period belongs to an abbreviation only
	t := doc.Time{Text: s.text[start:end], Start: start, End: end, Type: h.typ, Mod: h.mod}
	if h.hasW && h.w.g == gTime {
		t.Zone = h.w.zone
	}
	if h.rel && !s.hasDCT {
		return t
	}
	switch {
	case h.hasW:
		t.Value = sp(h.w.iso())
		a, b := h.w.span()
		a, b = narrow(a, b, h.mod)
		if h.w.g == gPOD && h.w.s == "NI" && s.isAny(h.i, "overnight") {
			a, b = h.w.t, h.w.t.AddDate(0, 0, 1)
		}
		if h.toDCT && s.hasDCT && b.After(s.dct) {
			b = s.dct
		}
		// since X: from X up to the document date
		if s.isAny(h.i-1, "since") && s.hasDCT && !a.After(s.dct) {
			b = s.dct
		}
		t.From, t.To = sp(ymd(a)), sp(ymd(b))
	default:
		t.Value = sp(h.val)
		if !h.from.IsZero() {
			t.From, t.To = sp(ymd(h.from)), sp(ymd(h.to))
		} else if h.val == "PRESENT_REF" && s.hasDCT {
			t.From, t.To = sp(ymd(s.dct)), sp(ymd(s.dct))
		}
	}
	if !h.from.IsZero() && h.hasW {
		t.From, t.To = sp(ymd(h.from)), sp(ymd(h.to))
	}
	return t
}

// clauseTense reads the tense of the clause an expression starting at word
// i belongs to: the nearest cue to its left within the clause (up to a
// comma, semicolon, colon, bracket, quote or sentence end; at most max
// words). A future marker governs the verb chain after it: "will be held
// on Friday", "is scheduled to travel to Kabul on Friday", "plans to
// reopen the crossing on Friday", "is to vote on Friday". A reporting
// clause after the expression ("..., officials said") is another clause and
// is not read here. It returns tUnknown when the clause has no cue before
// the expression.
func (s *scanner) clauseTense(i, max int) int {
	for k := i - 1; k >= 0 && k >= i-max; k-- {
		w := s.ws[k]
		if w.Kind != KAlpha {
			if w.Kind == KPunct && strings.IndexByte(",;:.!?()[]\"", s.text[w.Start]) >= 0 {
				break
			}
			if w.Kind == KPunct && (strings.HasPrefix(s.text[w.Start:], "“") || strings.HasPrefix(s.text[w.Start:], "”")) {
				break
			}
			continue
		}
		if s.futureMarker(k) {
			return tFuture
		}
		if s.isAny(k, "due", "expected", "scheduled", "planned", "slated", "going") && s.is(k+1, "to") {
			// "due to the storm": no verb follows, no tense
			continue
		}
		t := s.cue(k)
		if t == tPast && s.participle(k) {
			// "will be received", "is being held": the auxiliary decides
			continue
		}
		if t != tUnknown {
			return t
		}
	}
	return tUnknown
}

// futureMarker reports a word that puts the verbs after it in the future:
// will/shall/'ll/won't, or a be-form, "going" or a verb of plan or
// schedule before "to" and a verb ("is to travel", "going to withdraw",
// "set to resume", "plans to reopen", "due to take place").
func (s *scanner) futureMarker(k int) bool {
	w := s.ws[k]
	low := strings.ToLower(s.text[w.Start:w.End])
	switch {
	case low == "will" || low == "shall" || low == "won't" || low == "won’t":
		return true
	case strings.HasSuffix(low, "'ll") || strings.HasSuffix(low, "’ll"):
		return true
	}
	if !s.is(k+1, "to") || !s.verbAt(k+2) {
		return false
	}
	switch low {
	case "is", "are", "am", "was", "were", "going", "scheduled", "expected", "due", "slated", "set", "poised",
		"plans", "plan", "planned", "planning", "intends", "intend", "intended", "aims", "aim", "hopes", "hope", "prepares", "preparing", "about":
		return true
	}
	return false
}

// verbAt reports a word that can be a bare verb after "to": a verb by its
// part of speech when the tagger ran, else a lower-case word that is no
// determiner, pronoun or number ("due to take place", not "due to the rain").
func (s *scanner) verbAt(k int) bool {
	if k < 0 || k >= len(s.ws) || s.ws[k].Kind != KAlpha || s.ws[k].Cap {
		return false
	}
	w := s.ws[k]
	if s.d != nil {
		if ti := s.d.TokenAt(w.Start); ti >= 0 && s.d.Tokens[ti].Start == w.Start && s.d.Tokens[ti].XPOS != "" {
			return s.d.Tokens[ti].XPOS == "VB"
		}
	}
	switch strings.ToLower(s.text[w.Start:w.End]) {
	case "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your",
		"him", "them", "us", "me", "it", "some", "any", "all", "date", "be":
		return false
	}
	return true
}

// participle reports a past-tense cue that is a participle after a form of
// "be" ("be held", "being received"), whose tense the auxiliary carries.
func (s *scanner) participle(k int) bool {
	if s.d != nil {
		w := s.ws[k]
		if ti := s.d.TokenAt(w.Start); ti >= 0 && s.d.Tokens[ti].Start == w.Start && s.d.Tokens[ti].XPOS != "" {
			// (a participle with no auxiliary before it tells a past
			// happening however the tagger read it: "people marched in
			// London on Saturday", "soldiers killed on Friday")
			return s.d.Tokens[ti].XPOS == "VBN" && s.auxBefore(k)
		}
	}
	return s.isAny(k-1, "be", "being")
}

// auxBefore: one of the three words before word k is an auxiliary
// ("will be received", "has been", "is being held", "to be").
func (s *scanner) auxBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if s.isAny(j, "be", "being", "been", "is", "are", "was", "were", "am", "has", "have", "had", "having", "get", "gets", "got", "getting", "will", "would", "'s", "'re") {
			return true
		}
	}
	return false
}

// tense finds the nearest tense cue to words [i, j) in the sentence.
func (s *scanner) tense(i, j int) int {
	if t := s.clauseTense(i, 12); t != tUnknown {
		return t
	}
	return s.tenseWithin(i, j, 12)
}

// tenseWithin looks for a cue at most max-1 words away.
// A clause coordinated after the expression ("were flown into Kiunga on
// Monday and Tuesday and will patrol the border") tells its own time: the
// search to the right stops at its conjunction.
func (s *scanner) tenseWithin(i, j, max int) int {
	right := true
	for dist := 1; dist < max; dist++ {
		l, r := i-dist, j-1+dist
		if l < 0 && r >= len(s.ws) {
			break
		}
		if t := s.cue(l); t != tUnknown {
			return t
		}
		if right && s.isAny(r, "and", "but") && r+1 < len(s.ws) && (s.futureMarker(r+1) || s.cue(r+1) != tUnknown) {
			right = false
		}
		if !right {
			continue
		}
		if t := s.cue(r); t != tUnknown {
			return t
		}
	}
	return tUnknown
}

func (s *scanner) cue(k int) int {
	if k < 0 || k >= len(s.ws) || s.ws[k].Kind != KAlpha {
		return tUnknown
	}
	w := s.ws[k]
	if w.E != nil && w.E.Tense != 0 {
		if w.E.Tense == tFuture && s.isAny(k, "expected", "scheduled", "planned", "slated", "due") && !s.is(k+1, "to") {
			return tPast
		}
		return w.E.Tense
	}
	if s.d != nil {
		ti := s.d.TokenAt(w.Start)
		if ti >= 0 && s.d.Tokens[ti].Start == w.Start {
			switch s.d.Tokens[ti].XPOS {
			case "VBD":
				return tPast
			case "VBN":
				// a participle right after its subject, with no auxiliary,
				// is the past however the tagger read it ("people marched
				// in London on Saturday")
				if pi := ti - 1; pi >= 0 && !s.auxBefore(k) {
					switch s.d.Tokens[pi].XPOS {
					case "NN", "NNS", "NNP", "NNPS", "PRP":
						return tPast
					}
				}
			case "VBZ", "VBP":
				return tPresent
			case "MD":
				return tFuture
			}
		}
		return tUnknown
	}
	// no tagger: a lower-case word in -ed not followed by "to" is taken
	// as a past-tense verb
	txt := s.text[w.Start:w.End]
	if len(txt) >= 5 && !w.Cap && strings.HasSuffix(txt, "ed") && !s.is(k+1, "to") && !s.isAny(k-1, "the", "a", "an", "be", "been", "is", "are", "being") {
		return tPast
	}
	return tUnknown
}
