package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold returns s in the form other stages match text on: NFC-normalised,
// curly quotes, apostrophes and guillemets turned into their ASCII forms,
// and every run of white space (including no-break spaces and line breaks)
// collapsed to one ASCII space, with none at either end. Letter case and
// other punctuation are kept. Fold never changes Doc.Text: it is for
// comparing and matching only, so its result's offsets do not point into
// the input.
func Fold(s string) string {
	if isPlainASCII(s) {
		return collapseASCII(s)
	}
	s = norm.NFC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		if f, ok := foldQuote(r); ok {
			b.WriteByte(f)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// foldQuote maps typographic quotes and apostrophes to ASCII.
func foldQuote(r rune) (byte, bool) {
	switch r {
	case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u2035', '\u02BC', '\u02B9', '\uFF07':
		return '\'', true
	case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u2036', '\u00AB', '\u00BB', '\uFF02':
		return '"', true
	}
	return 0, false
}

// isApostrophe reports whether r is an apostrophe or a single quote in any
// style.
func isApostrophe(r rune) bool {
	f, ok := foldQuote(r)
	return r == '\'' || (ok && f == '\'')
}

func isPlainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// collapseASCII collapses white space in an ASCII string, returning s
// itself when there is nothing to change.
func collapseASCII(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		if asciiSpace(s[i]) && (s[i] != ' ' || i == 0 || i == len(s)-1 || s[i+1] == ' ') {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); i++ {
		if asciiSpace(s[i]) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}
