package tag

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// fixByLexicon corrects four tag confusions of words the tagger met rarely
// or never, using the lemmas seen in training (known reports whether a
// lemma of a class, "N:" noun or "V:" verb, was seen), after a name read
// as a verb (firstNameAsVerb, nameAsVerb), a headline's present tense
// read as a noun (headlineVerb), "running battles" read as a verb and
// its object (runningBattles), "set fire to" read as a noun phrase
// (setFire) and a noun after an article read as an adverb
// (articleAdverb):
//
//   - a plural or base form tagged as a verb whose lemma was only ever a
//     noun, inside a noun phrase a determiner or a possessive opens
//     ("filled the San Juan streets daily"), is that noun;
//   - an -ing form tagged as a noun that was never seen as a noun but
//     whose verb was, followed by the start of an object ("a parade
//     featuring missiles"), is the verb's participle;
//   - a base form tagged as a noun that was only ever seen as a verb,
//     between a noun and the start of an object ("teams sent to Iraq
//     comprise personnel"), is the present tense;
//   - an adjective whose lemma was only ever a noun, before a name ("the
//     Shia cleric Moqtada al-Sadr"), is that noun, the name's title.
func fixByLexicon(words, upos, xpos []string, known func(cls, lemma string) bool) {
	firstNameAsVerb(words, upos, xpos, known)
	nameAsVerb(words, upos, xpos, known)
	headlineVerb(words, upos, xpos, known)
	runningBattles(words, upos, xpos)
	setFire(words, upos, xpos)
	shotDead(words, upos, xpos)
	metVerb(words, upos, xpos)
	dueToVerb(words, upos, xpos, known)
	plansToVerb(words, upos, xpos, known)
	articleAdverb(words, upos, xpos, known)
	placeAdjective(words, upos, xpos)
	outsideBeforeNoun(words, upos, xpos)
	verbAsPreposition(words, upos, xpos, known)
	pluralBeforePast(words, upos, xpos)
	stopWork(words, upos, xpos)
	toVerbLy(words, upos, xpos, known)
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
				// (not a verb's own present: "the attack comes at", whose
				// stripped "com" is some noun)
				if v := stripS(w, func(cls, s string) bool { return known("V:", s) }); v != noun && known("V:", v) && !known("N:", v) {
					continue
				}
			}
			if known("V:", noun) || !known("N:", noun) || !insideNounPhrase(xpos, i) {
				continue
			}
			upos[i] = "NOUN"
			if xpos[i] == "VBZ" {
				xpos[i] = "NNS"
			} else {
				xpos[i] = "NN"
			}
		case "JJ":
			// a noun never seen as an adjective, before a name, is the
			// name's title ("the powerful Shia cleric Moqtada al-Sadr")
			if i+1 < len(words) && xpos[i+1] == "NNP" && known("N:", w) && !known("A:", w) {
				upos[i], xpos[i] = "NOUN", "NN"
			}
			// an adjective that is a noun too, closing a noun phrase a
			// possessive or a determiner opens, before a finite verb or an
			// auxiliary, is that noun, the verb's subject ("its regional
			// executive had decided")
			if i+1 < len(words) && known("N:", w) && finiteOrAux(xpos[i+1]) && determinedBefore(xpos, i) {
				upos[i], xpos[i] = "NOUN", "NN"
			}
			// (or before an adjective that goes with a title: "consul
			// general", "attorney general")
			if i+1 < len(words) && strings.EqualFold(words[i+1], "general") && titleBeforeGeneral[w] {
				upos[i], xpos[i] = "NOUN", "NN"
				upos[i+1], xpos[i+1] = "NOUN", "NN"
			}
			// a past form never seen as an adjective, after "and", in a
			// sentence whose verb is a past tense, before an object, is
			// that verb's conjunct ("ordered care for the injured and
			// urged residents to ...")
			if strings.HasSuffix(w, "ed") && i+1 < len(words) && xpos[i-1] == "CC" && objectStart(xpos[i+1]) && !known("A:", w) &&
				known("V:", verbLemma(w, "VBD", known)) && slices.Contains(xpos[:i-1], "VBD") {
				upos[i], xpos[i] = "VERB", "VBD"
			}
		case "NNS":
			// a present tense only ever seen as a verb, read as a plural
			// after its subject and before what follows the verb ("the
			// state arrives with police", "Jujuy sits on part of")
			if i+1 >= len(words) || !nounTag(xpos[i-1]) && xpos[i-1] != "PRP" {
				continue
			}
			switch xpos[i+1] {
			case "IN", "DT", "RB", "TO", "PRP$":
			default:
				continue
			}
			v := stripS(w, func(cls, s string) bool { return known("V:", s) })
			if len(v) >= 3 && known("V:", v) && !known("N:", v) && !known("N:", w) {
				upos[i], xpos[i] = "VERB", "VBZ"
			}
		case "JJS":
			// a noun in -est read as a superlative whose adjective was
			// never seen ("over the unrest", "the inquest"): the noun
			if strings.HasSuffix(w, "est") && len(w) >= 5 && !known("A:", w) && !known("A:", degreeLemma(w, "JJS", known)) {
				upos[i], xpos[i] = "NOUN", "NN"
			}
		case "NN":
			if i+1 >= len(words) {
				continue
			}
			if !strings.HasSuffix(w, "ing") {
				// a base form only ever seen as a verb, between a noun and
				// the start of its object ("advisers being sent to Iraq
				// comprise personnel")
				if len(w) >= 4 && known("V:", w) && !known("N:", w) && nounTag(xpos[i-1]) && (objectStart(xpos[i+1]) || xpos[i+1] == "NN") {
					upos[i], xpos[i] = "VERB", "VBP"
				}
				continue
			}
			if len(w) < 6 || known("N:", w) || !objectStart(xpos[i+1]) {
				continue
			}
			if v := stemSuffix(w[:len(w)-3], "V:", known); known("V:", v) {
				upos[i], xpos[i] = "VERB", "VBG"
			}
		}
	}
}

// titleBeforeGeneral are the titles "general" follows as part of the
// title ("consul general", "secretary general").
var titleBeforeGeneral = map[string]bool{"consul": true, "attorney": true, "secretary": true, "director": true,
	"governor": true, "surgeon": true, "inspector": true, "solicitor": true, "auditor": true, "procurator": true}

// verbAsPreposition: a word tagged a preposition that is none, a verb
// whose past is its base form, between a noun and the start of an
// object, is that past ("a group of men armed with machetes beat/IN a
// supervisor", "rights groups put/IN the toll higher"): prepositions are
// a closed class.
func verbAsPreposition(words, upos, xpos []string, known func(cls, lemma string) bool) {
	for i := 1; i+1 < len(words); i++ {
		w := strings.ToLower(words[i])
		if xpos[i] != "IN" || prepositions[w] || !samePast[w] || !known("V:", w) {
			continue
		}
		if nounTag(xpos[i-1]) && objectStart(xpos[i+1]) {
			upos[i], xpos[i] = "VERB", "VBD"
		}
	}
}

// samePast are verbs whose past is their base form.
var samePast = map[string]bool{"beat": true, "hit": true, "put": true, "set": true, "cut": true, "shut": true,
	"hurt": true, "cast": true, "spread": true, "burst": true, "quit": true, "shed": true, "split": true,
	"thrust": true, "bid": true, "let": true, "upset": true, "broadcast": true, "forecast": true}

// prepositions are the words a preposition or subordinator tag is right
// for, among those that are verbs too.
var prepositions = map[string]bool{"like": true, "near": true, "past": true, "round": true, "down": true, "up": true,
	"out": true, "off": true, "over": true, "pending": true, "including": true, "following": true, "considering": true,
	"regarding": true, "concerning": true, "given": true, "save": true, "except": true, "bar": true, "during": true}

// firstNameAsVerb: a capitalised first word is its clause's subject's
// name, not a verb, when it was tagged a past form whose verb was never
// seen, before a verb ("Lebed interrupted talks"), or an imperative
// before a finite verb, adverbs between ("Trump repeatedly called the
// investigation a hoax": an imperative takes no finite verb after it); a
// first word that is a noun too, before a noun and a finite verb, is
// that noun ("Rescue workers ... were searching").
func firstNameAsVerb(words, upos, xpos []string, known func(cls, lemma string) bool) {
	if len(words) < 2 || !capitalised(words[0]) {
		return
	}
	switch xpos[0] {
	case "VB":
		// ("Rescue workers with sniffer dogs were still searching": a
		// noun before the plural it modifies, the clause's verb later)
		if (xpos[1] == "NNS" || xpos[1] == "NN") && known("N:", strings.ToLower(words[0])) {
			for i := 2; i < len(words) && xpos[i] != "," && xpos[i] != ":"; i++ {
				if finiteOrAux(xpos[i]) {
					upos[0], xpos[0] = "NOUN", "NN"
					return
				}
			}
		}
		for i := 1; i < len(words); i++ {
			if xpos[i] == "RB" {
				continue
			}
			if xpos[i] == "VBD" || xpos[i] == "VBZ" {
				upos[0], xpos[0] = "PROPN", "NNP"
			}
			return
		}
	case "VBD", "VBN":
		switch xpos[1] {
		case "VBD", "VBZ", "VBP", "MD":
		default:
			return
		}
		lw := strings.ToLower(words[0])
		if _, ok := irregularPast[lw]; ok || known("V:", verbLemma(lw, xpos[0], known)) {
			return
		}
		upos[0], xpos[0] = "PROPN", "NNP"
	}
}

// finiteOrAux: a tag of a finite verb or a modal.
func finiteOrAux(x string) bool {
	return x == "VBD" || x == "VBZ" || x == "VBP" || x == "MD"
}

// determinedBefore: the word at i closes a phrase a possessive or a
// determiner opens, adjectives between ("its regional executive").
func determinedBefore(xpos []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch xpos[k] {
		case "PRP$", "POS", "DT":
			return true
		case "JJ":
			continue
		}
		return false
	}
	return false
}

// capitalised: w opens on a capital and is not all capitals.
func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && w != strings.ToUpper(w)
}

// nameAsVerb: a capitalised word inside a sentence, tagged a verb whose
// verb was never seen, is a name ("neither the United States nor even
// Shi'ite Iran"), unless a colon or a quotation mark opens a title or a
// quotation before it.
func nameAsVerb(words, upos, xpos []string, known func(cls, lemma string) bool) {
	for i := 1; i < len(words); i++ {
		switch xpos[i] {
		case "VB", "VBP", "VBZ", "VBD", "VBN", "VBG":
		default:
			continue
		}
		w := words[i]
		if !capitalised(w) {
			continue
		}
		switch words[i-1] {
		case ":", "\"", "``", "“", "'", "‘", "(", "-", "--", "—":
			continue
		}
		lw := strings.ToLower(Norm(w))
		if _, ok := irregularPast[lw]; ok || known("V:", verbLemma(lw, xpos[i], known)) || known("V:", lw) {
			continue
		}
		upos[i], xpos[i] = "PROPN", "NNP"
	}
}

// articleAdverb: a word in -ly never seen as an adverb, read as one
// ("rally", "ally", "assembly") right after an article, another
// determiner or a possessive (and at most two adjectives), before a
// preposition, a verb or the end of the clause, is a noun ("called a
// rally in the capital", "would hold another rally in the city").
func articleAdverb(words, upos, xpos []string, known func(cls, lemma string) bool) {
	for i := 1; i < len(words); i++ {
		// (an adverb the tagger knows stays one: "a very, very good")
		if w := strings.ToLower(words[i]); xpos[i] != "RB" || !strings.HasSuffix(w, "ly") || known("R:", w) {
			continue
		}
		// (with adjectives between: "held a peaceful rally outside")
		p := i - 1
		for p > 0 && p >= i-2 && xpos[p] == "JJ" {
			p--
		}
		switch strings.ToLower(words[p]) {
		case "a", "an", "the", "another", "this", "that", "its", "their", "his", "her", "our":
		default:
			continue
		}
		next := "."
		if i+1 < len(words) {
			next = xpos[i+1]
		}
		switch next {
		case "IN", ".", ",", ":", "CC", "TO", "MD", "VBD", "VBZ", "VBP":
			upos[i], xpos[i] = "NOUN", "NN"
		}
	}
}

// runningBattles: "running" before a fight is the adjective of the
// collocation ("fought running battles with police"), not a verb taking
// the fight as its object.
func runningBattles(words, upos, xpos []string) {
	for i := 0; i+1 < len(words); i++ {
		if xpos[i] != "VBG" || strings.ToLower(words[i]) != "running" {
			continue
		}
		switch strings.ToLower(words[i+1]) {
		case "battle", "battles", "gunbattle", "gunbattles", "fight", "fights", "clash", "clashes", "skirmishes", "street":
			upos[i], xpos[i] = "ADJ", "JJ"
		}
	}
}

// stopWork: "work" right after a verb of stopping or resuming is the
// noun, the verb's object ("its members would stop work for 48 hours",
// "miners resumed work"), not an infinitive.
func stopWork(words, upos, xpos []string) {
	for i := 1; i < len(words); i++ {
		if strings.ToLower(words[i]) != "work" || !strings.HasPrefix(xpos[i], "VB") || !strings.HasPrefix(xpos[i-1], "VB") {
			continue
		}
		switch strings.ToLower(words[i-1]) {
		case "stop", "stops", "stopped", "stopping", "halt", "halts", "halted", "halting",
			"resume", "resumes", "resumed", "resuming", "suspend", "suspends", "suspended", "suspending":
			upos[i], xpos[i] = "NOUN", "NN"
		}
	}
}

// toVerbLy: a word in -ly never seen as an adverb but seen as a verb,
// right after the infinitive's "to" and before a preposition, article or
// pronoun, is that verb's base form ("called on its supporters to rally
// outside the parliament"); "to fully back" keeps its adverb.
func toVerbLy(words, upos, xpos []string, known func(cls, lemma string) bool) {
	for i := 1; i+1 < len(words); i++ {
		w := strings.ToLower(words[i])
		if xpos[i] != "RB" || xpos[i-1] != "TO" || !strings.HasSuffix(w, "ly") || known("R:", w) || !known("V:", w) {
			continue
		}
		switch xpos[i+1] {
		case "IN", "DT", "PRP$", "PRP", "RP", ".", ",":
			upos[i], xpos[i] = "VERB", "VB"
		}
	}
}

// setFire: "set" before "fire to" (or "fire on") is the verb of the
// collocation ("protesters set fire to a police station", "a crowd set
// fire to the town hall"), not a modifier of "fire": a past tense, a
// base form after "to" or a modal, a participle after "have" or "be";
// the "to" after it is a preposition, and the word after that a noun.
func setFire(words, upos, xpos []string) {
	for i := 0; i+2 < len(words); i++ {
		if strings.ToLower(words[i]) != "set" || strings.ToLower(words[i+1]) != "fire" {
			continue
		}
		if nx := strings.ToLower(words[i+2]); nx != "to" && nx != "on" {
			continue
		}
		x := "VBD"
		if i > 0 {
			switch p := strings.ToLower(words[i-1]); {
			case p == "to" || xpos[i-1] == "MD":
				x = "VB"
			case p == "have" || p == "has" || p == "had" || p == "been" || p == "was" || p == "were" || p == "being":
				x = "VBN"
			}
		}
		upos[i], xpos[i] = "VERB", x
		upos[i+1], xpos[i+1] = "NOUN", "NN"
		// (what follows is what burned: "set fire to police booths", not
		// the infinitive "to police")
		upos[i+2], xpos[i+2] = "ADP", "IN"
		if i+3 < len(words) && (xpos[i+3] == "VB" || xpos[i+3] == "VBP") {
			upos[i+3], xpos[i+3] = "NOUN", "NN"
		}
	}
}

// shotDead: "shot" before "dead" is the verb of the collocation
// ("checked identity cards and shot dead six men", "gunmen shot dead a
// trader"), not a noun: a participle after "have" or "be", else a past
// tense.
func shotDead(words, upos, xpos []string) {
	for i := 0; i+1 < len(words); i++ {
		if strings.ToLower(words[i]) != "shot" || strings.ToLower(words[i+1]) != "dead" || upos[i] == "VERB" {
			continue
		}
		x := "VBD"
		if i > 0 {
			switch strings.ToLower(words[i-1]) {
			case "have", "has", "had", "been", "be", "being", "was", "were", "is", "are", "got", "get":
				x = "VBN"
			}
		}
		upos[i], xpos[i] = "VERB", x
	}
}

// metVerb: a lower-case "met" read as a noun is the verb ("the Americans
// met on Wednesday with the opposition leader"): no noun is spelt so but
// a name's ("the Met"); a participle after "have" or "be", else a past
// tense.
func metVerb(words, upos, xpos []string) {
	for i := 1; i < len(words); i++ {
		if words[i] != "met" || upos[i] == "VERB" || upos[i] == "AUX" {
			continue
		}
		x := "VBD"
		switch strings.ToLower(words[i-1]) {
		case "the", "a", "an":
			continue
		case "have", "has", "had", "been", "be", "being", "was", "were", "is", "are", "having":
			x = "VBN"
		}
		upos[i], xpos[i] = "VERB", x
	}
}

// dueToVerb: after "is due to" (scheduled), a base form that was seen as
// a verb is that verb's infinitive, not the object of "due to" (because
// of): "the minister is due to travel to Accra next week", not "due to
// the rain".
func dueToVerb(words, upos, xpos []string, known func(cls, lemma string) bool) {
	for i := 1; i+2 < len(words); i++ {
		if strings.ToLower(words[i]) != "due" || strings.ToLower(words[i+1]) != "to" {
			continue
		}
		switch strings.ToLower(words[i-1]) {
		case "is", "are", "was", "were", "be", "been", "'s", "'re":
		default:
			continue
		}
		w := strings.ToLower(words[i+2])
		if xpos[i+2] != "NN" && xpos[i+2] != "VBP" || !known("V:", w) {
			continue
		}
		upos[i+1], xpos[i+1] = "PART", "TO"
		upos[i+2], xpos[i+2] = "VERB", "VB"
	}
}

// plansToVerb: a verb of intent read as a plural noun right after a name
// or a pronoun and before "to" and a verb ("Abiy Ahmed plans to meet
// elders", "he vows to fight") is the present tense, its infinitive a
// verb.
func plansToVerb(words, upos, xpos []string, known func(cls, lemma string) bool) {
	for i := 1; i+2 < len(words); i++ {
		if xpos[i] != "NNS" || !intentVerbs[strings.ToLower(words[i])] || strings.ToLower(words[i+1]) != "to" {
			continue
		}
		if xpos[i-1] != "NNP" && xpos[i-1] != "PRP" {
			continue
		}
		w := strings.ToLower(words[i+2])
		if xpos[i+2] != "VB" && xpos[i+2] != "NN" && xpos[i+2] != "VBP" || !known("V:", w) {
			continue
		}
		upos[i], xpos[i] = "VERB", "VBZ"
		upos[i+1], xpos[i+1] = "PART", "TO"
		upos[i+2], xpos[i+2] = "VERB", "VB"
	}
}

// intentVerbs, in the third person, tell an intent and take an infinitive.
var intentVerbs = map[string]bool{"plans": true, "intends": true, "aims": true, "vows": true, "threatens": true, "hopes": true,
	"wants": true, "seeks": true, "needs": true, "promises": true, "pledges": true}

// headlineVerb repairs the present tense of a headline, which web text
// rarely has: in a clause with no finite verb, a word after a noun (its
// subject) and before a count (its object) is the verb when its verb was
// seen, or, ending in -s, when its noun was ("Car bomb kills five in
// Kabul", "Roadside bomb wounds three soldiers", "Police arrest 30
// protesters"); a first word tagged a base verb that was seen as a noun
// is its subject's noun ("Bomb blast kills 12"), as are the adjectives
// between that were only ever nouns.
func headlineVerb(words, upos, xpos []string, known func(cls, lemma string) bool) {
	for k, x := range xpos {
		switch x {
		case "VBD", "VBZ", "VBP", "MD":
			if !countWord(words[k], "") { // ("five" read as a verb)
				return
			}
		}
	}
	for i := 1; i+1 < len(words); i++ {
		w := words[i]
		if w != strings.ToLower(w) || !nounTag(xpos[i-1]) && xpos[i-1] != "JJ" || !countWord(words[i+1], xpos[i+1]) {
			continue
		}
		switch xpos[i] {
		case "NNS":
			if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
				continue
			}
			stem := stripS(w, func(cls, s string) bool { return known("V:", s) })
			if !known("V:", stem) && !known("N:", stem) {
				continue
			}
			upos[i], xpos[i] = "VERB", "VBZ"
		case "NN", "JJ", "JJS", "VB":
			// (a plural subject: not "USA phone 650 723 1976")
			if !known("V:", w) || xpos[i-1] != "NNS" {
				continue
			}
			upos[i], xpos[i] = "VERB", "VBP"
		default:
			continue
		}
		if xpos[i+1] != "CD" {
			upos[i+1], xpos[i+1] = "NUM", "CD"
		}
	subject:
		for j := i - 1; j >= 0; j-- {
			lw := strings.ToLower(words[j])
			switch {
			case nounTag(xpos[j]):
			case xpos[j] == "JJ" && known("N:", lw) && !known("A:", lw),
				j == 0 && xpos[j] == "VB" && known("N:", lw):
				upos[j], xpos[j] = "NOUN", "NN"
			default:
				break subject
			}
		}
		return
	}
}

// countWord: a number, in figures or words ("12", "five", "dozens").
func countWord(w, x string) bool {
	if x == "CD" {
		return true
	}
	switch strings.ToLower(w) {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
		"twenty", "thirty", "forty", "fifty", "dozens", "scores", "hundreds", "thousands":
		return true
	}
	return false
}

// insideNounPhrase: word i follows a determiner or a possessive across
// only adjectives, nouns and numbers ("the San Juan streets"); after a
// bare noun it would more likely be that noun's verb ("people text").
func insideNounPhrase(xpos []string, i int) bool {
	for j := i - 1; j >= 0; j-- {
		switch xpos[j] {
		case "DT", "PRP$", "POS":
			return true
		case "JJ", "JJR", "JJS", "NN", "NNP", "NNS", "NNPS", "CD":
			continue
		}
		return false
	}
	return false
}

func nounTag(x string) bool {
	switch x {
	case "NN", "NNS", "NNP", "NNPS":
		return true
	}
	return false
}

// placeAdjective: "neighbouring" before a name is the adjective ("In
// neighbouring Santos, police killed ..."), not a verb taking the name as
// its object.
func placeAdjective(words, upos, xpos []string) {
	for i := 0; i+1 < len(words); i++ {
		switch strings.ToLower(words[i]) {
		case "neighbouring", "neighboring", "adjoining":
			// (after a preposition of place: "in neighbouring Santos")
			if (xpos[i] == "VBG" || xpos[i] == "NN") && (xpos[i+1] == "NNP" || xpos[i+1] == "NNPS") && i > 0 && locativePreps[strings.ToLower(words[i-1])] {
				upos[i], xpos[i] = "ADJ", "JJ"
			}
		}
	}
}

// outsideBeforeNoun: "outside" read as an adjective between a noun and
// a noun phrase ("held a vigil outside parliament", "protesters outside
// the embassy") is the preposition; after a determiner it stays one ("the
// outside world").
func outsideBeforeNoun(words, upos, xpos []string) {
	for i := 1; i+1 < len(words); i++ {
		if xpos[i] != "JJ" || !strings.EqualFold(words[i], "outside") {
			continue
		}
		switch xpos[i-1] {
		case "NN", "NNS", "NNP", "NNPS":
		default:
			continue
		}
		switch xpos[i+1] {
		case "NN", "NNS", "NNP", "NNPS", "DT", "PRP$", "CD":
			upos[i], xpos[i] = "ADP", "IN"
		}
	}
}

// locativePreps place what follows them.
var locativePreps = map[string]bool{"in": true, "at": true, "near": true, "into": true, "across": true}

// pluralBeforePast retags as a plural noun a present-tense -s form right
// before a past tense, after a noun, adjective or determiner ("government
// troops/VBZ withdrew from the town"): no verb of the present stands
// straight before a past tense, but a subject does.
func pluralBeforePast(words, upos, xpos []string) {
	for i := 1; i+1 < len(words); i++ {
		if xpos[i] != "VBZ" || xpos[i+1] != "VBD" {
			continue
		}
		w := strings.ToLower(words[i])
		if w != words[i] || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || auxiliary(w) || w == "does" {
			continue
		}
		switch xpos[i-1] {
		case "NN", "NNP", "JJ", "DT", "CD", "PRP$":
			upos[i], xpos[i] = "NOUN", "NNS"
		}
	}
}
