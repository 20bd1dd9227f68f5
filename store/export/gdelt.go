package export

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/sitrep/sitrep/store"
)

// GDELTColumns are GDELT 2.0's 61 event-table columns, in order.
var GDELTColumns = func() []string {
	cols := []string{"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"}
	for _, a := range []string{"Actor1", "Actor2"} {
		for _, f := range []string{"Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
			"Religion2Code", "Type1Code", "Type2Code", "Type3Code"} {
			cols = append(cols, a+f)
		}
	}
	cols = append(cols, "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
		"NumMentions", "NumSources", "NumArticles", "AvgTone")
	for _, g := range []string{"Actor1Geo_", "Actor2Geo_", "ActionGeo_"} {
		for _, f := range []string{"Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"} {
			cols = append(cols, g+f)
		}
	}
	return append(cols, "DATEADDED", "SOURCEURL")
}()

// CAMEO actor-code blocks (three letters each) by role.
var (
	cameoTypes = set("GOV MIL REB OPP PTY COP JUD SPY MED EDU BUS CRM CVL LEG ELI REF AGR LAB HLH IGO NGO UAF SET MOD RAD " +
		"INS SEP IND DEV ENV HRI AMN MNC UIS NGM INT PRE REL JRN SOC")
	cameoReligions = set("MUS SUN SHI CHR CTH ORT PRO JEW HIN BUD SIK JAI ZRO CON TAO SHN ALE DRZ")
	cameoNonState  = set("IGO NGO IMG MNC UIS NGM INT")
)

func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, f := range strings.Fields(s) {
		m[f] = true
	}
	return m
}

// actorParts splits a CAMEO actor code into GDELT's actor columns:
// country, known group, ethnic, religion 1 and 2, type 1 to 3.
func actorParts(code string) (country, group, ethnic, rel1, rel2 string, types [3]string) {
	code = strings.ToUpper(strings.TrimSpace(code))
	var blocks []string
	for i := 0; i+3 <= len(code); i += 3 {
		blocks = append(blocks, code[i:i+3])
	}
	nt, nr := 0, 0
	for i, b := range blocks {
		switch {
		case i == 0 && !cameoNonState[b] && isCountry3(b):
			country = b
		case cameoReligions[b]:
			if nr == 0 {
				rel1 = b
			} else if nr == 1 {
				rel2 = b
			}
			nr++
		case cameoTypes[b] && !(i == 0 && cameoNonState[b]):
			if nt < 3 {
				types[nt] = b
			}
			nt++
		case i == 0:
			// IGO, IMG...: the root is not a country.
		case group == "":
			group = b
		}
	}
	return
}

func isCountry3(b string) bool {
	r, err := language.ParseRegion(b)
	return err == nil && r.IsCountry()
}

func gdeltRow(e store.Event) []string {
	row := make([]string, 0, len(GDELTColumns))
	var day time.Time
	if e.From != "" {
		day, _ = time.Parse("2006-01-02", e.From)
	}
	sqlDate, month, year, frac := "", "", "", ""
	if !day.IsZero() {
		sqlDate, month, year = day.Format("20060102"), day.Format("200601"), day.Format("2006")
		frac = fmt.Sprintf("%.4f", float64(day.Year())+float64(day.YearDay())/365.0)
	}
	row = append(row, strconv.FormatInt(e.ID, 10), sqlDate, month, year, frac)
	for _, a := range []store.Actor{e.Source, e.Target} {
		country, group, ethnic, r1, r2, types := actorParts(a.Code)
		row = append(row, strings.ToUpper(a.Code), strings.ToUpper(a.Name), country, group, ethnic, r1, r2, types[0], types[1], types[2])
	}
	base, root := prefix(e.CAMEO, 3), prefix(e.CAMEO, 2)
	row = append(row, b01(e.IsRoot), e.CAMEO, base, root, quad(e.QuadClass), ftoa(e.Goldstein),
		strconv.Itoa(e.NumMentions), strconv.Itoa(e.NumSources), strconv.Itoa(e.NumArticles), "0")
	empty := []string{"", "", "", "", "", "", "", ""}
	row = append(row, empty...) // Actor1Geo: actors are not placed separately
	row = append(row, empty...) // Actor2Geo
	if p := e.Place; p != nil {
		lat, lon := "", ""
		if p.HasCoords {
			lat, lon = ftoa(p.Lat), ftoa(p.Lon)
		}
		feature := ""
		if p.GeonameID != 0 {
			feature = strconv.Itoa(p.GeonameID)
		}
		row = append(row, geoType(p), fullName(p), p.Country, p.Country, "", lat, lon, feature)
	} else {
		row = append(row, empty...)
	}
	added := ""
	if !e.Added.IsZero() {
		added = e.Added.UTC().Format("20060102150405")
	}
	return append(row, added, e.SourceURL)
}

func prefix(s string, n int) string {
	if len(s) < n {
		return s
	}
	return s[:n]
}

func b01(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

func quad(q int) string {
	if q == 0 {
		return ""
	}
	return strconv.Itoa(q)
}

// geoType is GDELT's geographic resolution: 1 country, 2 US state, 3 US
// city, 4 world city, 5 world state (first-level division).
func geoType(p *store.Place) string {
	us := p.Country == "US"
	f := strings.ToUpper(p.Feature)
	switch {
	case strings.HasPrefix(f, "PCL"):
		return "1"
	case f == "ADM1" && us:
		return "2"
	case f == "ADM1":
		return "5"
	case us:
		return "3"
	}
	return "4"
}

func fullName(p *store.Place) string {
	parts := []string{p.Name}
	if p.Admin1 != "" && p.Admin1 != p.Name {
		parts = append(parts, p.Admin1)
	}
	if p.Country != "" {
		if n := countryName(p.Country); n != p.Name {
			parts = append(parts, n)
		}
	}
	return strings.Join(parts, ", ")
}
