package clean

import (
	"bytes"
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// htmlDoc is what extractHTML takes from a page.
type htmlDoc struct {
	Text      string // main text, paragraphs separated by blank lines
	Title     string
	Published string // YYYY-MM-DD or ""
	URL       string
}

// extractHTML finds the main text, title, publication date and canonical
// URL of an HTML page. The main text comes from the readability algorithm;
// when it finds no article, the text of the whole body is used. A panic
// inside the HTML libraries becomes an error.
func extractHTML(ctx context.Context, raw []byte) (out htmlDoc, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = htmlDoc{}, fmt.Errorf("HTML extraction failed: %v", r)
		}
	}()
	root, err := html.Parse(bytes.NewReader(raw))
	if err != nil {
		// The tree builder refuses some pages (nesting deeper than it
		// allows); the tokenizer still reads them.
		out.Text = tokenText(raw)
		return out, nil
	}
	meta := scanMeta(root)
	out.URL = meta.url
	if err := ctx.Err(); err != nil {
		return out, err
	}
	p := readability.NewParser()
	art, err := p.ParseAndMutate(root, nil)
	if err != nil {
		return out, fmt.Errorf("extracting the article: %w", err)
	}
	out.Title = strings.Join(strings.Fields(art.Title()), " ")
	if art.Node != nil {
		out.Text = paragraphText(render.InnerText(art.Node))
	}
	if out.Text == "" {
		// No article found: fall back to everything visible in the body.
		if root, err = html.Parse(bytes.NewReader(raw)); err == nil {
			out.Text = paragraphText(render.InnerText(root))
		} else {
			out.Text = tokenText(raw)
		}
	}
	if out.Title == "" {
		out.Title = meta.title
	}
	if t, err := art.PublishedTime(); err == nil && meta.jsonLD() {
		meta.add(rankJSONLD, t.Format("2006-01-02"))
	}
	out.Published = meta.published()
	return out, nil
}

// decodeDeclared converts an HTML page to UTF-8 from the character set its
// first 1024 bytes declare (<meta charset> or http-equiv Content-Type). It
// reports false when no other character set is declared.
func decodeDeclared(raw []byte) ([]byte, bool) {
	head := raw[:min(len(raw), 1024)]
	if !bytes.Contains(bytes.ToLower(head), []byte("charset")) {
		return nil, false
	}
	enc, name, _ := charset.DetermineEncoding(head, "")
	if enc == nil || name == "utf-8" {
		return nil, false
	}
	out, err := enc.NewDecoder().Bytes(raw)
	if err != nil {
		return nil, false
	}
	return out, true
}

// paragraphText trims every line of s and joins the non-blank ones with a
// blank line between them.
func paragraphText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for line := range strings.Lines(s) {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(line)
	}
	return b.String()
}

// tokenText is the text of an HTML page read token by token, without a
// tree: text outside script, style and the head, block elements starting
// new paragraphs.
func tokenText(raw []byte) string {
	z := html.NewTokenizer(bytes.NewReader(raw))
	var b strings.Builder
	skip := 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return paragraphText(b.String())
		case html.TextToken:
			if skip == 0 {
				b.Write(z.Text())
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			switch string(name) {
			case "script", "style", "head", "noscript", "template", "svg":
				if tt == html.StartTagToken {
					skip++
				} else if skip > 0 {
					skip--
				}
			case "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "blockquote", "section", "article", "header", "footer", "ul", "ol", "pre", "hr", "dd", "dt", "figcaption":
				b.WriteByte('\n')
			}
		}
	}
}

// Ranks of the places a publication date is taken from, best first.
const (
	rankArticle  = iota // article:published_time
	rankOG              // og:published_time and kin
	rankItemprop        // itemprop="datePublished"
	rankDC              // dc.date, dcterms.issued ...
	rankName            // date, pubdate, publish-date, parsely-pub-date ...
	rankTimePub         // <time pubdate datetime=...>
	rankJSONLD          // JSON-LD datePublished
	rankTime            // the first <time datetime=...>
	nRanks
)

// metaKeys maps lower-cased meta property/name values to their rank.
var metaKeys = map[string]int{
	"article:published_time": rankArticle, "article:published": rankArticle, "og:article:published_time": rankArticle,
	"og:published_time": rankOG, "og:pubdate": rankOG, "og:article:published": rankOG, "published_time": rankOG,
	"datepublished":  rankItemprop,
	"dc.date.issued": rankDC, "dcterms.issued": rankDC, "dc.date": rankDC, "dcterms.date": rankDC,
	"dc.date.created": rankDC, "dcterms.created": rankDC, "dc:date": rankDC, "dcterms:issued": rankDC,
	"date": rankName, "pubdate": rankName, "publishdate": rankName, "publish-date": rankName, "publish_date": rankName,
	"parsely-pub-date": rankName, "sailthru.date": rankName, "article.published": rankName, "article_date_original": rankName,
	"original-publish-date": rankName, "displaydate": rankName, "dat": rankName, "release_date": rankName,
}

// metaInfo collects what the <head> (and <time> elements) say.
type metaInfo struct {
	dates [nRanks]string // best date per rank, normalised
	title string
	url   string
	ld    bool // a JSON-LD script is present
}

func (m *metaInfo) add(rank int, iso string) {
	if iso != "" && m.dates[rank] == "" {
		m.dates[rank] = iso
	}
}

func (m *metaInfo) jsonLD() bool { return m.ld }

func (m *metaInfo) published() string {
	for _, d := range m.dates {
		if d != "" {
			return d
		}
	}
	return ""
}

// scanMeta walks the document for publication dates, the <title> and the
// canonical URL.
func scanMeta(root *html.Node) metaInfo {
	var m metaInfo
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if depth > 512 {
			return
		}
		if n.Type == html.ElementNode {
			switch n.Data {
			case "meta":
				content := attr(n, "content")
				for _, k := range []string{"property", "name", "itemprop", "http-equiv"} {
					if r, ok := metaKeys[strings.ToLower(strings.TrimSpace(attr(n, k)))]; ok {
						m.add(r, NormalizeDate(content))
					}
				}
				if strings.EqualFold(attr(n, "property"), "og:url") && m.url == "" && isWebURL(content) {
					m.url = strings.TrimSpace(content)
				}
			case "link":
				if strings.EqualFold(strings.TrimSpace(attr(n, "rel")), "canonical") && isWebURL(attr(n, "href")) {
					m.url = strings.TrimSpace(attr(n, "href"))
				}
			case "title":
				if m.title == "" && n.FirstChild != nil {
					m.title = strings.Join(strings.Fields(n.FirstChild.Data), " ")
				}
			case "script":
				if strings.EqualFold(attr(n, "type"), "application/ld+json") {
					m.ld = true
				}
			case "time":
				dt := NormalizeDate(attr(n, "datetime"))
				if hasAttr(n, "pubdate") || strings.EqualFold(attr(n, "itemprop"), "datePublished") {
					m.add(rankTimePub, dt)
				}
				m.add(rankTime, dt)
			default:
				if strings.EqualFold(attr(n, "itemprop"), "datePublished") {
					v := attr(n, "datetime")
					if v == "" {
						v = attr(n, "content")
					}
					m.add(rankItemprop, NormalizeDate(v))
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(root, 0)
	return m
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

func isWebURL(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// NormalizeDate turns a date as pages write it into YYYY-MM-DD, or "" when
// it cannot. It reads ISO 8601 and its kin (2014-06-21, 2014-06-21T01:30:00
// +03:00, 2014/06/21, 20140621: the calendar date as written, whatever the
// time zone), written-out dates (June 21, 2014; 21 June 2014; Sat, 21 Jun
// 2014 10:00:00 GMT) and Unix times in seconds. Ambiguous numeric forms
// like 06/07/2014 are refused rather than guessed.
func NormalizeDate(s string) string {
	s = strings.TrimSpace(s)
	if len(s) > 64 {
		s = s[:64]
	}
	if len(s) < 6 {
		return ""
	}
	// YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD
	if len(s) >= 8 && isDigits(s[:4]) && (s[4] == '-' || s[4] == '/' || s[4] == '.') {
		sep := s[4]
		rest := s[5:]
		i := strings.IndexByte(rest, sep)
		if i < 1 || i > 2 {
			return ""
		}
		j := i + 1
		for j < len(rest) && j-i-1 < 2 && rest[j] >= '0' && rest[j] <= '9' {
			j++
		}
		if j == i+1 || (j < len(rest) && rest[j] >= '0' && rest[j] <= '9') {
			return ""
		}
		y, _ := strconv.Atoi(s[:4])
		mo, _ := strconv.Atoi(rest[:i])
		d, _ := strconv.Atoi(rest[i+1 : j])
		return validDate(y, mo, d)
	}
	// YYYYMMDD
	if len(s) >= 8 && isDigits(s[:8]) && (len(s) == 8 || !isDigit(s[8])) {
		y, _ := strconv.Atoi(s[:4])
		mo, _ := strconv.Atoi(s[4:6])
		d, _ := strconv.Atoi(s[6:8])
		return validDate(y, mo, d)
	}
	// Unix seconds (9 or 10 digits) or milliseconds (12 or 13).
	if isDigits(s) {
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return ""
		}
		switch len(s) {
		case 12, 13:
			n /= 1000
		case 9, 10:
		default:
			return ""
		}
		t := time.Unix(n, 0).UTC()
		return validDate(t.Year(), int(t.Month()), t.Day())
	}
	// Written-out dates: a month name, a day number and a year, in any order
	// (weekday names and clock times are ignored).
	var mo time.Month
	d, y := 0, 0
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '\t' || r == '-' || r == '/' }) {
		lf := strings.ToLower(strings.TrimSuffix(f, "."))
		switch {
		case months[lf] != 0 && mo == 0:
			mo = months[lf]
		case isYear(f) && y == 0:
			y, _ = strconv.Atoi(f)
		case dayNumber(f) > 0 && d == 0 && !strings.Contains(f, ":"):
			d = dayNumber(f)
		}
	}
	if mo == 0 || d == 0 || y == 0 {
		return ""
	}
	return validDate(y, int(mo), d)
}

func validDate(y, m, d int) string {
	if y < 1900 || y > 2199 {
		return ""
	}
	iso, ok := isoDate(y, time.Month(m), d)
	if !ok {
		return ""
	}
	return iso
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}
