package segment

import (
	"context"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/pipeline"
)

// split segments text with the embedded model and returns each
// sentence's tokens as strings.
func split(t *testing.T, sg *Segmenter, text string) [][]string {
	t.Helper()
	toks, sents := sg.Text(text)
	var out [][]string
	for _, s := range sents {
		var ws []string
		for _, tk := range toks[s.TokStart:s.TokEnd] {
			ws = append(ws, text[tk.Start:tk.End])
		}
		out = append(out, ws)
	}
	return out
}

func words(s string) []string { return strings.Fields(s) }

func defaultSegmenter(t *testing.T) *Segmenter {
	t.Helper()
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	if m == nil {
		t.Log("no embedded sentence model: testing the rules")
	}
	return NewWith(m, Options{})
}

func TestSegmentCases(t *testing.T) {
	sg := defaultSegmenter(t)
	cases := []struct {
		name string
		text string
		want []string // one entry per sentence, tokens separated by spaces
	}{
		{"abbreviation mid-sentence", "U.S. officials said the talks would resume.",
			[]string{"U.S. officials said the talks would resume ."}},
		{"abbreviation ends a sentence", "The meeting was held in the U.S. He said it went well.",
			[]string{"The meeting was held in the U.S .", "He said it went well ."}},
		{"U.N. and ranks", "Rear Adm. John Kirby met Gen. Martin Dempsey and Sen. John McCain at the U.N. on Monday.",
			[]string{"Rear Adm. John Kirby met Gen. Martin Dempsey and Sen. John McCain at the U.N. on Monday ."}},
		{"months and No.", "The talks began on Jan. 5 at No. 10 Downing Street.",
			[]string{"The talks began on Jan. 5 at No. 10 Downing Street ."}},
		{"initials", "J. R. R. Tolkien wrote it, said Gordon S. Barrass of the museum.",
			[]string{"J. R. R. Tolkien wrote it , said Gordon S. Barrass of the museum ."}},
		{"numbers", "About 1,500 people, or 3.5 percent of 10,000, fled.",
			[]string{"About 1,500 people , or 3.5 percent of 10,000 , fled ."}},
		{"number-hyphen-word as EWT", "the 10,000-strong force arrived",
			[]string{"the 10,000 - strong force arrived"}},
		{"percent", "Prices rose 5% and 12.5 % in a year.",
			[]string{"Prices rose 5 % and 12.5 % in a year ."}},
		{"currencies", "It cost $5 and £3.2bn, or €40m.",
			[]string{"It cost $ 5 and £ 3.2 bn , or € 40 m ."}},
		{"dates and times", "It happened on 6/21/2014 at 10:30 and again at 5pm.",
			[]string{"It happened on 6/21/2014 at 10:30 and again at 5 pm ."}},
		{"URL and e-mail", "See http://example.com/a?b=1, or write to news@example.org.",
			[]string{"See http://example.com/a?b=1 , or write to news@example.org ."}},
		{"www address in brackets", "(www.example.com/page)",
			[]string{"( www.example.com/page )"}},
		{"hyphens as EWT", "Al-Qaida and semi-autonomous groups sent an e-mail to a search-engine firm.",
			[]string{"Al - Qaida and semi-autonomous groups sent an e-mail to a search - engine firm ."}},
		{"phone numbers stay whole", "Call 713-853-3989 now.",
			[]string{"Call 713-853-3989 now ."}},
		{"hyphenated ages and U.S.-led", "A 24-year-old joined the U.S.-led force on 01-Feb-02.",
			[]string{"A 24 - year - old joined the U.S. - led force on 01-Feb-02 ."}},
		{"clitics", "We're sure they'll come; I've said he'd go and I'm here, Iraq's army didn't.",
			[]string{"We 're sure they 'll come ; I 've said he 'd go and I 'm here , Iraq 's army did n't ."}},
		{"don't, can't, won't", "Don't go; they can't and won't.",
			[]string{"Do n't go ; they ca n't and wo n't ."}},
		{"cannot and gonna", "They cannot stay and are gonna leave.",
			[]string{"They can not stay and are gon na leave ."}},
		{"curly apostrophes", "The Shi’ite cleric’s aides don’t agree.",
			[]string{"The Shi’ite cleric ’s aides do n’t agree ."}},
		{"plural possessive", "The soldiers' families waited.",
			[]string{"The soldiers ' families waited ."}},
		{"quotes and brackets", "He said \"Go.\" Then he left (quickly).",
			[]string{"He said \" Go . \"", "Then he left ( quickly ) ."}},
		{"curly quotes end a sentence", "Aides “said so.” Others did not.",
			[]string{"Aides “ said so . ”", "Others did not ."}},
		{"quoted question goes on", "\"Why?\" he asked.",
			[]string{"\" Why ? \" he asked ."}},
		{"bracketed sentence", "(It was late.) Fine.",
			[]string{"( It was late . )", "Fine ."}},
		{"ellipsis inside", "He left... and came back.",
			[]string{"He left ... and came back ."}},
		{"ellipsis character", "He left… Then he came back.",
			[]string{"He left …", "Then he came back ."}},
		{"?! ends", "Really?! Yes. No!",
			[]string{"Really ?!", "Yes .", "No !"}},
		{"heading line", "Calls for new government\nThe army said it would act.",
			[]string{"Calls for new government", "The army said it would act ."}},
		{"paragraphs never joined", "First line without a stop\n\nsecond line.",
			[]string{"First line without a stop", "second line ."}},
		{"dash and colon", "The toll rose — officials said: 48 dead.",
			[]string{"The toll rose — officials said : 48 dead ."}},
		{"dateline", "TAL AFAR, IRAQ — Armed rebels captured a town.",
			[]string{"TAL AFAR , IRAQ — Armed rebels captured a town ."}},
		{"decades and ordinals", "In the 1990s and '80s, on the 21st.",
			[]string{"In the 1990s and '80s , on the 21st ."}},
		{"etc. ends", "Food, water, etc. The rest came later.",
			[]string{"Food , water , etc .", "The rest came later ."}},
		{"etc. mid-sentence", "Food, water, etc. were sent.",
			[]string{"Food , water , etc. were sent ."}},
		{"U.S. before a capitalised noun", "The U.S. Army said it would send troops.",
			[]string{"The U.S. Army said it would send troops ."}},
		{"U.S. before a sentence opener", "He moved to the U.S. Last year he returned.",
			[]string{"He moved to the U.S .", "Last year he returned ."}},
		{"ranks before a name", "\"We will fight,\" said Lt. Col. Steve Warren.",
			[]string{"\" We will fight , \" said Lt. Col. Steve Warren ."}},
		{"p.m. before a day", "It began at 3 p.m. Sunday and ended at 5 p.m. The next day was calm.",
			[]string{"It began at 3 p.m. Sunday and ended at 5 p.m .", "The next day was calm ."}},
		{"company abbreviation", "He works at Apple Inc. The company declined to comment.",
			[]string{"He works at Apple Inc .", "The company declined to comment ."}},
		{"abbreviation after a hyphen", "Sen. John McCain (R-Ariz.) said so.",
			[]string{"Sen. John McCain ( R - Ariz. ) said so ."}},
		{"empty", "  \n\t ", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := split(t, sg, c.text)
			var want [][]string
			for _, s := range c.want {
				want = append(want, words(s))
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%q\n got  %q\n want %q", c.text, got, want)
			}
		})
	}
}

func TestKeepHyphens(t *testing.T) {
	sg := NewWith(nil, Options{KeepHyphens: true})
	got := split(t, sg, "Al-Qaida's search-engine e-mail.")
	want := [][]string{{"Al-Qaida", "'s", "search-engine", "e-mail", "."}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestRulesWithoutModel(t *testing.T) {
	sg := NewWith(nil, Options{})
	cases := []struct {
		name, text string
		want       int
	}{
		{"two sentences", "He came. She left.", 2},
		{"abbreviation", "U.S. officials came.", 1},
		{"abbreviation then pronoun", "He lives in the U.S. He works.", 2},
		{"lower-case after stop", "He came. and left.", 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := len(split(t, sg, c.text)); got != c.want {
				t.Errorf("%q: %d sentences, want %d", c.text, got, c.want)
			}
		})
	}
}

func TestTokenFields(t *testing.T) {
	text := "The cleric’s “aides” don’t.\nNext"
	toks, sents := Text(text)
	type tk struct {
		text, norm string
		space      bool
		sent       int
	}
	want := []tk{
		{"The", "The", true, 0}, {"cleric", "cleric", false, 0}, {"’s", "'s", true, 0},
		{"“", "\"", false, 0}, {"aides", "aides", false, 0}, {"”", "\"", true, 0},
		{"do", "do", false, 0}, {"n’t", "n't", false, 0}, {".", ".", true, 0},
		{"Next", "Next", true, 1},
	}
	if len(toks) != len(want) {
		t.Fatalf("%d tokens, want %d: %+v", len(toks), len(want), toks)
	}
	for i, w := range want {
		g := toks[i]
		if text[g.Start:g.End] != w.text || g.Norm != w.norm || g.SpaceAfter != w.space || g.Sent != w.sent || g.Head != -1 {
			t.Errorf("token %d = %q norm %q space %v sent %d head %d; want %+v", i, text[g.Start:g.End], g.Norm, g.SpaceAfter, g.Sent, g.Head, w)
		}
	}
	wantS := []doc.Sentence{{Start: 0, End: len("The cleric’s “aides” don’t."), TokStart: 0, TokEnd: 9, Para: 0},
		{Start: len(text) - 4, End: len(text), TokStart: 9, TokEnd: 10, Para: 1}}
	if !reflect.DeepEqual(sents, wantS) {
		t.Errorf("sentences %+v, want %+v", sents, wantS)
	}
}

func TestNormNFC(t *testing.T) {
	// "e" + combining acute composes to "é".
	if got := Norm("Jose\u0301"); got != "Jos\u00e9" {
		t.Errorf("Norm = %q", got)
	}
	if got := Norm("plain"); got != "plain" {
		t.Errorf("Norm = %q", got)
	}
}

// paragraphsOf splits text into line paragraphs the way the clean stage
// does, marking the second copy of a line as a repeat.
func paragraphsOf(text string) []doc.Paragraph {
	var ps []doc.Paragraph
	seen := map[string]int{}
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if line := strings.TrimSpace(text[start:end]); line != "" {
			dup := -1
			if k, ok := seen[line]; ok {
				dup = k
			} else {
				seen[line] = len(ps)
			}
			ps = append(ps, doc.Paragraph{Start: start, End: end, DupOf: dup})
		}
		start = end + 1
	}
	return ps
}

func TestStageSkipsRepeats(t *testing.T) {
	text := "Fighting continues\nRebels took the town. Families fled.\nRebels took the town. Families fled.\n"
	d := doc.New(text)
	d.Paragraphs = paragraphsOf(text)
	p, err := pipeline.New(fakeClean{}, New())
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if len(d.Sentences) != 3 {
		t.Fatalf("%d sentences, want 3: %+v", len(d.Sentences), d.Sentences)
	}
	for i, s := range d.Sentences {
		if s.Para > 1 {
			t.Errorf("sentence %d in paragraph %d, a repeat", i, s.Para)
		}
		for k := s.TokStart; k < s.TokEnd; k++ {
			if d.Tokens[k].Sent != i {
				t.Errorf("token %d: Sent %d, want %d", k, d.Tokens[k].Sent, i)
			}
		}
	}
	if d.Sentences[0].Para != 0 || d.Sentences[1].Para != 1 || d.Sentences[2].Para != 1 {
		t.Errorf("paragraph indexes %+v", d.Sentences)
	}
}

type fakeClean struct{}

func (fakeClean) Name() string                            { return "clean" }
func (fakeClean) Requires() []string                      { return nil }
func (fakeClean) Assigns() []string                       { return []string{doc.AnnParagraphs} }
func (fakeClean) Process(context.Context, *doc.Doc) error { return nil }

// TestOffsetsBorderTown checks the offset invariants on the project's
// reference-like article.
func TestOffsetsBorderTown(t *testing.T) {
	b, err := os.ReadFile("../testdata/articles/border_town.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	toks, sents := Text(text)
	if len(toks) < 100 || len(sents) < 10 {
		t.Fatalf("%d tokens, %d sentences: too few", len(toks), len(sents))
	}
	checkInvariants(t, text, toks, sents)
	// Every non-space byte of the text is inside exactly one token.
	covered := make([]bool, len(text))
	for _, tk := range toks {
		for i := tk.Start; i < tk.End; i++ {
			covered[i] = true
		}
	}
	for i := 0; i < len(text); {
		r, n := decode(text, i)
		if !isSpaceRune(r) && !covered[i] {
			t.Errorf("byte %d (%q) is in no token", i, r)
		}
		i += n
	}
}

// TestPathological checks that long runs of punctuation, long words and
// many short lines are handled in linear time (the test times out
// otherwise) and keep the invariants.
func TestPathological(t *testing.T) {
	cases := map[string]string{
		"quote-stop run":  strings.Repeat(".\"", 200000),
		"closers run":     strings.Repeat("?)]\u201d", 100000),
		"long word":       strings.Repeat("a", 1<<20),
		"hyphens":         strings.Repeat("a-", 200000),
		"apostrophes":     strings.Repeat("a'", 200000),
		"dots in a word":  strings.Repeat("a.", 200000),
		"many lines":      strings.Repeat("x.\n", 200000),
		"colons":          strings.Repeat(":", 300000),
		"at signs":        strings.Repeat("a@b.", 100000),
		"url-like":        "http://" + strings.Repeat("a/", 200000),
		"invalid bytes":   strings.Repeat("\xff\xfe.", 100000),
		"emoticon prefix": strings.Repeat(":-", 200000),
	}
	sg := defaultSegmenter(t)
	for name, text := range cases {
		t.Run(name, func(t *testing.T) {
			toks, sents := sg.Text(text)
			checkInvariants(t, text, toks, sents)
		})
	}
}

func TestRunOnTextIsCutAtMaxSentenceTokens(t *testing.T) {
	text := strings.Repeat("word ", 3*MaxSentenceTokens+5)
	toks, sents := Text(text)
	if len(toks) != 3*MaxSentenceTokens+5 {
		t.Fatalf("%d tokens, want %d", len(toks), 3*MaxSentenceTokens+5)
	}
	if len(sents) != 4 {
		t.Fatalf("%d sentences, want 4", len(sents))
	}
	for si, s := range sents {
		if n := s.TokEnd - s.TokStart; n > MaxSentenceTokens || n == 0 {
			t.Fatalf("sentence %d has %d tokens", si, n)
		}
		for i := s.TokStart; i < s.TokEnd; i++ {
			if toks[i].Sent != si {
				t.Fatalf("token %d says sentence %d, is in %d", i, toks[i].Sent, si)
			}
		}
	}
}
