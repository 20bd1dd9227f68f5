package export

import (
	"strconv"
	"strings"

	"github.com/sitrep/sitrep/store"
)

// ACLEDColumns are ACLED's export columns, in order.
var ACLEDColumns = []string{"event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
	"sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
	"civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
	"geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp"}

// acledEventTypes are ACLED's six event types; a stored ACLED label is
// "Event type/Sub-event type" and the type itself may hold a slash.
var acledEventTypes = []string{"Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
	"Strategic developments"}

// SplitACLED splits a stored ACLED label into event type and sub-event
// type.
func SplitACLED(label string) (eventType, subEvent string) {
	for _, t := range acledEventTypes {
		if strings.EqualFold(label, t) {
			return t, ""
		}
		if len(label) > len(t) && strings.EqualFold(label[:len(t)], t) && label[len(t)] == '/' {
			return t, label[len(t)+1:]
		}
	}
	if i := strings.IndexByte(label, '/'); i >= 0 {
		return label[:i], label[i+1:]
	}
	return label, ""
}

func disorderType(eventType, sub string) string {
	switch {
	case eventType == "Protests" && strings.EqualFold(sub, "Excessive force against protesters"):
		return "Political violence; Demonstrations"
	case eventType == "Protests", eventType == "Riots" && !strings.EqualFold(sub, "Mob violence"):
		return "Demonstrations"
	case eventType == "Strategic developments":
		return "Strategic developments"
	case eventType == "":
		return ""
	}
	return "Political violence"
}

// inter is ACLED's actor category from a CAMEO actor code: 1 state forces,
// 2 rebels, 3 political militias, 5 rioters, 6 protesters, 7 civilians,
// 8 external/other; "" when the code does not say.
func inter(code string) string {
	country, _, _, _, _, types := actorParts(code)
	code = strings.ToUpper(code)
	for _, t := range types {
		switch t {
		case "GOV", "MIL", "COP", "SPY":
			if strings.HasPrefix(code, "IGO") || strings.HasPrefix(code, "NGO") {
				return "8"
			}
			return "1"
		case "REB", "INS", "SEP":
			return "2"
		case "UAF":
			return "3"
		case "CVL", "REF", "EDU", "MED", "JRN", "HLH":
			return "7"
		}
	}
	if strings.HasPrefix(code, "IMG") {
		return "2"
	}
	if strings.HasPrefix(code, "IGO") || strings.HasPrefix(code, "NGO") {
		return "8"
	}
	_ = country
	return ""
}

func interaction(a, b string) string {
	switch {
	case a == "" && b == "":
		return ""
	case a == "":
		return b + "0"
	case b == "":
		return a + "0"
	case a > b:
		a, b = b, a
	}
	return a + b
}

func acledRow(e store.Event) []string {
	et, sub := SplitACLED(e.ACLED)
	i1, i2 := inter(e.Source.Code), inter(e.Target.Code)
	civ := ""
	if et == "Violence against civilians" || i2 == "7" {
		civ = "Civilian targeting"
	}
	precision := ""
	if e.From != "" {
		precision = "1"
		if e.To != "" && e.To != e.From {
			precision = "2"
			if e.To[:7] != e.From[:7] || daysBetween(e.From, e.To) > 7 {
				precision = "3"
			}
		}
	}
	year := ""
	if len(e.From) >= 4 {
		year = e.From[:4]
	}
	iso, country, admin1, location, lat, lon, geoPrec := "", "", "", "", "", "", ""
	id := strconv.FormatInt(e.ID, 10)
	if p := e.Place; p != nil {
		iso, country, admin1, location = isoNumeric(p.Country), countryName(p.Country), p.Admin1, p.Name
		if p.Country != "" {
			id = p.Country + id
		}
		if p.HasCoords {
			lat, lon = ftoa(p.Lat), ftoa(p.Lon)
		}
		f := strings.ToUpper(p.Feature)
		switch {
		case strings.HasPrefix(f, "PCL"), f == "ADM1":
			geoPrec = "3"
		case strings.HasPrefix(f, "ADM"):
			geoPrec = "2"
		default:
			geoPrec = "1"
		}
	}
	ts := ""
	if !e.Added.IsZero() {
		ts = strconv.FormatInt(e.Added.Unix(), 10)
	}
	return []string{id, e.From, year, precision, disorderType(et, sub), et, sub, actorLabel(e.Source), "", i1,
		actorLabel(e.Target), "", i2, interaction(i1, i2), civ, iso, "", country, admin1, "", "", location, lat, lon,
		geoPrec, strings.Join(e.Outlets, "; "), "", e.Sentence, strconv.Itoa(int(e.Fatalities)), "", ts}
}

func daysBetween(a, b string) int {
	ya, ma, da := ymd(a)
	yb, mb, db := ymd(b)
	return (yb-ya)*365 + (mb-ma)*30 + (db - da)
}

func ymd(s string) (int, int, int) {
	if len(s) < 10 {
		return 0, 0, 0
	}
	y, _ := strconv.Atoi(s[:4])
	m, _ := strconv.Atoi(s[5:7])
	d, _ := strconv.Atoi(s[8:10])
	return y, m, d
}
