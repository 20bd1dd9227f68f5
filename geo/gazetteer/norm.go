package gazetteer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// foldRune maps letters that do not decompose into a base letter plus a
// mark (ø, ł, ß...) to ASCII; ok is false for runes with no folding.
func foldRune(r rune) (string, bool) {
	switch r {
	case 'ø', 'Ø':
		return "o", true
	case 'æ', 'Æ':
		return "ae", true
	case 'œ', 'Œ':
		return "oe", true
	case 'ß':
		return "ss", true
	case 'ł', 'Ł':
		return "l", true
	case 'đ', 'Đ', 'ð', 'Ð':
		return "d", true
	case 'ı':
		return "i", true
	case 'ħ', 'Ħ':
		return "h", true
	case 'þ', 'Þ':
		return "th", true
	case 'ŀ', 'Ŀ':
		return "l", true
	}
	return "", false
}

// isApostrophe reports runes that transliterations use for apostrophes,
// ʿayn and hamza: they are dropped ("Qa'im", "Qāʾim" -> "qaim").
func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', '‘', '`', '´', 'ʿ', 'ʾ', 'ʻ', 'ʼ', 'ʹ', '′', 'ˈ':
		return true
	}
	return false
}

// Norm returns the matching form of a place name: diacritics removed,
// lower case, apostrophes (and ʿayn/hamza) dropped, dots dropped ("U.S." ->
// "us"), hyphens and other punctuation turned into single spaces.
func Norm(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case isApostrophe(r) || r == '.':
			continue
		case r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9'):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		case r < utf8.RuneSelf && r >= 'A' && r <= 'Z':
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r + 'a' - 'A')
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			if f, ok := foldRune(r); ok {
				b.WriteString(f)
			} else {
				b.WriteRune(unicode.ToLower(r))
			}
		default:
			space = true
		}
	}
	return b.String()
}

// arabicArticles are the forms the Arabic article takes in transliteration,
// including its assimilated forms before sun letters (ad-, ar-, as-, ash-).
var arabicArticles = []string{"al ", "el ", "ad ", "ar ", "as ", "ash ", "at ", "az ", "an ", "adh ", "ath ", "aj "}

// StripArticle removes a leading Arabic article from a normalised name
// ("al qaim" -> "qaim"). It returns the name unchanged when there is none or
// when nothing would be left.
func StripArticle(n string) string {
	for _, a := range arabicArticles {
		if strings.HasPrefix(n, a) && len(n) > len(a)+2 {
			return n[len(a):]
		}
	}
	// "alqaim" written as one word is left alone: too many real names
	// start with "al" (Alabama, Albany).
	return n
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// Phonetic returns a key that folds the spelling variants of transliterated
// names onto one form: Beiji, Baiji and Bayji; Qaim and Kaim; Mosul and
// Mousoul; Fallujah and Falluja. The input is a normalised name (Norm); the
// Arabic article is removed and spaces are dropped. Vowel clusters fold to
// one of three vowel classes (ei/ai/ay/ey/e/ee/ie/i -> i, ou/oo/o/u -> u,
// a -> a), a final -ah/-eh/-e to -a, consonant
// digraphs to one letter (ph -> f, q/ck/c -> k, kh -> k, gh -> g, dh/th ->
// d/t, sh/ch -> x), double letters to one, and a final h after a vowel is
// dropped.
func Phonetic(n string) string {
	n = StripArticle(n)
	src := make([]byte, 0, len(n))
	for i := 0; i < len(n); i++ {
		if c := n[i]; c != ' ' {
			// the Arabic article inside a name is one however written:
			// "Ras al-Ain", "Ras el Ain"
			if i > 0 && n[i-1] == ' ' && i+2 < len(n) && n[i+2] == ' ' && n[i+1] == 'l' && (c == 'e' || c == 'u' || c == 'i') {
				c = 'a'
			}
			src = append(src, c)
		}
	}
	// the final -a/-ah/-eh/-e of transliterations (ta marbuta) fold to -a
	if n := len(src); n > 3 && src[n-1] == 'h' && (src[n-2] == 'e' || src[n-2] == 'a') && !isVowel(src[n-3]) {
		src = append(src[:n-2], 'a')
	} else if n > 3 && src[n-1] == 'e' && !isVowel(src[n-2]) {
		src[n-1] = 'a'
	}
	out := make([]byte, 0, len(src))
	for i := 0; i < len(src); {
		c := src[i]
		next := byte(0)
		if i+1 < len(src) {
			next = src[i+1]
		}
		// consonant digraphs
		switch {
		case c == 'p' && next == 'h':
			out = append(out, 'f')
			i += 2
			continue
		case (c == 's' || c == 'c') && next == 'h':
			out = append(out, 'x')
			i += 2
			continue
		case c == 'k' && next == 'h', c == 'c' && next == 'k':
			out = append(out, 'k')
			i += 2
			continue
		case (c == 'g' || c == 'd' || c == 't' || c == 'z') && next == 'h':
			out = append(out, c)
			i += 2
			continue
		case c == 'd' && next == 'j':
			out = append(out, 'j')
			i += 2
			continue
		}
		if isVowel(c) && !(c == 'y' && i+1 < len(src) && isVowel(next) && i == 0) {
			// a run of vowels (y counts when it follows a vowel or ends one)
			j := i
			for j < len(src) && isVowel(src[j]) {
				if src[j] == 'y' && j > i && j+1 < len(src) && isVowel(src[j+1]) {
					break // y between vowels is a consonant: "Bayat"
				}
				j++
			}
			// Arabic has three vowels: e and i, o and u are one each
			v := vowelClass(string(src[i:j]))
			switch v {
			case 'e':
				v = 'i'
			case 'o':
				v = 'u'
			}
			out = append(out, v)
			i = j
			continue
		}
		switch c {
		case 'q', 'c':
			c = 'k'
		case 'w':
			c = 'u'
		}
		out = append(out, c)
		i++
	}
	// a final h after a vowel is silent: Rawah ~ Rawa, Fallujah ~ Falluja
	if len(out) > 2 && out[len(out)-1] == 'h' && isVowel(out[len(out)-2]) {
		out = out[:len(out)-1]
	}
	// double letters fold to one
	k := 0
	for i := 0; i < len(out); i++ {
		if k > 0 && out[k-1] == out[i] {
			continue
		}
		out[k] = out[i]
		k++
	}
	return string(out[:k])
}

// vowelClass maps a vowel cluster to one letter.
func vowelClass(v string) byte {
	switch v {
	case "a", "aa", "ah":
		return 'a'
	case "e", "ei", "ai", "ay", "ey", "ae", "aye", "eye":
		return 'e'
	case "i", "ii", "ie", "ee", "iy", "y", "iya":
		return 'i'
	case "o", "oa":
		return 'o'
	case "u", "ou", "oo", "uu", "ue", "uo", "ow", "aw":
		return 'u'
	}
	switch v[0] {
	case 'a':
		if len(v) > 1 && (v[1] == 'i' || v[1] == 'y' || v[1] == 'e') {
			return 'e'
		}
		if len(v) > 1 && (v[1] == 'u' || v[1] == 'o') {
			return 'u'
		}
		return 'a'
	case 'e':
		return 'e'
	case 'i', 'y':
		return 'i'
	case 'o':
		if len(v) > 1 && v[1] == 'u' {
			return 'u'
		}
		return 'o'
	}
	return 'u'
}

// InitialismFits reports whether surface may name entry e through one of
// its abbreviations. An initialism of capitals and dots ("L.A.", "V.A.",
// "M.D.") folds to the same key as an AP state abbreviation ("La.", "Va.",
// "Md."), but it spells a US state only when it is that state's own
// ("N.Y.", "D.C."). Other names and entries always fit.
func InitialismFits(e *Entry, surface string) bool {
	if e.Country != "US" || e.Feature != "ADM1" || !isInitialism(surface) {
		return true
	}
	for _, a := range usStateAbbrevs[e.Admin1] {
		if strings.TrimSuffix(a, ".") == strings.TrimSuffix(surface, ".") {
			return true
		}
	}
	return false
}

// InitialismKey returns the key an alternate name written as an initialism
// ("L.A.") is indexed under: its lower case with the dots kept, which Norm
// never gives, so that it matches only the same initialism.
func InitialismKey(s string) (string, bool) {
	if !isInitialism(s) {
		return "", false
	}
	return strings.ToLower(strings.TrimSuffix(s, ".")) + ".", true
}

// isInitialism reports a name of two or more capitals each followed by a
// dot ("L.A."), the last dot perhaps lost to the sentence's full stop
// ("shot in South L.A..").
func isInitialism(s string) bool {
	if !strings.HasSuffix(s, ".") {
		s += "."
	}
	if len(s) < 4 || len(s)%2 != 0 {
		return false
	}
	for i := 0; i < len(s); i += 2 {
		if s[i] < 'A' || s[i] > 'Z' || s[i+1] != '.' {
			return false
		}
	}
	return true
}
