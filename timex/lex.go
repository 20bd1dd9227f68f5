package timex

import (
	"strconv"
	"unicode"
	"unicode/utf8"
)

// Word kinds.
const (
	KAlpha = iota + 1
	KNum
	KPunct
)

// Word is one lexical item of a sentence as the timex and quantity stages
// see it: a run of letters (with inner apostrophes, and dotted
// abbreviations such as "a.m."), a number (digits with inner , . :, plus
// letters glued to it: "1990s", "10th", "5pm"), or one punctuation rune.
type Word struct {
	Start, End int // byte offsets into the document text
	Kind       uint8
	Cap        bool // starts with an upper-case letter
	E          *Entry
	// For KNum: the value of the digits, how many digits before any
	// separator, and which separators occurred; Suf is the byte offset
	// where glued letters begin (== End when none).
	Num    float64
	IntLen int
	Comma  bool
	Dot    bool
	Colon  bool
	Suf    int
}

// Lex appends to buf the words of text[start:end] and returns it. Offsets
// are into text. It never allocates beyond growing buf.
func Lex(text string, start, end int, buf []Word) []Word {
	var key [32]byte
	i := start
	for i < end {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\n' || c == '\t' || c == '\r':
				i++
				continue
			case c >= '0' && c <= '9':
				w, j := lexNum(text, i, end)
				buf = append(buf, w)
				i = j
				continue
			case isASCIILetter(c):
				w, j := lexAlpha(text, i, end, &key)
				buf = append(buf, w)
				i = j
				continue
			default:
				buf = append(buf, Word{Start: i, End: i + 1, Kind: KPunct})
				i++
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(text[i:end])
		switch {
		case unicode.IsSpace(r):
			i += n
		case unicode.IsLetter(r):
			w, j := lexAlpha(text, i, end, &key)
			buf = append(buf, w)
			i = j
		default:
			buf = append(buf, Word{Start: i, End: i + n, Kind: KPunct})
			i += n
		}
	}
	return buf
}

var asciiLetter = func() (t [256]bool) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = true, true
	}
	return t
}()

func isASCIILetter(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }
func isDigit(c byte) bool       { return c >= '0' && c <= '9' }

// letterAt reports whether a letter starts at i and its byte length.
func letterAt(text string, i, end int) (bool, int) {
	if i >= end {
		return false, 0
	}
	c := text[i]
	if c < utf8.RuneSelf {
		return isASCIILetter(c), 1
	}
	r, n := utf8.DecodeRuneInString(text[i:end])
	return unicode.IsLetter(r), n
}

// apostropheAt reports an apostrophe (' or U+2019) at i and its length.
func apostropheAt(text string, i, end int) int {
	if i < end && text[i] == '\'' {
		return 1
	}
	if i+3 <= end && text[i] == 0xE2 && text[i+1] == 0x80 && text[i+2] == 0x99 {
		return 3
	}
	return 0
}

func lexAlpha(text string, i, end int, key *[32]byte) (Word, int) {
	w := Word{Start: i, Kind: KAlpha}
	j := i
	for {
		for j < end && asciiLetter[text[j]] {
			j++
		}
		if j >= end || text[j] < utf8.RuneSelf {
			break
		}
		ok, n := letterAt(text, j, end)
		if !ok {
			break
		}
		j += n
	}
	// inner apostrophe followed by a letter: Shi'ites, don't
	for {
		a := apostropheAt(text, j, end)
		if a == 0 {
			break
		}
		if ok, _ := letterAt(text, j+a, end); !ok {
			break
		}
		j += a
		for {
			ok, n := letterAt(text, j, end)
			if !ok {
				break
			}
			j += n
		}
	}
	// dotted abbreviation: a.m., U.S., p.m
	if j-i == 1 && j+1 < end && text[j] == '.' && isASCIILetter(text[j+1]) && (j+2 >= end || !isASCIILetter(text[j+2])) {
		j += 2
		for j+1 < end && text[j] == '.' && isASCIILetter(text[j+1]) && (j+2 >= end || !isASCIILetter(text[j+2])) {
			j += 2
		}
		if j < end && text[j] == '.' {
			j++
		}
	}
	// possessive 's is a word of its own: "Friday's" -> "Friday" "'s"
	if j-i > 3 && (text[j-1] == 's' || text[j-1] == 'S') {
		if text[j-2] == '\'' {
			j -= 2
		} else if j-i > 5 && text[j-2] == 0x99 && text[j-3] == 0x80 && text[j-4] == 0xE2 {
			j -= 4
		}
	}
	w.End = j
	c := text[i]
	w.Cap = c >= 'A' && c <= 'Z'
	if c >= utf8.RuneSelf {
		r, _ := utf8.DecodeRuneInString(text[i:end])
		w.Cap = unicode.IsUpper(r)
	}
	w.E = lookup(text[i:j], key)
	return w, j
}

// lookup finds the lexicon entry of a word, case-folded and with curly
// apostrophes made straight, without allocating.
func lookup(s string, key *[32]byte) *Entry {
	n := 0
	h := uint32(2166136261)
	for k := 0; k < len(s); k++ {
		c := s[k]
		if c >= utf8.RuneSelf {
			if c == 0xE2 && k+2 < len(s) && s[k+1] == 0x80 && s[k+2] == 0x99 {
				c = '\''
				k += 2
			} else {
				return nil
			}
		}
		if n == len(key) {
			return nil
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		key[n] = c
		n++
		h = (h ^ uint32(c)) * 16777619
	}
	return lexTable.get(key[:n], h)
}

// table is an open-addressing hash table over the lexicon keyed by the
// FNV-1a hash the lexer computes while folding case, so that a lookup
// costs one or two probes and no second hash.
type table struct {
	keys []string
	vals []*Entry
	mask uint32
}

func (t *table) get(k []byte, h uint32) *Entry {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		key := t.keys[i]
		if key == "" {
			return nil
		}
		if len(key) == len(k) && key == string(k) {
			return t.vals[i]
		}
	}
}

func fnv(w string) uint32 {
	h := uint32(2166136261)
	for k := 0; k < len(w); k++ {
		h = (h ^ uint32(w[k])) * 16777619
	}
	return h
}

var lexTable = func() *table {
	size := 1
	for size < 4*len(lexicon) {
		size <<= 1
	}
	t := &table{keys: make([]string, size), vals: make([]*Entry, size), mask: uint32(size - 1)}
	for w, e := range lexicon {
		i := fnv(w) & t.mask
		for t.keys[i] != "" {
			i = (i + 1) & t.mask
		}
		t.keys[i], t.vals[i] = w, e
	}
	return t
}()

func lexNum(text string, i, end int) (Word, int) {
	w := Word{Start: i, Kind: KNum}
	j := i
	for j < end {
		c := text[j]
		if isDigit(c) {
			j++
			continue
		}
		if (c == ',' || c == '.' || c == ':') && j+1 < end && isDigit(text[j+1]) {
			switch c {
			case ',':
				w.Comma = true
			case '.':
				w.Dot = true
			case ':':
				w.Colon = true
			}
			j++
			continue
		}
		break
	}
	w.Suf = j
	for j < end && isASCIILetter(text[j]) {
		j++
	}
	w.End = j
	// value and integer length
	var v float64
	frac := 0.0
	intLen := 0
	inFrac := false
	for k := i; k < w.Suf; k++ {
		c := text[k]
		switch {
		case isDigit(c):
			if inFrac {
				frac /= 10
				v += float64(c-'0') * frac
			} else {
				v = v*10 + float64(c-'0')
				intLen++
			}
		case c == '.':
			if w.Colon {
				break
			}
			inFrac = true
			frac = 1
		case c == ':':
			// clock time: the value stays the hours
			k = w.Suf
		}
	}
	if w.Colon {
		h, _ := strconv.Atoi(text[i:indexByteRange(text, i, w.Suf, ':')])
		v = float64(h)
		intLen = indexByteRange(text, i, w.Suf, ':') - i
	}
	w.Num = v
	w.IntLen = intLen
	return w, j
}

func indexByteRange(s string, from, to int, c byte) int {
	for k := from; k < to; k++ {
		if s[k] == c {
			return k
		}
	}
	return to
}
