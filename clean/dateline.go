package clean

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/doc"
)

// datelineHeadMax bounds, in bytes, the part of a paragraph before the
// dateline separator.
const datelineHeadMax = 90

// connectors may stand lower-case inside a place name.
var connectors = map[string]bool{"de": true, "del": true, "della": true, "des": true, "du": true, "da": true, "do": true,
	"dos": true, "das": true, "di": true, "el": true, "al": true, "la": true, "le": true, "les": true, "los": true,
	"of": true, "the": true, "on": true, "upon": true, "am": true, "an": true, "sur": true, "y": true, "van": true,
	"von": true, "bin": true, "ibn": true, "and": true, "&": true, "en": true, "au": true, "aux": true}

// labels are capitalised words that open a paragraph with a dash or colon
// but name no place.
var labels = map[string]bool{"UPDATE": true, "UPDATED": true, "BREAKING": true, "BREAKING NEWS": true, "WARNING": true,
	"EDITOR'S NOTE": true, "EDITORS NOTE": true, "NOTE": true, "CORRECTION": true, "EXCLUSIVE": true, "ANALYSIS": true,
	"OPINION": true, "COMMENT": true, "WATCH": true, "VIDEO": true, "PHOTOS": true, "LIVE": true, "FILE": true,
	"READ MORE": true, "RELATED": true, "ADVERTISEMENT": true, "SOURCE": true, "SOURCES": true, "UPDATES": true}

var months = map[string]time.Month{"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
	"september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12}

var weekdays = map[string]time.Weekday{"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
	"wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday}

// datelineParts is what ParseDateline found in a paragraph.
type datelineParts struct {
	placeEnd   int // the place part is s[:placeEnd]
	agency     string
	month      time.Month
	day, year  int // year 0 when not given
	weekday    time.Weekday
	hasWeekday bool
	standalone bool // nothing but the dateline in the paragraph
	headEnd    int  // where the text after the dateline (its date, agency, separator) begins
}

// parseDateline recognises the wire-report dateline a paragraph s opens
// with:
//
//	KHAZNA, IRAQ —                        (a line of its own)
//	BAGHDAD (Reuters) - text
//	WASHINGTON, June 3 (AP) — text
//	MOSUL, Iraq, June 12 (Reuters) - text
//	UNITED NATIONS (AP) -- text
//	LONDON (CNN)Text
//	LONDON 1996-08-30 - text              (as wire archives give the day)
//
// The place is one to three comma-separated parts of capitalised words; the
// first must be in capitals unless an agency is named or the dateline
// stands alone on its line with a region ("Khazna, Iraq —", not a section
// label like "World news —"). A date (June 3, June 3, 2014, 3 June, Monday)
// and an agency in brackets may follow; then a dash (—, –, --, -) or a
// colon, the end of the paragraph, or right after the agency's bracket,
// the text.
func parseDateline(s string) (datelineParts, bool) {
	head, rest, sepFound := cutSeparator(s)
	if dp, ok := parseHead(head, rest, sepFound, s); ok {
		dp.headEnd = len(s) - len(rest)
		if !sepFound {
			dp.headEnd = len(s)
		}
		return dp, true
	}
	// "WASHINGTON (CNN)Senators said ...": the agency's bracket ends the
	// dateline.
	if i := strings.IndexByte(s, ')'); i > 0 && i < datelineHeadMax {
		if dp, ok := parseHead(s[:i+1], s[i+1:], true, s); ok && dp.agency != "" && allCaps(s[:firstCut(s)]) {
			dp.headEnd = i + 1
			return dp, true
		}
	}
	// "WASHINGTON Christopher Steele, who ...": a copy that lost the
	// separator
	if n := bareCapsHead(s); n > 0 {
		return datelineParts{placeEnd: n, headEnd: n}, true
	}
	return datelineParts{}, false
}

// bareCapsHead: paragraph s opens on one to three words in capitals (five
// letters or more in all, no label) and goes on with a capitalised word in
// lower case ("WASHINGTON Christopher Steele", "DETROIT The department"):
// a dateline whose separator the copy lost; the place's length, else 0.
// (An acronym opening a sentence is shorter, "NATO Secretary-General", or
// goes on in lower case, "ISIS fighters".)
func bareCapsHead(s string) int {
	end, letters := 0, 0
	for w := 0; w < 3; w++ {
		rest := s[end:]
		if w > 0 {
			if !strings.HasPrefix(rest, " ") {
				return 0
			}
			rest = rest[1:]
		}
		i := strings.IndexByte(rest, ' ')
		if i <= 0 {
			return 0
		}
		word := rest[:i]
		if !capsWord(word) {
			if w == 0 || letters < 5 || labels[strings.TrimSpace(s[:end])] {
				return 0
			}
			r, size := utf8.DecodeRuneInString(word)
			next, _ := utf8.DecodeRuneInString(word[size:])
			if !unicode.IsUpper(r) || !unicode.IsLower(next) {
				return 0
			}
			return end
		}
		letters += utf8.RuneCountInString(word)
		end = len(s) - len(rest) + i
	}
	return 0
}

// capsWord: a word of two or more capital letters and nothing else.
func capsWord(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// firstCut is where the first part of a dateline head ends: at a comma or
// an opening bracket.
func firstCut(s string) int {
	if i := strings.IndexAny(s, ",("); i >= 0 {
		return i
	}
	return len(s)
}

// parseHead parses the part of paragraph s before the dateline separator
// (sepFound false: the whole paragraph).
func parseHead(head, rest string, sepFound bool, s string) (datelineParts, bool) {
	var dp datelineParts
	if !sepFound {
		head, rest = strings.TrimRightFunc(s, unicode.IsSpace), ""
	}
	if len(head) == 0 || len(head) > datelineHeadMax {
		return dp, false
	}
	dp.standalone = strings.TrimSpace(rest) == ""
	if !sepFound && !dp.standalone {
		return dp, false
	}
	// Agency in brackets at the end of the head.
	if strings.HasSuffix(head, ")") {
		open := strings.LastIndexByte(head, '(')
		if open <= 0 {
			return dp, false
		}
		agency := strings.TrimSpace(head[open+1 : len(head)-1])
		if !isAgency(agency) {
			return dp, false
		}
		dp.agency = agency
		head = strings.TrimRightFunc(head[:open], unicode.IsSpace)
	}
	// A day written the ISO way closes the head ("LONDON 1996-08-30",
	// "CHESAPEAKE, Va. 1996-08-23", as archives of the wires give it).
	if i := strings.LastIndexAny(head, " ,"); i > 0 {
		if t, err := time.Parse("2006-01-02", head[i+1:]); err == nil {
			dp.year, dp.month, dp.day = t.Year(), t.Month(), t.Day()
			head = strings.TrimRight(head[:i], " ,")
		}
	}
	// Comma-separated parts: place parts, then maybe a date (two places
	// of one story in capitals go by a slash: "MIEH MIEH/BEIRUT").
	var parts []span
	slash := allCaps(head) && strings.Count(head, "/") == 1
	for off := 0; off <= len(head); {
		i := strings.IndexByte(head[off:], ',')
		if j := strings.IndexByte(head[off:], '/'); slash && j >= 0 && (i < 0 || j < i) {
			i = j
		}
		end := len(head)
		if i >= 0 {
			end = off + i
		}
		a, b := trimSpan(head, off, end)
		parts = append(parts, span{a, b})
		off = end + 1
	}
	text := func(p span) string { return head[p.a:p.b] }
	n := len(parts)
	if n >= 3 && isYear(text(parts[n-1])) {
		if m, d, ok := monthDay(text(parts[n-2])); ok {
			dp.month, dp.day = m, d
			dp.year, _ = strconv.Atoi(text(parts[n-1]))
			n -= 2
		}
	}
	if dp.day == 0 && n >= 2 {
		last := text(parts[n-1])
		if m, d, y, ok := dayMonthYear(last); ok {
			dp.month, dp.day, dp.year = m, d, y
			n--
		} else if m, d, ok := monthDay(last); ok {
			dp.month, dp.day = m, d
			n--
		} else if wd, ok := weekdays[strings.ToLower(last)]; ok {
			dp.weekday, dp.hasWeekday = wd, true
			n--
		}
	}
	if n < 1 || n > 3 {
		return dp, false
	}
	for i := 0; i < n; i++ {
		if !isPlaceName(text(parts[i])) {
			return dp, false
		}
	}
	first := text(parts[0])
	if labels[strings.ToUpper(first)] {
		return dp, false
	}
	caps := allCaps(first)
	if !caps && dp.agency == "" && !(dp.standalone && sepFound && n >= 2) {
		// In lower case only "Khazna, Iraq —" on a line of its own: a
		// place and its region.
		return dp, false
	}
	if !sepFound && (!caps || (n < 2 && dp.agency == "")) {
		// A line of its own with no dash must look like "KHAZNA, IRAQ".
		return dp, false
	}
	dp.placeEnd = parts[n-1].b
	return dp, true
}

type span struct{ a, b int }

// cutSeparator finds the first dateline separator in s: an em or en dash,
// "--", " - " or ": ". It returns the text before and after it.
func cutSeparator(s string) (head, rest string, ok bool) {
	limit := min(len(s), datelineHeadMax+8)
	for i := 0; i < limit; {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '—' || r == '–' || r == '―':
			return strings.TrimRightFunc(s[:i], unicode.IsSpace), s[i+n:], true
		case r == '-' && i+1 < len(s) && s[i+1] == '-':
			return strings.TrimRightFunc(s[:i], unicode.IsSpace), strings.TrimLeft(s[i:], "-"), true
		case r == '-' && i > 0 && s[i-1] == ' ' && (i+1 == len(s) || s[i+1] == ' '):
			return strings.TrimRightFunc(s[:i], unicode.IsSpace), s[i+1:], true
		case r == ':' && (i+1 == len(s) || s[i+1] == ' '):
			return s[:i], s[i+1:], true
		case r == '.' && i+1 < len(s) && s[i+1] == ' ' && i > 0 && isLowerBefore(s[:i]):
			// A sentence ended first: no dateline here.
			return "", "", false
		}
		i += n
	}
	return "", "", false
}

// isLowerBefore reports whether the word before a full stop is a
// lower-case word (the end of a sentence, not an abbreviation like "Calif").
func isLowerBefore(s string) bool {
	j := strings.LastIndexFunc(s, unicode.IsSpace)
	w := s[j+1:]
	return len(w) > 3 && strings.ToLower(w) == w
}

// isAgency reports whether s can be a news agency named in a dateline:
// one to five words of letters, dots, hyphens and ampersands, starting
// with a capital ("Reuters", "The Associated Press") unless it is one short
// word ("dpa").
func isAgency(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(s); !unicode.IsUpper(r) && (len(words) > 1 || len(s) > 4) {
		return false
	}
	for _, w := range words {
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '.' && r != '-' && r != '&' && r != '\'' && r != '’' {
				return false
			}
		}
	}
	return true
}

// isPlaceName reports whether s is one to five words, each capitalised (or
// in capitals, or an abbreviation like "N.Y."), except for connectors.
func isPlaceName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	letters := 0
	for k, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			if k == 0 || !connectors[strings.ToLower(strings.TrimRight(w, "-"))] {
				return false
			}
		}
		for _, r := range w {
			switch {
			case unicode.IsLetter(r):
				letters++
			case r == '.' || r == '-' || r == '\'' || r == '’' || r == '&' || unicode.Is(unicode.M, r):
			default:
				return false
			}
		}
	}
	return letters >= 2
}

// allCaps reports whether every cased letter of s is upper-case and s has
// at least three letters.
func allCaps(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
			if unicode.IsLower(r) {
				return false
			}
		}
	}
	return n >= 3
}

func isYear(s string) bool {
	if len(s) != 4 {
		return false
	}
	y, err := strconv.Atoi(s)
	return err == nil && y >= 1900 && y <= 2199
}

// monthDay parses "June 3", "Sept. 3", "Jun 3rd".
func monthDay(s string) (time.Month, int, bool) {
	f := strings.Fields(s)
	if len(f) != 2 {
		return 0, 0, false
	}
	m, ok := months[strings.ToLower(strings.TrimSuffix(f[0], "."))]
	d := dayNumber(f[1])
	return m, d, ok && d > 0
}

// dayMonthYear parses "3 June" and "3 June 2014".
func dayMonthYear(s string) (time.Month, int, int, bool) {
	f := strings.Fields(s)
	if len(f) != 2 && len(f) != 3 {
		return 0, 0, 0, false
	}
	d := dayNumber(f[0])
	m, ok := months[strings.ToLower(strings.TrimSuffix(f[1], "."))]
	if !ok || d == 0 {
		return 0, 0, 0, false
	}
	y := 0
	if len(f) == 3 {
		if !isYear(f[2]) {
			return 0, 0, 0, false
		}
		y, _ = strconv.Atoi(f[2])
	}
	return m, d, y, true
}

// dayNumber parses a day of the month ("3", "3rd", "21st"), 0 if none.
func dayNumber(s string) int {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if len(s) > 2 && strings.HasSuffix(strings.ToLower(s), suf) {
			s = s[:len(s)-2]
			break
		}
	}
	d, err := strconv.Atoi(s)
	if err != nil || d < 1 || d > 31 {
		return 0
	}
	return d
}

// resolveDate turns the dateline's date into an ISO date when it can be
// made complete: with its own year, else the year of the published date
// (the year before when that would put the dateline more than a week after
// publication), a weekday as the latest such day on or before publication.
func (dp datelineParts) resolveDate(published *string) (string, bool) {
	var pub time.Time
	havePub := false
	if published != nil {
		if t, err := time.Parse("2006-01-02", *published); err == nil {
			pub, havePub = t, true
		}
	}
	var iso string
	switch {
	case dp.day > 0 && dp.year > 0:
		iso = validDate(dp.year, int(dp.month), dp.day)
	case dp.day > 0 && havePub:
		y := pub.Year()
		if t := time.Date(y, dp.month, dp.day, 0, 0, 0, 0, time.UTC); t.After(pub.AddDate(0, 0, 7)) {
			y--
		}
		iso = validDate(y, int(dp.month), dp.day)
	case dp.hasWeekday && havePub:
		back := (int(pub.Weekday()) - int(dp.weekday) + 7) % 7
		t := pub.AddDate(0, 0, -back)
		iso = validDate(t.Year(), int(t.Month()), t.Day())
	}
	return iso, iso != ""
}

// isoDate formats a date, refusing ones that do not exist (June 31).
func isoDate(y int, m time.Month, d int) (string, bool) {
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if t.Year() != y || t.Month() != m || t.Day() != d {
		return "", false
	}
	return t.Format("2006-01-02"), true
}

// findDateline looks for a dateline in the first paragraphs of d (up to
// five, stopping after the first that is not a heading or a date line)
// and fills d.Meta.Dateline. A paragraph that is nothing but a dateline loses its
// Heading flag. When the dateline gives a full date and no published date
// is known, it becomes the published date (source "dateline"); so does a
// paragraph that is nothing but a full date.
func findDateline(d *doc.Doc) {
	for i := 0; i < len(d.Paragraphs) && i < 5; i++ {
		p := &d.Paragraphs[i]
		s := d.Text[p.Start:p.End]
		if dp, ok := parseDateline(s); ok {
			place := s[:dp.placeEnd]
			dl := &doc.Dateline{Text: place, Start: p.Start, End: p.Start + dp.placeEnd, HeadEnd: p.Start + dp.headEnd, Place: place, Agency: dp.agency}
			if iso, ok := dp.resolveDate(d.Meta.Published); ok {
				dl.Date = &iso
				if d.Meta.Published == nil && dp.year > 0 {
					pub := iso
					d.Meta.Published = &pub
					d.Meta.PublishedSource = "dateline"
				}
			}
			d.Meta.Dateline = dl
			if dp.standalone {
				p.Heading = false
			}
			return
		}
		if iso, ok := dateLine(s); ok {
			// A line that is only a date ("Friday, January 4, 2019") dates
			// the document.
			if d.Meta.Published == nil {
				d.Meta.Published = &iso
				d.Meta.PublishedSource = "dateline"
			}
			continue
		}
		// (a headline longer than a heading, "Sudan's RSF seizes Darfur
		// town of Kutum, thousands flee towards besieged El Fasher",
		// before the dateline that opens the story)
		if !p.Heading && !(i == 0 && headlineShaped(s)) {
			return
		}
	}
}

// headlineShaped: the first paragraph s may be a headline: one line of
// at most headlineMaxWords words that ends no sentence (the loop then
// looks for the dateline in the paragraph after it).
func headlineShaped(s string) bool {
	t := strings.TrimSpace(s)
	return t != "" && !strings.Contains(t, "\n") && len(strings.Fields(t)) <= headlineMaxWords && !endsSentence(t)
}

// headlineMaxWords bounds the words of a headline before a dateline.
const headlineMaxWords = 20

// dateLine recognises a paragraph that is nothing but a full date:
// "Friday, January 4, 2019", "January 4, 2019", "4 January 2019",
// "2019-01-04", with an optional weekday in front.
func dateLine(s string) (string, bool) {
	s = strings.TrimRight(strings.TrimSpace(s), ".")
	if len(s) < 8 || len(s) > 40 {
		return "", false
	}
	if i := strings.IndexAny(s, ", "); i > 0 {
		if _, ok := weekdays[strings.ToLower(s[:i])]; ok {
			s = strings.TrimLeft(s[i:], ", ")
		}
	}
	if len(s) == 10 && isDigits(s[:4]) && s[4] == '-' && s[7] == '-' && isDigits(s[5:7]) && isDigits(s[8:]) {
		iso := NormalizeDate(s)
		return iso, iso != ""
	}
	if md, y, ok := strings.Cut(s, ","); ok && isYear(strings.TrimSpace(y)) {
		if m, d, ok := monthDay(md); ok {
			year, _ := strconv.Atoi(strings.TrimSpace(y))
			return isoDate(year, m, d)
		}
		return "", false
	}
	if m, d, y, ok := dayMonthYear(s); ok && y > 0 {
		return isoDate(y, m, d)
	}
	return "", false
}
