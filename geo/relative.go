package geo

import (
	"regexp"
	"strconv"
	"strings"
)

// relation is a place located by the text relative to another one:
// "Khazna, about 13 miles from Mosul", "about 150 miles north of Baghdad",
// "the Sadr City section of Baghdad".
type relation struct {
	anchor  string  // the other place's name as written
	distKm  float64 // 0 when the text gives none
	bearing float64 // degrees; -1 when the text gives none
	part    bool    // a part of the anchor (district, section, suburb)
	within  bool    // somewhere inside the anchor ("a village in Kidal region")
	bare    bool    // within, told with no comma ("the town of X in Myanmar's Rakhine state")
	owned   bool    // the part told by its possessor ("Giza's Haram district")
	loose   bool    // a direction without a distance ("north of Baghdad")
	text    string  // the phrase, for the explanation
}

var numberWords = map[string]float64{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	"a hundred": 100, "hundred": 100, "a few": 3, "several": 5, "a dozen": 12, "dozens of": 30}

var bearings = map[string]float64{"north": 0, "northeast": 45, "north-east": 45, "east": 90, "southeast": 135,
	"south-east": 135, "south": 180, "southwest": 225, "south-west": 225, "west": 270, "northwest": 315,
	"north-west": 315, "northeastern": 45, "northern": 0, "southern": 180, "eastern": 90, "western": 270}

const anchorName = `((?:[A-Z][\p{L}'’\-]*\.?)(?:\s+(?:[A-Z][\p{L}'’\-]*\.?|al|el|de|del|la|of))*)`

var (
	// ", about 13 miles from Mosul", " refinery, about 150 miles north of Baghdad"
	distanceRe = regexp.MustCompile(`^(?:\s+[a-z]+){0,3}\s*,?\s*(?:(?:a|an)\s+(?:[a-z]+\s+){0,3}?)?(?:located\s+|situated\s+|lying\s+)?` +
		`(?:some\s+|about\s+|around\s+|roughly\s+|nearly\s+|approximately\s+|almost\s+|just\s+|only\s+|less than\s+|more than\s+|over\s+|under\s+)?` +
		`(\d[\d,]*(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|a few|several|a dozen)` +
		`[\s\-]*(miles?|mi|kilometers?|kilometres?|km|kms)\s+(?:\([^)]{0,30}\)\s+)?` +
		`(?:to the\s+)?(?:(north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)\s+)?` +
		`(?:of|from|outside(?:\s+of)?)\s+(?:the\s+)?(?:(?:city|town|village|capital|province)\s+(?:of\s+)?)?` + anchorName)
	// " section of Baghdad", ", a suburb of Paris", ", near Mosul", ", north of Baghdad"
	partRe = regexp.MustCompile(`^(?:\s*,\s*(?:(?:a|an|the)\s+)?(?:[a-z]+\s+){0,2}?|\s+)(section|district|neighbou?rhood|suburb|quarter|area|outskirts|part|township|borough)\s+(?:of|in)\s+(?:the\s+)?(?:(?:city|town|capital)\s+of\s+)?` + anchorName)
	// ", a remote mining outpost in the Cuyuni-Mazaruni region", ", a
	// village in northern Kidal"
	withinRe = regexp.MustCompile(`^(?:\s*,\s*(?:(?:a|an)\s+(?:[a-z\-]+\s+){0,3}?(?:village|town|hamlet|outpost|settlement|community|locality|camp|garrison|base|crossing|district|area|municipality|commune|county)\s+)?|\s+)in\s+(?:the\s+)?` +
		`(?:(?:northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern|remote)\s+)?` + anchorName)
	nearRe = regexp.MustCompile(`^\s*,\s*(?:(?:a|an)\s+(?:[a-z]+\s+){0,2}?)?(?:just\s+|located\s+)?(near|outside|north of|south of|east of|west of|northeast of|northwest of|southeast of|southwest of|north-east of|north-west of|south-east of|south-west of)\s+(?:the\s+)?(?:(?:city|town|capital)\s+of\s+)?` + anchorName)
)

// findRelation reads a relative location in the text right after a
// mention ending at byte end, within the same sentence.
func findRelation(text string, end int) *relation {
	rest := text[end:min(len(text), end+160)]
	if i := strings.IndexAny(rest, ".!?\n;"); i >= 0 {
		// keep dots inside numbers ("1.5 miles") and abbreviations out of it
		for i >= 0 && i+1 < len(rest) && rest[i] == '.' && i > 0 && isDigit(rest[i-1]) && isDigit(rest[i+1]) {
			j := strings.IndexAny(rest[i+1:], ".!?\n;")
			if j < 0 {
				i = -1
				break
			}
			i += 1 + j
		}
		if i >= 0 {
			rest = rest[:i]
		}
	}
	// cheap tests first: each pattern needs a word the text must contain
	low := strings.ToLower(rest)
	hasUnit := strings.Contains(low, "mile") || strings.Contains(low, "km") || strings.Contains(low, "kilomet") || strings.Contains(low, " mi ")
	hasPart := false
	for _, w := range partWords {
		if strings.Contains(low, w) {
			hasPart = true
			break
		}
	}
	comma := strings.HasPrefix(strings.TrimLeft(low, " "), ",")
	hasNear := comma && (strings.Contains(low, "near") || strings.Contains(low, "outside") || strings.Contains(low, " of "))
	hasIn := comma && strings.Contains(low, " in ")
	bareIn := strings.HasPrefix(rest, " in ")
	if !hasUnit && !hasPart && !hasNear && !hasIn && !bareIn {
		return nil
	}
	if !hasUnit {
		// skip the distance pattern
	} else if m := distanceRe.FindStringSubmatch(rest); m != nil {
		d, ok := parseNumber(m[1])
		if !ok {
			return nil
		}
		unit := m[2]
		if strings.HasPrefix(unit, "mi") {
			d *= 1.609344
		}
		r := &relation{anchor: m[4], distKm: d, bearing: -1, text: strings.TrimSpace(strings.TrimLeft(m[0], " ,"))}
		if b, ok := bearings[m[3]]; ok {
			r.bearing = b
		}
		return r
	}
	if !hasPart {
		// skip the part pattern
	} else if m := partRe.FindStringSubmatch(rest); m != nil {
		return &relation{anchor: m[2], bearing: -1, part: true, text: strings.TrimSpace(strings.TrimLeft(m[0], " ,"))}
	}
	if hasIn || bareIn {
		if m := withinRe.FindStringSubmatch(rest); m != nil {
			anchor := strings.TrimSuffix(strings.TrimSuffix(m[1], "'s"), "’s")
			return &relation{anchor: anchor, bearing: -1, within: true, bare: bareIn, text: strings.TrimSpace(strings.TrimLeft(m[0], " ,"))}
		}
	}
	if !hasNear {
		return nil
	}
	if m := nearRe.FindStringSubmatch(rest); m != nil {
		r := &relation{anchor: m[2], bearing: -1, text: strings.TrimSpace(strings.TrimLeft(m[0], " ,"))}
		if dir, ok := strings.CutSuffix(m[1], " of"); ok {
			if b, ok := bearings[dir]; ok {
				r.bearing = b
				r.distKm = 40 // "north of X" without a distance: nearby, direction known
				r.loose = true
			}
		}
		return r
	}
	return nil
}

var partWords = []string{"section", "district", "neighborhood", "neighbourhood", "suburb", "quarter", "area", "outskirts", "part", "township", "borough"}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func parseNumber(s string) (float64, bool) {
	if v, ok := numberWords[s]; ok {
		return v, true
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
	return v, err == nil && v >= 0 && v < 20000
}

// partAfterRe: a part noun right after a name ("Abbassiya district").
var partAfterRe = regexp.MustCompile(`^\s+(?:district|neighbou?rhood|suburb|quarter|section|township|borough)\b`)

// possessorRe: a possessor right before a name ("Giza's Haram district",
// "the city's Abbassiya district", "the Egyptian capital's").
var possessorRe = regexp.MustCompile(`(?:\b(the (?:[\p{L}\-]+\s+){0,2}(?:city|capital|town))|` + anchorName + `)['’]s\s+$`)

// findPossessedPart reads "Giza's Haram district" or "the city's Abbassiya
// district" around a mention at text[start:end]: a part of the possessor,
// or for "the city's" of the town named last before it (prev gives it,
// "" when none). Nil otherwise.
func findPossessedPart(text string, start, end int, prev func() string) *relation {
	after := text[end:min(len(text), end+20)]
	m := partAfterRe.FindString(after)
	if m == "" {
		return nil
	}
	before := text[max(0, start-60):start]
	pm := possessorRe.FindStringSubmatch(before)
	if pm == nil {
		return nil
	}
	anchor := pm[2]
	if pm[1] != "" {
		if anchor = prev(); anchor == "" {
			return nil
		}
	}
	return &relation{anchor: anchor, bearing: -1, part: true, owned: true, text: strings.TrimSpace(pm[0]) + " " + text[start:end] + m}
}

// partOfBeforeRe: a town and a part noun before "of" and a name ("the
// Brussels district of Molenbeek").
var partOfBeforeRe = regexp.MustCompile(`\bthe\s+` + anchorName + `\s+(?:district|neighbou?rhood|suburb|quarter|area|section|township|borough)\s+of\s+$`)

// findPartOf reads "the Brussels district of Molenbeek" before a mention
// at text[start:end]: a part of the town named first. Nil otherwise. (Which
// of the two holds the other is the resolver's to weigh: "the Sadr City
// district of Baghdad" is written the same way.)
func findPartOf(text string, start, end int) *relation {
	before := text[max(0, start-60):start]
	m := partOfBeforeRe.FindStringSubmatch(before)
	if m == nil {
		return nil
	}
	return &relation{anchor: m[1], bearing: -1, part: true, text: strings.TrimSpace(m[0]) + " " + text[start:end]}
}

// trimAnchor drops trailing lower-case joiners a greedy match may take.
func trimAnchor(s string) string {
	f := strings.Fields(s)
	for len(f) > 1 {
		last := f[len(f)-1]
		if last == "al" || last == "el" || last == "de" || last == "del" || last == "la" || last == "of" {
			f = f[:len(f)-1]
			continue
		}
		break
	}
	return strings.Join(f, " ")
}

// place returns the point and precision a relation gives, from the
// anchor's point.
func (r *relation) place(lat, lon float64) (float64, float64, float64) {
	switch {
	case r.part:
		return lat, lon, 10
	case r.within:
		return lat, lon, 50
	case r.loose:
		la, lo := destination(lat, lon, r.bearing, r.distKm)
		return la, lo, 50
	case r.distKm > 0 && r.bearing >= 0:
		la, lo := destination(lat, lon, r.bearing, r.distKm)
		// direction words are loose: about a third of the distance either way
		return la, lo, max(5, r.distKm*0.35)
	case r.distKm > 0:
		return lat, lon, r.distKm
	default:
		return lat, lon, 25
	}
}
