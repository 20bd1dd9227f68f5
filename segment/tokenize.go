package segment

import (
	"unicode"
	"unicode/utf8"
)

// Token kinds found by the tokenizer, before sentence splitting.
const (
	kWord  uint8 = iota // letters, digits and what joins them
	kTerm               // a run of . ! ? … (sentence-final punctuation)
	kAbbr               // a word written with its final period ("U.S.", "Gen.")
	kOpen               // opening bracket or quote
	kClose              // closing bracket or quote
	kQuote              // straight quote: opening or closing by context
	kPunct              // any other punctuation or symbol
	kEmo                // emoticon
	kURL                // URL or e-mail address
)

// rawTok is a token before sentence splitting: byte offsets and a kind.
type rawTok struct {
	start, end int
	kind       uint8
}

// Options change tokenization conventions; the zero value follows UD EWT.
type Options struct {
	// KeepHyphens keeps every hyphenated word whole ("al-Qaida",
	// "search-engine"). By default hyphenated compounds are split as UD
	// EWT does ("search", "-", "engine"), except after common prefixes
	// ("e-mail", "non-violence") and in phone-number-like digit groups.
	KeepHyphens bool
	// JoinWrapped (Text only) lets a sentence run on over a single line
	// break when the line ends without punctuation and the next starts
	// with a lower-case letter (hard-wrapped text). By default every line
	// is a paragraph.
	JoinWrapped bool
}

// ASCII character classes.
const (
	cOther uint8 = iota
	cSpace
	cLetter
	cDigit
)

var asciiClass = func() (t [128]uint8) {
	for c := 0; c < 128; c++ {
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			t[c] = cSpace
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c == '_':
			t[c] = cLetter
		case c >= '0' && c <= '9':
			t[c] = cDigit
		}
	}
	return t
}()

// isSpaceRune reports whether r separates tokens. Zero-width spaces and the
// byte-order mark separate too, so no token ever holds one.
func isSpaceRune(r rune) bool {
	return unicode.IsSpace(r) || r == 0x200B || r == 0xFEFF || r == 0x2060
}

// isWordRune reports whether r is part of a word.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		c := asciiClass[r]
		return c == cLetter || c == cDigit
	}
	if r == utf8.RuneError {
		return true
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)
}

// decode returns the rune at s[i] and its length, with a fast ASCII path.
func decode(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

func wordAt(s string, i, b int) bool {
	if i >= b {
		return false
	}
	r, _ := decode(s, i)
	return isWordRune(r)
}

func digitAt(s string, i, b int) bool { return i < b && i >= 0 && s[i] >= '0' && s[i] <= '9' }

func letterAt(s string, i, b int) bool {
	if i >= b || i < 0 {
		return false
	}
	r, _ := decode(s, i)
	return unicode.IsLetter(r) || r == utf8.RuneError
}

func upperAt(s string, i, b int) bool {
	if i >= b || i < 0 {
		return false
	}
	r, _ := decode(s, i)
	return unicode.IsUpper(r)
}

// lastRuneStart returns the start of the rune that ends at byte i.
func lastRuneStart(s string, i int) int {
	_, n := utf8.DecodeLastRuneInString(s[:i])
	return i - n
}

// isApostrophe reports whether s[i:] starts with ' or ’ and its length.
func apostropheAt(s string, i, b int) int {
	if i >= b {
		return 0
	}
	if s[i] == '\'' {
		return 1
	}
	if i+3 <= b && s[i] == 0xE2 && s[i+1] == 0x80 && (s[i+2] == 0x99 || s[i+2] == 0x98) {
		return 3 // ’ or ‘
	}
	if s[i] == '`' {
		return 1
	}
	return 0
}

// tokenizer splits text into raw tokens. It holds only settings and
// scratch space, so one value must not be shared between goroutines.
type tokenizer struct {
	opts  Options
	abbr  map[string]bool // learned abbreviations, lower-cased
	out   []rawTok
	lower [48]byte
}

// tokenize appends the raw tokens of s[from:to] to t.out.
func (t *tokenizer) tokenize(s string, from, to int) {
	i := from
	for i < to {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiClass[c] == cSpace {
				i++
				continue
			}
		} else if r, n := utf8.DecodeRuneInString(s[i:]); isSpaceRune(r) {
			i += n
			continue
		}
		j := i
		for j < to {
			c := s[j]
			if c < utf8.RuneSelf {
				if asciiClass[c] == cSpace {
					break
				}
				j++
				continue
			}
			r, n := utf8.DecodeRuneInString(s[j:])
			if isSpaceRune(r) {
				break
			}
			j += n
		}
		t.chunk(s, i, j)
		i = j
	}
}

// chunk tokenizes one whitespace-free stretch s[a:b].
func (t *tokenizer) chunk(s string, a, b int) {
	if b-a == 1 {
		t.pieces(s, a, b)
		return
	}
	if u0, u1, ok := findURL(s, a, b); ok {
		t.pieces(s, a, u0)
		t.out = append(t.out, rawTok{u0, u1, kURL})
		t.pieces(s, u1, b)
		return
	}
	t.pieces(s, a, b)
}

// findURL finds a URL or e-mail address in s[a:b] (leading openers and
// trailing punctuation left out).
func findURL(s string, a, b int) (int, int, bool) {
	// Cheap rejection: a URL has "://", "www." or "mailto:"; an address
	// has '@'.
	has := false
	for i := a; i < b && !has; i++ {
		switch s[i] {
		case '@':
			has = true
		case ':':
			has = i+2 < b && s[i+1] == '/' && s[i+2] == '/' || i >= 6 && hasPrefixFold(s[i-6:b], "mailto:")
		case '.':
			has = i >= 3 && hasPrefixFold(s[i-3:b], "www.")
		}
	}
	if !has {
		return 0, 0, false
	}
	u0 := a
	for u0 < b && isOpenerByte(s[u0]) {
		u0++
	}
	u1 := b
	for u1 > u0 {
		c := s[u1-1]
		if c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '"' || c == '\'' || c == ']' || c == '}' || c == '>' {
			u1--
			continue
		}
		if c == ')' && !containsByte(s[u0:u1], '(') {
			u1--
			continue
		}
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeLastRuneInString(s[u0:u1])
			if r == '”' || r == '’' || r == '»' || r == '…' {
				u1 -= n
				continue
			}
		}
		break
	}
	if u1-u0 < 5 {
		return 0, 0, false
	}
	w := s[u0:u1]
	if hasPrefixFold(w, "http://") || hasPrefixFold(w, "https://") || hasPrefixFold(w, "ftp://") || hasPrefixFold(w, "mailto:") {
		return u0, u1, true
	}
	if hasPrefixFold(w, "www.") && wordAt(s, u0+4, u1) {
		return u0, u1, true
	}
	// e-mail address: word characters, '@', a domain with a dot.
	at := -1
	for i := 0; i < len(w); i++ {
		if w[i] == '@' {
			if at >= 0 {
				return 0, 0, false
			}
			at = i
		}
	}
	if at > 0 && at < len(w)-3 && wordAt(w, at-1, len(w)) || at > 0 && at < len(w)-3 && w[at-1] == '.' {
		dot := false
		for i := at + 1; i < len(w); i++ {
			if w[i] == '.' && i+1 < len(w) && wordAt(w, i+1, len(w)) {
				dot = true
			}
		}
		if dot && wordAt(w, at+1, len(w)) {
			return u0, u1, true
		}
	}
	return 0, 0, false
}

func containsByte(s string, c byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return true
		}
	}
	return false
}

func hasPrefixFold(s, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != p[i] {
			return false
		}
	}
	return true
}

func isOpenerByte(c byte) bool {
	return c == '(' || c == '[' || c == '{' || c == '<' || c == '"' || c == '\''
}

// pieces tokenizes s[a:b], which holds no space, word by word and
// punctuation by punctuation.
func (t *tokenizer) pieces(s string, a, b int) {
	p := a
	for p < b {
		r, n := decode(s, p)
		if isWordRune(r) {
			p = t.word(s, p, a, b)
			continue
		}
		// An apostrophe before two digits starts a year: '72, ’90s.
		if k := apostropheAt(s, p, b); k > 0 && (p == a || !wordAt(s, lastRuneStart(s, p), b)) && digitAt(s, p+k, b) && digitAt(s, p+k+1, b) && !digitAt(s, p+k+2, b) {
			q := p + k + 2
			for q < b && (s[q] == 's') {
				q++
			}
			if !wordAt(s, q, b) {
				t.out = append(t.out, rawTok{p, q, kWord})
				p = q
				continue
			}
		}
		if e := emoticonAt(s, p, b); e > 0 {
			t.out = append(t.out, rawTok{p, p + e, kEmo})
			p += e
			continue
		}
		q, kind := punctRun(s, p, a, b, r, n)
		t.out = append(t.out, rawTok{p, q, kind})
		p = q
	}
}

// emoticonAt returns the length of an emoticon at s[p:] that ends the
// chunk or is followed by non-word characters, or 0.
func emoticonAt(s string, p, b int) int {
	c := s[p]
	if c != ':' && c != ';' && c != '=' && c != '<' && c != '^' {
		return 0
	}
	if c == ':' && p > 0 && digitAt(s, p-1, b) {
		return 0
	}
	for _, e := range emoticons {
		if p+len(e) <= b && s[p:p+len(e)] == e && !wordAt(s, p+len(e), b) {
			return len(e)
		}
	}
	return 0
}

// punctRun returns the end and kind of the punctuation token at s[p:].
func punctRun(s string, p, a, b int, r rune, n int) (int, uint8) {
	switch r {
	case '.', '!', '?', '…':
		q := p
		for q < b {
			r2, n2 := decode(s, q)
			if r2 != '.' && r2 != '!' && r2 != '?' && r2 != '…' {
				break
			}
			q += n2
		}
		return q, kTerm
	case '-', '*', '=', '~', '>', '<', '#', '+', '^', '`', '|', '—', '–', '_':
		q := p + n
		for q < b {
			r2, n2 := decode(s, q)
			if r2 != r {
				break
			}
			q += n2
		}
		if r == '`' {
			return q, kOpen
		}
		return q, kPunct
	case '\'':
		if p+1 < b && s[p+1] == '\'' {
			return p + 2, kQuote
		}
		return p + 1, kQuote
	case '"':
		return p + 1, kQuote
	case '(', '[', '{', '“', '‘', '«', '„':
		return p + n, kOpen
	case ')', ']', '}', '”', '’', '»':
		return p + n, kClose
	}
	return p + n, kPunct
}

// word consumes the word starting at s[p] (chunk s[a:b]), appends its
// tokens and returns where scanning goes on.
func (t *tokenizer) word(s string, p, a, b int) int {
	q := p
	hyphens := 0
	for q < b {
		if c := s[q]; c < utf8.RuneSelf && asciiClass[c] >= cLetter {
			q++
			continue
		}
		r, n := decode(s, q)
		if isWordRune(r) {
			q += n
			continue
		}
		next := q + n
		if !wordAt(s, next, b) {
			break
		}
		join := false
		switch r {
		case '.', '@':
			join = true
		case ',', ':', '/':
			join = digitAt(s, q-1, b) && digitAt(s, next, b)
		case '-', '‐', '‑':
			join = true
			hyphens++
		case '\'', '’', '`':
			join = letterAt(s, lastRuneStart(s, q), b) && letterAt(s, next, b)
		case '&':
			join = upperAt(s, lastRuneStart(s, q), b) && upperAt(s, next, b)
		}
		if !join {
			break
		}
		q = next
	}
	// A word written with its period: an abbreviation or an initial.
	if q < b && s[q] == '.' && !(q+1 < b && s[q+1] == '.') {
		if hyphens == 0 || t.opts.KeepHyphens {
			if t.isAbbrev(s, p, q) {
				t.out = append(t.out, rawTok{p, q + 1, kAbbr})
				return q + 1
			}
		} else if last := lastHyphen(s, p, q); last < q && t.isAbbrev(s, last, q) {
			// "R-Ariz.": the compound splits, the abbreviation keeps its
			// period.
			n := len(t.out)
			t.hyphenated(s, p, q)
			if k := len(t.out) - 1; k >= n && t.out[k].end == q && t.out[k].start == last {
				t.out[k].end, t.out[k].kind = q+1, kAbbr
				return q + 1
			}
			t.out = t.out[:n]
		}
	}
	if hyphens > 0 && !t.opts.KeepHyphens {
		t.hyphenated(s, p, q)
	} else {
		t.simple(s, p, q)
	}
	return q
}

// hyphenated splits a hyphenated compound as UD EWT does, keeping it whole
// after a common prefix and for phone numbers and codes.
func (t *tokenizer) hyphenated(s string, p, q int) {
	first := p
	for first < q && s[first] != '-' && s[first] != 0xE2 {
		first++
	}
	if t.inSet(hyphenPrefixes, s[p:first]) || keepHyphenWhole(s[p:q]) {
		t.simple(s, p, q)
		return
	}
	start := p
	for i := p; i < q; {
		r, n := decode(s, i)
		if r == '-' || r == '‐' || r == '‑' {
			if i > start {
				t.simple(s, start, i)
			}
			t.out = append(t.out, rawTok{i, i + n, kPunct})
			start = i + n
		}
		i += n
	}
	if start < q {
		t.simple(s, start, q)
	}
}

// keepHyphenWhole reports whether a hyphenated word is a number-like code
// (phone numbers, file names, part numbers) rather than a compound.
func keepHyphenWhole(w string) bool {
	groups, digitsOnly, mixed := 1, true, false
	gl := 0
	var lens [8]int
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c == '-':
			if groups < len(lens) {
				lens[groups-1] = gl
			}
			groups++
			gl = 0
			continue
		case c == '@' || c == '_' || c == '#':
			return true
		case c == '.':
			// "1.DOC", "v1.2-beta": a dot beside a digit marks a code;
			// "U.S.-led" splits.
			if i > 0 && w[i-1] >= '0' && w[i-1] <= '9' || i+1 < len(w) && w[i+1] >= '0' && w[i+1] <= '9' {
				return true
			}
			digitsOnly = false
		case c >= '0' && c <= '9' || c == ',':
		default:
			digitsOnly = false
		}
		gl++
	}
	if groups <= len(lens) {
		lens[groups-1] = gl
	}
	if !digitsOnly {
		// Three groups or more with a number among them: a date or a code
		// ("01-Feb-02").
		if groups >= 3 && digitGroupsAtEnds(w) {
			return true
		}
		// A group mixing letters and digits ("nmemdrft8") marks a code.
		hasL, hasD := false, false
		for i := 0; i < len(w); i++ {
			c := w[i]
			if c == '-' {
				if hasL && hasD {
					mixed = true
				}
				hasL, hasD = false, false
				continue
			}
			if c >= '0' && c <= '9' || c == ',' {
				hasD = true
			} else {
				hasL = true
			}
		}
		return mixed || hasL && hasD
	}
	if groups >= 3 {
		return true
	}
	return groups == 2 && lens[0] == 3 && lens[1] == 4
}

// simple appends the tokens of a word without hyphens to split: clitics,
// contractions written without apostrophe and number units come off.
func (t *tokenizer) simple(s string, p, q int) {
	w := s[p:q]
	// n't, with ' or ’.
	if len(w) > 3 {
		for _, k := range [2]int{1, 3} {
			if len(w) > 2+k && (w[len(w)-1] == 't' || w[len(w)-1] == 'T') && apostropheAt(w, len(w)-1-k, len(w)) == k && (w[len(w)-2-k] == 'n' || w[len(w)-2-k] == 'N') {
				cut := q - 2 - k
				t.out = append(t.out, rawTok{p, cut, kWord}, rawTok{cut, q, kWord})
				return
			}
		}
	}
	// 's 'll 're 've 'd 'm, with ' or ’ or `.
	for i := len(w) - 1; i > 0 && i >= len(w)-6; i-- {
		k := apostropheAt(w, i, len(w))
		if k == 0 {
			continue
		}
		suffix := w[i+k:]
		if len(suffix) > 0 && len(suffix) <= 2 && t.inSet(clitics, suffix) && !digitAt(w, i-1, len(w)) {
			cut := p + i
			t.out = append(t.out, rawTok{p, cut, kWord}, rawTok{cut, q, kWord})
			return
		}
		break
	}
	if len(w) >= 2 && len(w) <= 8 && contractionEnd(w[len(w)-1]) {
		if n, ok := joinedContractions[string(t.fold(w))]; ok {
			t.out = append(t.out, rawTok{p, p + n, kWord}, rawTok{p + n, q, kWord})
			return
		}
	}
	// A number with a unit against it: 5pm, 3.2bn, 35mm.
	if w[0] >= '0' && w[0] <= '9' {
		i := 0
		for i < len(w) && (w[i] >= '0' && w[i] <= '9' || (w[i] == '.' || w[i] == ',') && i+1 < len(w) && w[i+1] >= '0' && w[i+1] <= '9') {
			i++
		}
		if i < len(w) && i > 0 && letterAt(w, i, len(w)) {
			j := i
			for j < len(w) && w[j] < utf8.RuneSelf && asciiClass[w[j]] == cLetter {
				j++
			}
			if j == len(w) && t.inSet(numberUnits, w[i:]) {
				t.out = append(t.out, rawTok{p, p + i, kWord}, rawTok{p + i, q, kWord})
				return
			}
		}
	}
	t.out = append(t.out, rawTok{p, q, kWord})
}

// isAbbrev reports whether the word s[p:q], followed by a period, is an
// abbreviation: a known one, an initial, or letters with inner periods.
func (t *tokenizer) isAbbrev(s string, p, q int) bool {
	w := s[p:q]
	r, n := decode(w, 0)
	if n == len(w) {
		return unicode.IsLetter(r) // initial: J. R. R.
	}
	inner := false
	seg := 0
	for i := 0; i < len(w); i++ {
		if w[i] == '.' {
			inner = true
			if seg > 3 {
				inner = false
				break
			}
			seg = 0
			continue
		}
		seg++
	}
	if inner && seg <= 3 && letterAt(w, 0, len(w)) {
		return true // U.S, a.m, e.g, Ph.D
	}
	if len(w) > len(t.lower) {
		return false
	}
	l := t.fold(w)
	return abbreviations[string(l)] || t.abbr[string(l)]
}

// fold lower-cases ASCII letters of w (at most len(t.lower) bytes) into
// the scratch buffer; the result is only valid until the next call.
func (t *tokenizer) fold(w string) []byte {
	if len(w) > len(t.lower) {
		w = w[:len(t.lower)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		t.lower[i] = c
	}
	return t.lower[:len(w)]
}

func (t *tokenizer) inSet(m map[string]bool, w string) bool {
	if len(w) > len(t.lower) {
		return false
	}
	return m[string(t.fold(w))]
}

// digitGroupsAtEnds reports whether the first and the last
// hyphen-separated groups of w are all digits ("01-Feb-02").
func digitGroupsAtEnds(w string) bool {
	i := 0
	for i < len(w) && w[i] >= '0' && w[i] <= '9' {
		i++
	}
	if i == 0 || i >= len(w) || w[i] != '-' {
		return false
	}
	j := len(w)
	for j > 0 && w[j-1] >= '0' && w[j-1] <= '9' {
		j--
	}
	return j < len(w) && j > 0 && w[j-1] == '-'
}

// contractionEnd reports whether a word ending in c may be one of the
// joinedContractions (a quick filter before the map).
func contractionEnd(c byte) bool {
	switch c | 0x20 {
	case 't', 'a', 'm', 'e', 's', 'l':
		return true
	}
	return false
}

// lastHyphen returns where the part after the last ASCII hyphen of
// s[p:q] starts (q when there is none or nothing follows it).
func lastHyphen(s string, p, q int) int {
	for i := q - 1; i >= p; i-- {
		if s[i] == '-' {
			return i + 1
		}
	}
	return q
}
