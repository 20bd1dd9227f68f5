package tag

import "strings"

// A past-tense verb that is also a past participle ("killed", "shelled",
// "seized") right after a plural or mass noun is the commonest tagging
// error on news: "Government troops killed twelve militants" comes out
// killed/VBN, as if "troops killed" were a reduced relative ("the men
// killed yesterday were farmers"). Web text, which the tagger learns from,
// has few such headline clauses. fixPastTense retags VBN as VBD when the
// word reads as the clause's finite verb:
//   - it directly follows a noun or pronoun (its subject),
//   - it takes a direct object (the next word starts a noun phrase), which
//     a participle of a reduced relative rarely does,
//   - no auxiliary precedes it in the clause (a passive or perfect), and
//   - no finite verb follows it in the clause (the reduced relative's main
//     verb: "the men killed ... were"); one before it belongs to another
//     clause ("officials said gunmen abducted 20 students").
//
// A clause ends at punctuation, a conjunction, a preposition or
// subordinator, or a wh-word.
func fixPastTense(words, upos, xpos []string) {
	// a form that is only ever a past tense, tagged as a base form ("...
	// urged the embassy to reconsider and spoke/VB with Pompeo"), or as a
	// participle, which it is not ("the presidents of the two countries
	// spoke/VBN by telephone")
	for i := range xpos {
		// (or as a word no verb is: "fighters overran/IN an army base")
		if (xpos[i] == "VB" || xpos[i] == "VBP" || xpos[i] == "VBN" || xpos[i] == "IN" || xpos[i] == "RB" || xpos[i] == "RP") && onlyPast[strings.ToLower(words[i])] {
			upos[i], xpos[i] = "VERB", "VBD"
		}
	}
	for i := 1; i+1 < len(xpos); i++ {
		// ("before police shot and killed the attacker": a past form
		// coordinated with a past verb)
		coordPast := xpos[i+1] == "CC" && i+2 < len(xpos) && xpos[i+2] == "VBD"
		// (an object that opens with a noun the tagger took for a
		// compound's first word: "aircraft struck residential streets")
		nounObject := xpos[i+1] == "NN" && i+2 < len(xpos) && (xpos[i+2] == "NNS" || xpos[i+2] == "NN")
		// (or the subject's relative clause closed by a comma before it:
		// "Tshisekedi, who was sworn in on Saturday, met leaders")
		if (edNoun(words[i], xpos[i]) && objectStart(xpos[i+1]) || pastNoun(words[i], xpos[i]) && (objectStart(xpos[i+1]) || nounObject || xpos[i+1] == "," || xpos[i+1] == ":" || coordPast)) &&
			(subjectLike(xpos[i-1]) || pastNoun(words[i], xpos[i]) && afterRelative(xpos, i)) && !clauseHasVerb(xpos, i) {
			// "The Syrian Army entered Tell Tamer" read as a noun: the
			// clause has no verb but this one
			upos[i], xpos[i] = "VERB", "VBD"
			continue
		}
		if xpos[i] != "VBN" || upos[i] != "VERB" {
			continue
		}
		// ("Thousands of demonstrators gathered in Nasiriyah": a sentence
		// with no finite verb has its verb in the participle form, if the
		// verb takes no object: "Soldiers killed in ambush" is passive)
		// (a verb used without its object after a determined subject,
		// in a full sentence with no other main verb: "An Associated Press
		// photographer watched in horror as ...")
		bare := xpos[i+1] == "IN" && !mainFinite(words, xpos, i) && xpos[len(xpos)-1] == "." && insideNounPhrase(xpos, i)
		// ("organizers indicate one million people marched in London": a
		// report's complement clause, when the report is the only
		// finite verb)
		// (or after: "hundreds of residents gathered outside the police
		// station to demand protection, witnesses said")
		reported := intransitive(words[i]) && (reportOnlyBefore(words, xpos, i) || reportsOnly(words, xpos, i))
		// ("police fired tear gas": a compound noun as the object, not a
		// time word after a reduced relative, "a statement issued today")
		// (or a count: "gunmen on motorcycles killed at least 23
		// villagers")
		object := objectStart(xpos[i+1]) || xpos[i+1] == "NN" && i+2 < len(xpos) && xpos[i+2] == "NN" && !timeNoun[strings.ToLower(words[i+1])] ||
			atLeast(words, i+1)
		// ("artillery shells slammed into the town, ..., officials
		// said": a verb of impact into what it struck, the sentence's
		// other finite verbs all reports)
		impact := i+1 < len(words) && impactPreps[strings.ToLower(words[i+1])] && reportsOnly(words, xpos, i)
		if !subjectLike(xpos[i-1]) || !object && !bare && !reported && !impact && (mainFinite(words, xpos, i) || !intransitive(words[i])) || namingVerb(words[i]) {
			continue
		}
		ok := true
		for j, end := i+1, clauseEnd(xpos, i); j < end && ok; j++ {
			ok = !finite(xpos[j])
		}
		// An auxiliary may stand before an adverbial ("has for years
		// regarded"): look further back, to the last punctuation.
		for j := i - 1; j >= 0 && j >= i-6 && ok && !punctuation(xpos[j]); j-- {
			// (a possessive is no "is": "in Iraq's Kurdistan region
			// killed six people")
			ok = !auxiliary(words[j]) || xpos[j] == "POS"
		}
		if ok {
			xpos[i] = "VBD"
		}
	}
}

// fixHyphenParticiple retags the participle closing a hyphenated
// modifier before a noun ("state-run news agency", split "state - run";
// "government-funded groups") as a participle: "run" read as a base form
// makes "state" a subject and "run" a clause.
func fixHyphenParticiple(words, upos, xpos []string) {
	for i := 2; i+1 < len(xpos); i++ {
		if xpos[i-1] != "HYPH" || !hyphenParticiples[strings.ToLower(words[i])] || xpos[i] == "VBN" {
			continue
		}
		switch xpos[i+1] {
		case "NN", "NNS", "NNP", "NNPS", "JJ":
			upos[i], xpos[i] = "VERB", "VBN"
		}
	}
}

// hyphenParticiples close compound modifiers ("state-run", "Iranian-backed").
var hyphenParticiples = map[string]bool{"run": true, "led": true, "backed": true, "owned": true, "funded": true,
	"controlled": true, "sponsored": true, "based": true, "held": true, "made": true, "linked": true, "allied": true}

// reportOnlyBefore: the finite verbs of the sentence other than word i
// stand before it and all report or estimate ("said", "indicate"), so i
// may be the verb of what they report.
func reportOnlyBefore(words, xpos []string, i int) bool {
	seen := false
	for j, x := range xpos {
		if j == i || !finite(x) {
			continue
		}
		if j > i || !reportForms[strings.ToLower(words[j])] {
			return false
		}
		seen = true
	}
	return seen
}

// reportsOnly: every finite verb of the sentence other than word i is a
// report or an estimate, before or after it.
func reportsOnly(words, xpos []string, i int) bool {
	for j, x := range xpos {
		if j != i && finite(x) && !reportForms[strings.ToLower(words[j])] {
			return false
		}
	}
	return true
}

// impactPreps follow a verb of impact ("slammed into", "tore through").
var impactPreps = map[string]bool{"into": true, "through": true, "onto": true}

// reportForms are finite forms of verbs that take what happened as a
// clause.
var reportForms = map[string]bool{"said": true, "say": true, "says": true, "indicate": true, "indicates": true,
	"indicated": true, "show": true, "shows": true, "showed": true, "reported": true, "report": true, "reports": true,
	"estimate": true, "estimates": true, "estimated": true, "believe": true, "believes": true, "believed": true,
	"told": true, "added": true, "claimed": true, "claim": true, "claims": true, "suggest": true, "suggests": true}

// onlyPast are past tenses that are neither a base form nor a participle.
var onlyPast = map[string]bool{"spoke": true, "wrote": true, "went": true, "took": true, "gave": true, "drove": true,
	"flew": true, "knew": true, "grew": true, "threw": true, "drew": true, "rose": true, "fell": true, "stole": true,
	"broke": true, "chose": true, "froze": true, "began": true, "ran": true, "came": true, "became": true, "saw": true,
	"did": true, "tore": true, "swore": true, "shook": true, "forgave": true, "overran": true, "withdrew": true,
	"undertook": true, "overtook": true, "ate": true, "sang": true, "rang": true, "swam": true, "forbade": true}

// edNoun: a lower-case word of five or more letters ending in -ed tagged
// as a common noun (real ones are few: "hundred", "bloodshed").
func edNoun(w, x string) bool {
	if x != "NN" || len(w) < 5 || !strings.HasSuffix(w, "ed") || strings.ToLower(w) != w {
		return false
	}
	switch w {
	case "hundred", "bloodshed", "watershed", "homestead", "thoroughbred", "seabed", "riverbed", "sickbed", "deathbed", "flatbed", "hotbed", "roadbed", "seaweed", "tumbleweed", "stampede":
		return false
	}
	return true
}

// afterRelative: word i follows the comma that closes a relative clause
// opened, after a comma, by "who" or "which" ("X, who was sworn in on
// Saturday, met ...").
func afterRelative(xpos []string, i int) bool {
	if i < 4 || xpos[i-1] != "," {
		return false
	}
	for j := i - 2; j >= 1; j-- {
		switch xpos[j] {
		case "WP", "WDT":
			return xpos[j-1] == "," && j >= 2 && subjectLike(xpos[j-2])
		case ",", ".", ":":
			return false
		}
	}
	return false
}

// pastNoun: an irregular past tense of a verb of news tagged as a noun
// ("Stoltenberg wrote, ...").
func pastNoun(w, x string) bool {
	if x != "NN" && x != "NNP" {
		return false
	}
	switch w {
	case "wrote", "said", "told", "spoke", "took", "gave", "sent", "met", "fled", "fought", "led", "struck",
		"shot", "threw", "stole", "sought", "won", "lost", "held", "left", "began", "broke", "brought",
		"chose", "drew", "drove", "fell", "flew", "forbade", "overran", "withdrew", "swore", "tore", "rode":
		return true
	}
	return false
}

// clauseHasVerb: the clause holding word i (from the last punctuation,
// conjunction or subordinator before it to the clause end) has a verb
// other than word i, a participle after it aside.
func clauseHasVerb(xpos []string, i int) bool {
	start := i
	for start > 0 && !clauseBreak(xpos[start-1]) {
		start--
	}
	for j := start; j < clauseEnd(xpos, i); j++ {
		// (a participle after it is no verb of the clause's own: "a
		// roadside bomb struck a vehicle carrying officers")
		if j > i && (xpos[j] == "VBG" || xpos[j] == "VBN") {
			continue
		}
		if j != i && (strings.HasPrefix(xpos[j], "VB") || xpos[j] == "MD") {
			return true
		}
	}
	return false
}

// intransitive reports past forms of verbs that take no object, so a
// bare participle of them is active ("demonstrators gathered").
func intransitive(w string) bool {
	switch strings.ToLower(w) {
	case "gathered", "assembled", "converged", "rallied", "marched", "protested", "demonstrated",
		"clashed", "fled", "died", "arrived", "returned", "rioted", "mobilized", "mobilised":
		return true
	}
	return false
}

// mainFinite: the sentence has a finite verb or a modal before word i,
// or after it before a relative clause (a wh-word) or a clause of
// "whether" or "if" opens.
func mainFinite(words, xpos []string, i int) bool {
	quoted := false
	for j, x := range xpos {
		if j > i && (x == "WDT" || x == "WP" || x == "WP$" || x == "WRB") {
			break
		}
		// (nor one in a clause a subordinator opens after it:
		// "gathered ..., demanding to know whether they were alive")
		if j > i && x == "IN" && (strings.EqualFold(words[j], "whether") || strings.EqualFold(words[j], "if")) {
			break
		}
		// (a verb inside a quotation after it is the quotation's:
		// "marched ..., chanting \"Bocas is not alone\"")
		if j > i && (x == "``" || x == "''") {
			quoted = !quoted
			continue
		}
		if j != i && finite(x) && !quoted {
			return true
		}
	}
	return false
}

// namingVerb reports participles that head reduced relatives with an
// object-like complement ("a company called SPACEHAB", "a letter dated
// June 16").
func namingVerb(w string) bool {
	switch strings.ToLower(w) {
	case "named", "called", "dubbed", "titled", "entitled", "nicknamed", "labeled", "labelled",
		"termed", "known", "dated", "based", "related":
		return true
	}
	return false
}

func punctuation(x string) bool {
	switch x {
	case ",", ".", ":", "``", "''", "-LRB-", "-RRB-":
		return true
	}
	return false
}

func subjectLike(x string) bool {
	switch x {
	case "NN", "NNS", "NNP", "NNPS", "PRP":
		return true
	}
	return false
}

// atLeast: the words at i open a bounded count ("at least 23",
// "at most five").
func atLeast(words []string, i int) bool {
	return i+1 < len(words) && strings.EqualFold(words[i], "at") && (strings.EqualFold(words[i+1], "least") || strings.EqualFold(words[i+1], "most"))
}

func objectStart(x string) bool {
	switch x {
	case "DT", "CD", "PRP$", "NNS", "NNP", "NNPS", "PRP", "JJ", "JJR", "JJS", "PDT":
		return true
	}
	return false
}

func finite(x string) bool {
	switch x {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

// clauseEnd returns the end (exclusive) of the clause holding word i.
func clauseEnd(xpos []string, i int) int {
	for j := i + 1; j < len(xpos); j++ {
		if clauseBreak(xpos[j]) {
			return j
		}
	}
	return len(xpos)
}

// clauseBreak: a tag that ends or starts a clause.
func clauseBreak(x string) bool {
	switch x {
	case ",", ".", ":", "-LRB-", "-RRB-", "``", "''", "CC", "IN", "WDT", "WP", "WP$", "WRB":
		return true
	}
	return false
}

// auxiliary reports forms of be, have and get, which make a following
// participle passive or perfect.
func auxiliary(w string) bool {
	switch strings.ToLower(w) {
	case "be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "'m",
		"have", "has", "had", "having", "'ve", "'d",
		"get", "gets", "got", "gotten", "getting":
		return true
	}
	return false
}

// fixGappedPassive retags as a participle the second verb of a toll whose
// "were" is left out: "three were killed and five people wounded when
// ...". Read as a past tense, "five people wounded" makes the wounded
// the ones who wounded. The verb must be one a toll tells (wounded,
// injured, hurt ...), stand right after a counted noun phrase that
// follows "and" or a comma, take no object, and the conjunct before must
// be a passive ("were killed").
func fixGappedPassive(words, upos, xpos []string) {
	for i := 3; i < len(xpos); i++ {
		if xpos[i] != "VBD" || !tollParticiples[strings.ToLower(words[i])] {
			continue
		}
		if i+1 < len(xpos) && objectStart(xpos[i+1]) {
			continue
		}
		// the counted noun phrase back to the conjunction
		j := i - 1
		if xpos[j] != "NNS" && xpos[j] != "NN" {
			continue
		}
		counted := false
		for j > 0 && i-j <= 5 {
			x := xpos[j]
			if x == "CD" {
				counted = true
			}
			if x != "CD" && x != "NNS" && x != "NN" && x != "JJ" && x != "JJS" && x != "RBS" && x != "IN" && x != "DT" {
				break
			}
			j--
		}
		if !counted && strings.ToLower(words[i-1]) != "others" {
			continue
		}
		if xpos[j] != "CC" && xpos[j] != "," {
			continue
		}
		// the passive before it: "were killed"
		k := j - 1
		if k >= 1 && xpos[k] == "RB" {
			k--
		}
		if k < 1 || xpos[k] != "VBN" || !auxiliary(words[k-1]) && !(k >= 2 && xpos[k-1] == "RB" && auxiliary(words[k-2])) {
			continue
		}
		xpos[i] = "VBN"
	}
}

// timeNoun are common nouns that tell when, not what.
var timeNoun = map[string]bool{"today": true, "yesterday": true, "tonight": true, "tomorrow": true,
	"morning": true, "evening": true, "afternoon": true, "night": true, "week": true, "month": true, "year": true}

// tollParticiples are the participles a casualty toll coordinates.
var tollParticiples = map[string]bool{"wounded": true, "injured": true, "hurt": true, "killed": true,
	"arrested": true, "detained": true, "abducted": true, "kidnapped": true, "captured": true, "displaced": true}

// fixOpeningParticiple retags the past form opening a sentence, or a
// that-clause after a verb, before a noun phrase that a finite verb
// follows ("Masked gunmen killed two officers", "Suspected militants
// attacked a post", "suggested that jailed PKK leader Abdullah Ocalan
// could be released") as the adjective it is: read as the clause's verb,
// it makes the real verb a clause of it and its noun phrase that clause's
// subject.
func fixOpeningParticiple(words, upos, xpos []string) {
	i := 0
	for i < len(xpos) && punctuation(xpos[i]) {
		i++
	}
	retagOpeningParticiple(words, upos, xpos, i)
	for k := 2; k+1 < len(xpos); k++ {
		if strings.EqualFold(words[k-1], "that") && xpos[k-1] == "IN" && strings.HasPrefix(xpos[k-2], "VB") {
			retagOpeningParticiple(words, upos, xpos, k)
		}
	}
}

// retagOpeningParticiple retags the past form at i as an adjective when a
// noun phrase and a finite verb follow it.
func retagOpeningParticiple(words, upos, xpos []string, i int) {
	if i+2 >= len(xpos) || xpos[i] != "VBD" && xpos[i] != "VBN" || !strings.HasSuffix(strings.ToLower(words[i]), "ed") {
		return
	}
	// the noun phrase: modifiers and nouns up to its head
	j := i + 1
	for j < len(xpos) && j-i <= 5 && (xpos[j] == "JJ" || xpos[j] == "NN" || xpos[j] == "NNS" || xpos[j] == "NNP") {
		j++
	}
	if j == i+1 || xpos[j-1] != "NN" && xpos[j-1] != "NNS" && xpos[j-1] != "NNP" || j >= len(xpos) {
		return
	}
	// (and noun phrases coordinated with it: "Burned tires and broken
	// glass still littered the road")
	for xpos[j] == "CC" && j+1 < len(xpos) {
		k := j + 1
		for k < len(xpos) && k-j <= 4 && (xpos[k] == "DT" || xpos[k] == "JJ" || xpos[k] == "VBN" || xpos[k] == "NN" || xpos[k] == "NNS" || xpos[k] == "NNP") {
			k++
		}
		if k == j+1 || k >= len(xpos) || xpos[k-1] != "NN" && xpos[k-1] != "NNS" && xpos[k-1] != "NNP" {
			return
		}
		j = k
	}
	if xpos[j] == "RB" && j+1 < len(xpos) {
		j++
	}
	// (a past form the tagger took for a participle, before its
	// particle or object: "Suspected militants set off a roadside bomb")
	if xpos[j] == "VBN" && j+1 < len(xpos) && (xpos[j+1] == "RP" || objectStart(xpos[j+1])) {
		upos[j], xpos[j] = "VERB", "VBD"
	}
	if !finite(xpos[j]) {
		return
	}
	upos[i], xpos[i] = "ADJ", "JJ"
}
