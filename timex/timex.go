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

// tense finds the nearest tense cue to words [i, j) in the sentence.
func (s *scanner) tense(i, j int) int { return s.tenseWithin(i, j, 12) }

// tenseWithin looks for a cue at most max-1 words away.
func (s *scanner) tenseWithin(i, j, max int) int {
	for dist := 1; dist < max; dist++ {
		l, r := i-dist, j-1+dist
		if l < 0 && r >= len(s.ws) {
			break
		}
		if t := s.cue(l); t != tUnknown {
			return t
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
