package clean

import (
	"sort"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/doc"
)

// headingMaxWords is the longest a heading may be, in words.
const headingMaxWords = 10

// line is one line of the text: [Start, End) with surrounding white space
// trimmed; Blank when nothing is left; Runes is its trimmed length.
type line struct {
	Start, End int
	Blank      bool
	Runes      int
}

// splitLines cuts text[from:] at line breaks (\n, \r\n, \r, \v, \f, U+0085,
// U+2028, U+2029).
func splitLines(text string, from int) []line {
	var out []line
	start := from
	emit := func(end int) {
		s, e := trimSpan(text, start, end)
		out = append(out, line{Start: s, End: e, Blank: s == e, Runes: utf8.RuneCountInString(text[s:e])})
	}
	for i := from; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			switch c {
			case '\n', '\v', '\f':
				emit(i)
				i++
				start = i
				continue
			case '\r':
				emit(i)
				i++
				if i < len(text) && text[i] == '\n' {
					i++
				}
				start = i
				continue
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == '\u0085' || r == '\u2028' || r == '\u2029' {
			emit(i)
			start = i + n
		}
		i += n
	}
	if start < len(text) {
		emit(len(text))
	}
	return out
}

// trimSpan narrows [s, e) past white space (and zero-width marks) at both
// ends.
func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !isTrimmable(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !isTrimmable(r) {
			break
		}
		e -= n
	}
	return s, e
}

func isTrimmable(r rune) bool {
	return unicode.IsSpace(r) || r == '\uFEFF' || r == '\u200B'
}

// wrapped reports whether the text in lines uses hard-wrapped paragraphs
// (lines broken at a fixed width, blank lines between paragraphs) rather
// than one paragraph per line. It looks at the lines followed by another
// non-blank line: in wrapped text most of them end mid-sentence, in
// line-per-paragraph text nearly all end with sentence punctuation. The
// lines must also be of newspaper-column width (90% of them at most 160
// characters).
func wrapped(text string, lines []line) bool {
	inner, open := 0, 0
	var lengths []int
	for i, l := range lines {
		if l.Blank {
			continue
		}
		lengths = append(lengths, l.Runes)
		if i+1 < len(lines) && !lines[i+1].Blank {
			inner++
			if !endsSentence(text[l.Start:l.End]) {
				open++
			}
		}
	}
	if inner < 3 || open*2 < inner {
		return false
	}
	sort.Ints(lengths)
	return lengths[len(lengths)*9/10] <= 160
}

// Paragraphs finds the paragraphs of text[from:]. In line-per-paragraph
// text each non-blank line is a paragraph; in hard-wrapped text (see
// wrapped) a paragraph runs until a blank line or until a line that was
// broken early: one that ends a sentence although the next line's first
// word would still have fitted within the text's width (the longest line),
// or one without final punctuation that would still be shorter than 60% of
// the width with that word added (a heading or a dateline). Bounds exclude surrounding white space;
// DupOf is -1 and Heading is set for short lines without final punctuation.
func Paragraphs(text string, from int) []doc.Paragraph {
	lines := splitLines(text, from)
	var out []doc.Paragraph
	add := func(s, e int) {
		out = append(out, doc.Paragraph{Start: s, End: e, DupOf: -1, Heading: isHeading(text[s:e])})
	}
	if !wrapped(text, lines) {
		for _, l := range lines {
			if !l.Blank {
				add(l.Start, l.End)
			}
		}
		return out
	}
	width := 0
	for _, l := range lines {
		width = max(width, l.Runes)
	}
	start := -1
	for i, l := range lines {
		if l.Blank {
			continue
		}
		if start < 0 {
			start = l.Start
		}
		last := i+1 == len(lines) || lines[i+1].Blank
		if !last {
			next := lines[i+1]
			need := l.Runes + 1 + firstWordRunes(text[next.Start:next.End])
			if endsSentence(text[l.Start:l.End]) {
				// Broken early after a sentence: the next word would have
				// fitted.
				last = need <= width
			} else {
				// A line far shorter than the width without final
				// punctuation: a heading or a dateline.
				last = need*10 <= width*6
			}
		}
		if last {
			add(start, l.End)
			start = -1
		}
	}
	return out
}

// firstWordRunes is the length in runes of the first space-separated word.
func firstWordRunes(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsSpace(r) {
			break
		}
		n++
	}
	return n
}

// endsSentence reports whether s ends with sentence punctuation (. ! ? …
// : ;), possibly followed by closing quotes or brackets.
func endsSentence(s string) bool {
	for len(s) > 0 {
		r, n := utf8.DecodeLastRuneInString(s)
		switch {
		case r == '.' || r == '!' || r == '?' || r == '…' || r == ':' || r == ';' || r == '。':
			return true
		case isCloser(r):
			s = s[:len(s)-n]
		default:
			return false
		}
	}
	return false
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '}', '’', '”', '»', '›', '*', '_':
		return true
	}
	return false
}

// isHeading reports whether a paragraph looks like a heading: at most
// headingMaxWords words, at least one letter, no final sentence
// punctuation.
func isHeading(s string) bool {
	if endsSentence(s) {
		return false
	}
	words, letter, in := 0, false, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
			continue
		}
		if !in {
			words++
			in = true
			if words > headingMaxWords {
				return false
			}
		}
		if unicode.IsLetter(r) {
			letter = true
		}
	}
	return letter
}
