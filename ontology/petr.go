package ontology

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
	"strings"
)

var (
	petrBlockHead = regexp.MustCompile(`^---\s+(\S+)\s+\[([^\]]*)\]\s*---`)
	petrCode      = regexp.MustCompile(`\[([0-9:]*)\]`)
	petrWord      = regexp.MustCompile(`^[A-Z][A-Z'-]*$`)
	// petrPatternWord is a word of a phrase pattern ("N'T", "ANTI-").
	petrPatternWord = regexp.MustCompile(`^[A-Z0-9'][A-Z0-9'.-]*$`)
)

// petrCodeOf picks the event code from a dictionary code field such as
// "042:043" (the code, then the code of the reverse reading) or ":020".
func petrCodeOf(s string) string {
	a, b, _ := strings.Cut(s, ":")
	if a != "" {
		return a
	}
	return b
}

// ParsePETRVerbs reads a PETRARCH/TABARI verb dictionary ("--- VERB
// [code] ---" blocks of member verbs and "- * OBJECT (PREP WORD) [code]"
// patterns) into the shape sitrep uses: each member's default code and
// the patterns of the simple shapes verb + object word, verb +
// (preposition [word]) and both. Richer patterns are skipped. The
// TRANSFORMATIONS section ends the verbs. Lines that are too long are an
// error with their line number.
func ParsePETRVerbs(r io.Reader) (*Verbs, error) {
	v := &Verbs{Defaults: map[string]string{}, Patterns: map[string][]VerbPattern{},
		Phrases: map[string][]PhrasePattern{}, Reverse: map[string]string{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	blockCode := ""
	var members []string
	inBlock := false
	seen := map[VerbPattern]bool{}
	synsets := map[string][]string{}   // "&FOOD" -> lower-case member head words
	phrases := map[string][][]string{} // "&FOOD" -> member phrases (label without a closing "_")
	blockReverse := ""
	curSyn := ""
	line := 0
	for sc.Scan() {
		line++
		raw := sc.Text()
		if strings.HasPrefix(raw, "######## TRANSFORMATIONS") {
			break
		}
		if st := strings.TrimSpace(stripComment(raw)); strings.HasPrefix(st, "&") {
			curSyn = strings.Fields(st)[0]
			continue
		} else if curSyn != "" && strings.HasPrefix(st, "+") {
			ws := strings.Fields(strings.ReplaceAll(strings.TrimPrefix(st, "+"), "_", " "))
			if len(ws) > 0 {
				synsets[curSyn] = append(synsets[curSyn], strings.ToLower(ws[len(ws)-1]))
			}
			label := strings.TrimSuffix(curSyn, "_")
			phrases[label] = append(phrases[label], synsetPhrases(strings.TrimPrefix(st, "+"), curSyn, phrases)...)
			continue
		} else if st != "" {
			curSyn = ""
		}
		if m := petrBlockHead.FindStringSubmatch(raw); m != nil {
			blockCode, blockReverse = petrCodeOf(m[2]), reverseCodeOf(m[2])
			if strings.Contains(m[2], "-") || !isDigits(blockCode) {
				blockCode, blockReverse = "", ""
			}
			members = nil
			inBlock = true
			continue
		}
		if !inBlock {
			continue
		}
		t := raw
		if i := strings.Index(t, "#"); i >= 0 {
			t = t[:i]
		}
		t = strings.TrimSpace(t)
		if t == "" || strings.HasPrefix(t, "<!--") || strings.HasPrefix(t, "&") {
			continue
		}
		if strings.HasPrefix(t, "-") {
			cm := petrCode.FindStringSubmatch(t)
			if cm == nil {
				continue
			}
			code := petrCodeOf(cm[1])
			if !isDigits(code) {
				continue
			}
			body := strings.TrimSpace(t[1:strings.Index(t, "[")])
			pp, covered := parsePhrasePattern(body, phrases)
			if covered {
				pp.Code, pp.Reverse = code, reverseCodeOf(cm[1])
				for _, m := range members {
					v.Phrases[m] = append(v.Phrases[m], pp)
				}
			}
			pre, post, ok := strings.Cut(body, "*")
			if !ok || strings.TrimSpace(pre) != "" {
				continue
			}
			for _, p := range expandSynsets(strings.TrimSpace(post), synsets) {
				for _, m := range members {
					p.Verb, p.Code, p.Covered = m, code, covered
					if !seen[p] {
						seen[p] = true
						v.Patterns[m] = append(v.Patterns[m], p)
					}
				}
			}
			continue
		}
		w := t
		if i := strings.IndexAny(w, " {[\t"); i >= 0 {
			w = w[:i]
		}
		w = strings.TrimSuffix(w, "_")
		if strings.HasPrefix(w, "+") || !petrWord.MatchString(w) {
			continue
		}
		lemma := strings.ToLower(w)
		members = append(members, lemma)
		c, rc := blockCode, blockReverse
		if cm := petrCode.FindStringSubmatch(t); cm != nil {
			if own := petrCodeOf(cm[1]); isDigits(own) {
				c, rc = own, reverseCodeOf(cm[1])
			}
		}
		if strings.Contains(t, "[---]") {
			c, rc = "", ""
		}
		if c != "" {
			if _, dup := v.Defaults[lemma]; !dup {
				v.Defaults[lemma] = c
				if rc != "" {
					v.Reverse[lemma] = rc
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("line %d: %w", line+1, err)
	}
	return v, nil
}

// reverseCodeOf picks the code of the reverse reading from a code field
// ("042:043" -> "043"), or "" when there is none.
func reverseCodeOf(s string) string {
	a, b, ok := strings.Cut(s, ":")
	if !ok || a == "" || !isDigits(b) {
		return ""
	}
	return b
}

func stripComment(s string) string {
	if i := strings.Index(s, "#"); i >= 0 {
		return s[:i]
	}
	return s
}

// expandSynsets reads a pattern tail whose object or prepositional object
// may name a synonym set (&CURRENCY) and returns one pattern per member.
func expandSynsets(post string, synsets map[string][]string) []VerbPattern {
	var syn string
	for _, f := range strings.FieldsFunc(post, func(r rune) bool { return r == ' ' || r == '(' || r == ')' }) {
		if strings.HasPrefix(f, "&") {
			if syn != "" {
				return nil // two sets: too rich
			}
			syn = f
		}
	}
	if syn == "" {
		if p, ok := parsePETRPost(post); ok {
			return []VerbPattern{p}
		}
		return nil
	}
	var out []VerbPattern
	for _, m := range synsets[syn] {
		w := strings.ToUpper(m)
		if !petrWord.MatchString(w) {
			continue
		}
		if p, ok := parsePETRPost(strings.Replace(post, syn, w, 1)); ok {
			out = append(out, p)
		}
	}
	return out
}

// parsePETRPost reads the part of a pattern after the verb.
func parsePETRPost(s string) (VerbPattern, bool) {
	var p VerbPattern
	if s == "" {
		return p, false
	}
	obj, rest, _ := strings.Cut(s, "(")
	obj = strings.TrimSpace(obj)
	if obj != "" {
		if strings.Contains(obj, " ") || !petrWord.MatchString(obj) {
			return p, false
		}
		p.Obj = strings.ToLower(obj)
	}
	if rest != "" {
		inner, tail, ok := strings.Cut(rest, ")")
		if !ok || strings.TrimSpace(tail) != "" {
			return p, false
		}
		ws := strings.Fields(inner)
		if len(ws) == 0 || len(ws) > 2 {
			return p, false
		}
		for _, w := range ws {
			if !petrWord.MatchString(w) {
				return p, false
			}
		}
		p.Prep = strings.ToLower(ws[0])
		if len(ws) == 2 {
			p.PObj = strings.ToLower(ws[1])
		}
	}
	return p, p.Obj != "" || p.Prep != ""
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
