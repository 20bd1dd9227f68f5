package timex

import (
	"context"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/doc"
)

// TestClauseTense checks that a weekday takes the tense of its own clause,
// with and without part-of-speech tags: a future marker governs the verb
// chain after it, and a reporting clause after a comma does not decide.
// The document date 2024-03-13 is a Wednesday.
func TestClauseTense(t *testing.T) {
	const dct = "2024-03-13"
	const fri, lastFri = "2024-03-15", "2024-03-08"
	cases := []struct {
		name, text, tags, want string
	}{
		{"will then reporting clause", "The envoys will sign the accord on Friday , aides said .",
			"DT NNS MD VB DT NN IN NNP , NNS VBD .", fri},
		{"scheduled to", "The premier is scheduled to fly to Lagos on Friday , his office told reporters .",
			"DT NN VBZ VBN TO VB TO NNP IN NNP , PRP$ NN VBD NNS .", fri},
		{"plans to with an object", "The agency plans to reopen the northern border post on Friday .",
			"DT NN VBZ TO VB DT JJ NN NN IN NNP .", fri},
		{"plan to with a long object", "Residents have said they plan to hold a vigil and march to the police station in Spanish Town on Friday .",
			"NNS VBP VBN PRP VBP TO VB DT NN CC NN TO DT NN NN IN NNP NNP IN NNP .", fri},
		{"is to", "The assembly is to debate the budget on Friday , the chairman said .",
			"DT NN VBZ TO VB DT NN IN NNP , DT NN VBD .", fri},
		{"passive future", "The prisoners will be freed on Friday .",
			"DT NNS MD VB VBN IN NNP .", fri},
		{"passive future irregular", "The funeral will be held on Friday , relatives said .",
			"DT NN MD VB VBN IN NNP , NNS VBD .", fri},
		{"going to", "Police say they are going to lift the curfew on Friday .",
			"NNS VBP PRP VBP VBG TO VB DT NN IN NNP .", fri},
		{"set to", "Talks are set to resume on Friday .",
			"NNS VBP VBN TO VB IN NNP .", fri},
		{"contracted will", "She'll testify on Friday .",
			"PRP VB IN NNP .", fri},
		// a clause coordinated after the day tells its own time
		{"future clause after the day", "The troops were flown into Kiunga , the main town of the North Fly district , on Friday and will patrol the border .",
			"DT NNS VBD VBN IN NNP , DT JJ NN IN DT NNP NNP NN , IN NNP CC MD VB DT NN .", lastFri},
		{"due to a noun is no future", "Flights stopped due to the storm on Friday .",
			"NNS VBD JJ TO DT NN IN NNP .", lastFri},
		{"past clause", "Gunmen stormed the compound on Friday , officials said .",
			"NNS VBD DT NN IN NNP , NNS VBD .", lastFri},
		{"past passive", "Two soldiers were killed on Friday .",
			"CD NNS VBD VBN IN NNP .", lastFri},
		{"future reported, past event", "He said the rebels seized the town on Friday and will hold it .",
			"PRP VBD DT NNS VBD DT NN IN NNP CC MD VB PRP .", lastFri},
	}
	for _, c := range cases {
		for _, withPOS := range []bool{false, true} {
			name := c.name + "/plain"
			if withPOS {
				name = c.name + "/pos"
			}
			t.Run(name, func(t *testing.T) {
				words, tags := strings.Fields(c.text), strings.Fields(c.tags)
				if len(words) != len(tags) {
					t.Fatalf("%d words, %d tags", len(words), len(tags))
				}
				d := doc.New(c.text)
				pub := dct
				d.Meta.Published = &pub
				start := 0
				for i, w := range words {
					tok := doc.Token{Start: start, End: start + len(w), Norm: w, Head: -1}
					if withPOS {
						tok.XPOS = tags[i]
					}
					d.Tokens = append(d.Tokens, tok)
					start += len(w) + 1
				}
				d.Sentences = []doc.Sentence{{Start: 0, End: len(c.text), TokStart: 0, TokEnd: len(d.Tokens)}}
				d.Annotations = []string{doc.AnnTokens, doc.AnnSentences}
				if withPOS {
					d.Annotations = append(d.Annotations, doc.AnnPOS)
				}
				if err := New().Process(context.Background(), d); err != nil {
					t.Fatal(err)
				}
				for _, tm := range d.Times {
					if tm.Text == "Friday" {
						if got := sv(tm.Value); got != c.want {
							t.Errorf("Friday = %s, want %s", got, c.want)
						}
						return
					}
				}
				t.Errorf("no Friday in %+v", d.Times)
			})
		}
	}
}
