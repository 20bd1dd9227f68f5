package ontology

import "strings"

// PatternElem is one element of a dictionary phrase pattern: words (one
// phrase, or any phrase of a synonym set), or an actor slot.
type PatternElem struct {
	// Phrases are the word sequences that match, lower case; any one
	// of them does. Empty for a slot.
	Phrases [][]string
	// Slot is '$' (the source), '+' (the target), '%' (both: the
	// parties of a joint act) or '^' (a phrase skipped); 0 for words.
	Slot byte
	// Joined: written with "_" to the element before it (or to the verb),
	// so it must follow that element at once.
	Joined bool
}

// PhrasePattern is a verb pattern of the PETRARCH/TABARI kind: elements
// before the verb ("&NEGATVAUXVRB * OVER EFFORTS"), the verb, and
// elements after it, each either next to the one before (written with
// "_") or after any words in between (written with a space). Patterns
// are kept in dictionary order; the first that matches gives its code.
type PhrasePattern struct {
	Pre, Post []PatternElem
	// VerbJoined: the last element before the verb must be next to it.
	VerbJoined bool
	// Code is the event's code; Reverse, when set, the code of the
	// same happening told from the target's side ("[032:033]": the one
	// who travels visits, the one travelled to hosts).
	Code, Reverse string
}

// parsePhrasePattern reads a pattern body (the text between "-" and the
// code) with the synonym sets defined so far. It returns false for a body
// it cannot read: no verb mark, an unknown synonym set, a TABARI
// disjunction or a parenthesised preposition (the simple patterns keep
// those).
func parsePhrasePattern(body string, synsets map[string][][]string) (PhrasePattern, bool) {
	var p PhrasePattern
	if strings.ContainsAny(body, "(){}|") {
		return p, false
	}
	var elems []PatternElem
	verbAt := -1
	for _, item := range strings.Fields(body) {
		for j, part := range strings.Split(item, "_") {
			joined := j > 0
			if part == "" {
				continue
			}
			switch {
			case part == "*" || part == "**":
				if verbAt >= 0 {
					return p, false
				}
				verbAt = len(elems)
				elems = append(elems, PatternElem{Joined: joined})
			case part == "$" || part == "+" || part == "%" || part == "^":
				elems = append(elems, PatternElem{Slot: part[0], Joined: joined})
			case strings.HasPrefix(part, "&"):
				phrases, ok := synsets[strings.TrimSuffix(part, "_")]
				if !ok {
					return p, false
				}
				elems = append(elems, PatternElem{Phrases: phrases, Joined: joined})
			default:
				if !petrPatternWord.MatchString(part) {
					return p, false
				}
				elems = append(elems, PatternElem{Phrases: [][]string{{strings.ToLower(part)}}, Joined: joined})
			}
		}
	}
	if verbAt < 0 || len(elems) == 1 {
		return p, false
	}
	p.Pre = elems[:verbAt]
	p.VerbJoined = elems[verbAt].Joined
	p.Post = elems[verbAt+1:]
	return p, true
}

// synsetPhrases reads one "+" member of a synonym set: its words, with
// the regular plural of the last word too unless the member or the set's
// label ends in "_". A member naming another set ("+&TIETYPES") brings in
// that set's phrases.
func synsetPhrases(member, label string, synsets map[string][][]string) [][]string {
	member = strings.TrimSpace(member)
	if strings.HasPrefix(member, "&") {
		return synsets[strings.TrimSuffix(member, "_")]
	}
	noPlural := strings.HasSuffix(member, "_") || strings.HasSuffix(label, "_")
	ws := strings.Fields(strings.ToLower(strings.ReplaceAll(member, "_", " ")))
	if len(ws) == 0 {
		return nil
	}
	out := [][]string{ws}
	if !noPlural {
		last := ws[len(ws)-1]
		var pl string
		switch {
		case strings.HasSuffix(last, "ss"):
			pl = last + "es"
		case strings.HasSuffix(last, "y") && len(last) > 1 && !strings.ContainsRune("aeiou", rune(last[len(last)-2])):
			pl = last[:len(last)-1] + "ies"
		case strings.HasSuffix(last, "s"):
		default:
			pl = last + "s"
		}
		if pl != "" {
			out = append(out, append(append([]string(nil), ws[:len(ws)-1]...), pl))
		}
	}
	return out
}
