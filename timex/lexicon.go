package timex

// Units of time.
const (
	uNone = iota
	uSecond
	uMinute
	uHour
	uDay
	uWeek
	uWeekend
	uMonth
	uQuarter
	uYear
	uDecade
	uCentury
	uFortnight
)

// Relative words: which way they point.
const (
	rNone = iota
	rLast
	rThis
	rNext
	rPast // "the past", "the last" before a count
	// rNextWeek: a weekday of next week ("Monday next week"), set by the
	// words after the day, never by the lexicon
	rNextWeek
)

// Entry is what the lexicon knows about one (lower-cased) word. A word may
// be several things at once ("second": ordinal and unit; "may": month and
// modal); each field is zero when it does not apply.
type Entry struct {
	Month   int  // 1..12
	Weekday int  // 1=Monday..7=Sunday
	Plural  bool // "Fridays", "days"
	Unit    int  // uDay...
	Num     int  // cardinal number word value (a=1)
	Tens    bool // twenty, thirty... (may combine with a following unit digit)
	Mult    int  // hundred, thousand, million (quantity multiplier)
	Ord     int  // first=1...
	Season  string
	POD     string // MO AF EV NI
	Deictic int    // day offset for today/yesterday/tomorrow (+100 flag below)
	Ref     string // PRESENT_REF, PAST_REF, FUTURE_REF
	Rel     int    // rLast, rThis, rNext
	Edge    string // START, END, MID (early, late, mid...)
	Approx  string // APPROX, MORE_THAN, LESS_THAN, ...
	SetAdv  string // daily -> P1D
	Vague   bool   // few, several, many, some
	Zone    string // EST -> -05:00
	AmPm    int    // 1 am, 2 pm
	Tense   int    // tPast, tPresent, tFuture (tense cue)
	Abbr    bool   // may be followed by a period that belongs to it
	Year    bool   // fiscal
	Clock   int    // noon=12, midnight=24
	Prep    bool   // preposition or determiner that may precede a date
	Decade  int    // nineties -> 90
	// Trigger marks a word that may begin an expression; words that are
	// only tense cues or prepositions never do.
	Trigger bool
	// Weak marks a trigger that needs a number or trigger after it.
	Weak bool
	// Holiday names a yearly day ("christmas").
	Holiday string
	// Count marks words the quantity stage reads as numbers ("hundreds").
	Count bool
}

// Tense cues.
const (
	tUnknown = iota
	tPast
	tPresent
	tFuture
)

var lexicon = buildLexicon()

func buildLexicon() map[string]*Entry {
	m := map[string]*Entry{}
	get := func(w string) *Entry {
		e := m[w]
		if e == nil {
			e = &Entry{}
			m[w] = e
		}
		return e
	}
	months := [][]string{
		{"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"}, {"may"}, {"june", "jun"},
		{"july", "jul"}, {"august", "aug"}, {"september", "sep", "sept"}, {"october", "oct"}, {"november", "nov"}, {"december", "dec"},
	}
	for i, names := range months {
		for k, n := range names {
			e := get(n)
			e.Month = i + 1
			e.Abbr = k > 0
		}
	}
	days := []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
	for i, n := range days {
		get(n).Weekday = i + 1
		e := get(n + "s")
		e.Weekday = i + 1
		e.Plural = true
	}
	for _, a := range [][2]string{{"mon", "1"}, {"tue", "2"}, {"tues", "2"}, {"wed", "3"}, {"thu", "4"}, {"thur", "4"}, {"thurs", "4"}, {"fri", "5"}, {"sat", "6"}} {
		e := get(a[0])
		e.Weekday = int(a[1][0] - '0')
		e.Abbr = true
	}
	units := map[string]int{"second": uSecond, "sec": uSecond, "minute": uMinute, "min": uMinute, "hour": uHour, "hr": uHour, "day": uDay,
		"week": uWeek, "weekend": uWeekend, "month": uMonth, "quarter": uQuarter, "year": uYear, "yr": uYear, "decade": uDecade, "fortnight": uFortnight}
	for w, u := range units {
		get(w).Unit = u
		e := get(w + "s")
		e.Unit = u
		e.Plural = true
	}
	get("century").Unit = uCentury
	e := get("centuries")
	e.Unit, e.Plural = uCentury, true
	for i, w := range []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
		"thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"} {
		get(w).Num = i
	}
	for i, w := range []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"} {
		e := get(w)
		e.Num = (i + 2) * 10
		e.Tens = true
	}
	get("a").Num = 1
	get("an").Num = 1
	get("dozen").Num = 12
	for w, v := range map[string]int{"hundred": 100, "thousand": 1000, "million": 1000000, "billion": 1000000000, "trillion": 1000000000000} {
		get(w).Mult = v
	}
	for i, w := range []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
		"thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"} {
		get(w).Ord = i + 1
	}
	get("thirtieth").Ord = 30
	for w, s := range map[string]string{"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"} {
		get(w).Season = s
		get(w + "s").Season = s
		get(w + "s").Plural = true
	}
	get("falls").Season = ""
	for w, p := range map[string]string{"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI", "tonight": "NI", "mornings": "MO", "nights": "NI", "evenings": "EV", "afternoons": "AF"} {
		get(w).POD = p
	}
	for _, w := range []string{"mornings", "nights", "evenings", "afternoons"} {
		get(w).Plural = true
	}
	get("today").Deictic = 100
	get("tonight").Deictic = 100
	get("yesterday").Deictic = 99
	get("tomorrow").Deictic = 101
	get("overnight").Deictic = 99
	for _, w := range []string{"now", "currently", "nowadays", "presently"} {
		get(w).Ref = "PRESENT_REF"
	}
	for _, w := range []string{"recently", "lately"} {
		get(w).Ref = "PAST_REF"
	}
	for _, w := range []string{"last", "past", "previous", "preceding", "prior"} {
		get(w).Rel = rLast
	}
	for _, w := range []string{"this", "current", "present"} {
		get(w).Rel = rThis
	}
	for _, w := range []string{"next", "coming", "following", "upcoming"} {
		get(w).Rel = rNext
	}
	for w, m := range map[string]string{"early": "START", "earlier": "START", "beginning": "START", "start": "START", "late": "END", "later": "END",
		"end": "END", "mid": "MID", "middle": "MID"} {
		get(w).Edge = m
	}
	for w, a := range map[string]string{"about": "APPROX", "around": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN", "roughly": "APPROX",
		"approximately": "APPROX", "some": "APPROX", "over": "MORE_THAN", "under": "LESS_THAN", "least": "EQUAL_OR_MORE", "than": "", "only": "", "just": ""} {
		get(w).Approx = a
	}
	for w, s := range map[string]string{"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y", "nightly": "P1D", "hourly": "PT1H"} {
		get(w).SetAdv = s
	}
	for _, w := range []string{"few", "several", "many", "some", "couple", "numerous"} {
		get(w).Vague = true
	}
	for w, z := range map[string]string{"est": "-05:00", "edt": "-04:00", "cst": "-06:00", "cdt": "-05:00", "mst": "-07:00", "mdt": "-06:00",
		"pst": "-08:00", "pdt": "-07:00", "gmt": "Z", "utc": "Z", "bst": "+01:00", "cet": "+01:00", "cest": "+02:00"} {
		get(w).Zone = z
	}
	for _, w := range []string{"a.m.", "a.m", "am"} {
		get(w).AmPm = 1
	}
	for _, w := range []string{"p.m.", "p.m", "pm"} {
		get(w).AmPm = 2
	}
	get("noon").Clock = 12
	get("midday").Clock = 12
	get("midnight").Clock = 24
	get("fiscal").Year = true
	for _, w := range []string{"said", "was", "were", "had", "did", "told", "added", "announced", "reported", "killed", "took", "began", "came", "went",
		"made", "met", "left", "won", "lost", "fell", "rose", "saw", "got", "gave", "held", "seized", "ago", "yesterday", "claimed", "been", "earned",
		"posted", "ended", "has", "have", "declined", "closed", "agreed", "called", "attacked", "launched", "died", "arrived", "returned", "signed"} {
		get(w).Tense = tPast
	}
	for _, w := range []string{"will", "'ll", "shall", "would", "tomorrow", "plans", "planned", "scheduled", "expected", "due", "upcoming", "must", "going", "slated", "hopes", "intends", "aims"} {
		get(w).Tense = tFuture
	}
	for _, w := range []string{"is", "are", "says", "say", "am"} {
		get(w).Tense = tPresent
	}
	for _, w := range []string{"on", "in", "since", "by", "until", "till", "from", "to", "through", "during", "before", "after", "of", "the", "at", "for", "and", "or",
		"late", "early", "mid", "last", "next", "this", "that", "between", "throughout", "within", "into", "as", "than"} {
		get(w).Prep = true
	}
	for i, w := range []string{"twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"} {
		get(w).Decade = (i + 2) * 10
	}
	// count words the quantity stage reads (no time role)
	for _, w := range []string{"dozens", "scores", "hundreds", "thousands", "millions", "billions", "tens"} {
		get(w).Count = true
	}
	for _, e := range m {
		e.Trigger = e.Month != 0 || e.Weekday != 0 || e.Unit != 0 || e.Num != 0 || e.Tens || e.Ord != 0 || e.Season != "" ||
			e.POD != "" || e.Deictic != 0 || e.Ref != "" || e.Rel != 0 || e.Edge != "" || e.Approx != "" || e.SetAdv != "" ||
			e.Vague || e.Clock != 0 || e.Year || e.Decade != 0
	}
	// words that may open an expression without other lexicon roles
	for _, w := range []string{"the", "a", "an", "every", "each", "half", "recent", "latest", "more", "less", "fewer", "at", "up", "year-end", "soon", "already", "future", "near", "period"} {
		get(w).Trigger = true
	}
	for w, h := range map[string]string{"christmas": "christmas", "thanksgiving": "thanksgiving", "halloween": "halloween",
		"new": "newyear", "independence": "independence", "election": "election", "labor": "labor", "memorial": "memorial", "valentine's": "valentine"} {
		e := get(w)
		e.Holiday, e.Trigger = h, true
	}
	get("new").Weak = true
	// "that year": the year last named (scanner.lastYear)
	get("that").Trigger, get("that").Weak = true, true
	// weak openers begin an expression only before a number or another
	// trigger word ("the third quarter", "a few days", "at least")
	for _, w := range []string{"the", "a", "an", "at", "more", "less", "fewer"} {
		get(w).Weak = true
	}
	return m
}
