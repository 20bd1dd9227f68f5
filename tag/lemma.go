package tag

import (
	"strings"
	"unicode"
)

// Lemmas follow UD English EWT: lower case except proper nouns and "I";
// verbs to the base form (clitics 's 're 'm -> be, 've 'd -> have, n't ->
// not, 'll -> will, ca -> can, wo -> will); nouns to the singular; adjectives
// and adverbs to the positive degree; object and possessive pronouns to the
// subject form where EWT does so (me -> I, them -> they, mine -> my).

// lemmaWorthKeeping says which training lemmas the lexicon keeps.
func lemmaWorthKeeping(upos string) bool {
	switch upos {
	case "NOUN", "VERB", "AUX", "ADJ", "ADV", "PROPN":
		return true
	}
	return false
}

// lexClass is the lexicon prefix of a lemma's word class.
func lexClass(upos string) string {
	switch upos {
	case "NOUN", "PROPN":
		return "N:"
	case "VERB", "AUX":
		return "V:"
	case "ADJ":
		return "A:"
	case "ADV":
		return "R:"
	}
	return ""
}

var pronounLemma = map[string]string{
	"i": "I", "me": "I", "myself": "myself", "mine": "my",
	"us": "we", "'s": "we", "ours": "our",
	"him": "he", "her": "she", "hers": "her",
	"them": "they", "theirs": "their", "em": "they", "'em": "they",
	"yours": "your", "u": "you", "ya": "you", "ye": "you",
}

var possessiveLemma = map[string]string{
	"you": "your", "ur": "your", "yo": "your", "there": "their", "thier": "their",
	"it's": "its", "it`s": "its", "ma": "my",
}

var determinerLemma = map[string]string{
	"an": "a", "these": "this", "those": "that", "th": "the", "teh": "the",
}

var numberWords = map[string]string{
	"m": "million", "mm": "million", "mn": "million", "k": "thousand", "b": "billion", "bn": "billion",
}

var nounAbbrev = map[string]string{
	"pm": "p.m.", "am": "a.m.", "p.m": "p.m.", "a.m": "a.m.",
}

var monthAbbrev = map[string]string{
	"Jan.": "January", "Feb.": "February", "Mar.": "March", "Apr.": "April", "Jun.": "June",
	"Jul.": "July", "Aug.": "August", "Sep.": "September", "Sept.": "September",
	"Oct.": "October", "Nov.": "November", "Dec.": "December",
}

// verbClitic maps contracted and suppletive verb forms to their lemma.
var verbClitic = map[string]string{
	"is": "be", "'s": "be", "s": "be", "are": "be", "'re": "be", "re": "be", "r": "be",
	"am": "be", "'m": "be", "m": "be", "was": "be", "were": "be", "been": "be", "being": "be",
	"be": "be", "ai": "be", "wase": "be", "'re'": "be",
	"has": "have", "had": "have", "having": "have", "'ve": "have", "ve": "have", "'d": "have", "hast": "have",
	"does": "do", "did": "do", "doing": "do", "done": "do", "doe": "do",
	"ca": "can", "wo": "will", "'ll": "will", "ll": "will", "sha": "shall",
	"gon": "go", "wan": "want", "got": "get", "gotten": "get",
}

var modalLemma = map[string]string{
	"'d": "would", "d": "would", "'ll": "will", "ll": "will", "wo": "will", "ca": "can", "sha": "shall",
	"could": "could", "would": "would", "might": "might", "should": "should", "must": "must",
}

// irregularVerbs lists base, past and past participle of English irregular
// verbs ("base past participle", alternatives separated by '/').
var irregularVerbs = `arise arose arisen|awake awoke awoken|bear bore born/borne|beat beat beaten|become became become
begin began begun|bend bent bent|bet bet bet|bid bid bid|bind bound bound|bite bit bitten|bleed bled bled
blow blew blown|break broke broken|breed bred bred|bring brought brought|broadcast broadcast broadcast
build built built|burn burnt burnt|burst burst burst|buy bought bought|cast cast cast|catch caught caught
choose chose chosen|cling clung clung|come came come|cost cost cost|creep crept crept|cut cut cut
deal dealt dealt|dig dug dug|draw drew drawn|dream dreamt dreamt|drink drank drunk|drive drove driven
eat ate eaten|fall fell fallen|feed fed fed|feel felt felt|fight fought fought|find found found
flee fled fled|fling flung flung|fly flew flown|forbid forbade forbidden|forecast forecast forecast
forget forgot forgotten|forgive forgave forgiven|freeze froze frozen|get got gotten|give gave given
go went gone|grind ground ground|grow grew grown|hang hung hung|hear heard heard|hide hid hidden
hit hit hit|hold held held|hurt hurt hurt|keep kept kept|kneel knelt knelt|know knew known|lay laid laid
lead led led|lean leant leant|leap leapt leapt|learn learnt learnt|leave left left|lend lent lent
let let let|lie lay lain|light lit lit|lose lost lost|make made made|mean meant meant|meet met met
mislead misled misled|mistake mistook mistaken|overcome overcame overcome|overrun overran overrun|overtake overtook overtaken
overthrow overthrew overthrown|pay paid paid|prove proved proven|put put put|quit quit quit|read read read
rid rid rid|ride rode ridden|ring rang rung|rise rose risen|run ran run|say said said|see saw seen
seek sought sought|sell sold sold|send sent sent|set set set|sew sewed sewn|shake shook shaken
shed shed shed|shine shone shone|shoot shot shot|show showed shown|shrink shrank shrunk|shut shut shut
sing sang sung|sink sank sunk|sit sat sat|slay slew slain|sleep slept slept|slide slid slid
sling slung slung|speak spoke spoken|speed sped sped|spend spent spent|spin spun spun|spit spat spat
split split split|spread spread spread|spring sprang sprung|stand stood stood|steal stole stolen
stick stuck stuck|sting stung stung|stink stank stunk|strike struck struck/stricken|strive strove striven
swear swore sworn|sweep swept swept|swim swam swum|swing swung swung|take took taken|teach taught taught
tear tore torn|tell told told|think thought thought|throw threw thrown|thrust thrust thrust|tread trod trodden
undergo underwent undergone|understand understood understood|undertake undertook undertaken
upset upset upset|wake woke woken|wear wore worn|weave wove woven|weep wept wept|win won won
wind wound wound|withdraw withdrew withdrawn|withhold withheld withheld|write wrote written
oversee oversaw overseen|rebuild rebuilt rebuilt|retake retook retaken|uphold upheld upheld
withstand withstood withstood|outrun outran outrun|foresee foresaw foreseen|misunderstand misunderstood misunderstood
can could could|will would would|shall should should|may might might|dive dove dived|spell spelt spelt
smell smelt smelt|spill spilt spilt|spoil spoilt spoilt|dwell dwelt dwelt|sneak snuck snuck|fit fit fit
input input input|upset upset upset|bust bust bust|wed wed wed|strew strewed strewn|saw sawed sawn|sow sowed sown
swell swelled swollen|mow mowed mown|hew hewed hewn|beset beset beset|lie lied lied|die died died
tie tied tied|dye dyed dyed|seat seated seated|found founded founded`

// irregularVBG holds -ing forms the rules get wrong.
var irregularVBG = map[string]string{
	"dying": "die", "lying": "lie", "tying": "tie", "vying": "vie", "seeing": "see", "fleeing": "flee",
	"agreeing": "agree", "guaranteeing": "guarantee", "being": "be", "having": "have", "doing": "do",
	"going": "go", "singing": "sing", "bring": "bring", "ageing": "age", "gon": "go", "gonna": "go",
}

var irregularPast = map[string]string{} // form -> base, filled by init

func init() {
	for _, e := range strings.Split(strings.ReplaceAll(irregularVerbs, "\n", "|"), "|") {
		f := strings.Fields(e)
		if len(f) != 3 {
			continue
		}
		for _, form := range append(strings.Split(f[1], "/"), strings.Split(f[2], "/")...) {
			if form == f[0] {
				continue
			}
			if _, ok := irregularPast[form]; !ok {
				irregularPast[form] = f[0]
			}
		}
	}
	// Regular verbs spelt like irregular forms: keep their own reading.
	for _, w := range []string{"founded", "seated", "lied", "died", "tied", "dyed", "sewed", "showed", "proved", "sawed", "sowed", "swelled", "mowed", "hewed", "strewed"} {
		delete(irregularPast, w)
	}
	irregularPast["found"] = "find"
	irregularPast["lay"] = "lie"
	irregularPast["saw"] = "see"
}

var irregularPlural = map[string]string{
	"men": "man", "women": "woman", "children": "child", "feet": "foot",
	"teeth": "tooth", "geese": "goose", "mice": "mouse", "lice": "louse", "oxen": "ox",
	"lives": "life", "wives": "wife", "knives": "knife", "halves": "half", "selves": "self",
	"criteria": "criterion", "phenomena": "phenomenon", "analyses": "analysis", "crises": "crisis",
	"theses": "thesis", "diagnoses": "diagnosis", "hypotheses": "hypothesis", "indices": "index",
	"appendices": "appendix", "matrices": "matrix", "vertices": "vertex", "cacti": "cactus",
	"fungi": "fungus", "nuclei": "nucleus", "stimuli": "stimulus", "alumni": "alumnus",
	"bacteria": "bacterium", "curricula": "curriculum", "series": "series", "species": "species",
	"news": "news", "data": "data", "media": "media", "police": "police", "clothes": "clothes", "people": "people", "regards": "regards",
	"thanks": "thanks", "glasses": "glass", "headquarters": "headquarters", "means": "means",
	"sheep": "sheep", "fish": "fish", "deer": "deer", "aircraft": "aircraft",
	"dice": "die", "pence": "penny", "passersby": "passerby", "goods": "good", "arms": "arm",
	"militia": "militia", "kurds": "kurd", "yes": "yes", "ties": "tie", "pies": "pie", "lies": "lie",
}

var comparatives = map[string][2]string{ // form -> {adjective lemma, adverb lemma}
	"better": {"good", "well"}, "best": {"good", "well"}, "worse": {"bad", "badly"}, "worst": {"bad", "badly"},
	"further": {"far", "far"}, "furthest": {"far", "far"}, "farther": {"far", "far"}, "farthest": {"far", "far"},
	"more": {"more", "more"}, "most": {"most", "most"}, "less": {"less", "less"}, "least": {"least", "least"},
	"lesser": {"lesser", "lesser"}, "elder": {"elder", "elder"}, "eldest": {"eldest", "eldest"},
}

// keepForm lists XPOS tags whose lemma is the form itself.
var keepForm = map[string]bool{
	"NNP": true, "ADD": true, "NFP": true, "SYM": true, "``": true, "''": true, ",": true, ".": true,
	":": true, "-LRB-": true, "-RRB-": true, "HYPH": true, "$": true, "#": true, "LS": true, "GW": true,
	"FW": false,
}

// Lemmatize returns the lemma of a word (Norm form) given its tags.
func (t *Tagger) Lemmatize(form, upos, xpos string) string {
	var known func(cls, s string) bool
	if t != nil && t.lemmas != nil {
		known = func(cls, s string) bool { return t.lemmas[cls+s] }
	}
	return Lemmatize(form, upos, xpos, known)
}

// Lemmatize returns the lemma of a word from rules and exception lists
// keyed by XPOS. known, if not nil, reports whether a lemma of a word class
// ("N:", "V:", "A:", "R:") exists; it picks between candidate stems.
func Lemmatize(form, upos, xpos string, known func(cls, lemma string) bool) string {
	if form == "" {
		return form
	}
	lower := strings.ToLower(form)
	has := func(cls, s string) bool { return known != nil && known(cls, s) }
	switch xpos {
	case "NNP":
		if l, ok := monthAbbrev[form]; ok {
			return l
		}
		return form
	case "NNPS":
		return pluralToSingular(form, has)
	case "PRP":
		if l, ok := pronounLemma[lower]; ok {
			return l
		}
		return lower
	case "PRP$":
		if l, ok := possessiveLemma[lower]; ok {
			return l
		}
		return lower
	case "DT", "PDT", "WDT":
		if l, ok := determinerLemma[lower]; ok {
			return l
		}
		return lower
	case "POS":
		return "'s"
	case "RB":
		switch lower {
		case "n't", "nt", "not", "n’t", "'t":
			return "not"
		}
		return lower
	case "CD":
		if l, ok := numberWords[lower]; ok {
			return l
		}
		if isAlpha(form) && strings.ToUpper(form) != form {
			return lower
		}
		if isAlpha(form) && len(form) > 1 && strings.Trim(form, "IVXLCDM") != "" {
			return lower
		}
		return form
	case "MD":
		if l, ok := modalLemma[lower]; ok {
			return l
		}
		return lower
	case "NN":
		if l, ok := nounAbbrev[lower]; ok {
			return l
		}
		return lower
	case "NNS":
		return pluralToSingular(lower, has)
	case "VB", "VBP", "VBZ", "VBD", "VBN", "VBG":
		return verbLemma(lower, xpos, has)
	case "JJR", "JJS", "RBR", "RBS":
		return degreeLemma(lower, xpos, has)
	case "JJ":
		if form != lower && properAdjective(form, has) {
			return form
		}
		return lower
	}
	if keepForm[xpos] {
		return form
	}
	if upos == "PUNCT" || upos == "SYM" {
		return form
	}
	return lower
}

// properAdjective reports whether a capitalised adjective keeps its
// capital (Palestinian, Iraqi, French): the lexicon knows it so, or it is
// unknown in lower case and has a nationality ending.
func properAdjective(form string, has func(cls, s string) bool) bool {
	if has("A:", form) {
		return true
	}
	lower := strings.ToLower(form)
	if has("A:", lower) || form == strings.ToUpper(form) {
		return false
	}
	for _, suf := range []string{"an", "ese", "ish", "i", "ite"} {
		if strings.HasSuffix(lower, suf) && len(lower) > len(suf)+2 {
			return true
		}
	}
	return false
}

func isAlpha(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return s != ""
}

// pick returns the first candidate the lexicon knows, else the default.
func pick(cls string, has func(cls, s string) bool, def string, cands ...string) string {
	for _, c := range cands {
		if c != "" && has(cls, c) {
			return c
		}
	}
	return def
}

func isVowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

// pluralToSingular keeps the case of w (proper nouns stay capitalised).
func pluralToSingular(w string, has func(cls, s string) bool) string {
	lw := strings.ToLower(w)
	if s, ok := irregularPlural[lw]; ok {
		return w[:0] + matchCase(w, s)
	}
	n := len(lw)
	if n > 5 && strings.HasSuffix(lw, "men") && !strings.HasSuffix(lw, "imen") && !strings.HasSuffix(lw, "domen") {
		// compounds of man: fishermen, tribesmen, servicemen
		return w[:n-2] + matchCase(w[n-2:], "an")
	}
	if n < 3 || !strings.HasSuffix(lw, "s") || strings.HasSuffix(lw, "ss") || strings.HasSuffix(lw, "us") || strings.HasSuffix(lw, "'s") {
		return w
	}
	cls := "N:"
	chk := func(s string) bool { return has(cls, strings.ToLower(s)) }
	has2 := func(_, s string) bool { return chk(s) }
	switch {
	case strings.HasSuffix(lw, "ies") && n > 4:
		y := w[:n-3] + "y"
		return pick(cls, has2, y, y, w[:n-1])
	case strings.HasSuffix(lw, "ves"):
		f, fe, v := w[:n-3]+"f", w[:n-3]+"fe", w[:n-1]
		return pick(cls, has2, v, v, f, fe)
	case strings.HasSuffix(lw, "es"):
		es, s := w[:n-2], w[:n-1]
		def := s
		for _, suf := range []string{"sses", "ches", "shes", "xes", "zes", "oes", "uses"} {
			if strings.HasSuffix(lw, suf) {
				def = es
			}
		}
		if def == es {
			return pick(cls, has2, def, es, s)
		}
		return pick(cls, has2, def, s, es)
	}
	if strings.HasSuffix(lw, "is") && !has(cls, lw[:n-1]) {
		return w // analysis, thesis
	}
	return w[:n-1]
}

// matchCase gives s the capitalisation of model (Title or UPPER).
func matchCase(model, s string) string {
	if model == strings.ToUpper(model) && len(model) > 1 {
		return strings.ToUpper(s)
	}
	r := []rune(model)
	if len(r) > 0 && unicode.IsUpper(r[0]) {
		rs := []rune(s)
		rs[0] = unicode.ToUpper(rs[0])
		return string(rs)
	}
	return s
}

// pastAlsoBase are irregular past forms that are base forms of other
// verbs too ("found" a company, "saw" wood, "fell" trees).
var pastAlsoBase = map[string]bool{"found": true, "saw": true, "wound": true, "lay": true, "fell": true,
	"ground": true, "bore": true, "rose": true, "shed": true, "bound": true}

func verbLemma(w, xpos string, has func(cls, s string) bool) string {
	if l, ok := verbClitic[w]; ok && !(w == "'d" && xpos != "VBD") {
		return l
	}
	switch xpos {
	case "VB", "VBP":
		// a past form that is no base form ("Cavusoglu later spoke",
		// tagged a base form) is lemmatised as the past it is
		if l, ok := irregularPast[w]; ok && l != w && !pastAlsoBase[w] {
			return l
		}
		return w
	case "VBZ":
		return stripS(w, has)
	case "VBG":
		if l, ok := irregularVBG[w]; ok {
			return l
		}
		if strings.HasSuffix(w, "ing") && len(w) > 4 {
			return stemSuffix(w[:len(w)-3], "V:", has)
		}
		return w
	case "VBD", "VBN":
		if l, ok := irregularPast[w]; ok {
			return l
		}
		n := len(w)
		switch {
		case strings.HasSuffix(w, "ied") && n > 4:
			return w[:n-3] + "y"
		case strings.HasSuffix(w, "eed") && n > 4 && !has("V:", w[:n-2]):
			return pick("V:", has, w[:n-1], w[:n-1], w[:n-2])
		case strings.HasSuffix(w, "ed") && n > 3:
			return stemSuffix(w[:n-2], "V:", has)
		case strings.HasSuffix(w, "en") && n > 4 && has("V:", w[:n-2]):
			return w[:n-2]
		}
		return w
	}
	return w
}

func stripS(w string, has func(cls, s string) bool) string {
	n := len(w)
	if n < 3 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return w
	}
	if strings.HasSuffix(w, "ies") && n > 4 {
		return w[:n-3] + "y"
	}
	if strings.HasSuffix(w, "es") {
		es, s := w[:n-2], w[:n-1]
		for _, suf := range []string{"sses", "ches", "shes", "xes", "zzes", "oes"} {
			if strings.HasSuffix(w, suf) {
				return pick("V:", has, es, es, s)
			}
		}
		return pick("V:", has, s, s, es)
	}
	return w[:n-1]
}

// stemSuffix turns the stem left after -ed/-ing/-er/-est into a lemma:
// undoubling a final consonant (stopp -> stop) or restoring a silent e
// (hop -> hope), using the lexicon when it knows a candidate.
func stemSuffix(stem, cls string, has func(cls, s string) bool) string {
	n := len(stem)
	if n == 0 {
		return stem
	}
	var undoubled string
	if n >= 3 && stem[n-1] == stem[n-2] && !isVowel(stem[n-1]) && strings.IndexByte("lsfzwyxh", stem[n-1]) < 0 {
		undoubled = stem[:n-1]
	}
	// a final l doubles after a vowel of a longer word (expel-led,
	// cancel-led, patrol-led), not in a word that ends in ll (kill-ed,
	// shell-ed, install-ed: the lexicon knows most)
	if undoubled == "" && n >= 5 && strings.HasSuffix(stem, "ll") && isVowel(stem[n-3]) && !isVowel(stem[n-4]) &&
		!has(cls, stem) && vowelGroups(stem) >= 2 {
		return stem[:n-1]
	}
	withE := stem + "e"
	// Prefer what the lexicon knows.
	if undoubled != "" {
		if has(cls, undoubled) {
			return undoubled
		}
		if has(cls, stem) {
			return stem
		}
		return undoubled
	}
	if has(cls, stem) && has(cls, withE) {
		// hop/hope: a single vowel before a single consonant means the
		// consonant would have been doubled for "hop", so the e belongs.
		if n >= 2 && isVowel(stem[n-2]) && !isVowel(stem[n-1]) && (n < 3 || !isVowel(stem[n-3])) && strings.IndexByte("wxy", stem[n-1]) < 0 {
			return withE
		}
		return stem
	}
	if has(cls, stem) {
		return stem
	}
	if has(cls, withE) {
		return withE
	}
	if needsE(stem) {
		return withE
	}
	return stem
}

// vowelGroups counts the runs of vowels in s, about its syllables.
func vowelGroups(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		v := isVowel(s[i])
		if v && !in {
			n++
		}
		in = v
	}
	return n
}

// needsE guesses whether a stem lost a silent e (unknown words only).
func needsE(s string) bool {
	n := len(s)
	if n < 2 {
		return false
	}
	last, prev := s[n-1], s[n-2]
	switch {
	case last == 'v' || last == 'u':
		return true
	case last == 'z' && prev != 'z':
		return true
	case last == 'c':
		// no verb ends in c before -ed or -ing (panic takes a k:
		// panicked): sentenc-e, pronounc-e, slic-e
		return true
	case (last == 'l' || last == 'r') && !isVowel(prev) && prev != last && prev != 'r' && prev != 'l' && prev != 'w':
		return true // handl-e, centr-e
	case last == 'g' && prev == 'r':
		return true // charg-e, merg-e
	case strings.HasSuffix(s, "at") && n > 4 && !isVowel(s[n-3]):
		return true // creat-e, estimat-e
	case strings.HasSuffix(s, "iz") || strings.HasSuffix(s, "ys") || strings.HasSuffix(s, "ur"):
		return true
	case (strings.HasSuffix(s, "ar") || strings.HasSuffix(s, "ir")) && n >= 3 && !isVowel(s[n-3]):
		return true // flar-e, inspir-e (not repair, chair: a vowel pair)
	case n >= 3 && isVowel(prev) && !isVowel(last) && !isVowel(s[n-3]) && strings.IndexByte("wxyr", last) < 0 && n <= 4:
		return true // us-e, hop-e (short stems)
	case n == 2 && isVowel(prev) && !isVowel(last) && last != 'w' && last != 'y':
		return true // ag-e, ax-e, us-e
	}
	return false
}

func degreeLemma(w, xpos string, has func(cls, s string) bool) string {
	if l, ok := comparatives[w]; ok {
		if xpos[0] == 'R' {
			return l[1]
		}
		return l[0]
	}
	cls := "A:"
	if xpos[0] == 'R' {
		cls = "R:"
	}
	suf := "er"
	if xpos == "JJS" || xpos == "RBS" {
		suf = "est"
	}
	if !strings.HasSuffix(w, suf) || len(w) <= len(suf)+2 {
		return w
	}
	stem := w[:len(w)-len(suf)]
	if strings.HasSuffix(stem, "i") {
		return stem[:len(stem)-1] + "y"
	}
	if has(cls, stem) {
		return stem
	}
	if cls == "R:" && has("A:", stem) {
		return stem
	}
	// larg-e, lat-e, nic-e
	if has(cls, stem+"e") || has("A:", stem+"e") {
		return stem + "e"
	}
	return stemSuffix(stem, "A:", has)
}
