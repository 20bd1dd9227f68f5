package tag

import (
	"strings"
	"testing"
)

// The lexicon repairs: a noun only ever seen as a noun, tagged as a verb
// inside a noun phrase; an -ing form only ever seen as a verb, tagged as a
// noun before an object; a base form only ever seen as a verb, tagged as
// a noun between a noun and an object; a noun never seen as an adjective,
// tagged as one before a name; a headline's present tense read as a
// plural noun.
func TestFixByLexicon(t *testing.T) {
	known := func(cls, s string) bool {
		return map[string]bool{"N:street": true, "N:rescue": true, "N:executive": true, "N:hospital": true, "V:feature": true, "N:feature": true,
			"V:fill": true, "N:shooting": true, "V:shoot": true, "N:text": true,
			"V:comprise": true, "V:attack": true, "N:attack": true, "N:cleric": true, "N:military": true, "A:military": true,
			"V:interrupt": true, "V:urge": true, "A:wounded": true, "V:wound": true,
			"V:kill": true, "N:kill": true, "N:blast": true, "N:bomb": true, "R:certainly": true, "V:travel": true, "N:travel": true, "N:rain": true, "V:meet": true,
			"V:come": true, "N:com": true, "V:rally": true, "V:arrive": true, "V:beat": true, "V:like": true, "A:big": true, "A:large": true, "A:happy": true}[cls+s]
	}
	for _, c := range []struct {
		words, xpos []string
		i           int
		want        string
	}{
		{[]string{"filled", "the", "streets", "daily"}, []string{"VBD", "DT", "VBZ", "RB"}, 2, "NNS"},
		// a present -s form right before a past tense is its subject
		{[]string{"government", "troops", "withdrew", "from", "it"}, []string{"NN", "VBZ", "VBD", "IN", "PRP"}, 1, "NNS"},
		// (an auxiliary is not: "it has reached")
		{[]string{"it", "has", "reached"}, []string{"PRP", "VBZ", "VBD"}, 1, "VBZ"},
		{[]string{"a", "parade", "featuring", "missiles"}, []string{"DT", "NN", "NN", "NNS"}, 2, "VBG"},
		// seen as a noun: left alone
		{[]string{"the", "shooting", "victims"}, []string{"DT", "NN", "NNS"}, 1, "NN"},
		// a verb after a subject stays a verb, even one only seen as a
		// noun
		{[]string{"they", "fill", "it"}, []string{"PRP", "VBP", "PRP"}, 1, "VBP"},
		{[]string{"people", "text", "me"}, []string{"NNS", "VBP", "PRP"}, 1, "VBP"},
		{[]string{"sent", "to", "Iraq", "comprise", "personnel"}, []string{"VBN", "IN", "NNP", "NN", "NN"}, 3, "VBP"},
		// seen as a noun as well, or with no noun before it: left alone
		{[]string{"the", "rebel", "attack", "victims"}, []string{"DT", "NN", "NN", "NNS"}, 2, "NN"},
		{[]string{"to", "comprise", "personnel"}, []string{"TO", "NN", "NN"}, 1, "NN"},
		// "neighbouring" after a preposition of place, before a name, is
		// an adjective; after "of" it is left as tagged
		{[]string{"In", "neighbouring", "Santos", ","}, []string{"IN", "VBG", "NNP", ","}, 1, "JJ"},
		{[]string{"capital", "of", "neighbouring", "Kwilu"}, []string{"NN", "IN", "VBG", "NNP"}, 2, "VBG"},
		// a noun never seen as an adjective, before a name: the name's title
		{[]string{"the", "Shia", "cleric", "Moqtada"}, []string{"DT", "NNPS", "JJ", "NNP"}, 2, "NN"},
		// also an adjective, or not before a name: left alone
		{[]string{"the", "military", "Junta"}, []string{"DT", "JJ", "NNP"}, 1, "JJ"},
		{[]string{"a", "cleric", "leader"}, []string{"DT", "JJ", "NN"}, 1, "JJ"},
		// a past form never seen as an adjective, after "and" in a past
		// sentence, before an object: the verb's conjunct
		{[]string{"ordered", "care", "for", "the", "injured", "and", "urged", "residents"}, []string{"VBD", "NN", "IN", "DT", "JJ", "CC", "JJ", "NNS"}, 6, "VBD"},
		// seen as an adjective, or with no past verb before: left alone
		{[]string{"ordered", "care", "for", "the", "sick", "and", "wounded", "soldiers"}, []string{"VBD", "NN", "IN", "DT", "JJ", "CC", "JJ", "NNS"}, 6, "JJ"},
		{[]string{"care", "for", "the", "injured", "and", "urged", "residents"}, []string{"NN", "IN", "DT", "JJ", "CC", "JJ", "NNS"}, 5, "JJ"},
		// a capitalised first word read as the past of a verb never seen,
		// before a verb: a name; a known verb's past is left alone
		{[]string{"Lebed", "interrupted", "talks"}, []string{"VBN", "VBD", "NNS"}, 0, "NNP"},
		{[]string{"Interrupted", "talks", "resumed"}, []string{"VBN", "NNS", "VBD"}, 0, "VBN"},
		{[]string{"Interrupted", "resumed", "later"}, []string{"VBN", "VBD", "RB"}, 0, "VBN"},
		// a capitalised first word read as an imperative, before a finite
		// verb (adverbs between): a name; an imperative with its object
		// stays one
		{[]string{"Trump", "repeatedly", "called", "it"}, []string{"VB", "RB", "VBD", "PRP"}, 0, "NNP"},
		{[]string{"Stop", "the", "war"}, []string{"VB", "DT", "NN"}, 0, "VB"},
		// (one that is a noun too, before a noun and a finite verb, is
		// that noun; before a comma, left alone)
		{[]string{"Rescue", "workers", "were", "searching"}, []string{"VB", "NNS", "VBD", "VBG"}, 0, "NN"},
		{[]string{"Rescue", "workers", ",", "they", "said"}, []string{"VB", "NNS", ",", "PRP", "VBD"}, 0, "VB"},
		// a capitalised word inside a sentence, read as a verb never
		// seen: a name; a known verb, or one after a colon, left alone
		{[]string{"nor", "even", "Shi'ite", "Iran"}, []string{"CC", "RB", "VB", "NNP"}, 2, "NNP"},
		{[]string{"you", "must", "Attack", "now"}, []string{"PRP", "MD", "VB", "RB"}, 2, "VB"},
		{[]string{"Note", ":", "Frobnicate", "it"}, []string{"NN", ":", "VB", "PRP"}, 2, "VB"},
		// a word in -ly never seen as an adverb, after an article, before
		// a preposition: a noun; a known adverb stays one
		{[]string{"called", "a", "rally", "in"}, []string{"VBD", "DT", "RB", "IN"}, 2, "NN"},
		{[]string{"a", "certainly", "must"}, []string{"DT", "RB", "MD"}, 1, "RB"},
		// (with an adjective between)
		{[]string{"held", "a", "peaceful", "rally", "outside"}, []string{"VBD", "DT", "JJ", "RB", "IN"}, 3, "NN"},
		// (or another determiner or a possessive)
		{[]string{"hold", "another", "rally", "in"}, []string{"VB", "DT", "RB", "IN"}, 2, "NN"},
		{[]string{"its", "rally", "."}, []string{"PRP$", "RB", "."}, 1, "NN"},
		// "outside" between a noun and a noun phrase: the preposition;
		// after a determiner, an adjective
		{[]string{"a", "vigil", "outside", "parliament"}, []string{"DT", "NN", "JJ", "NN"}, 2, "IN"},
		{[]string{"the", "outside", "world"}, []string{"DT", "JJ", "NN"}, 1, "JJ"},
		// "work" after a verb of stopping or resuming: its object;
		// after another verb, left alone
		{[]string{"would", "stop", "work", "for"}, []string{"MD", "VB", "VB", "IN"}, 2, "NN"},
		{[]string{"miners", "resumed", "work", "on"}, []string{"NNS", "VBD", "VBP", "IN"}, 2, "NN"},
		{[]string{"helped", "work", "out"}, []string{"VBD", "VB", "RP"}, 1, "VB"},
		// a word in -ly seen only as a verb, after "to", before a
		// preposition: the verb; a known adverb stays one
		{[]string{"to", "rally", "outside", "the"}, []string{"TO", "RB", "IN", "DT"}, 1, "VB"},
		{[]string{"to", "certainly", "the"}, []string{"TO", "RB", "DT"}, 1, "RB"},
		// "running battles": the collocation's adjective
		{[]string{"fought", "running", "battles", "with"}, []string{"VBD", "VBG", "NNS", "IN"}, 1, "JJ"},
		{[]string{"running", "the", "country"}, []string{"VBG", "DT", "NN"}, 0, "VBG"},
		// a headline's present tense: between a noun and a count, in a
		// clause with no finite verb; its first word, read as a base verb,
		// is a noun of the subject
		{[]string{"Roadside", "bomb", "wounds", "three", "soldiers"}, []string{"NNP", "NN", "NNS", "CD", "NNS"}, 2, "VBZ"},
		{[]string{"Car", "bomb", "kills", "five", "in", "Kabul"}, []string{"NN", "NN", "NNS", "VBP", "IN", "NNP"}, 2, "VBZ"},
		{[]string{"Attack", "blast", "kills", "12"}, []string{"VB", "JJ", "NNS", "CD"}, 0, "NN"},
		{[]string{"Attack", "blast", "kills", "12"}, []string{"VB", "JJ", "NNS", "CD"}, 1, "NN"},
		{[]string{"Gunmen", "attack", "12", "villages"}, []string{"NNS", "NN", "CD", "NNS"}, 1, "VBP"},
		// a finite verb in the clause, no count after, or no plural
		// subject of a base form: left alone
		{[]string{"the", "attacks", "killed", "12"}, []string{"DT", "NNS", "VBD", "CD"}, 1, "NNS"},
		{[]string{"bomb", "wounds", "heal"}, []string{"NN", "NNS", "NN"}, 1, "NNS"},
		{[]string{"USA", "attack", "650", "723"}, []string{"NNP", "NN", "CD", "CD"}, 1, "NN"},
		// "is due to" a verb: its infinitive; "due to the rain": no verb
		{[]string{"minister", "is", "due", "to", "travel", "to", "Accra"}, []string{"NN", "VBZ", "JJ", "IN", "NN", "IN", "NNP"}, 4, "VB"},
		{[]string{"was", "delayed", "due", "to", "rain"}, []string{"VBD", "VBN", "JJ", "IN", "NN"}, 4, "NN"},
		// "Ahmed plans to meet": a verb of intent; "the government's
		// plans to meet": a noun
		{[]string{"Abiy", "Ahmed", "plans", "to", "meet", "elders"}, []string{"NNP", "NNP", "NNS", "TO", "VB", "NNS"}, 2, "VBZ"},
		{[]string{"the", "government", "'s", "plans", "to", "meet", "elders"}, []string{"DT", "NN", "POS", "NNS", "TO", "VB", "NNS"}, 3, "NNS"},
		// a verb's own present is no plural of a noun its stripped form
		// happens to be ("comes", "com"); a present read as a plural
		// after its subject is the verb
		{[]string{"the", "attack", "comes", "at", "a", "time"}, []string{"DT", "NN", "VBZ", "IN", "DT", "NN"}, 2, "VBZ"},
		{[]string{"the", "state", "arrives", "with", "police"}, []string{"DT", "NN", "NNS", "IN", "NNS"}, 2, "VBZ"},
		{[]string{"the", "state", "arrives"}, []string{"DT", "NN", "NNS"}, 2, "NNS"},
		// a verb whose past is its base, read as a preposition between
		// its subject and object, is that past; a preposition stays one
		{[]string{"men", "beat", "a", "supervisor"}, []string{"NNS", "IN", "DT", "NN"}, 1, "VBD"},
		{[]string{"men", "like", "a", "supervisor"}, []string{"NNS", "IN", "DT", "NN"}, 1, "IN"},
		{[]string{"beat", "a", "supervisor"}, []string{"IN", "DT", "NN"}, 0, "IN"},
		// a noun in -est whose adjective was never seen, read as a
		// superlative, is the noun; a superlative stays one
		{[]string{"over", "the", "unrest"}, []string{"IN", "DT", "JJS"}, 2, "NN"},
		{[]string{"the", "biggest", "protest"}, []string{"DT", "JJS", "NN"}, 1, "JJS"},
		{[]string{"the", "largest", "city"}, []string{"DT", "JJS", "NN"}, 1, "JJS"},
		{[]string{"the", "happiest", "day"}, []string{"DT", "JJS", "NN"}, 1, "JJS"},
		// an adjective that is a noun too, closing a determined phrase,
		// before a finite verb: the noun; before a noun, left alone
		{[]string{"its", "regional", "executive", "had", "decided"}, []string{"PRP$", "JJ", "JJ", "VBD", "VBN"}, 2, "NN"},
		{[]string{"its", "executive", "order", "had", "lapsed"}, []string{"PRP$", "JJ", "NN", "VBD", "VBN"}, 1, "JJ"},
		// a title "general" goes with: a noun
		{[]string{"the", "consul", "general", "met"}, []string{"DT", "JJ", "JJ", "VBD"}, 1, "NN"},
		{[]string{"the", "consul", "general", "met"}, []string{"DT", "JJ", "JJ", "VBD"}, 2, "NN"},
	} {
		upos := make([]string, len(c.xpos))
		for i, x := range c.xpos {
			upos[i] = map[byte]string{'V': "VERB", 'N': "NOUN", 'D': "DET", 'R': "ADV", 'T': "PART", 'P': "PRON"}[x[0]]
		}
		xpos := append([]string(nil), c.xpos...)
		fixByLexicon(c.words, upos, xpos, known)
		if xpos[c.i] != c.want {
			t.Errorf("%v: %q tagged %s, want %s", c.words, c.words[c.i], xpos[c.i], c.want)
		}
	}
}

// FuzzFixByLexicon: the repairs (and the past-tense and gapped-passive ones) never panic, whatever the words and tags
// (empty words, non-ASCII capitals, a sentence of one word).
func FuzzFixByLexicon(f *testing.F) {
	f.Add("Car bomb kills five in Kabul", uint64(0x0102030405))
	f.Add("neither Shi'ite Iran Émile running battles", uint64(42))
	f.Add(" ", uint64(7))
	f.Add("three were killed and five people wounded", uint64(0x0a0b0c))
	tags := []string{"NN", "NNS", "NNP", "VB", "VBP", "VBZ", "VBD", "VBN", "VBG", "JJ", "CD", "DT", "IN", ":", "``", "CC", ",", "RB"}
	known := func(cls, s string) bool { return len(s)%2 == 0 }
	f.Fuzz(func(t *testing.T, text string, seed uint64) {
		words := strings.Split(text, " ")
		upos := make([]string, len(words))
		xpos := make([]string, len(words))
		for i := range words {
			xpos[i] = tags[(seed>>(uint(i)%60))%uint64(len(tags))]
			upos[i] = "X"
		}
		fixByLexicon(words, upos, xpos, known)
		fixGappedPassive(words, upos, xpos)
		fixPastTense(words, upos, xpos)
		fixOpeningParticiple(words, upos, xpos)
		if len(xpos) != len(words) || len(upos) != len(words) {
			t.Fatal("tag slices resized")
		}
	})
}
