package clean

import (
	"bytes"
)

// Format names what an input was detected as.
const (
	FormatText = "text"
	FormatHTML = "html"
)

// htmlSniff is how many leading bytes are searched for a document-level
// tag (<html, <!doctype, <body, <head).
const htmlSniff = 4096

// docTags mark a whole HTML document wherever they appear near the start.
var docTags = [][]byte{[]byte("<!doctype html"), []byte("<html"), []byte("<head"), []byte("<body")}

// leadTags are tags that, when the input opens with them, make it an HTML
// fragment.
var leadTags = []string{"!doctype", "html", "head", "body", "meta", "title", "p", "div", "article", "section", "main",
	"h1", "h2", "h3", "h4", "h5", "h6", "span", "table", "ul", "ol", "li", "br", "a", "b", "i", "em", "strong",
	"header", "nav", "figure", "blockquote", "!--", "?xml", "script", "style", "link", "img", "font", "center", "pre"}

// blockTags are counted for the tag-density test.
var blockTags = []string{"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "span", "a", "td", "tr",
	"article", "section", "blockquote", "ul", "ol", "table", "em", "strong", "b", "i", "img", "figure", "header", "footer"}

// DetectFormat decides whether raw (after any byte order mark) is HTML or
// plain text. Input is HTML when it opens with markup (<html, <!doctype,
// <p>, <div ...), when a document-level tag (<html, <body, <!doctype html)
// appears in its first 4 KiB, or when well-known tags are dense: at least
// 4 of them and one per 400 bytes on average. Prose that mentions a tag or
// two stays plain text.
func DetectFormat(raw []byte) string {
	b := bytes.TrimLeft(raw, " \t\r\n\f\v")
	b = bytes.TrimPrefix(b, []byte(bom))
	b = bytes.TrimLeft(b, " \t\r\n\f\v")
	if len(b) > 1 && b[0] == '<' {
		if name := tagName(b[1:]); name != "" {
			for _, t := range leadTags {
				if name == t {
					return FormatHTML
				}
			}
		}
	}
	head := b[:min(len(b), htmlSniff)]
	lower := bytes.ToLower(head)
	for _, t := range docTags {
		if i := bytes.Index(lower, t); i >= 0 && isTagEnd(lower, i+len(t)) {
			return FormatHTML
		}
	}
	if n := countTags(b); n >= 4 && n*400 >= len(b) {
		return FormatHTML
	}
	return FormatText
}

// tagName returns the lower-cased name of the tag starting at b (just
// after '<'), "!--" for a comment, "" when b does not start a tag.
func tagName(b []byte) string {
	if bytes.HasPrefix(b, []byte("!--")) {
		return "!--"
	}
	i := 0
	if i < len(b) && (b[i] == '!' || b[i] == '?' || b[i] == '/') {
		i++
	}
	j := i
	for j < len(b) && j-i < 16 && (isASCIILetter(b[j]) || (j > i && b[j] >= '0' && b[j] <= '9')) {
		j++
	}
	if j == i || !isTagEnd(b, j) {
		return ""
	}
	name := bytes.ToLower(b[:j])
	if name[0] == '/' {
		name = name[1:]
	}
	return string(name)
}

// isTagEnd reports whether a tag name may end at b[i].
func isTagEnd(b []byte, i int) bool {
	if i >= len(b) {
		return true
	}
	switch b[i] {
	case '>', ' ', '\t', '\n', '\r', '\f', '/':
		return true
	}
	return false
}

// countTags counts opening and closing tags with a well-known name.
func countTags(b []byte) int {
	n := 0
	for i := 0; i < len(b); i++ {
		if b[i] != '<' {
			continue
		}
		name := tagName(b[i+1:])
		if name == "" {
			continue
		}
		for _, t := range blockTags {
			if name == t {
				n++
				break
			}
		}
	}
	return n
}

func isASCIILetter(c byte) bool { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') }
