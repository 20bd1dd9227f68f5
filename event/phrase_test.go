package event_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/actor"
	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/event"
	"github.com/sitrep/sitrep/ontology"
)

// A small dictionary of made-up countries and patterns, written for these
// tests in the PETRARCH format.
const (
	testPETRActors = `NORLAND_ [NOR]
SUDMARK_ [SUD]
OSTRIA_ [OST]
BORIMIR_ [NORGOV]
LAWMAKER [~LEG]
AMBASSADOR [~GOV]
`
	testPETRVerbs = `&KIND_
+TRADE
+MILITARY
&NEGAUX
+DID N'T
+WILL NOT
--- ABANDON  [345]  ---
ABANDON
- * NEW_&KIND_TIES  [903]
- * &KIND TIES  [902]
- &NEGAUX * TIES  [904]
--- CLASH  [190] ---
CLASH
- * OVER PLANS  [111]
--- AGREE  [081] ---
AGREE
- % * [030:030]
--- ARRIVE  [032:033] ---
ARRIVE
--- WELCOME  [041] ---
WELCOME
`
)

// dictionaryTriples codes text as PETRARCH does, with the test
// dictionaries, and returns its events as sorted "SRC|TGT|CODE".
func dictionaryTriples(t *testing.T, text string) []string {
	t.Helper()
	acts := actor.New()
	if err := actor.ParsePETR(strings.NewReader(testPETRActors), acts); err != nil {
		t.Fatal(err)
	}
	verbs, err := ontology.ParsePETRVerbs(strings.NewReader(testPETRVerbs))
	if err != nil {
		t.Fatal(err)
	}
	ev, err := event.NewWithOptions(event.Options{Actors: acts, Verbs: verbs, DictionaryOnly: true, MinSalience: -1})
	if err != nil {
		t.Fatal(err)
	}
	p := goldPipelineWith(t, ev)
	d := doc.FromInput([]byte(text), "t")
	pub := "2024-03-01"
	d.Meta.Published = &pub
	if err := p.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range d.Events {
		s, g := "", ""
		if e.Source != nil {
			s = e.Source.Code
		}
		if e.Target != nil {
			g = e.Target.Code
		}
		out = append(out, s+"|"+g+"|"+e.CAMEO)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func wantTriples(t *testing.T, text string, want ...string) {
	t.Helper()
	if got := dictionaryTriples(t, text); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("%s\n got %v\nwant %v", text, got, want)
	}
}

// A phrase pattern's words follow the verb in order, with other words
// between them unless joined with "_"; a synonym set stands for any of
// its phrases; the first pattern that matches codes the verb.
func TestPhrasePatternWords(t *testing.T) {
	wantTriples(t, "Norland abandoned new trade ties with Sudmark on Monday.", "NOR|SUD|903")
	// ("new" is not next to the kind of tie: the looser pattern)
	wantTriples(t, "Norland abandoned new and old trade ties with Sudmark on Monday.", "NOR|SUD|902")
	// (no pattern: the verb's own code)
	wantTriples(t, "Norland abandoned the talks with Sudmark on Tuesday.", "NOR|SUD|345")
}

// A pattern whose words before the verb take its negation codes the
// negated verb; a negated verb no pattern speaks for is no event.
func TestPhrasePatternNegation(t *testing.T) {
	wantTriples(t, "Norland didn't abandon its ties with Sudmark on Monday.", "NOR|SUD|904")
	wantTriples(t, "Norland abandoned Sudmark on Tuesday.", "NOR|SUD|345")
	wantTriples(t, "Norland did not abandon Sudmark on Tuesday.")
}

// With no target of its own, a dictionary verb takes the first actor of
// its phrase, as PETRARCH does ("clashed over the plans of Sudmark").
func TestPhraseTargetOfDictionaryVerb(t *testing.T) {
	wantTriples(t, "Norland clashed over the plans of Sudmark on Tuesday.", "NOR|SUD|111")
}

// Coded as PETRARCH codes: the parties of a compound ("%") act toward
// each other, each of coordinated targets is an event of its own, and a
// paired code adds the happening told from the target's side.
func TestPETRARCHDyads(t *testing.T) {
	wantTriples(t, "Norland and Sudmark agree that the border should be reopened.", "NOR|SUD|030", "SUD|NOR|030")
	wantTriples(t, "Norland welcomed the resumption of ties with Sudmark and Ostria on Monday.", "NOR|OST|041", "NOR|SUD|041")
	wantTriples(t, "The Norland army arrived in Sudmark on Monday.", "NORMIL|SUD|032", "SUD|NORMIL|033")
	// (a role of coordinated countries: each country's)
	wantTriples(t, "Lawmakers in Norland and Sudmark welcomed the resumption of ties with Ostria on Monday.", "NORLEG|OST|041", "SUDLEG|OST|041")
}

// Coded as PETRARCH codes, a lone name the user's dictionary lists is
// that actor (news coding holds a lone given name or surname back as too
// ambiguous).
func TestDictionaryLoneName(t *testing.T) {
	wantTriples(t, "Norland is about to abandon new trade ties with Borimir almost five years after crowds trashed its embassy, "+
		"a senior official said on Saturday.", "NOR|NORGOV|903")
}
