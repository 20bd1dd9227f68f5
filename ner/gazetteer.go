package ner

import (
	"strings"
	"sync"
)

// Gazetteer lists, by id. The order is part of the model: features hash
// the list id, so never reorder, only append.
const (
	gCountry = iota
	gCity
	gRegion
	gGeoArea
	gGeoHead
	gFacHead
	gNORP
	gFirst
	gTitle
	gOrgHead
	gOrg
	nLists
)

var listSources = [nLists]string{listCountries, listCities, listRegions, listGeoAreas, listGeoHeads, listFacHeads, listNORP, listFirstNames, listTitles, listOrgHeads, listOrgs}

type gazEntry struct {
	toks []string
	list int
}

// gazetteer matches word lists against token sequences (lowercased).
type gazetteer struct {
	byFirst map[string][]gazEntry
	// member[list] holds every single-token entry and every multi-token
	// entry joined with spaces, lowercased.
	member [nLists]map[string]bool
}

var (
	gazOnce sync.Once
	gazDef  *gazetteer
)

// defaultGazetteer returns the built-in lists, built once.
func defaultGazetteer() *gazetteer {
	gazOnce.Do(func() { gazDef = newGazetteer(listSources[:]) })
	return gazDef
}

func splitList(src string) []string {
	var out []string
	for _, line := range strings.Split(src, "\n") {
		for _, e := range strings.Split(line, "|") {
			if e = strings.TrimSpace(e); e != "" {
				out = append(out, e)
			}
		}
	}
	return out
}

func newGazetteer(srcs []string) *gazetteer {
	g := &gazetteer{byFirst: map[string][]gazEntry{}}
	for li, src := range srcs {
		g.member[li] = map[string]bool{}
		seen := map[string]bool{}
		for _, e := range splitList(src) {
			toks := strings.Fields(e)
			for i := range toks {
				toks[i] = lowerForm(toks[i])
			}
			key := strings.Join(toks, " ")
			if seen[key] {
				continue
			}
			seen[key] = true
			g.member[li][key] = true
			g.byFirst[toks[0]] = append(g.byFirst[toks[0]], gazEntry{toks: toks, list: li})
		}
	}
	return g
}

// has reports whether the lowered, space-joined phrase is in a list.
func (g *gazetteer) has(list int, phrase string) bool { return g.member[list][phrase] }

// annotate adds gazetteer features (list and BILOU position of the longest
// match of each list) to the tokens of one sentence.
func (g *gazetteer) annotate(s []tokInfo) {
	for i := range s {
		es := g.byFirst[s[i].lower]
		if len(es) == 0 {
			continue
		}
		var longest [nLists]int
		for _, e := range es {
			n := len(e.toks)
			if n <= longest[e.list] || i+n > len(s) {
				continue
			}
			ok := true
			for k := 1; k < n; k++ {
				if s[i+k].lower != e.toks[k] {
					ok = false
					break
				}
			}
			if ok {
				longest[e.list] = n
			}
		}
		for li, n := range longest {
			if n == 0 {
				continue
			}
			for k := 0; k < n; k++ {
				pos := bI
				switch {
				case n == 1:
					pos = bU
				case k == 0:
					pos = bB
				case k == n-1:
					pos = bL
				}
				s[i+k].gaz = append(s[i+k].gaz, uint64(li*4+pos+1))
			}
		}
	}
}

// clusterFeatures turns bit-string cluster paths into hashed prefixes of
// lengths 4, 6, 8, 10 and the full path (the first is the shortest).
func clusterFeatures(paths map[string]string) map[string][]uint64 {
	out := make(map[string][]uint64, len(paths))
	for w, p := range paths {
		var hs []uint64
		for _, n := range []int{4, 6, 8, 10} {
			if n < len(p) {
				hs = append(hs, hashStr(p[:n])^uint64(n))
			}
		}
		hs = append(hs, hashStr(p)^0xff)
		out[w] = hs
	}
	return out
}
