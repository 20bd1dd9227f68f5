package tag

import "strings"

// fixByLexicon corrects two tag confusions of words the tagger met rarely
// or never, using the lemmas seen in training (known reports whether a
// lemma of a class, "N:" noun or "V:" verb, was seen):
//
//   - a plural or base form tagged as a verb whose lemma was only ever a
//     noun, right after a word that continues a noun phrase ("filled the
//     San Juan streets daily"), is that noun;
//   - an -ing form tagged as a noun that was never seen as a noun but
//     whose verb was, followed by the start of an object ("a parade
//     featuring missiles"), is the verb's participle.
func fixByLexicon(words, upos, xpos []string, known func(cls, lemma string) bool) {
	for i := 1; i < len(words); i++ {
		w := strings.ToLower(Norm(words[i]))
		if w != words[i] && strings.ToLower(words[i]) != words[i] {
			continue // capitalised: a name's business, not the lexicon's
		}
		switch xpos[i] {
		case "VBZ", "VBP", "VB":
			noun := w
			if xpos[i] == "VBZ" {
				if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
					continue
				}
				noun = stripS(w, func(cls, s string) bool { return known("N:", s) })
			}
			if known("V:", noun) || !known("N:", noun) || !nounPhraseGoesOn(xpos[i-1]) {
				continue
			}
			upos[i] = "NOUN"
			if xpos[i] == "VBZ" {
				xpos[i] = "NNS"
			} else {
				xpos[i] = "NN"
			}
		case "NN":
			if !strings.HasSuffix(w, "ing") || len(w) < 6 || known("N:", w) || i+1 >= len(words) || !objectStart(xpos[i+1]) {
				continue
			}
			if v := stemSuffix(w[:len(w)-3], "V:", known); known("V:", v) {
				upos[i], xpos[i] = "VERB", "VBG"
			}
		}
	}
}

// nounPhraseGoesOn: a word tagged x may be followed by more of its noun
// phrase (a determiner, an adjective, a noun, a number, a possessive).
func nounPhraseGoesOn(x string) bool {
	switch x {
	case "DT", "JJ", "JJR", "JJS", "NN", "NNP", "NNS", "NNPS", "CD", "PRP$", "POS":
		return true
	}
	return false
}
