package parse

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/internal/shareddata"
	"github.com/sitrep/sitrep/models"
	"github.com/sitrep/sitrep/tag"
)

func loadModels(t testing.TB) (*tag.Tagger, *Parser) {
	t.Helper()
	tg, err := tag.Load()
	if err != nil {
		t.Fatalf("embedded tagger: %v", err)
	}
	p, err := Load()
	if err != nil {
		t.Fatalf("embedded parser: %v", err)
	}
	return tg, p
}

func TestEmbeddedModelLoads(t *testing.T) {
	_, p := loadModels(t)
	if len(p.Labels) < 30 || p.Features() < 10000 {
		t.Fatalf("parser model looks empty: %d labels, %d features", len(p.Labels), p.Features())
	}
	// EWT's subtypes (this release writes obl:unmarked where older ones
	// had obl:tmod).
	for _, want := range []string{"nsubj:pass", "obl:unmarked", "compound:prt", "obl:agent", "acl:relcl", "nmod:poss"} {
		found := false
		for _, l := range p.Labels {
			found = found || l == want
		}
		if !found {
			t.Errorf("relation %q missing from the model's labels", want)
		}
	}
}

// TestEvalParser scores the embedded parser (the most accurate, Load) on
// EWT test with gold tokens and tags from the embedded tagger, whole
// ensemble at its decoding width (12, chosen on dev), as `sitrep tag`
// decodes. The targets are UAS 0.86 and LAS 0.83 (measured: UAS
// 0.8615, LAS 0.8308; dev 0.8657 / 0.8319); the test fails below them.
func TestEvalParser(t *testing.T) {
	path := shareddata.Path(t, "data/ud-ewt/en_ewt-ud-test.conllu")
	tg, p := loadModels(t)
	gold, err := tag.ReadGold(path)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	sc := p.Evaluate(Examples(gold, tg))
	t.Logf("EWT test, predicted tags: %s in %s", sc, time.Since(start).Round(time.Millisecond))
	const targetUAS, targetLAS = 0.86, 0.83
	if sc.UAS < targetUAS || sc.LAS < targetLAS {
		t.Errorf("UAS %.4f / LAS %.4f below the targets %.2f / %.2f", sc.UAS, sc.LAS, targetUAS, targetLAS)
	}
}

// newsCase is a sentence written for these tests in the style of a news
// report, with what the parser must find for the event verb.
type newsCase struct {
	name   string
	tokens string            // space-separated tokens
	verb   string            // the event verb
	want   map[string]string // relation -> dependent word of the verb
}

// fullWidthOnly are the cases only the beam model's own width gets right:
// extract's default width 2 takes "Front", the apposition's head, for the
// subject.
var fullWidthOnly = map[string]bool{"apposition in subject": true}

var newsCases = []newsCase{
	{"passive with agent", "The airport was captured by rebel fighters on Tuesday .", "captured",
		map[string]string{"nsubj:pass": "airport", "obl:agent": "fighters"}},
	{"passive without agent", "Two aid workers were kidnapped near the northern border .", "kidnapped",
		map[string]string{"nsubj:pass": "workers"}},
	{"apposition in subject", "Gunmen from the movement , the People 's Liberation Front ( PLF ) , stormed the city of Tarkan .", "stormed",
		map[string]string{"nsubj": "Gunmen", "obj": "city"}},
	{"reported speech", "Police officials said Monday that insurgents had attacked the convoy .", "attacked",
		map[string]string{"nsubj": "insurgents", "obj": "convoy"}},
	{"reporting verb", "Police officials said Monday that insurgents had attacked the convoy .", "said",
		map[string]string{"nsubj": "officials", "ccomp": "attacked"}},
	{"relative clause on subject", "The governor , who has fled the province , accused the army of abuses .", "accused",
		map[string]string{"nsubj": "governor", "obj": "army"}},
	{"simple transitive", "Government troops killed twelve militants in the mountains on Sunday .", "killed",
		map[string]string{"nsubj": "troops", "obj": "militants"}},
	{"passive with date", "The bridge was destroyed by an air strike late on Wednesday , residents said .", "destroyed",
		map[string]string{"nsubj:pass": "bridge", "obl:agent": "strike"}},
}

// TestNewsSentences checks subject and object of event verbs in sentences
// composed for this test in news style.
func TestNewsSentences(t *testing.T) {
	tg, full := loadModels(t)
	// The widths the commands decode at by default: extract's (0:
	// DefaultBeam) and the beam model's own (`sitrep tag`). (The greedy
	// model of --parse-beam 1 misses two of these: the apposition and the
	// relative clause on the subject.)
	for _, w := range []int{0, full.Beam} {
		p, err := ForWidth(w)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range newsCases {
			if fullWidthOnly[c.name] && p.Beam < full.Beam {
				continue
			}
			t.Run(fmt.Sprintf("width=%d/%s", w, c.name), func(t *testing.T) {
				words := strings.Fields(c.tokens)
				tags := tg.Tag(words)
				heads, rels := p.Parse(words, tags.UPOS, tags.XPOS)
				verb := -1
				for i, w := range words {
					if w == c.verb {
						verb = i
					}
				}
				if verb < 0 {
					t.Fatalf("verb %q not in sentence", c.verb)
				}
				got := map[string]string{}
				for i := range words {
					if heads[i] == verb {
						got[rels[i]] = words[i]
					}
				}
				for rel, dep := range c.want {
					if got[rel] != dep {
						t.Errorf("%s of %q: got %q, want %q (all dependents: %v)\n%s", rel, c.verb, got[rel], dep, got, render(words, tags.XPOS, heads, rels))
					}
				}
			})
		}
	}
}

func render(words, xpos []string, heads []int, rels []string) string {
	var b strings.Builder
	for i, w := range words {
		h := "ROOT"
		if heads[i] >= 0 {
			h = words[heads[i]]
		}
		b.WriteString("  " + w + "/" + xpos[i] + " <-" + rels[i] + "- " + h + "\n")
	}
	return b.String()
}

// TestStage runs tag and parse stages on a Doc of two sentences and checks
// that heads index Doc.Tokens (not the sentence) and one root per sentence.
func TestStage(t *testing.T) {
	tg, p := loadModels(t)
	text := "Rebels seized the town. The army said it would respond."
	d := doc.New(text)
	start := 0
	for _, sent := range [][]string{{"Rebels", "seized", "the", "town", "."}, {"The", "army", "said", "it", "would", "respond", "."}} {
		first := len(d.Tokens)
		for _, w := range sent {
			i := strings.Index(text[start:], w) + start
			d.Tokens = append(d.Tokens, doc.Token{Start: i, End: i + len(w), Norm: w, Sent: len(d.Sentences), SpaceAfter: true})
			start = i + len(w)
		}
		d.Sentences = append(d.Sentences, doc.Sentence{Start: d.Tokens[first].Start, End: d.Tokens[len(d.Tokens)-1].End, TokStart: first, TokEnd: len(d.Tokens)})
	}
	ctx := context.Background()
	if err := tag.NewWith(tg).Process(ctx, d); err != nil {
		t.Fatal(err)
	}
	if err := NewWith(p).Process(ctx, d); err != nil {
		t.Fatal(err)
	}
	for si, s := range d.Sentences {
		roots := 0
		for i := s.TokStart; i < s.TokEnd; i++ {
			tok := d.Tokens[i]
			if tok.Head == -1 {
				roots++
				continue
			}
			if tok.Head < s.TokStart || tok.Head >= s.TokEnd || tok.Head == i {
				t.Errorf("token %d (%s) head %d outside its sentence %d", i, d.TokenText(i), tok.Head, si)
			}
			if tok.Deprel == "" || tok.UPOS == "" || tok.XPOS == "" || tok.Lemma == "" {
				t.Errorf("token %d (%s) missing annotation: %+v", i, d.TokenText(i), tok)
			}
		}
		if roots != 1 {
			t.Errorf("sentence %d has %d roots", si, roots)
		}
	}
	// "army" is the subject of "said" in the second sentence.
	if a, s := 6, 7; d.Tokens[a].Head != s || d.Tokens[a].Deprel != "nsubj" {
		t.Errorf("army: head %d %s, want %d nsubj", d.Tokens[a].Head, d.Tokens[a].Deprel, s)
	}
}

// TestParseDeterministic parses the same sentence twice from separate
// goroutines and expects identical trees (the model is read-only).
func TestParseDeterministic(t *testing.T) {
	tg, p := loadModels(t)
	words := strings.Fields("Security forces said they had retaken the town after heavy fighting .")
	tags := tg.Tag(words)
	type res struct {
		h []int
		r []string
	}
	ch := make(chan res, 2)
	for range 2 {
		go func() {
			h, r := p.Parse(words, tags.UPOS, tags.XPOS)
			ch <- res{h, r}
		}()
	}
	a, b := <-ch, <-ch
	for i := range words {
		if a.h[i] != b.h[i] || a.r[i] != b.r[i] {
			t.Fatalf("parses differ at %d", i)
		}
	}
}

func TestEmptySentence(t *testing.T) {
	_, p := loadModels(t)
	h, r := p.Parse(nil, nil, nil)
	if len(h) != 0 || len(r) != 0 {
		t.Fatal("empty sentence should give empty parse")
	}
}

func TestWithBeamLeavesTheModelAlone(t *testing.T) {
	_, p := loadModels(t)
	trained := p.Beam
	q := p.WithBeam(1)
	if q.Beam != 1 || p.Beam != trained {
		t.Fatalf("WithBeam(1): copy has %d, original %d (want 1, %d)", q.Beam, p.Beam, trained)
	}
	if q.WithBeam(0).Beam != 1 {
		t.Fatalf("WithBeam(0) should decode greedily")
	}
	s, err := NewBeam(0)
	if err != nil {
		t.Fatal(err)
	}
	if want := min(DefaultBeam, trained); s.p.Beam != want {
		t.Fatalf("NewBeam(0) decodes with width %d, want %d", s.p.Beam, want)
	}
	s, _ = NewBeam(trained + 5)
	if s.p.Beam != trained {
		t.Fatalf("NewBeam above the trained width: %d, want %d", s.p.Beam, trained)
	}
}

func TestLongSentenceIsChunked(t *testing.T) {
	tg, p := loadModels(t)
	n := 3*MaxParseWords + 17
	words := make([]string, n)
	for i := range words {
		words[i] = []string{"the", "men", "said", "that", "troops", "left", ","}[i%7]
	}
	tags := tg.Tag(words)
	heads, rels := p.WithBeam(2).Parse(words, tags.UPOS, tags.XPOS)
	if len(heads) != n || len(rels) != n {
		t.Fatalf("got %d heads, %d relations for %d words", len(heads), len(rels), n)
	}
	roots := 0
	for i, h := range heads {
		if h == -1 {
			roots++
			continue
		}
		if h < 0 || h >= n || h == i {
			t.Fatalf("word %d: head %d out of range", i, h)
		}
	}
	if roots != 1 {
		t.Fatalf("%d roots, want 1", roots)
	}
	// every word reaches the root without a cycle
	for i := range heads {
		steps, j := 0, i
		for heads[j] != -1 {
			j = heads[j]
			if steps++; steps > n {
				t.Fatalf("cycle through word %d", i)
			}
		}
	}
}

// TestForWidth checks which embedded model and width each decoding width
// of the parse stage gets: the news model (NewsModel, when built in; else
// the most accurate) at DefaultBeam for 0 (extract's default), the greedy
// model for 1 (when built in), the news model capped at its decoding width
// for the rest.
func TestForWidth(t *testing.T) {
	full, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if slices.Contains(models.Available(), NewsModel) {
		if full, err = newsModel.load(NewsModel); err != nil {
			t.Fatal(err)
		}
	}
	hasFast := slices.Contains(models.Available(), FastModel)
	for _, w := range []int{0, 1, 2, full.Beam, full.Beam + 5} {
		p, err := ForWidth(w)
		if err != nil {
			t.Fatalf("width %d: %v", w, err)
		}
		want := min(max(w, 0), full.Beam)
		if w == 0 {
			want = min(DefaultBeam, full.Beam)
		}
		if p.Beam != want {
			t.Errorf("width %d: decodes at %d, want %d", w, p.Beam, want)
		}
		sameModels := len(p.models) == len(full.models) && p.models[0] == full.models[0]
		if fast := w == 1 && hasFast; fast == sameModels {
			t.Errorf("width %d: uses the beam model = %v, want %v", w, sameModels, !fast)
		}
	}
}

// TestSummed checks that a model summed from two scores as the two do.
func TestSummed(t *testing.T) {
	tg, full := loadModels(t)
	g, err := ForWidth(1)
	if err != nil {
		t.Fatal(err)
	}
	if len(full.Labels) != len(g.Labels) {
		t.Skip("the greedy and beam models have different labels")
	}
	pair, err := Combine(full.WithBeam(1), g)
	if err != nil {
		t.Fatal(err)
	}
	sum, err := pair.Summed()
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.models) != 1 {
		t.Fatalf("summed parser has %d models", len(sum.models))
	}
	for _, c := range newsCases {
		words := strings.Fields(c.tokens)
		tags := tg.Tag(words)
		h1, r1 := pair.Parse(words, tags.UPOS, tags.XPOS)
		h2, r2 := sum.Parse(words, tags.UPOS, tags.XPOS)
		if !slices.Equal(h1, h2) || !slices.Equal(r1, r2) {
			t.Errorf("%s: summed model parses otherwise\n%v %v\n%v %v", c.name, h1, r1, h2, r2)
		}
	}
}

// TestEvalBeamMerge checks on EWT dev that expanding only the best of the
// beam items with the same features (what parseBeam does) parses at least
// as well as expanding them all: measured at width 2 +0.23 UAS, at width 8
// +0.12.
func TestEvalBeamMerge(t *testing.T) {
	path := shareddata.Path(t, "data/ud-ewt/en_ewt-ud-dev.conllu")
	tg, p := loadModels(t)
	gold, err := tag.ReadGold(path)
	if err != nil {
		t.Fatal(err)
	}
	exs := Examples(gold, tg)
	merged := p.WithBeam(DefaultBeam)
	all := p.WithBeam(DefaultBeam)
	all.noMerge = true
	m, a := merged.Evaluate(exs), all.Evaluate(exs)
	t.Logf("width %d, EWT dev: merged %s; all expanded %s", DefaultBeam, m, a)
	if m.UAS < a.UAS || m.LAS < a.LAS {
		t.Errorf("merging equivalent items lost accuracy: %s against %s", m, a)
	}
}

// TestLeadingDay: a bare day and comma opening a sentence hang on its
// verb, not the other way round.
func TestLeadingDay(t *testing.T) {
	tg, p := loadModels(t)
	for _, tc := range []struct {
		text         string
		day, verb, n int
	}{
		{"Thursday , United States military forces killed the commander in an airstrike .", 0, 6, 2},
		{"On Friday , Iraq 's top Shi'ite cleric called for a new , effective government that avoids past mistakes , adding to the pressure on the prime minister .", 1, 8, 3},
		{"Last Thursday , German police arrested two teenagers aged 15 and 17 , accused of plotting a terror attack .", 1, 5, 3},
	} {
		d := parseWords(t, tg, p, tc.text)
		day, verb := tc.day, tc.verb
		if d.Tokens[verb].Head != -1 {
			t.Errorf("%s: head %d %s, want the root", d.TokenText(verb), d.Tokens[verb].Head, d.Tokens[verb].Deprel)
		}
		if d.Tokens[day].Head != verb || !strings.HasPrefix(d.Tokens[day].Deprel, "obl") {
			t.Errorf("%s: head %d %s, want %d obl", d.TokenText(day), d.Tokens[day].Head, d.Tokens[day].Deprel, verb)
		}
		if d.Tokens[day+1].Head != verb {
			t.Errorf("comma: head %d, want %d", d.Tokens[day+1].Head, verb)
		}
		want := "case"
		if d.TokenText(0) == "Last" {
			want = "amod"
		}
		if tc.n == 3 && (d.Tokens[0].Head != day || d.Tokens[0].Deprel != want) {
			t.Errorf("%s: head %d %s, want %d %s", d.TokenText(0), d.Tokens[0].Head, d.Tokens[0].Deprel, day, want)
		}
	}
}

// TestModelsByUse: the parse stage (extract) decodes the news model, the
// tag command the most accurate one, and width 1 the greedy one.
func TestModelsByUse(t *testing.T) {
	news, err := ForWidth(0)
	if err != nil {
		t.Fatal(err)
	}
	best, err := AccurateForWidth(0)
	if err != nil {
		t.Fatal(err)
	}
	greedy, err := ForWidth(1)
	if err != nil {
		t.Fatal(err)
	}
	if news.Features() == best.Features() || greedy.Features() == best.Features() {
		t.Errorf("one model for different uses: news %d, accurate %d, greedy %d features", news.Features(), best.Features(), greedy.Features())
	}
	if news.Beam != DefaultBeam || best.Beam <= DefaultBeam {
		t.Errorf("widths: news %d (want %d), accurate %d (want its own, wider)", news.Beam, DefaultBeam, best.Beam)
	}
}

// TestVerbForNounRoot: a sentence parsed as a noun with a participle is
// re-rooted on the participle, a headline is not.
func TestVerbForNounRoot(t *testing.T) {
	build := func(words []string, heads []int, rels, upos, xpos []string) *doc.Doc {
		text := strings.Join(words, " ")
		d := doc.New(text)
		start := 0
		for i, w := range words {
			d.Tokens = append(d.Tokens, doc.Token{Start: start, End: start + len(w), Norm: w, SpaceAfter: true, Head: heads[i], Deprel: rels[i], UPOS: upos[i], XPOS: xpos[i]})
			start += len(w) + 1
		}
		return d
	}
	// The cleric called for talks .
	words := []string{"The", "cleric", "called", "for", "talks", "."}
	heads := []int{1, -1, 1, 4, 2, 1}
	rels := []string{"det", "root", "acl", "case", "obl", "punct"}
	upos := []string{"DET", "NOUN", "VERB", "ADP", "NOUN", "PUNCT"}
	xpos := []string{"DT", "NN", "VBN", "IN", "NNS", "."}
	d := build(words, heads, rels, upos, xpos)
	if root := verbForNounRoot(d, 0, len(words), 1, true); root != 2 {
		t.Fatalf("root %d, want 2 (called)", root)
	}
	if d.Tokens[1].Head != 2 || d.Tokens[1].Deprel != "nsubj" || d.Tokens[5].Head != 2 || d.Tokens[2].Head != -1 {
		t.Errorf("not re-rooted: %+v", d.Tokens)
	}
	// Man killed in attack (a headline: no determiner, no full stop)
	words = []string{"Man", "killed", "in", "an", "attack"}
	d = build(words, []int{-1, 0, 4, 4, 1}, []string{"root", "acl", "case", "det", "obl"},
		[]string{"NOUN", "VERB", "ADP", "DET", "NOUN"}, []string{"NN", "VBN", "IN", "DT", "NN"})
	if root := verbForNounRoot(d, 0, len(words), 0, true); root != 0 || d.Tokens[1].Deprel != "acl" {
		t.Errorf("headline re-rooted: root %d", root)
	}
}

// TestClauseAfterConjunction: "come after Obama called on Maliki" read as
// a phrase "after Obama" and a subjectless "called" is repaired into a
// clause with its subject; a true phrase ("after the vote, called") is
// left.
func TestClauseAfterConjunction(t *testing.T) {
	build := func(words []string, heads []int, rels, upos, xpos []string) *doc.Doc {
		d := doc.New(strings.Join(words, " "))
		start := 0
		for i, w := range words {
			d.Tokens = append(d.Tokens, doc.Token{Start: start, End: start + len(w), Norm: w, SpaceAfter: true, Head: heads[i], Deprel: rels[i], UPOS: upos[i], XPOS: xpos[i]})
			start += len(w) + 1
		}
		return d
	}
	//          0      1      2       3        4        5         6     7        8
	words := []string{"Talks", "come", "after", "President", "Obama", "called", "on", "Maliki", "."}
	d := build(words, []int{1, -1, 4, 4, 1, 1, 7, 5, 1},
		[]string{"nsubj", "root", "case", "compound", "obl", "xcomp", "case", "obl", "punct"},
		[]string{"NOUN", "VERB", "ADP", "PROPN", "PROPN", "VERB", "ADP", "PROPN", "PUNCT"},
		[]string{"NNS", "VBP", "IN", "NNP", "NNP", "VBD", "IN", "NNP", "."})
	clauseAfterConjunction(d, 0, len(words))
	if d.Tokens[4].Head != 5 || d.Tokens[4].Deprel != "nsubj" || d.Tokens[2].Head != 5 || d.Tokens[2].Deprel != "mark" || d.Tokens[5].Deprel != "advcl" {
		t.Errorf("not repaired: Obama %d %s, after %d %s, called %s", d.Tokens[4].Head, d.Tokens[4].Deprel, d.Tokens[2].Head, d.Tokens[2].Deprel, d.Tokens[5].Deprel)
	}
	// the phrase does not end right before the verb: left alone
	words = []string{"Talks", "come", "after", "Obama", ",", "called", "on", "Maliki", "."}
	d = build(words, []int{1, -1, 3, 1, 1, 1, 7, 5, 1},
		[]string{"nsubj", "root", "case", "obl", "punct", "xcomp", "case", "obl", "punct"},
		[]string{"NOUN", "VERB", "ADP", "PROPN", "PUNCT", "VERB", "ADP", "PROPN", "PUNCT"},
		[]string{"NNS", "VBP", "IN", "NNP", ",", "VBD", "IN", "NNP", "."})
	clauseAfterConjunction(d, 0, len(words))
	if d.Tokens[3].Deprel != "obl" {
		t.Errorf("repaired a phrase set off by a comma: Obama %s", d.Tokens[3].Deprel)
	}
}

// TestParticipleForPast: a sentence with no finite verb whose first verb
// after the root noun is a participle names that participle; one with a
// finite verb or an auxiliary names none.
func TestParticipleForPast(t *testing.T) {
	build := func(words, upos, xpos []string) *doc.Doc {
		d := doc.New(strings.Join(words, " "))
		start := 0
		for i, w := range words {
			d.Tokens = append(d.Tokens, doc.Token{Start: start, End: start + len(w), Norm: w, SpaceAfter: true, UPOS: upos[i], XPOS: xpos[i], Head: -1})
			start += len(w) + 1
		}
		return d
	}
	// A gunman opened fire on police .
	d := build([]string{"A", "gunman", "opened", "fire", "on", "police", "."},
		[]string{"DET", "NOUN", "VERB", "NOUN", "ADP", "NOUN", "PUNCT"},
		[]string{"DT", "NN", "VBN", "NN", "IN", "NN", "."})
	if v := participleForPast(d, 0, len(d.Tokens), 1, true); v != 2 {
		t.Errorf("got %d, want 2 (opened)", v)
	}
	// A gunman was shot by police .
	d = build([]string{"A", "gunman", "was", "shot", "by", "police", "."},
		[]string{"DET", "NOUN", "AUX", "VERB", "ADP", "NOUN", "PUNCT"},
		[]string{"DT", "NN", "VBD", "VBN", "IN", "NN", "."})
	if v := participleForPast(d, 0, len(d.Tokens), 1, true); v != -1 {
		t.Errorf("got %d with an auxiliary, want -1", v)
	}
}

// TestVerbForOpeningAdjective: "Turkish Minister Cavusoglu met officials
// ." rooted on "Turkish" is re-rooted on "met".
func TestVerbForOpeningAdjective(t *testing.T) {
	words := []string{"Turkish", "Minister", "Cavusoglu", "met", "officials", "."}
	heads := []int{-1, 2, 3, 0, 3, 0}
	rels := []string{"root", "nmod:desc", "nsubj", "ccomp", "obj", "punct"}
	upos := []string{"ADJ", "PROPN", "PROPN", "VERB", "NOUN", "PUNCT"}
	xpos := []string{"JJ", "NNP", "NNP", "VBD", "NNS", "."}
	d := doc.New(strings.Join(words, " "))
	start := 0
	for i, w := range words {
		d.Tokens = append(d.Tokens, doc.Token{Start: start, End: start + len(w), Norm: w, Head: heads[i], Deprel: rels[i], UPOS: upos[i], XPOS: xpos[i]})
		start += len(w) + 1
	}
	if root := verbForOpeningAdjective(d, 0, len(words), 0); root != 3 {
		t.Fatalf("root %d, want 3 (met)", root)
	}
	if d.Tokens[0].Deprel != "amod" || d.Tokens[0].Head != 2 || d.Tokens[5].Head != 3 || d.Tokens[3].Head != -1 {
		t.Errorf("not re-rooted: %+v", d.Tokens)
	}
}

// TestTimeAfterNoun: a time right after its noun ("The explosion Sunday
// morning hit the church") modifies the noun, which heads the subject.
func TestTimeAfterNoun(t *testing.T) {
	tg, p := loadModels(t)
	text := "The explosion Sunday morning -- in the city 's Abbassiya district -- hit the small church ."
	d := parseWords(t, tg, p, text)
	explosion, morning, hit := 1, 3, 12
	if d.Tokens[explosion].Head != hit || d.Tokens[explosion].Deprel != "nsubj" {
		t.Errorf("explosion: head %d %s, want %d nsubj", d.Tokens[explosion].Head, d.Tokens[explosion].Deprel, hit)
	}
	if d.Tokens[morning].Head != explosion {
		t.Errorf("morning: head %d %s, want %d", d.Tokens[morning].Head, d.Tokens[morning].Deprel, explosion)
	}
}

// TestNameBeforeSubject: a name right before the subject noun modifies it
// ("the 48-year-old Kansas City man was stabbed"), however the parser
// split them.
func TestNameBeforeSubject(t *testing.T) {
	tg, _ := loadModels(t)
	p, err := ForWidth(0) // the news model extract decodes with
	if err != nil {
		t.Fatal(err)
	}
	text := "He found the men early Saturday in Independence, but during an ensuing struggle, the 48-year-old Kansas City man was fatally stabbed in the back."
	d := doc.New(text)
	// words and punctuation as the tokenizer splits them ("48-year-old"
	// in five, glued)
	for i := 0; i < len(text); {
		switch c := text[i]; {
		case c == ' ':
			i++
			continue
		case c == ',' || c == '.' || c == '-':
			d.Tokens = append(d.Tokens, doc.Token{Start: i, End: i + 1, Norm: text[i : i+1]})
			i++
		default:
			j := i
			for j < len(text) && !strings.ContainsRune(" ,.-", rune(text[j])) {
				j++
			}
			d.Tokens = append(d.Tokens, doc.Token{Start: i, End: j, Norm: text[i:j]})
			i = j
		}
		n := len(d.Tokens) - 1
		d.Tokens[n].SpaceAfter = d.Tokens[n].End < len(text) && text[d.Tokens[n].End] == ' '
	}
	tagParse(t, tg, p, d)
	city, man := -1, -1
	for i := range d.Tokens {
		switch d.TokenText(i) {
		case "City":
			city = i
		case "man":
			man = i
		}
	}
	if d.Tokens[city].Head != man || d.Tokens[city].Deprel != "compound" {
		t.Errorf("City: head %d %s, want %d compound", d.Tokens[city].Head, d.Tokens[city].Deprel, man)
	}
}

// TestFiniteModifierClause: a past tense read as a modifier, right after
// a noun opened by "after", is that clause's verb ("two days after two
// bombs killed six police officers").
func TestFiniteModifierClause(t *testing.T) {
	tg, _ := loadModels(t)
	p, err := ForWidth(0)
	if err != nil {
		t.Fatal(err)
	}
	text := "Sunday 's explosion came just two days after two bombs killed six police officers and a civilian in Giza 's Haram district ."
	d := parseWords(t, tg, p, text)
	after, bombs, killed, officers := 7, 9, 10, 13
	if d.Tokens[bombs].Head != killed || d.Tokens[bombs].Deprel != "nsubj" {
		t.Errorf("bombs: head %d %s, want %d nsubj", d.Tokens[bombs].Head, d.Tokens[bombs].Deprel, killed)
	}
	if d.Tokens[officers].Head != killed || d.Tokens[after].Head != killed {
		t.Errorf("officers: head %d, after: head %d, want both %d", d.Tokens[officers].Head, d.Tokens[after].Head, killed)
	}
}

// parseWords tags and parses text, one sentence of space-separated
// tokens, with the parse stage's repairs.
func parseWords(t *testing.T, tg *tag.Tagger, p *Parser, text string) *doc.Doc {
	t.Helper()
	d := doc.New(text)
	start := 0
	for _, w := range strings.Fields(text) {
		i := strings.Index(text[start:], w) + start
		d.Tokens = append(d.Tokens, doc.Token{Start: i, End: i + len(w), Norm: w, SpaceAfter: true})
		start = i + len(w)
	}
	return tagParse(t, tg, p, d)
}

// tagParse makes d's tokens one sentence and runs the tag and parse
// stages over it.
func tagParse(t *testing.T, tg *tag.Tagger, p *Parser, d *doc.Doc) *doc.Doc {
	t.Helper()
	d.Sentences = append(d.Sentences, doc.Sentence{Start: 0, End: len(d.Text), TokStart: 0, TokEnd: len(d.Tokens)})
	ctx := context.Background()
	if err := tag.NewWith(tg).Process(ctx, d); err != nil {
		t.Fatal(err)
	}
	if err := NewWith(p).Process(ctx, d); err != nil {
		t.Fatal(err)
	}
	return d
}

// TestHeadlinePassive: a headline's reduced passive opening a document
// ("DeKalb man arrested in attempted robbery .") is read as a passive,
// its subject the one arrested; a past tense with an object stays active.
func TestHeadlinePassive(t *testing.T) {
	tg, _ := loadModels(t)
	p, err := ForWidth(0)
	if err != nil {
		t.Fatal(err)
	}
	d := parseWords(t, tg, p, "DeKalb man arrested in attempted robbery .")
	man, arrested := 1, 2
	if d.Tokens[man].Head != arrested || d.Tokens[man].Deprel != "nsubj:pass" || d.Tokens[arrested].XPOS != "VBN" {
		t.Errorf("man: head %d %s, arrested %s; want nsubj:pass of a participle", d.Tokens[man].Head, d.Tokens[man].Deprel, d.Tokens[arrested].XPOS)
	}
	d = parseWords(t, tg, p, "Police arrested two men in Kabul .")
	if d.Tokens[0].Deprel != "nsubj" {
		t.Errorf("Police: %s, want the active subject", d.Tokens[0].Deprel)
	}
}

// TestRelativeSubjectClause: a clause whose subject is a relative pronoun
// right after a noun, read as the complement of a verb before it, is a
// relative clause on the noun.
func TestRelativeSubjectClause(t *testing.T) {
	tg, _ := loadModels(t)
	p, err := ForWidth(0)
	if err != nil {
		t.Fatal(err)
	}
	text := "The World Court Friday rejected U.S. and British objections to a Libyan World Court case that has blocked the trial of two Libyans ."
	d := parseWords(t, tg, p, text)
	kase, blocked := 14, 17
	if d.Tokens[blocked].Head != kase || d.Tokens[blocked].Deprel != "acl:relcl" {
		t.Errorf("blocked: head %d %s, want %d acl:relcl", d.Tokens[blocked].Head, d.Tokens[blocked].Deprel, kase)
	}
}

// TestTrailingReport: a sentence closed by a report (", police said .")
// is parsed as the report of the clause before the comma; a clause
// opening on a place ("In X , the city , SUBJ VERB") is rooted on its
// verb, the place a modifier of it and the noun phrase before the verb
// its subject; an opening day is the reported clause's.
func TestTrailingReport(t *testing.T) {
	tg, _ := loadModels(t)
	p, err := ForWidth(0)
	if err != nil {
		t.Fatal(err)
	}
	text := "In the coastal city of Latakia , the Alawite heartland , several hundred people staged a sit-in outside the governorate building on Tuesday , witnesses said ."
	d := parseWords(t, tg, p, text)
	city, people, staged, said := 3, 13, 14, 25
	if d.Tokens[said].Head != -1 || d.Tokens[staged].Head != said || d.Tokens[staged].Deprel != "ccomp" {
		t.Errorf("staged: head %d %s, said: head %d; want staged ccomp of the root said", d.Tokens[staged].Head, d.Tokens[staged].Deprel, d.Tokens[said].Head)
	}
	if d.Tokens[people].Head != staged || d.Tokens[city].Head != staged || d.Tokens[city].Deprel != "obl" {
		t.Errorf("people: head %d, city: head %d %s; want both on staged, city obl", d.Tokens[people].Head, d.Tokens[city].Head, d.Tokens[city].Deprel)
	}
	text = "On Tuesday , security forces killed four suspected Maoists in a gunfight near Gua , police said ."
	d = parseWords(t, tg, p, text)
	tuesday, killed, said := 1, 5, 16
	if d.Tokens[killed].Head != said || d.Tokens[tuesday].Head != killed {
		t.Errorf("killed: head %d, Tuesday: head %d; want killed on said (%d), Tuesday on killed", d.Tokens[killed].Head, d.Tokens[tuesday].Head, said)
	}
	// a quotation is left to the models
	if c := trailingReport(parseWords(t, tg, p, "\" We will not leave , \" the mayor said ."), 0, 10); c >= 0 {
		t.Errorf("quotation read as a trailing report at %d", c)
	}
}

// TestClauseReadAsConjunct: a noun read as a conjunct of a verb, with the
// next verb a participle on it, is the subject of that verb, itself the
// conjunct.
func TestClauseReadAsConjunct(t *testing.T) {
	tg, _ := loadModels(t)
	p, err := ForWidth(0)
	if err != nil {
		t.Fatal(err)
	}
	text := "The Human Rights Commission of Pakistan condemned the use of force against what it called a peaceful protest , and Amnesty International called on the authorities to release the detained activists ."
	d := parseWords(t, tg, p, text)
	condemned, international, called := 6, 21, 22
	if d.Tokens[called].Head != condemned || d.Tokens[called].Deprel != "conj" || d.Tokens[international].Head != called || d.Tokens[international].Deprel != "nsubj" {
		t.Errorf("called: head %d %s, International: head %d %s; want called a conjunct of condemned, International its subject",
			d.Tokens[called].Head, d.Tokens[called].Deprel, d.Tokens[international].Head, d.Tokens[international].Deprel)
	}
}

// TestSpanBeforeClause: "a day after gunmen stopped a coach, checked the
// cards and shot dead six men": the gunmen are the subject of the clause
// after "after", whose coordinated verbs are its own.
func TestSpanBeforeClause(t *testing.T) {
	tg, _ := loadModels(t)
	p, err := ForWidth(0)
	if err != nil {
		t.Fatal(err)
	}
	text := "The assault came a day after gunmen stopped a passenger coach near the town of Ormara on Sunday night , checked the identity cards of those on board and shot dead six men ."
	d := parseWords(t, tg, p, text)
	gunmen, stopped, shot := 6, 7, 29
	if d.Tokens[gunmen].Head != stopped || d.Tokens[gunmen].Deprel != "nsubj" {
		t.Errorf("gunmen: head %d %s, want nsubj of stopped", d.Tokens[gunmen].Head, d.Tokens[gunmen].Deprel)
	}
	if d.Tokens[shot].XPOS != "VBD" || d.Tokens[shot].Head != stopped {
		t.Errorf("shot: %s head %d, want a past tense coordinated with stopped", d.Tokens[shot].XPOS, d.Tokens[shot].Head)
	}
}

// TestVerbOnNounOfRootPhrase: a sentence rooted on a noun whose verb the
// parser hung on the last noun of the root's phrase ("A coalition of
// five opposition parties demanded ...") is rooted on the verb.
func TestVerbOnNounOfRootPhrase(t *testing.T) {
	tg, _ := loadModels(t)
	p, err := ForWidth(0)
	if err != nil {
		t.Fatal(err)
	}
	d := parseWords(t, tg, p, "A coalition of five opposition parties demanded on Thursday that the government hold a national referendum on the mine .")
	coalition, demanded := 1, 6
	if d.Tokens[demanded].Head != -1 || d.Tokens[coalition].Head != demanded || d.Tokens[coalition].Deprel != "nsubj" {
		t.Errorf("demanded: head %d, coalition: head %d %s; want demanded the root, coalition its subject", d.Tokens[demanded].Head, d.Tokens[coalition].Head, d.Tokens[coalition].Deprel)
	}
}
