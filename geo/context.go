package geo

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/geo/gazetteer"
)

// cue words before or after a name that say what kind of place it is.
var (
	cityCues = map[string]bool{"town": true, "city": true, "village": true, "capital": true, "suburb": true,
		"hamlet": true, "township": true, "municipality": true, "neighborhood": true, "neighbourhood": true,
		"downtown": true, "mayor": true, "outskirts": true, "residents": true}
	adminCues = map[string]bool{"province": true, "provinces": true, "state": true, "states": true, "county": true,
		"counties": true, "parish": true, "governorate": true, "region": true, "district": true, "oblast": true,
		"prefecture": true, "department": true, "territory": true, "governor": true}
	countryCues = map[string]bool{"country": true, "nation": true, "countries": true, "nations": true,
		"republic": true, "kingdom": true, "embassy": true, "government": true, "president": true, "minister": true,
		"border": true, "borders": true}
	capitalCues = map[string]bool{"capital": true}
	// areaCues name natural areas: "the southern island of X".
	areaCues = map[string]bool{"island": true, "islands": true, "peninsula": true, "valley": true, "desert": true,
		"mountains": true, "archipelago": true, "plateau": true, "delta": true, "enclave": true}
	// facility nouns: "the Beiji refinery" is placed at Beiji.
	facilityWords = map[string]bool{"refinery": true, "airport": true, "dam": true, "base": true, "prison": true,
		"university": true, "hospital": true, "bridge": true, "port": true, "stadium": true, "mosque": true,
		"crossing": true, "field": true, "oilfield": true, "camp": true, "barracks": true, "station": true,
		"plant": true, "complex": true, "checkpoint": true, "harbor": true, "harbour": true, "airbase": true}
	// generic words that may end a name ("Anbar province") and can be
	// dropped to find it.
	genericSuffix = map[string]bool{"province": true, "governorate": true, "state": true, "region": true,
		"district": true, "city": true, "town": true, "village": true, "county": true, "parish": true,
		"oblast": true, "prefecture": true, "municipality": true, "area": true, "valley": true}
	directionWords = map[string]bool{"northern": true, "southern": true, "eastern": true, "western": true,
		"central": true, "north": true, "south": true, "east": true, "west": true, "northeastern": true,
		"northwestern": true, "southeastern": true, "southwestern": true, "upper": true, "lower": true, "greater": true}
)

// cleanSurface trims a mention's text: a possessive, quotes, brackets,
// a leading "the". A final dot is kept ("La.", "U.S."): Norm drops dots. It returns the byte range kept, relative to s.
func cleanSurface(s string) (int, int) {
	lo, hi := 0, len(s)
	for {
		switch {
		case strings.HasSuffix(s[lo:hi], "'s"), strings.HasSuffix(s[lo:hi], "’s"):
			if strings.HasSuffix(s[lo:hi], "'s") {
				hi -= 2
			} else {
				hi -= len("’s")
			}
			continue
		case strings.HasSuffix(s[lo:hi], "s'"), strings.HasSuffix(s[lo:hi], "s’"):
			hi -= len(s[lo:hi]) - len(strings.TrimRight(s[lo:hi], "'’"))
			continue
		}
		r, n := utf8.DecodeLastRuneInString(s[lo:hi])
		if n > 0 && hi > lo && !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' {
			hi -= n
			continue
		}
		r, n = utf8.DecodeRuneInString(s[lo:hi])
		if n > 0 && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			lo += n
			continue
		}
		break
	}
	if low := strings.ToLower(s[lo:hi]); strings.HasPrefix(low, "the ") && hi-lo > 4 {
		lo += 4
	}
	if lo > hi {
		return 0, 0
	}
	return lo, hi
}

// words returns the lower-case words of s.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
}

// leftWords returns up to n lower-case words just before byte off, within
// the same line and not across sentence punctuation.
func leftWords(text string, off, n int) []string {
	lo := off - 60
	if lo < 0 {
		lo = 0
	}
	for lo > 0 && lo < len(text) && !utf8.RuneStart(text[lo]) {
		lo++
	}
	seg := text[lo:off]
	if i := strings.LastIndexAny(seg, ".!?;\n:\"“”"); i >= 0 {
		seg = seg[i+1:]
	}
	w := words(seg)
	if len(w) > n {
		w = w[len(w)-n:]
	}
	return w
}

// rightWords returns up to n lower-case words just after byte off.
func rightWords(text string, off, n int) []string {
	hi := off + 60
	if hi > len(text) {
		hi = len(text)
	}
	for hi < len(text) && hi > off && !utf8.RuneStart(text[hi]) {
		hi--
	}
	seg := text[off:hi]
	if i := strings.IndexAny(seg, ".!?;\n:,\"“”()"); i >= 0 {
		seg = seg[:i]
	}
	w := words(seg)
	if len(w) > n {
		w = w[:n]
	}
	return w
}

// cues is what the words around a name's mentions say about it.
type cues struct {
	city, admin, country, capital, facility bool
	// area: a natural area ("the island of X")
	area bool
	// adminNamed: the text calls the name itself a region, right next
	// to it ("X province", "the district of X", "X, a province");
	// kindNamed: it calls it any kind of place that way ("the suburb of
	// X", "X, a town")
	adminNamed, kindNamed bool
	// containers are names given right after the mention ("Alexandria,
	// La."), normalised.
	containers []string
	// kinds are country names or peoples said before a kind-of-place noun
	// ("the southern Lebanese village of X"), normalised.
	kinds []string
}

func (c *cues) addCue(w string) {
	switch {
	case cityCues[w]:
		c.city = true
	case adminCues[w]:
		c.admin = true
	case countryCues[w]:
		c.country = true
	}
	if capitalCues[w] {
		c.capital = true
	}
	if areaCues[w] {
		c.area = true
	}
}

// mentionContext reads the cues around one mention at [start,end).
func mentionContext(text string, start, end int, c *cues) {
	lw := leftWords(text, start, 3)
	for i, w := range lw {
		// "the town of X", "X province", "the capital, X"
		if i >= len(lw)-3 {
			c.addCue(w)
		}
	}
	// "the Lebanese village of X", "a Syrian border town called X"
	if n := len(lw); n >= 3 && (lw[n-1] == "of" || lw[n-1] == "called" || lw[n-1] == "named") && (cityCues[lw[n-2]] || adminCues[lw[n-2]]) {
		c.kinds = append(c.kinds, lw[n-3])
	}
	if n := len(lw); n >= 2 && lw[n-1] == "of" && lw[n-2] != "governor" && lw[n-2] != "mayor" && lw[n-2] != "residents" {
		c.adminNamed = c.adminNamed || adminCues[lw[n-2]]
		c.kindNamed = c.kindNamed || adminCues[lw[n-2]] || cityCues[lw[n-2]] || areaCues[lw[n-2]]
	}
	rw := rightWords(text, end, 2)
	if len(rw) > 0 {
		w := rw[0]
		switch {
		case adminCues[w] && w != "government" && w != "governor":
			c.admin = true
			// "X province", not "Several provinces" or "Fourth-district"
			// ("Kunar and Nangarhar provinces" names the second)
			plural := strings.HasSuffix(w, "s") && (len(lw) == 0 || lw[len(lw)-1] != "and")
			if !plural && strings.HasPrefix(text[end:], " ") {
				c.adminNamed, c.kindNamed = true, true
			}
		case cityCues[w] && w != "residents" && w != "mayor":
			c.city = true
			c.kindNamed = c.kindNamed || strings.HasPrefix(text[end:], " ")
		case facilityWords[w]:
			c.facility = true
		}
		if w == "mayor" || w == "residents" || w == "police" || w == "city" {
			c.city = true
		}
		if w == "governor" || w == "legislature" || w == "senator" {
			c.admin = true
		}
	}
	appositive(text, end, c)
	// a possessor names a container: "Afghanistan's Khost province"
	if k := possessor(text, start); k != "" {
		c.containers = append(c.containers, k)
	}
	// a container: ", Name" right after the mention, and the names that
	// follow it in a chain ("Reading, Berkshire, UK": both Berkshire and
	// the UK hold Reading)
	at := end
	for range 3 {
		rest := text[at:min(len(text), at+40)]
		if !strings.HasPrefix(rest, ", ") && !strings.HasPrefix(rest, " , ") && !strings.HasPrefix(rest, " (") && !strings.HasPrefix(rest, "(") {
			break
		}
		trimmed := strings.TrimLeft(rest, " ,(")
		n := capitalisedPrefix(trimmed)
		if n == 0 {
			break
		}
		k := gazetteer.Norm(trimmed[:n])
		if k == "" {
			break
		}
		c.containers = append(c.containers, k)
		at += len(rest) - len(trimmed) + n
		if strings.HasPrefix(text[at:], ")") {
			break
		}
	}
}

// capitalisedPrefix returns the byte length of the run of capitalised words
// (or an abbreviation such as "La." or "N.Y.") that s starts with.
func capitalisedPrefix(s string) int {
	end := 0
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsUpper(r) {
			break
		}
		j := i + n
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if unicode.IsLetter(r) || r == '\'' || r == '’' || r == '-' {
				j += n
				continue
			}
			if r == '.' && j+1 <= len(s) {
				j++ // abbreviation dot: "La.", "N.Y."
				continue
			}
			break
		}
		end = j
		if j < len(s) && s[j] == ' ' && j+1 < len(s) {
			r, _ := utf8.DecodeRuneInString(s[j+1:])
			if unicode.IsUpper(r) {
				i = j + 1
				continue
			}
		}
		break
	}
	return end
}

// appositive reads a description of the place in apposition right after
// a mention: "X, a province bordering Y", "X, a small town in Y", "X, the
// Syrian border town". Its kind-of-place noun is a cue; the words before
// that noun may name the country ("a Syrian town").
func appositive(text string, end int, c *cues) {
	rest := text[end:min(len(text), end+60)]
	rest, ok := strings.CutPrefix(strings.TrimLeft(rest, " "), ",")
	if !ok {
		return
	}
	if i := strings.IndexAny(rest, ".!?;:,()\n\"“”"); i >= 0 {
		rest = rest[:i]
	}
	raw := strings.Fields(rest)
	w := words(rest)
	if len(w) != len(raw) || len(w) < 2 || (w[0] != "a" && w[0] != "an" && w[0] != "the") {
		return
	}
	for k := 1; k < len(w) && k <= 3; k++ {
		x := w[k]
		if raw[k] != x {
			continue // a capitalised word is part of a name ("the Los Angeles County Fire Department")
		}
		if (cityCues[x] || adminCues[x] || areaCues[x]) && !appositiveNonCues[x] {
			c.addCue(x)
			c.adminNamed = c.adminNamed || adminCues[x]
			c.kindNamed = true
			c.kinds = append(c.kinds, w[1:k]...)
			return
		}
	}
}

// appositiveNonCues are cue words that describe a place's people or
// officials, not the place, when they follow "a"/"the" after a name
// ("X, the governor of Y" is a person).
var appositiveNonCues = map[string]bool{"governor": true, "mayor": true, "residents": true, "outskirts": true,
	"downtown": true}

// possessor returns the normalised name that owns the mention ("Syria" in
// "Syria's Homs province"), or "".
func possessor(text string, start int) string {
	lo := max(0, start-50)
	for lo > 0 && lo < len(text) && !utf8.RuneStart(text[lo]) {
		lo++
	}
	seg := text[lo:start]
	var cut string
	var ok bool
	for _, suf := range []string{"'s ", "’s "} {
		if cut, ok = strings.CutSuffix(seg, suf); ok {
			break
		}
	}
	if !ok {
		return ""
	}
	// the capitalised words that end cut
	ws := strings.Fields(cut)
	n := 0
	for i := len(ws) - 1; i >= 0 && n < 3; i-- {
		r, _ := utf8.DecodeRuneInString(ws[i])
		if !unicode.IsUpper(r) {
			break
		}
		n++
	}
	if n == 0 {
		return ""
	}
	return gazetteer.Norm(strings.Join(ws[len(ws)-n:], " "))
}
