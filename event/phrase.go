package event

import (
	"slices"
	"strings"

	"github.com/sitrep/sitrep/ontology"
)

// phraseMatch is a dictionary phrase pattern matched at a verb: the
// pattern, and the token each of its actor slots took.
type phraseMatch struct {
	pattern *ontology.PhrasePattern
	slots   map[byte]int
	// negation: the pattern's own words take the verb's negation ("&NEG
	// * OVER EFFORTS" on "didn't clash over the efforts"), so the
	// negated verb is what the pattern codes
	negation bool
}

// matchPhrase tries the phrase patterns of verb i's lemma, in dictionary
// order, against the words of the sentence before the verb and the words
// of the verb's own phrase after it; the first that matches is returned.
func (s *Stage) matchPhrase(t *tree, acts *actors, i int, lemma string) *phraseMatch {
	pats := s.verbs.Phrases[lemma]
	if len(pats) == 0 {
		return nil
	}
	var pre []int
	for k := i - 1; k >= 0 && t.tok(k).Sent == t.tok(i).Sent; k-- {
		pre = append(pre, k)
	}
	for a, b := 0, len(pre)-1; a < b; a, b = a+1, b-1 {
		pre[a], pre[b] = pre[b], pre[a]
	}
	post := verbPhraseAfter(t, i)
	// (a bounded window each side keeps a long sentence's matching
	// cheap)
	if len(pre) > matchWindow {
		pre = pre[len(pre)-matchWindow:]
	}
	if len(post) > matchWindow {
		post = post[:matchWindow]
	}
	for n := range pats {
		p := &pats[n]
		slots := map[byte]int{}
		m := seqMatcher{t: t, acts: acts, slots: slots}
		if len(p.Pre) > 0 && !m.matchAll(p.Pre, pre, false, p.VerbJoined) {
			continue
		}
		if len(p.Post) > 0 && !m.matchAll(p.Post, post, p.Post[0].Joined, false) {
			continue
		}
		pm := &phraseMatch{pattern: p, slots: slots}
		for _, k := range m.words {
			if w := t.lower(k); isNegation(w) || w == "no" {
				pm.negation = true
			}
		}
		return pm
	}
	return nil
}

// verbPhraseAfter lists, in order, the tokens after verb i that its
// phrase holds: its dependents' words, less the predicates coordinated
// with it or set beside it and the punctuation.
func verbPhraseAfter(t *tree, i int) []int {
	var out []int
	for k := i + 1; k < len(t.d.Tokens) && t.tok(k).Sent == t.tok(i).Sent; k++ {
		if t.rel(k) == "punct" || !t.dominates(i, k) {
			continue
		}
		inside := true
		for x := k; x >= 0 && x != i; x = t.head(x) {
			if t.head(x) == i && (t.rel(x) == "conj" && t.isVerbal(x) || t.rel(x) == "parataxis" || t.rel(x) == "cc") {
				inside = false
				break
			}
		}
		if inside {
			out = append(out, k)
		}
	}
	return out
}

// seqMatcher matches pattern elements against a run of tokens: words in
// order, with any words between them unless an element is joined to the
// one before; a slot takes a phrase (an actor's, for $, + and %).
type seqMatcher struct {
	t     *tree
	acts  *actors
	slots map[byte]int
	words []int // the tokens the pattern's words took
	// failed holds the (element, position) pairs already found not to
	// match, so a pattern is matched in time polynomial in its run
	failed map[[2]int]bool
}

// matchWindow bounds the words matched on each side of the verb, and
// slotSpan the words one slot may take.
const (
	matchWindow = 80
	slotSpan    = 12
)

// matchAll matches elems against toks from the start (see match).
func (m *seqMatcher) matchAll(elems []ontology.PatternElem, toks []int, first, last bool) bool {
	m.failed = map[[2]int]bool{}
	return m.match(elems, toks, 0, 0, first, last)
}

// match reports whether elems[e:] match toks from position pos; first
// anchors the first element at pos, and last requires the last element
// to end the run.
func (m *seqMatcher) match(elems []ontology.PatternElem, toks []int, e, pos int, first, last bool) bool {
	if e == len(elems) {
		return !last || pos == len(toks)
	}
	if m.failed[[2]int{e, pos}] {
		return false
	}
	if m.matchFrom(elems, toks, e, pos, first, last) {
		return true
	}
	m.failed[[2]int{e, pos}] = true
	return false
}

// matchFrom is match for element e at pos, without the memory of
// failures.
func (m *seqMatcher) matchFrom(elems []ontology.PatternElem, toks []int, e, pos int, first, last bool) bool {
	el := elems[e]
	hi := len(toks) - 1
	if e > 0 && el.Joined || e == 0 && first {
		hi = pos
	}
	for start := pos; start <= hi && start < len(toks); start++ {
		if el.Slot != 0 {
			for end := start + 1; end <= len(toks) && end-start <= slotSpan; end++ {
				k := m.slotActor(toks[start:end])
				if el.Slot == '%' {
					k = m.compound(k)
				}
				if el.Slot != '^' && k < 0 {
					continue
				}
				if el.Slot != '^' {
					m.slots[el.Slot] = k
				}
				if m.match(elems, toks, e+1, end, first, last) {
					return true
				}
				delete(m.slots, el.Slot)
			}
			continue
		}
		for _, ph := range el.Phrases {
			if start+len(ph) > len(toks) {
				continue
			}
			ok := true
			for j, w := range ph {
				if m.t.lower(toks[start+j]) != w {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			n := len(m.words)
			m.words = append(m.words, toks[start:start+len(ph)]...)
			if m.match(elems, toks, e+1, start+len(ph), first, last) {
				return true
			}
			m.words = m.words[:n]
		}
	}
	return false
}

// compound is the first of the coordinated actors that k is one of
// ("the Philippines and France"), or -1 when k is coordinated with none.
func (m *seqMatcher) compound(k int) int {
	for n := 0; n < 8 && k >= 0 && m.t.rel(k) == "conj"; n++ {
		k = m.t.head(k)
	}
	if k < 0 || len(m.t.kids(k, "conj")) == 0 {
		return -1
	}
	return k
}

// slotActor is the head of the coded actor among span's tokens (its last
// nominal that names one), or -1.
func (m *seqMatcher) slotActor(span []int) int {
	for j := len(span) - 1; j >= 0; j-- {
		k := span[j]
		if u := m.t.tok(k).UPOS; u != "NOUN" && u != "PROPN" {
			continue
		}
		if a := m.acts.resolve(k); a != nil && a.code != "" {
			return k
		}
	}
	return -1
}

// phraseTarget is the first coded actor named in verb i's phrase after
// it, other than the source, or nil.
// (not one set in apposition to a noun, which is that noun again)
func phraseTarget(t *tree, acts *actors, i int, src *mention) *mention {
	for _, k := range verbPhraseAfter(t, i) {
		if u := t.tok(k).UPOS; u != "NOUN" && u != "PROPN" || t.rel(k) == "compound" || t.rel(k) == "flat" {
			continue
		}
		aside := false
		for x := k; x >= 0 && x != i; x = t.head(x) {
			if t.rel(x) == "appos" {
				aside = true
				break
			}
		}
		if aside {
			continue
		}
		if m := acts.resolve(k); m != nil && m.code != "" && (src == nil || m.head != src.head) {
			return m
		}
	}
	return nil
}

// dyads turns an event with coordinated actors into its events. Coded
// as sitrep codes news, that is expand's one event per happening. Coded
// as PETRARCH codes (DictionaryOnly), every source is paired with every
// target, the parties of a compound ("%") or of a joint act each act
// toward the other, and a paired dictionary code ("[032:033]") adds the
// happening told from the target's side.
func (s *Stage) dyads(t *tree, acts *actors, c *cand) []*cand {
	if !s.opts.DictionaryOnly || !c.fromDict {
		return expand(t, acts, c)
	}
	srcs, tgts := conjunctMentions(t, acts, c.src, true), conjunctMentions(t, acts, c.tgt, true)
	var out []*cand
	add := func(a, b *mention, code string) {
		if a != nil && b != nil && a.head == b.head {
			return
		}
		for _, o := range out {
			if o.src == a && o.tgt == b && o.code == code {
				return
			}
		}
		x := *c
		x.src, x.tgt, x.code, x.dyad = a, b, code, true
		out = append(out, &x)
	}
	switch {
	case c.compound && len(srcs) > 1:
		// (a compound's parties each act toward the other)
		for _, a := range srcs {
			for _, b := range srcs {
				if a != b {
					add(a, b, c.code)
				}
			}
		}
		return out
	case c.tgt == nil && joint(c.code) && len(srcs) > 1:
		// (a joint act of two subjects: between them, and from the
		// other's side when the code is paired)
		add(srcs[0], srcs[1], c.code)
		if c.reverse != "" {
			add(srcs[1], srcs[0], c.reverse)
		}
		return out
	}
	for _, a := range srcs {
		for _, b := range tgts {
			add(a, b, c.code)
			if c.reverse != "" && b != nil {
				add(b, a, c.reverse)
			}
		}
	}
	if len(out) == 0 {
		return []*cand{c}
	}
	return out
}

// conjunctMentions is m and the actors coordinated with it ("Hungarian
// and Romanian officials"), not alternatives ("police or soldiers");
// inside looks for the coordination on the name inside m's phrase too
// ("ties with Mordor, Rohan and Bree").
func conjunctMentions(t *tree, acts *actors, m *mention, inside bool) []*mention {
	out := []*mention{m}
	if m == nil || m.head < 0 || t.tok(m.head).UPOS == "PRON" {
		return out
	}
	h := m.head
	// (a role's country, "lawmakers in Fornost and Gondor": each
	// country's lawmakers)
	role := ""
	if inside && len(t.kids(h, "conj")) == 0 {
		for _, k := range t.subtree(h, phraseSkip) {
			if x := acts.resolve(k); k != h && len(t.kids(k, "conj")) > 0 && x != nil && x.code != "" && strings.HasPrefix(m.code, x.code) {
				h, role = k, m.code[len(x.code):]
				break
			}
		}
	}
	heads := t.kids(h, "conj")
	// "two Cabinet officers, Ross and Barr": the names after the comma
	// enumerate the people counted, one party
	if len(heads) > 0 && enumerated(t, h, heads) {
		return out
	}
	// "Hungarian and Romanian officials": coordinated modifiers
	for _, k := range t.kids(h, "amod", "compound", "nmod:poss") {
		heads = append(heads, t.kids(k, "conj")...)
	}
	for _, k := range heads {
		// ("the Pakistani Taliban, or Tehrik-e-Taliban Pakistan": a name
		// told as another's alternative is the same party; "police or
		// soldiers": one party, not known which)
		if slices.ContainsFunc(t.kids(k, "cc"), func(cc int) bool { return t.lower(cc) == "or" }) {
			continue
		}
		if x := acts.resolve(k); x != nil && x.code != "" {
			if role != "" && len(x.code) == 3 {
				y := *x
				y.code += role
				x = &y
			}
			out = append(out, x)
		}
	}
	return out
}
