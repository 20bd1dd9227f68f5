package segment

import "strings"

// The word lists below are general English orthography written for this
// package: abbreviations that keep their period, prefixes that keep a
// hyphenated word whole (as UD EWT does for "e-mail", "non-violence"),
// contractions written without an apostrophe that UD splits, and the units
// split off a number ("5pm" -> "5" "pm").

// abbreviations lists lower-cased words (without the final period) that
// are written with a period and do not end a sentence by themselves.
var abbreviations = setOf(
	// titles and ranks
	"mr", "mrs", "ms", "messrs", "mme", "dr", "prof", "sr", "jr", "st", "rev", "fr", "hon",
	"gen", "lt", "col", "maj", "capt", "cpt", "cmdr", "cmdt", "adm", "sgt", "cpl", "pvt", "pte",
	"brig", "cdr", "ens", "gov", "sen", "rep", "reps", "sens", "pres", "supt", "insp", "det",
	"amb", "atty", "gens", "lieut", "comdr", "msgr", "sec", "treas", "esq",
	// months and days
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
	// organisations and places
	"inc", "corp", "co", "ltd", "bros", "assn", "assoc", "dept", "univ", "govt", "intl",
	"mt", "ft", "ave", "blvd", "rd", "hwy", "pl", "sq", "ste", "apt", "bldg", "fwy",
	"ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan",
	"ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla",
	"ore", "pa", "penn", "tenn", "tex", "va", "vt", "wash", "wis", "wyo",
	// general
	"no", "nos", "vol", "vols", "pp", "ed", "eds", "est", "approx", "vs", "v", "etc", "al",
	"cf", "ca", "fig", "figs", "min", "max", "mins", "hrs", "yr", "yrs", "oz", "lb", "lbs",
	"sq", "dist", "div", "ref", "attn", "encl", "tel", "ext", "misc", "viz",
)

// hyphenPrefixes keep a hyphenated word whole when its first part is one
// of them (UD EWT writes "e-mail", "non-violence", "anti-war" as one word
// and splits other hyphenated compounds).
var hyphenPrefixes = setOf(
	"e", "non", "mid", "pre", "anti", "re", "post", "co", "over", "pro", "multi", "ex", "sub",
	"semi", "cross", "neo", "psycho", "socio", "counter", "intra", "inter", "micro", "un",
	"arch", "ultra", "quasi", "pseudo", "trans", "extra", "infra", "macro", "mini", "bi", "tri",
)

// joinedContractions are contractions written without an apostrophe that
// UD splits into two words: the word and the byte length of its first part.
var joinedContractions = map[string]int{
	"cannot": 3, "gonna": 3, "wanna": 3, "gotta": 3, "outta": 3,
	"dont": 2, "didnt": 3, "doesnt": 4, "isnt": 2, "wasnt": 3, "arent": 3, "werent": 4,
	"couldnt": 5, "wouldnt": 5, "shouldnt": 6, "havent": 4, "hasnt": 3, "hadnt": 3,
	"aint": 2, "cant": 2, "wont": 2,
	"im": 1, "ive": 1, "youre": 3, "youll": 3, "youve": 3, "theyre": 4, "theyll": 4, "theyve": 4,
	"thats": 4, "whats": 4, "theres": 5, "heres": 4, "itll": 2, "shes": 3,
}

// numberUnits are split from a number written against them ("5pm",
// "3.2bn", "35mm"); ordinals and decades ("20th", "1970s") stay whole.
var numberUnits = setOf(
	"am", "pm", "k", "m", "mm", "cm", "km", "kg", "g", "mg", "lb", "lbs", "ft", "mph", "kph",
	"kmh", "bn", "b", "mn", "mln", "tn", "x", "hz", "khz", "mhz", "ghz", "gb", "mb", "kb", "tb",
	"w", "kw", "mw", "gw", "kwh", "mwh", "hrs", "hr", "h", "min", "mins", "sec", "secs", "ml",
	"l", "yd", "yds", "mi", "sqm", "percent", "pc", "pct", "bp", "bps", "c", "f", "t",
)

// clitics are the endings split off a word after an apostrophe ("'s",
// "'ll"); "n't" is handled apart because it splits before the n.
var clitics = setOf("s", "m", "d", "ll", "re", "ve")

// emoticons are kept as one token.
var emoticons = []string{
	":-)", ":-(", ";-)", ":-D", ":-P", ":-p", ":-/", ":'(", ":)", ":(", ";)", ":D", ":P", ":p",
	":/", ":o", ":O", "=)", "=(", "<3", "^_^", ":]", ":[", ";(", "XD", ":|",
}

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// lowerASCII returns s with ASCII letters lower-cased; it does not
// allocate when s has no upper-case ASCII letters.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}
