// Package geo owns geoparsing: finding toponym mentions in a Doc (from the
// named entities when the ner stage ran, else from capitalised spans),
// ranking GeoNames candidates for them on the evidence of the document
// (population, feature class, country focus, nearby places, containment,
// cue words, the dateline) and placing what the gazetteer lacks from the
// text ("13 miles from Mosul", "the Sadr City section of Baghdad"). It
// fills Doc.Places and touches no other annotation. The index itself lives
// in geo/gazetteer.
package geo

import (
	"context"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/geo/gazetteer"
)

// Stage is the geo pipeline stage.
type Stage struct {
	r *Resolver
}

// Options configure the stage.
type Options struct {
	// Explain keeps every place's candidate scores in Place.Candidates.
	Explain bool
}

// NewStage opens the gazetteer of the data folder (once per process) and
// returns the stage; a missing gazetteer gives an error naming `make setup`.
func NewStage(ctx context.Context, opts Options) (*Stage, error) {
	g, err := gazetteer.Default(ctx)
	if err != nil {
		return nil, fmt.Errorf("geo: %w", err)
	}
	return NewStageWith(g, opts), nil
}

// NewStageWith returns the stage over a given gazetteer.
func NewStageWith(g *gazetteer.Gazetteer, opts Options) *Stage {
	r := New(g)
	r.Explain = opts.Explain
	return &Stage{r: r}
}

func (*Stage) Name() string       { return "geo" }
func (*Stage) Requires() []string { return []string{doc.AnnTokens, doc.AnnSentences} }
func (*Stage) Assigns() []string  { return []string{doc.AnnPlaces} }

// Process resolves the document's toponyms into Doc.Places.
func (s *Stage) Process(ctx context.Context, d *doc.Doc) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	ms, evidence := s.mentions(d)
	res := s.r.Resolve(d.Text, ms)
	s.capitals(d.Text, res, evidence)
	res, evidence = s.storyCapital(d, res, evidence)
	d.Places = s.places(d, res, evidence)
	return nil
}

// capitals resolves "the Afghan capital", "the Iraqi capital": a people's
// or a country's name resolved to its country, followed by "capital", is
// that country's capital city, the mention then spanning both words.
func (s *Stage) capitals(text string, res []Resolution, evidence []bool) {
	g := s.r.G
	for i := range res {
		r := &res[i]
		if !r.Resolved || r.Entry < 0 || !g.Entry(r.Entry).IsCountry() {
			continue
		}
		rest := text[r.End:]
		trimmed := strings.TrimLeft(rest, " ")
		if len(trimmed) == len(rest) || !strings.HasPrefix(trimmed, "capital") {
			continue
		}
		end := r.End + (len(rest) - len(trimmed)) + len("capital")
		if end < len(text) && unicode.IsLetter(rune(text[end])) {
			continue // "capitalism", "capitals"
		}
		c := g.Capital(r.Country)
		if c < 0 {
			continue
		}
		e := g.Entry(c)
		r.End, r.Entry, r.Name, r.GeonameID = end, c, e.Name, e.ID
		r.Lat, r.Lon, r.Admin1, r.Feature, r.PrecisionKm = e.Lat, e.Lon, e.Admin1, e.Feature, e.RadiusKm
		r.Key = "capital:" + r.Country
		evidence[i] = false
	}
}

// bareCapitalRe finds "the capital" told with no people's name before it
// ("the national capital", "the country's capital").
var bareCapitalRe = regexp.MustCompile(`\b[Tt]he (?:(?:national|nation's|country's) )?capital\b`)

// compassWord: a direction a place is told from ("north", "south-east").
func compassWord(w string) bool {
	w = strings.ReplaceAll(w, "-", "")
	switch w {
	case "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest":
		return true
	}
	return false
}

// storyCapital resolves "the capital", "the national capital" to the
// capital city of the country the story is about: the dateline's
// country, else the country most of its places are in (at least two,
// and more than any other country's). Not "the capital, Kinshasa"
// (named: the name is the place), "the capital of Nimba County" (a
// region's), nor one inside another place's mention.
func (s *Stage) storyCapital(d *doc.Doc, res []Resolution, evidence []bool) ([]Resolution, []bool) {
	locs := bareCapitalRe.FindAllStringIndex(d.Text, -1)
	if len(locs) == 0 {
		return res, evidence
	}
	cc := ""
	counts := map[string]int{}
	for i, r := range res {
		if !r.Resolved || evidence[i] || r.Country == "" {
			continue
		}
		if r.Dateline && cc == "" {
			cc = r.Country
		}
		counts[r.Country]++
	}
	if cc == "" {
		best, second := 0, 0
		for c, n := range counts {
			switch {
			case n > best:
				cc, best, second = c, n, best
			case n > second:
				second = n
			}
		}
		if best < 2 || best == second {
			return res, evidence
		}
	}
	c := s.r.G.Capital(cc)
	if c < 0 {
		return res, evidence
	}
	e := s.r.G.Entry(c)
	added := false
	for _, loc := range locs {
		start, end := loc[0]+len("the "), loc[1]
		after := strings.TrimLeft(d.Text[end:], " ")
		if strings.HasPrefix(after, ",") && capitalisedPrefix(strings.TrimLeft(after[1:], " ")) > 0 || capitalisedPrefix(after) > 0 {
			continue // ("the capital, Kinshasa", "the capital Kinshasa")
		}
		// (nor a region's: "Sanniquellie, the capital of Nimba County")
		if of, ok := strings.CutPrefix(after, "of "); ok && capitalisedPrefix(strings.TrimPrefix(of, "the ")) > 0 {
			at := len(d.Text) - len(strings.TrimPrefix(of, "the "))
			country := false
			for _, r := range res {
				if r.Start == at && strings.HasPrefix(r.Feature, "PCL") {
					country = true
				}
			}
			if !country {
				continue
			}
		}
		// (not a point other places are told from: "a checkpoint north
		// of the capital", "outside the capital")
		before := strings.Fields(strings.ToLower(d.Text[max(0, loc[0]-24):loc[0]]))
		if n := len(before); n > 0 && (before[n-1] == "outside" || before[n-1] == "near" || before[n-1] == "from" ||
			before[n-1] == "of" && n > 1 && compassWord(before[n-2])) {
			continue
		}
		inside := false
		for _, r := range res {
			if r.Start < end && start < r.End {
				inside = true
			}
		}
		if inside {
			continue
		}
		res = append(res, Resolution{Mention: Mention{Start: start, End: end}, Entry: c, Resolved: true, Name: e.Name,
			GeonameID: e.ID, Lat: e.Lat, Lon: e.Lon, Country: cc, Admin1: e.Admin1, Feature: e.Feature,
			PrecisionKm: e.RadiusKm, Relation: "the capital of the country the story is about", Score: 0.5, Key: "capital:" + cc})
		evidence = append(evidence, false)
		added = true
	}
	if added {
		order := make([]int, len(res))
		for i := range order {
			order[i] = i
		}
		sort.SliceStable(order, func(a, b int) bool { return res[order[a]].Start < res[order[b]].Start })
		rs, ev := make([]Resolution, len(res)), make([]bool, len(res))
		for k, i := range order {
			rs[k], ev[k] = res[i], evidence[i]
		}
		res, evidence = rs, ev
	}
	return res, evidence
}

// mentions returns the toponym mentions of d in text order; evidence[i]
// marks mentions used only as evidence (peoples and adjectives such as
// "Iraqi"), which are not reported as places.
func (s *Stage) mentions(d *doc.Doc) ([]Mention, []bool) {
	type span struct {
		start, end int
		evidence   bool
	}
	var spans []span
	if d.Has(doc.AnnEntities) {
		// one name, one sense: an acronym the tagger types as an
		// organisation more often than as a place in this document is the
		// organisation everywhere ("FIFA" is no Fife)
		orgVotes := map[string]int{}
		for _, e := range d.Entities {
			switch e.Type {
			case "GPE", "LOC", "FAC":
				orgVotes[d.Text[e.Start:e.End]]--
			case "ORG":
				orgVotes[d.Text[e.Start:e.End]]++
			}
		}
		// ("the remote town of Malam Fatori" typed as a person,
		// "Himamaylan city" as a name: a town the text calls one, before
		// it or, when the gazetteer knows it as one, after it, wherever
		// the story names it)
		calledTowns := map[string]bool{}
		for _, e := range d.Entities {
			if (e.Type == "PERSON" || e.Type == "MISC") && (townOf(d.Text, e) || townCalled(d.Text, e) && s.knownTown(d, e)) {
				calledTowns[d.Text[e.Start:e.End]] = true
			}
			// ("in Escalante city" typed as an organisation: only a
			// lowercase "city" or "town" after it, which no club or
			// company name has)
			// (or right after "capital": "police in the regional capital
			// Buea")
			if e.Type == "ORG" && (lowerTownAfter(d.Text, e.End) || townCalled(d.Text, e) && neighbourBefore(d.Text, e.Start) || capitalBefore(d.Text, e.Start) || capitalAfter(d.Text, e.End)) && s.knownTown(d, e) {
				calledTowns[d.Text[e.Start:e.End]] = true
			}
		}
		var joined [][2]int // (words joined to a people's name before them)
		for _, e := range d.Entities {
			if partOfJoined(joined, e) {
				continue
			}
			switch e.Type {
			case "GPE", "LOC", "FAC":
				if orgVotes[d.Text[e.Start:e.End]] > 0 && allCaps(d.Text[e.Start:e.End]) && !inDateline(d, e.Start) {
					continue
				}
				// "Crolley's wife, Amelia,": a name set beside a
				// kinship noun is the relative's
				if kinBefore(d.Text, e.Start) || streetAfter(d.Text, e.End) {
					continue
				}
				// ("a Christmas market", "on Easter Sunday": a feast
				// the tagger took for a place is the feast)
				if holidayNames[d.Text[e.Start:e.End]] {
					continue
				}
				spans = append(spans, span{e.Start, e.End, false})
			case "NORP":
				// ("Spanish Town" read as a people's name and a word: the
				// two are a town's name the gazetteer knows)
				if end := nameAfterNORP(d, e); end > e.End && s.knownName(d, doc.Entity{Start: e.Start, End: end}) {
					spans = append(spans, span{e.Start, end, false})
					joined = append(joined, [2]int{e.End, end})
					continue
				}
				spans = append(spans, span{e.Start, e.End, true})
			case "ORG":
				// ("a base outside Ras al-Ain" typed as an organisation:
				// right after "outside" or "near", a name the gazetteer
				// knows as a town is that town)
				// (or coordinated with one: "between Tal Abyad and Ras
				// al-Ain")
				// (or where one travels to: "due to travel to Marseille",
				// the city typed as its football club)
				// (or the dateline's town after a preposition of place:
				// "sent two squadrons of gendarmes to Bastia" filed from
				// BASTIA, the town typed as its club)
				if (nearWord(d.Text, e.Start) || travelTo(d.Text, e.Start) || datelineTownAfterPrep(d, e) || len(spans) > 0 && andAfter(d.Text, spans[len(spans)-1].end, e.Start)) && s.knownTown(d, e) || calledTowns[d.Text[e.Start:e.End]] {
					spans = append(spans, span{e.Start, e.End, false})
				}
			case "PERSON", "MISC":
				// the tagger misses long names of regions it never saw
				// ("Khyber Pakhtunkhwa" as a person): a name of two or more
				// words that is the own name of a country or a populous
				// first-level region is that place (organisations named
				// after regions, such as courts and teams, stay
				// organisations)
				// ("a military base in Maidan Shahr" typed as a person:
				// right after "in" or "near", a name the gazetteer knows as
				// a town or region is that place)
				// (and the town coordinated with one: "entered Tell
				// Tamer and Ain Issa")
				if streetAfter(d.Text, e.End) {
					continue
				}
				// ("Gainesville residents", "Kabul police": a town's name
				// on its people)
				if s.regionName(d, e) || s.locativeName(d, e) || calledTowns[d.Text[e.Start:e.End]] || peopleAfter(d.Text, e.End) && s.knownTown(d, e) || len(spans) > 0 && andAfter(d.Text, spans[len(spans)-1].end, e.Start) && s.knownTown(d, e) {
					spans = append(spans, span{e.Start, e.End, false})
				}
			}
		}
		// places the text marks as such that NER missed or typed
		// otherwise ("the Sadr City section of Baghdad", "the town of X"):
		// the cue outweighs the tagger
		// (not a name the tagger reads as a person elsewhere in the
		// story: "the Morales camp" is Evo Morales's)
		persons := map[string]bool{}
		for _, e := range d.Entities {
			if e.Type == "PERSON" {
				persons[d.Text[e.Start:e.End]] = true
			}
		}
		taken := map[int]bool{}
		for _, sp := range spans {
			taken[sp.start] = true
		}
		for _, r := range capitalisedRuns(d) {
			st, en := d.Tokens[r[0]].Start, d.Tokens[r[1]-1].End
			if persons[d.Text[st:en]] {
				continue
			}
			overlap := false
			for _, e := range d.Entities {
				if e.Start < en && st < e.End {
					place := e.Type == "GPE" || e.Type == "LOC" || e.Type == "FAC" || e.Type == "NORP"
					same := e.Start == st && e.End == en
					// (a piece of the name typed apart, "al-Ain" of "Ras
					// al-Ain", is the name's)
					inside := e.Start >= st && e.End <= en && e.Type == "MISC"
					if place || !same && !inside {
						overlap = true
						break
					}
				}
			}
			if taken[st] {
				continue // (the entity's span, taken already)
			}
			if !overlap && (placeCued(d, r[0], r[1]) || nearWord(d.Text, st) && s.knownTown(d, doc.Entity{Start: st, End: en})) {
				spans = append(spans, span{st, en, false})
			}
		}
	} else {
		for _, sp := range s.capitalisedSpans(d) {
			spans = append(spans, span{sp[0], sp[1], sp[2] == 1})
		}
	}
	// the dateline's place parts ("KHAZNA, IRAQ")
	if dl := d.Meta.Dateline; dl != nil && dl.Place != "" {
		if i := strings.Index(d.Text[dl.Start:min(dl.End, len(d.Text))], dl.Place); i >= 0 {
			off := dl.Start + i
			for _, part := range strings.FieldsFunc(dl.Place, func(r rune) bool { return r == ',' || r == '/' }) {
				p := strings.TrimSpace(part)
				if p == "" {
					continue
				}
				j := strings.Index(d.Text[off:], p)
				if j < 0 {
					break
				}
				st := off + j
				covered, inside := false, true
				for _, sp := range spans {
					if sp.start < st+len(p) && st < sp.end {
						covered = true
						inside = inside && sp.start >= st && sp.end <= st+len(p)
					}
				}
				// (a part of the dateline's name taken for the whole,
				// "THUOT" of "BUON MA THUOT": the whole)
				if covered && inside {
					kept := spans[:0]
					for _, sp := range spans {
						if !(sp.start < st+len(p) && st < sp.end) {
							kept = append(kept, sp)
						}
					}
					spans, covered = kept, false
				}
				if !covered {
					spans = append(spans, span{st, st + len(p), false})
				}
				off = st + len(p)
			}
		}
	}
	for _, pn := range s.joinedNames(d) {
		kept := spans[:0]
		for _, sp := range spans {
			if !(sp.start < pn[1] && pn[0] < sp.end) {
				kept = append(kept, sp)
			}
		}
		spans = append(kept, span{pn[0], pn[1], false})
	}
	// a saint a church is named after is no place ("the church of St.
	// Peter and St. Paul", "St. Mark's Cathedral")
	kept := spans[:0]
	for _, sp := range spans {
		if !dedicatedSaint(d.Text, sp.start, sp.end) && !churchMass(d.Text, sp.start, sp.end) {
			kept = append(kept, sp)
		}
	}
	spans = kept
	// ("near a Belizean coast guard boat", however it was taken for a
	// place: a people's name and no place's is evidence, as a people is)
	for i, sp := range spans {
		if !sp.evidence && s.demonymOnly(d.Text[sp.start:sp.end]) {
			spans[i].evidence = true
		}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].start < spans[j].start })
	ms := make([]Mention, len(spans))
	ev := make([]bool, len(spans))
	dl := d.Meta.Dateline
	for i, sp := range spans {
		ms[i] = Mention{Start: sp.start, End: sp.end}
		ms[i].Dateline = dl != nil && sp.start >= dl.Start && sp.end <= dl.End
		ev[i] = sp.evidence
	}
	return ms, ev
}

// churchMass: "Mass" not after a town and a comma ("said at Sunday
// Mass", "a funeral Mass") is the service, not Massachusetts ("Boston,
// Mass.").
func churchMass(text string, start, end int) bool {
	if text[start:end] != "Mass" {
		return false
	}
	before := strings.TrimRight(text[:start], " ")
	return !strings.HasSuffix(before, ",")
}

// demonymOnly: the gazetteer knows name as a people's (or a country's
// adjective) and not as any place's own or alternate name.
func (s *Stage) demonymOnly(name string) bool {
	demonym := false
	for _, p := range s.r.G.Lookup(gazetteer.Norm(name)) {
		switch p.Kind() {
		case gazetteer.KindDemonym:
			demonym = true
		case gazetteer.KindName, gazetteer.KindAlt:
			return false
		}
	}
	return demonym
}

// joinedNames are the byte spans of names with a possessive, an "of" or
// an "and" inside that the gazetteer knows as one place ("Cox's Bazar",
// "Mohale's Hoek", "Port of Spain", "Trinidad and Tobago"): a capitalised
// word, "'s", "of" or "and", and one or two capitalised words after it,
// which the tokenizer and the tagger split into a possessor and a thing,
// and NER into a word and a country or two places.
func (s *Stage) joinedNames(d *doc.Doc) [][2]int {
	var out [][2]int
	ts := d.Tokens
	for k := 0; k+2 < len(ts); k++ {
		if ts[k+1].Norm != "'s" && !strings.EqualFold(ts[k+1].Norm, "of") && !strings.EqualFold(ts[k+1].Norm, "and") || !capitalised(ts[k].Norm) || ts[k].Sent != ts[k+2].Sent {
			continue
		}
		for _, last := range []int{k + 3, k + 2} {
			if last >= len(ts) || ts[last].Sent != ts[k].Sent || !capitalised(ts[k+2].Norm) || !capitalised(ts[last].Norm) {
				continue
			}
			if s.townOrDivision(s.r.G.Lookup(gazetteer.Norm(d.Text[ts[k].Start:ts[last].End]))) {
				out = append(out, [2]int{ts[k].Start, ts[last].End})
				k = last
				break
			}
		}
	}
	return out
}

// regionName reports an entity span of two or more words whose text is
// the own name (not an alternate, people or abbreviation) of a country or
// a first-level region of at least regionNamePop people, not made only of
// generic words ("Southern District") and not followed by a word that
// makes it a speaker.
func (s *Stage) regionName(d *doc.Doc, e doc.Entity) bool {
	if e.Start < 0 || e.End > len(d.Text) || e.Start >= e.End {
		return false
	}
	lo, hi := cleanSurface(d.Text[e.Start:e.End])
	name := d.Text[e.Start+lo : e.Start+hi]
	ws := words(name)
	if len(ws) < 2 {
		return false
	}
	generic := true
	for _, w := range ws {
		generic = generic && (directionWords[w] || genericSuffix[w] || adminCues[w])
	}
	if generic {
		return false
	}
	if rw := rightWords(d.Text, e.End, 1); len(rw) == 1 && personCue[rw[0]] {
		return false
	}
	for _, p := range s.r.G.Lookup(gazetteer.Norm(name)) {
		en := s.r.G.Entry(p.Entry())
		if p.Kind() == gazetteer.KindName && !p.Stripped() && (en.IsCountry() || en.Feature == "ADM1" && en.Pop >= regionNamePop) {
			return true
		}
	}
	return false
}

// locativeName reports an entity span right after "in", "near" or
// "outside" (not followed by a possessive) whose text is a name, own or
// alternate, of a populated place or an administrative area.
func (s *Stage) locativeName(d *doc.Doc, e doc.Entity) bool {
	if e.Start < 0 || e.End > len(d.Text) || e.Start >= e.End {
		return false
	}
	lw := leftWords(d.Text, e.Start, 1)
	if travelTo(d.Text, e.Start) {
		return s.knownTown(d, e)
	}
	if len(lw) != 1 || lw[0] != "in" && lw[0] != "near" && lw[0] != "outside" && lw[0] != "around" && !placeVerbForms[lw[0]] {
		return false
	}
	// ("villages around Tal Tamr"; "in and around" follows a district as
	// readily as a town)
	if lw3 := leftWords(d.Text, e.Start, 3); lw[0] == "around" && len(lw3) == 3 && lw3[1] == "and" {
		return false
	}
	if rest := d.Text[e.End:]; strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") {
		return false
	}
	return s.knownTown(d, e)
}

// nearWord: the word before byte off is "outside" or "near" ("in and
// around" follows a district as readily as a town).
func nearWord(text string, off int) bool {
	lw := leftWords(text, off, 2)
	if len(lw) == 2 && (lw[1] == "in" || lw[1] == "at") && localPeople[lw[0]] {
		return true // ("police in Aubagne arrested ...")
	}
	return len(lw) > 0 && (lw[len(lw)-1] == "outside" || lw[len(lw)-1] == "near")
}

// localPeople are the people news tells to be in a town ("police in
// Aubagne", "residents in Nahuala").
var localPeople = map[string]bool{"police": true, "officers": true, "troops": true, "soldiers": true, "residents": true,
	"villagers": true, "people": true, "protesters": true, "officials": true, "authorities": true, "gunmen": true,
	"militants": true, "prosecutors": true, "students": true, "workers": true, "demonstrators": true, "gendarmes": true}

// townOf: the text calls entity e a town before it ("the town of X").
func townOf(text string, e doc.Entity) bool {
	lw := leftWords(text, e.Start, 2)
	return len(lw) == 2 && lw[1] == "of" && (lw[0] == "town" || lw[0] == "city" || lw[0] == "village")
}

// townCalled: the text calls entity e a town ("the town of X", "X
// city") or puts it beside one ("neighbouring X").
func townCalled(text string, e doc.Entity) bool {
	if townOf(text, e) {
		return true
	}
	// (not a region: "neighbouring Kwilu province")
	if rw := rightWords(text, e.End, 1); neighbourBefore(text, e.Start) && (len(rw) == 0 || !adminCues[rw[0]]) {
		return true
	}
	// ("Mangu local government area", Nigeria's districts named by their
	// towns)
	if rw3 := rightWords(text, e.End, 3); len(rw3) == 3 && rw3[0] == "local" && rw3[1] == "government" && rw3[2] == "area" {
		return true
	}
	rw := rightWords(text, e.End, 1)
	return len(rw) == 1 && (rw[0] == "city" || rw[0] == "town") && !strings.HasPrefix(text[e.End:], "'") && !strings.HasPrefix(text[e.End:], "’")
}

// capitalBefore: the word right before byte off is "capital" ("the
// regional capital Buea", "the provincial capital Kindu").
func capitalBefore(text string, off int) bool {
	lw := leftWords(text, off, 1)
	return len(lw) == 1 && lw[0] == "capital"
}

// capitalAfter: the text right after byte off calls what precedes a
// capital in apposition ("Yenagoa, the state capital", ", the capital of
// Nimba County").
func capitalAfter(text string, off int) bool {
	rest, ok := strings.CutPrefix(text[off:], ", the ")
	if !ok {
		return false
	}
	for n := 0; n < 2; n++ {
		w, after, _ := strings.Cut(rest, " ")
		if w == "capital" || strings.HasPrefix(w, "capital,") || strings.HasPrefix(w, "capital.") {
			return true
		}
		rest = after
	}
	return false
}

// neighbourBefore: the word right before byte off places what follows
// beside another place ("In neighbouring Santos, police killed ...":
// only a place neighbours).
func neighbourBefore(text string, off int) bool {
	lw := leftWords(text, off, 1)
	return len(lw) == 1 && (lw[0] == "neighbouring" || lw[0] == "neighboring" || lw[0] == "nearby")
}

// lowerTownAfter: the word right after byte off is a lowercase "city" or
// "town" ("Escalante city").
func lowerTownAfter(text string, off int) bool {
	for _, w := range []string{" city", " town"} {
		if strings.HasPrefix(text[off:], w) {
			rest := text[off+len(w):]
			r, _ := utf8.DecodeRuneInString(rest)
			return rest == "" || !unicode.IsLetter(r)
		}
	}
	return false
}

// kinBefore: the text right before byte off is a kinship noun and a
// comma ("his wife, Amelia").
func kinBefore(text string, off int) bool {
	seg := strings.TrimRight(text[max(0, off-30):off], " ")
	if !strings.HasSuffix(seg, ",") {
		return false
	}
	w := leftWords(text, off, 1)
	return len(w) == 1 && kinNouns[w[0]]
}

// streetAfter: the name ending at off begins a street's name ("Northwest
// 34th Street", "Palestine Street"): what follows is a street word, or a
// number or ordinal and then one.
func streetAfter(text string, off int) bool {
	if off < 0 || off > len(text) {
		return false
	}
	w := strings.Fields(text[off:min(len(text), off+40)])
	if len(w) > 0 && isOrdinalWord(w[0]) {
		w = w[1:]
	}
	return len(w) > 0 && streetWords[strings.TrimRight(w[0], ".,;:")]
}

// peopleAfter: the word after byte off names a town's people or services
// ("Gainesville residents", "Kabul police").
func peopleAfter(text string, off int) bool {
	if off < 0 || off > len(text) {
		return false
	}
	w := strings.Fields(text[off:min(len(text), off+30)])
	return len(w) > 0 && townPeople[strings.ToLower(strings.TrimRight(w[0], ".,;:"))]
}

// townPeople are the people and services a town's name goes before.
var townPeople = map[string]bool{"residents": true, "resident": true, "police": true, "officials": true,
	"firefighters": true, "voters": true, "citizens": true, "authorities": true, "council": true, "mayor": true,
	"man": true, "men": true, "woman": true, "women": true, "teen": true, "teenager": true, "boy": true, "girl": true,
	"couple": true, "family": true}

// isOrdinalWord: "34th", "2nd", "Eighth", "12".
func isOrdinalWord(s string) bool {
	l := strings.ToLower(s)
	if l == "" {
		return false
	}
	if l[0] >= '0' && l[0] <= '9' {
		return true
	}
	switch l {
	case "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
		"eleventh", "twelfth":
		return true
	}
	return false
}

// streetWords end the names of streets and roads.
var streetWords = map[string]bool{"Street": true, "St": true, "Avenue": true, "Ave": true, "Road": true, "Rd": true,
	"Boulevard": true, "Blvd": true, "Lane": true, "Drive": true, "Highway": true, "Parkway": true, "Terrace": true}

// townBuildings are the public buildings and spaces a town's name goes
// before in the possessive ("Bulawayo's main police station", "Kabul's
// international airport").
var townBuildings = map[string]bool{"station": true, "hospital": true, "prison": true, "jail": true, "market": true, "mosque": true,
	"airport": true, "stadium": true, "square": true, "cathedral": true}

// holidayNames are feasts and holidays, which a few hamlets share names
// with ("Christmas", Florida).
var holidayNames = map[string]bool{"Christmas": true, "Easter": true, "Ramadan": true, "Eid": true, "Hanukkah": true, "Diwali": true,
	"Thanksgiving": true, "Halloween": true, "Passover": true, "Nowruz": true, "Pentecost": true, "Lent": true, "Advent": true}

// kinNouns name a relative.
var kinNouns = map[string]bool{"wife": true, "husband": true, "son": true, "daughter": true, "mother": true,
	"father": true, "brother": true, "sister": true, "girlfriend": true, "boyfriend": true, "fiancee": true,
	"fiance": true, "widow": true, "cousin": true, "grandson": true, "granddaughter": true, "nephew": true, "niece": true}

// knownTown: the entity's text is a name, own or alternate, of a populated
// place or an administrative area.
func (s *Stage) knownTown(d *doc.Doc, e doc.Entity) bool {
	return s.townOrDivision(s.namePostings(d, e, true))
}

// namePostings are the gazetteer's postings for e's text, and with
// spelled, for a name it lacks, those of names that sound like it ("Ain
// Issa" for "Ain Aissa").
func (s *Stage) namePostings(d *doc.Doc, e doc.Entity, spelled bool) []gazetteer.Posting {
	lo, hi := cleanSurface(d.Text[e.Start:e.End])
	key := gazetteer.Norm(d.Text[e.Start+lo : e.Start+hi])
	posts := s.r.G.Lookup(key)
	if len(posts) == 0 && spelled {
		if ph := gazetteer.Phonetic(key); len(ph) >= 3 {
			posts = s.r.G.LookupPhonetic(ph)
		}
	}
	return posts
}

// nameAfterNORP is the end of the capitalised word right after the
// people's name e ("Spanish Town"), else -1.
func nameAfterNORP(d *doc.Doc, e doc.Entity) int {
	i := d.TokenAt(e.End - 1)
	if i < 0 || i+1 >= len(d.Tokens) {
		return -1
	}
	nx := d.Tokens[i+1]
	if nx.Start != e.End+1 || d.Text[e.End] != ' ' || nx.Sent != d.Tokens[i].Sent {
		return -1
	}
	w := d.Text[nx.Start:nx.End]
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || allCaps(w) != allCaps(d.Text[e.Start:e.End]) {
		return -1
	}
	return nx.End
}

// partOfJoined: entity e lies in a word joined to a people's name.
func partOfJoined(joined [][2]int, e doc.Entity) bool {
	for _, j := range joined {
		if e.Start >= j[0] && e.End <= j[1] {
			return true
		}
	}
	return false
}

// knownName: the gazetteer knows e's text, spelled so, as the name of a
// town or a division.
func (s *Stage) knownName(d *doc.Doc, e doc.Entity) bool {
	return s.townOrDivision(s.namePostings(d, e, false))
}

// townOrDivision: one of posts names a town or a division by its name or
// an alternate name.
func (s *Stage) townOrDivision(posts []gazetteer.Posting) bool {
	for _, p := range posts {
		if k := p.Kind(); k != gazetteer.KindName && k != gazetteer.KindAlt {
			continue
		}
		if en := s.r.G.Entry(p.Entry()); en.Class == 'P' || en.Class == 'A' {
			return true
		}
	}
	return false
}

// andAfter: the text between byte offsets end and start is " and " or ", ".
func andAfter(text string, end, start int) bool {
	if end < 0 || start > len(text) || end > start {
		return false
	}
	gap := strings.TrimSpace(text[end:start])
	return gap == "and" || gap == "," || gap == "or"
}

// placeVerbForms are verb forms whose object is a place more often than a
// person: "entered Tell Tamer", "shelled Ain Issa".
var placeVerbForms = map[string]bool{"entered": true, "captured": true, "recaptured": true, "seized": true,
	"stormed": true, "shelled": true, "bombed": true, "besieged": true, "overran": true, "occupied": true,
	"liberated": true, "retook": true, "reached": true, "invaded": true, "encircled": true, "evacuated": true}

// travelTo: the words before byte off are a verb of travel and "to".
func travelTo(text string, off int) bool {
	lw := leftWords(text, off, 2)
	return len(lw) == 2 && lw[1] == "to" && travelForms[lw[0]]
}

// datelineTownAfterPrep: entity e, after a preposition of place, is
// named as the dateline's place is.
func datelineTownAfterPrep(d *doc.Doc, e doc.Entity) bool {
	dl := d.Meta.Dateline
	if dl == nil {
		return false
	}
	town, _, _ := strings.Cut(dl.Place, ",")
	if town = strings.TrimSpace(town); town == "" || !strings.EqualFold(town, d.Text[e.Start:e.End]) {
		return false
	}
	lw := leftWords(d.Text, e.Start, 1)
	if len(lw) != 1 {
		return false
	}
	switch lw[0] {
	case "to", "in", "into", "from", "near", "outside", "around", "across", "at":
		return true
	}
	return false
}

// travelForms are the forms of verbs of travel, before "to" and where
// one goes.
var travelForms = map[string]bool{"travel": true, "travels": true, "travelled": true, "traveled": true, "travelling": true,
	"traveling": true, "fly": true, "flies": true, "flew": true, "flown": true, "flying": true, "head": true, "heads": true,
	"headed": true, "heading": true, "return": true, "returns": true, "returned": true, "returning": true, "go": true,
	"goes": true, "went": true, "going": true, "moved": true, "sent": true, "deployed": true, "trip": true, "visit": true}

// regionNamePop is the population (of its GeoNames places) from which a
// first-level region counts as well known.
const regionNamePop = 500_000

// stopwords are capitalised words that are never taken as toponyms on
// their own in the fallback (no NER) mode.
var stopwords = map[string]bool{"the": true, "a": true, "an": true, "in": true, "on": true, "at": true, "he": true,
	"she": true, "it": true, "they": true, "we": true, "i": true, "but": true, "and": true, "or": true, "if": true,
	"this": true, "that": true, "there": true, "their": true, "his": true, "her": true, "its": true, "as": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"president": true, "secretary": true, "minister": true, "general": true, "army": true, "police": true,
	"state": true, "city": true, "north": true, "south": true, "east": true, "west": true, "central": true,
	"god": true, "mr": true, "mrs": true, "ms": true, "dr": true, "gen": true, "sen": true, "rep": true, "gov": true,
	"many": true, "some": true, "after": true, "before": true, "when": true, "while": true, "with": true, "from": true,
	"for": true, "to": true, "of": true, "by": true, "one": true, "two": true, "new": true, "then": true, "also": true,
	"meanwhile": true, "calls": true, "government": true, "reports": true, "officials": true, "independence": true,
	"union": true, "liberty": true, "victory": true, "islamic": true, "sunni": true, "shia": true, "muslim": true,
	"christian": true, "jewish": true, "arab": true, "nato": true}

// personCue words after a name that mark a person, not a place.
var personCue = map[string]bool{"said": true, "says": true, "told": true, "added": true, "asked": true, "called": true,
	"wrote": true, "spoke": true, "believes": true, "thinks": true}

// capitalisedSpans finds candidate toponyms without NER: runs of
// capitalised tokens, matched greedily (longest first) against the
// gazetteer. Only the start of a run may be a town ("Barack Obama" is no
// place called Obama); countries, regions and demonyms may stand anywhere
// in it ("Shi'ite Iran"). A run the gazetteer lacks is taken when the text
// says it is a place ("the town of Khazna", "Khazna, about 13 miles from
// Mosul"). The third value is 1 for evidence-only spans (demonyms).
func (s *Stage) capitalisedSpans(d *doc.Doc) [][3]int {
	g := s.r.G
	var out [][3]int
	// words that occur inside longer capitalised runs are names of people
	// or organisations elsewhere in the document ("Barack Obama" -> Obama)
	inLonger := map[string]bool{}
	type run struct{ lo, hi int }
	var runs []run
	for _, r := range capitalisedRuns(d) {
		runs = append(runs, run{r[0], r[1]})
		if r[1]-r[0] > 1 {
			for k := r[0]; k < r[1]; k++ {
				inLonger[strings.ToLower(d.Tokens[k].Norm)] = true
			}
		}
	}
	for _, rn := range runs {
		i := rn.lo
		found := false
		for i < rn.hi {
			matched := 0
			var best gazetteer.Posting
			for j := rn.hi; j > i; j-- {
				text := d.Text[d.Tokens[i].Start:d.Tokens[j-1].End]
				key := gazetteer.Norm(text)
				if j-i == 1 && stopwords[key] {
					continue
				}
				ps := g.Lookup(key)
				if len(ps) == 0 {
					ps = g.Lookup(gazetteer.StripArticle(key))
				}
				if i > rn.lo && d.Tokens[i-1].Norm == "of" {
					// "State of Law", "Bank of America": a name of its own
					continue
				}
				strongOnly := i != rn.lo || (j-i == 1 && allCaps(text) && utf8.RuneCountInString(text) >= 3)
				if p, ok := plausible(g, ps, strongOnly); ok {
					matched, best = j-i, p
					break
				}
			}
			if matched == 0 {
				i++
				continue
			}
			j := i + matched
			start, end := d.Tokens[i].Start, d.Tokens[j-1].End
			single := matched == 1 && rn.hi-rn.lo == 1
			if single && !strong(g, best) {
				// a lone word followed by "said", or part of a longer name
				// elsewhere in the document, is a person
				if j < len(d.Tokens) && personCue[strings.ToLower(d.Tokens[j].Norm)] {
					i = j
					continue
				}
				if inLonger[strings.ToLower(d.Tokens[i].Norm)] {
					i = j
					continue
				}
			}
			ev := 0
			if best.Kind() == gazetteer.KindDemonym {
				ev = 1
			}
			out = append(out, [3]int{start, end, ev})
			found = true
			i = j
		}
		if !found && placeCued(d, rn.lo, rn.hi) {
			out = append(out, [3]int{d.Tokens[rn.lo].Start, d.Tokens[rn.hi-1].End, 0})
		}
	}
	return out
}

// openingPreps open a sentence before a name without being part of it.
var openingPreps = map[string]bool{"in": true, "at": true, "on": true, "near": true, "from": true, "to": true,
	"across": true, "outside": true, "inside": true, "around": true}

// capitalisedRuns returns the token ranges of runs of capitalised words
// (joined by "of", "al", "de"...) within sentences.
func capitalisedRuns(d *doc.Doc) [][2]int {
	var runs [][2]int
	for si := range d.Sentences {
		st := d.Sentences[si]
		i := st.TokStart
		for i < st.TokEnd && i < len(d.Tokens) {
			if !capitalised(d.Tokens[i].Norm) {
				i++
				continue
			}
			j := i + 1
			for j < st.TokEnd {
				if capitalised(d.Tokens[j].Norm) || (isJoiner(d.Tokens[j].Norm) && j+1 < st.TokEnd && capitalised(d.Tokens[j+1].Norm)) {
					j++
				} else if k := hyphenChain(d, j+1, st.TokEnd); isJoiner(d.Tokens[j].Norm) && k > j+1 {
					j = k // "Ras al-Ain"
				} else if k := hyphenChain(d, j, st.TokEnd); k > j {
					j = k
				} else {
					break
				}
			}
			// (a sentence's opening preposition or article is no part
			// of the name after it: "In Wete, about 25 km north of ...")
			lo := i
			if lo == st.TokStart && j-lo > 1 && openingPreps[strings.ToLower(d.Tokens[lo].Norm)] {
				lo++
			}
			runs = append(runs, [2]int{lo, j})
			i = j
		}
	}
	return runs
}

// placeCued reports a capitalised run that the text marks as a place: "the
// town of X", "X province", "the X refinery", "X, about 13 miles from Y",
// "the X section of Y".
func placeCued(d *doc.Doc, lo, hi int) bool {
	if hi-lo == 1 && stopwords[strings.ToLower(d.Tokens[lo].Norm)] {
		return false
	}
	lw := leftWords(d.Text, d.Tokens[lo].Start, 2)
	if len(lw) == 2 && lw[1] == "of" && (cityCues[lw[0]] || adminCues[lw[0]]) {
		return true
	}
	rw := rightWords(d.Text, d.Tokens[hi-1].End, 1)
	if len(rw) == 1 && (adminCues[rw[0]] || facilityWords[rw[0]]) && rw[0] != "government" && rw[0] != "governor" {
		return true
	}
	// ("outside Bulawayo's main police station": a town's name on its
	// public building)
	if rw := rightWords(d.Text, d.Tokens[hi-1].End, 5); len(rw) >= 2 && (rw[0] == "'s" || rw[0] == "s") {
		for _, w := range rw[1:] {
			if townBuildings[w] {
				return true
			}
		}
	}
	rel := findRelation(d.Text, d.Tokens[hi-1].End)
	return rel != nil && (rel.part || rel.distKm > 0 && rel.bearing < 0 || strings.Contains(rel.text, "mile") || strings.Contains(rel.text, "kilomet") || strings.Contains(rel.text, "km"))
}

func allCaps(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// strong reports entries that may be taken anywhere in a capitalised run:
// countries, first-level regions, continents and regions, demonyms,
// abbreviations.
func strong(g *gazetteer.Gazetteer, p gazetteer.Posting) bool {
	e := g.Entry(p.Entry())
	return p.Kind() == gazetteer.KindDemonym || p.Kind() == gazetteer.KindAbbrev || e.IsCountry() ||
		e.Feature == "ADM1" || e.Class == 'L' || e.Class == 'H' || e.Class == 'S'
}

// plausible picks the posting that makes a capitalised word a likely
// toponym: a country, region or demonym, or (unless strongOnly) a place
// known by that name with some population.
func plausible(g *gazetteer.Gazetteer, ps []gazetteer.Posting, strongOnly bool) (gazetteer.Posting, bool) {
	var best gazetteer.Posting
	ok := false
	for _, p := range ps {
		e := g.Entry(p.Entry())
		good := strong(g, p) && (p.Kind() != gazetteer.KindAlt || e.IsCountry())
		if !good && !strongOnly {
			switch {
			case p.Kind() == gazetteer.KindName && (e.Pop >= 1000 || e.Class == 'A'):
				good = true
			case p.Kind() == gazetteer.KindAlt && e.Pop >= 50000:
				good = true
			}
		}
		if good {
			better := !ok || (best.Kind() == gazetteer.KindDemonym && p.Kind() != gazetteer.KindDemonym) ||
				(!strong(g, best) && strong(g, p) && p.Kind() != gazetteer.KindDemonym)
			if better {
				best, ok = p, true
			}
		}
	}
	return best, ok
}

// capitalised reports a word that may be part of a name: capitalised,
// and not a day or month name.
func capitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) && !calendarWords[strings.ToLower(s)]
}

var calendarWords = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "june": true, "july": true, "august": true, "september": true, "october": true,
	"november": true, "december": true, "jan": true, "feb": true, "aug": true, "sept": true, "oct": true,
	"nov": true, "dec": true}

// hyphenChain returns the end of a chain of hyphen-joined words written
// without spaces that starts with the hyphen at token j and ends in a
// capitalised word ("-au-Prince" of "Port-au-Prince"), or j when there is
// none.
func hyphenChain(d *doc.Doc, j, end int) int {
	k := j
	for k+1 < end && d.Tokens[k].Norm == "-" && d.Tokens[k-1].End == d.Tokens[k].Start && d.Tokens[k].End == d.Tokens[k+1].Start {
		k += 2
		if capitalised(d.Tokens[k-1].Norm) {
			return k
		}
	}
	return j
}

func isJoiner(s string) bool {
	switch s {
	case "al", "el", "de", "del", "du", "la", "le", "bin", "ibn", "upon", "-", "of":
		return true
	}
	return false
}

// places groups resolutions by place: one doc.Place per distinct place,
// every mention listed.
func (s *Stage) places(d *doc.Doc, res []Resolution, evidence []bool) []doc.Place {
	var out []doc.Place
	idx := map[string]int{}
	for i, r := range res {
		if !r.Resolved || evidence[i] {
			continue
		}
		key := fmt.Sprintf("e%d", r.Entry)
		if r.Entry < 0 {
			key = "r" + r.Key
		}
		text := d.Text[r.Start:r.End]
		k, ok := idx[key]
		if !ok {
			p := doc.Place{Name: r.Name, GeonameID: r.GeonameID, Lat: round(r.Lat, 5), Lon: round(r.Lon, 5),
				Country: r.Country, Admin1: r.Admin1, Feature: r.Feature, PrecisionKm: round(r.PrecisionKm, 1),
				Relation: r.Relation, Score: round(r.Score, 3)}
			if s.r.Explain {
				p.Candidates = s.explain(r.Candidates)
			}
			out = append(out, p)
			k = len(out) - 1
			idx[key] = k
		}
		p := &out[k]
		p.Mentions = append(p.Mentions, [2]int{r.Start, r.End})
		seen := false
		for _, t := range p.Text {
			if t == text {
				seen = true
			}
		}
		if !seen {
			p.Text = append(p.Text, text)
		}
	}
	return out
}

func (s *Stage) explain(cs []Candidate) []doc.PlaceCandidate {
	out := make([]doc.PlaceCandidate, 0, len(cs))
	w := s.r.W.vector()
	for _, c := range cs {
		e := s.r.G.Entry(c.Entry)
		pc := doc.PlaceCandidate{Name: e.Name, GeonameID: e.ID, Lat: e.Lat, Lon: e.Lon, Country: e.Country,
			Admin1: s.r.G.Admin1Name(e.Country, e.Admin1), Feature: e.Feature, Population: e.Pop,
			Score: round(c.Score, 3), Features: map[string]float64{}}
		for i, v := range c.Features {
			if v != 0 {
				pc.Features[featureNames[i]] = round(v*w[i], 3)
			}
		}
		out = append(out, pc)
	}
	return out
}

func round(v float64, digits int) float64 {
	p := 1.0
	for range digits {
		p *= 10
	}
	if v < 0 {
		return -float64(int64(-v*p+0.5)) / p
	}
	return float64(int64(v*p+0.5)) / p
}

// inDateline: byte offset at lies in the document's dateline.
func inDateline(d *doc.Doc, at int) bool {
	dl := d.Meta.Dateline
	return dl != nil && at >= dl.Start && at < dl.End
}

var (
	saintRe      = regexp.MustCompile(`^(?:St\.?|Saint|Ste\.?|Sainte|San|Santa|Santo|São)\s`)
	dedicatedRe  = regexp.MustCompile(`(?i)\b(?:church|cathedral|chapel|basilica|monastery|abbey|shrine|convent|parish church)\s+of\s+(?:(?:the\s+)?(?:St\.?|Saint|Ste\.?|Sainte)\s+\S+\s+(?:and|&)\s+)?$`)
	dedicatedAft = regexp.MustCompile(`^(?:['’]s)?(?:\s+(?:Coptic|Orthodox|Catholic|Roman|Anglican|Episcopal|Lutheran|Presbyterian|Methodist|Baptist|Greek|Armenian|Syriac|Chaldean|Evangelical))*\s+(?:Cathedral|Church|Basilica|Chapel|Abbey|Monastery|Shrine|Convent)\b`)
)

// dedicatedSaint: text[start:end] is a saint's name (St. Paul) that a
// church, a cathedral or a monastery is named after: right after "the
// church of" (and a first saint: "of St. Peter and St. Paul"), or before
// "'s Cathedral".
func dedicatedSaint(text string, start, end int) bool {
	if !saintRe.MatchString(text[start:end]) {
		return false
	}
	return dedicatedRe.MatchString(text[max(0, start-60):start]) || dedicatedAft.MatchString(text[end:min(len(text), end+60)])
}
