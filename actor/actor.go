// Package actor owns CAMEO-style actor coding: the dictionary of known
// actor names (countries, demonyms, international organisations, armed
// groups, office holders) with their codes, the role nouns sitrep writes
// itself (troops -> MIL, militants -> REB, officials -> GOV, ...), and the
// rules that join a country and a role into a code such as IRQMIL.
//
// The name dictionary is generated from the Phoenix dictionaries (Open
// Event Data Alliance, MIT licence) by ontology/gen and embedded
// compressed; evaluation code may load more entries from PETRARCH-format
// dictionary files with ParsePETR. The package knows nothing of documents
// or parses: the event stage finds the phrases and asks for their codes.
package actor

//go:generate go run ../ontology/gen -shared ../../shared -root ..

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"strings"
	"sync"

	"golang.org/x/text/language"
)

//go:embed dict.tsv.gz
var dictGz []byte

// dated is one code of a name, valid from..to (YYYYMMDD, empty = open).
type dated struct {
	code, from, to string
}

// Dictionary maps lower-case name phrases to actor codes and agent nouns
// to role codes. It is read-only once built; Clone before adding entries
// to a shared one.
type Dictionary struct {
	names    map[string][]dated
	agents   map[string]string // noun phrase -> "~GOV" (role) or "NGO~" (root)
	first    map[string]bool   // first words of names
	maxWords int
}

var (
	defOnce sync.Once
	defDict *Dictionary
	defErr  error
)

// Default returns the embedded dictionary, loaded once and shared.
func Default() (*Dictionary, error) {
	defOnce.Do(func() {
		defDict, defErr = load(dictGz)
	})
	return defDict, defErr
}

// New returns an empty dictionary.
func New() *Dictionary {
	return &Dictionary{names: map[string][]dated{}, agents: map[string]string{}, first: map[string]bool{}}
}

// Clone returns a copy that can be extended without touching d.
func (d *Dictionary) Clone() *Dictionary {
	c := New()
	c.maxWords = d.maxWords
	for k, v := range d.names {
		c.names[k] = v
	}
	for k, v := range d.agents {
		c.agents[k] = v
	}
	for k := range d.first {
		c.first[k] = true
	}
	return c
}

func load(gz []byte) (*Dictionary, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, fmt.Errorf("actor dictionary: %w", err)
	}
	d := New()
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 3 {
			continue
		}
		switch f[0] {
		case "A":
			if commonNouns[f[1]] {
				continue
			}
			var ds []dated
			for _, c := range strings.Split(f[2], ",") {
				code, rng, _ := strings.Cut(c, "@")
				from, to, _ := strings.Cut(rng, "-")
				ds = append(ds, dated{code, from, to})
			}
			d.setName(f[1], ds)
		case "G":
			d.agents[f[1]] = f[2]
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("actor dictionary: %w", err)
	}
	addInstitutions(d)
	return d, nil
}

// commonNouns are entries of the Phoenix actor dictionary that are
// common nouns in news, not names ("youths blocked a road" are no French
// rebels): the role nouns code them.
var commonNouns = map[string]bool{"youth": true}

func (d *Dictionary) setName(name string, ds []dated) {
	d.names[name] = ds
	f := strings.Fields(name)
	if len(f) > 0 {
		d.first[f[0]] = true
		// (a hyphenated first word comes tokenized: "secretary - general")
		if w, _, ok := strings.Cut(f[0], "-"); ok && w != "" {
			d.first[w] = true
		}
	}
	if n := len(f) + 2*strings.Count(name, "-"); n > d.maxWords {
		d.maxWords = n
	}
}

// joinWords joins normalised words into a phrase, a hyphen token gluing
// the words on either side as the name is written ("ban", "ki", "-",
// "moon": "ban ki-moon").
func joinWords(ws []string) string {
	var b strings.Builder
	for k, w := range ws {
		if k > 0 && w != "-" && ws[k-1] != "-" {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

// AddName adds (or replaces) a name with one undated code.
func (d *Dictionary) AddName(name, code string) {
	name = Norm(name)
	if name == "" || code == "" {
		return
	}
	d.setName(name, []dated{{code: strings.ToUpper(code)}})
}

// AddAgent adds an agent noun with its code: "~GOV" joins a country code
// before it, "NGO~" stands in front.
func (d *Dictionary) AddAgent(noun, code string) {
	noun = Norm(noun)
	if noun != "" && code != "" {
		d.agents[noun] = strings.ToUpper(code)
	}
}

// Norm lower-cases a phrase and folds underscores and runs of spaces.
func Norm(s string) string {
	s = strings.ReplaceAll(s, "_", " ")
	s = strings.ReplaceAll(s, "’", "'")
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// Name looks a whole phrase up and returns its code on date (YYYY-MM-DD or
// "" when unknown).
func (d *Dictionary) Name(phrase, date string) (string, bool) {
	ds, ok := d.names[Norm(phrase)]
	if !ok {
		return "", false
	}
	return pick(ds, strings.ReplaceAll(date, "-", "")), true
}

// pick chooses the code valid on date (YYYYMMDD); without a date, the
// undated code, else the last one listed.
func pick(ds []dated, date string) string {
	if date != "" {
		for _, x := range ds {
			if (x.from != "" || x.to != "") && (x.from == "" || x.from <= date) && (x.to == "" || date < x.to) {
				return x.code
			}
		}
	}
	for _, x := range ds {
		if x.from == "" && x.to == "" {
			return x.code
		}
	}
	return ds[len(ds)-1].code
}

// Match is a dictionary name found in a word sequence.
type Match struct {
	Start, End int // word indexes, end exclusive
	Code       string
}

// Find returns the longest known names in words (already lower-cased or
// not), left to right, without overlaps. A plural last word ("Iraqis") also
// matches its singular entry.
func (d *Dictionary) Find(words []string, date string) []Match {
	date = strings.ReplaceAll(date, "-", "")
	lw := make([]string, len(words))
	for i, w := range words {
		lw[i] = Norm(w)
	}
	var out []Match
	for i := 0; i < len(lw); {
		if !d.first[lw[i]] && !d.first[strings.TrimSuffix(lw[i], "s")] {
			i++
			continue
		}
		found := false
		for n := min(d.maxWords, len(lw)-i); n >= 1; n-- {
			phrase := joinWords(lw[i : i+n])
			ds, ok := d.names[phrase]
			if !ok && len(phrase) > 4 && strings.HasSuffix(phrase, "s") {
				ds, ok = d.names[strings.TrimSuffix(phrase, "s")]
			}
			if ok {
				out = append(out, Match{Start: i, End: i + n, Code: pick(ds, date)})
				i += n
				found = true
				break
			}
		}
		if !found {
			i++
		}
	}
	return out
}

// Agent returns the agent code of a noun phrase ("~MIL", "NGO~") from the
// dictionary, or "" when unknown. Role nouns written for sitrep (see Role)
// take precedence.
func (d *Dictionary) Agent(phrase string) string {
	p := Norm(phrase)
	if r := Role(p); r != "" {
		if r == "NGO" {
			return "NGO~"
		}
		return "~" + r
	}
	if c, ok := d.agents[p]; ok {
		return c
	}
	if strings.HasSuffix(p, "s") {
		if c, ok := d.agents[strings.TrimSuffix(p, "s")]; ok {
			return c
		}
	}
	return ""
}

// CountryISO3 turns an ISO 3166 alpha-2 country code into alpha-3 ("IQ" ->
// "IRQ"); "" when unknown.
func CountryISO3(iso2 string) string {
	if len(iso2) != 2 {
		return ""
	}
	// (Kosovo has no ISO code of its own; GeoNames gives it the
	// user-assigned XK, CAMEO codes it KSV)
	if strings.EqualFold(iso2, "XK") {
		return "KSV"
	}
	r, err := language.ParseRegion(iso2)
	if err != nil || r.IsPrivateUse() || r.String() == "ZZ" {
		return ""
	}
	return r.ISO3()
}

// IsCountryISO3 tells whether code is an ISO 3166 alpha-3 country code
// ("COG", "KWT"; not CAMEO's own "KSV", nor a test suite's made-up "NZE").
func IsCountryISO3(code string) bool {
	if len(code) != 3 {
		return false
	}
	r, err := language.ParseRegion(code)
	if err != nil || r.IsPrivateUse() || r.ISO3() != strings.ToUpper(code) {
		return false
	}
	// (a country of today: not a retired code such as Rhodesia's RHO)
	return r.Canonicalize() == r
}

// Join combines a root code (country, IGO, group) with an agent code from
// Agent or Role: ("IRQ", "~MIL") -> "IRQMIL"; ("", "NGO~") -> "NGO". A
// root that already carries the role keeps it once.
func Join(root, agent string) string {
	switch {
	case strings.HasPrefix(agent, "~"):
		r := agent[1:]
		if strings.HasSuffix(root, r) {
			return root
		}
		return root + r
	case strings.HasSuffix(agent, "~"):
		pre := strings.TrimSuffix(agent, "~")
		if root == "" {
			return pre
		}
		return root + pre
	case agent == "":
		return root
	}
	return root + agent
}

// ParsePETR reads a PETRARCH/TABARI-format actor or agent dictionary (as
// used by the PETRARCH validation suite) into d: "NAME [CODE]" lines with
// "+SYNONYM" lines after them, codes also on their own lines, with date
// restrictions ("[XYZGOV 19950601 - 19990815]", "[XYZ < 950601]",
// "[XYZ >950601]"), agent codes written "[~GOV]". Comments (#, <!-- -->)
// are skipped. A malformed line is reported with its line number.
func ParsePETR(r io.Reader, d *Dictionary) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	var names []string
	var codes []dated
	line := 0
	apply := func(ns []string) {
		if len(codes) == 0 {
			return
		}
		for _, n := range ns {
			if strings.Contains(codes[0].code, "~") {
				d.AddAgent(n, codes[0].code)
				continue
			}
			if n = Norm(n); n != "" {
				d.setName(n, append([]dated(nil), codes...))
			}
		}
	}
	for sc.Scan() {
		line++
		t := sc.Text()
		if i := strings.Index(t, "#"); i >= 0 {
			t = t[:i]
		}
		t = strings.TrimSpace(t)
		if t == "" || strings.HasPrefix(t, "<!--") || strings.HasPrefix(t, "-->") || strings.HasPrefix(t, "!") {
			continue
		}
		namePart := t
		if i := strings.IndexAny(t, "[{"); i >= 0 {
			namePart = strings.TrimSpace(t[:i])
		}
		switch {
		case strings.HasPrefix(namePart, "+"):
			n := strings.TrimPrefix(namePart, "+")
			names = append(names, n)
			if !strings.Contains(t, "[") {
				apply([]string{n})
			}
		case namePart != "":
			names = []string{namePart}
			codes = nil
		}
		rest := t
		found := false
		for {
			i := strings.Index(rest, "[")
			if i < 0 {
				break
			}
			j := strings.Index(rest[i:], "]")
			if j < 0 {
				return fmt.Errorf("line %d: unclosed [ in %q", line, t)
			}
			if x, ok := parsePETRCode(rest[i+1 : i+j]); ok {
				codes = append(codes, x)
				found = true
			}
			rest = rest[i+j+1:]
		}
		if found {
			apply(names)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("line %d: %w", line, err)
	}
	return nil
}

// parsePETRCode reads "CODE", "CODE from-to", "CODE <date" or "CODE >date".
func parsePETRCode(s string) (dated, bool) {
	f := strings.Fields(s)
	if len(f) == 0 || f[0] == "---" {
		return dated{}, false
	}
	x := dated{code: strings.ToUpper(f[0])}
	rest := strings.ReplaceAll(strings.Join(f[1:], ""), " ", "")
	switch {
	case rest == "":
	case strings.HasPrefix(rest, "<"):
		x.to = petrDate(rest[1:])
	case strings.HasPrefix(rest, ">"):
		x.from = petrDate(rest[1:])
	default:
		a, b, _ := strings.Cut(rest, "-")
		x.from, x.to = petrDate(a), petrDate(b)
	}
	return x, true
}

// petrDate turns YYMMDD or YYYYMMDD into YYYYMMDD ("" when malformed).
func petrDate(s string) string {
	for _, r := range s {
		if r < '0' || r > '9' {
			return ""
		}
	}
	switch len(s) {
	case 8:
		return s
	case 6:
		if s[:2] <= "30" {
			return "20" + s
		}
		return "19" + s
	}
	return ""
}
