package doc

// Annotation names: what a stage requires and assigns. The pipeline checks
// at build time that every requirement is assigned by an earlier stage.
const (
	AnnText       = "text"       // Doc.Text (always present)
	AnnParagraphs = "paragraphs" // Doc.Paragraphs, repeats flagged; Meta from the document
	AnnTokens     = "tokens"     // Doc.Tokens
	AnnSentences  = "sentences"  // Doc.Sentences
	AnnPOS        = "pos"        // Token.UPOS, Token.XPOS
	AnnLemma      = "lemma"      // Token.Lemma
	AnnDeps       = "deps"       // Token.Head, Token.Deprel
	AnnEntities   = "entities"   // Doc.Entities
	AnnTimes      = "times"      // Doc.Times
	AnnQuantities = "quantities" // Doc.Quantities
	AnnPlaces     = "places"     // Doc.Places
	AnnEvents     = "events"     // Doc.Events
)

// Entity is a named mention: PERSON, ORG, GPE, LOC, FAC, NORP, MISC.
type Entity struct {
	Text  string `json:"text"`
	Type  string `json:"type"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	// TokStart and TokEnd index Doc.Tokens.
	TokStart int `json:"-"`
	TokEnd   int `json:"-"`
	// Title is a title or rank that preceded a person ("Grand Ayatollah").
	Title string `json:"title,omitempty"`
	// Acronym links a bracketed acronym to its expansion ("ISIL").
	Acronym string `json:"acronym,omitempty"`
	// Canonical is the full form this mention refers to within the
	// document ("al-Maliki" -> "Nouri al-Maliki").
	Canonical string `json:"canonical,omitempty"`
}

// Time is a temporal expression normalised against the document date.
type Time struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	// Value is ISO 8601 at the precision the text gives, nil when it cannot
	// be anchored (no document date).
	Value *string `json:"value"`
	From  *string `json:"from"`
	To    *string `json:"to"`
	// Type is the TIMEX3 type: DATE, TIME, DURATION, SET.
	Type string `json:"type,omitempty"`
	// Mod is the TIMEX3 modifier (EARLY, LATE, START, END, APPROX...).
	Mod string `json:"mod,omitempty"`
	// Zone is the UTC offset a clock time was given in ("-05:00" for EST,
	// "Z" for GMT); Value stays the local time, as TimeML writes it.
	Zone string `json:"zone,omitempty"`
}

// Quantity is a number with what it counts.
type Quantity struct {
	Text  string   `json:"text"`
	Start int      `json:"start"`
	End   int      `json:"end"`
	Value float64  `json:"value"`
	Min   *float64 `json:"min,omitempty"`
	Max   *float64 `json:"max,omitempty"`
	// Approx is the hedge: "about", "up to", "at least", "more than".
	Approx   string  `json:"approx,omitempty"`
	Unit     *string `json:"unit"`
	Noun     string  `json:"noun,omitempty"`
	Category string  `json:"category"`
}

// Place is a resolved location with all of its mentions in the document.
type Place struct {
	Name        string   `json:"name"`
	GeonameID   int      `json:"geonameid"`
	Lat         float64  `json:"lat"`
	Lon         float64  `json:"lon"`
	Country     string   `json:"country"`
	Admin1      string   `json:"admin1"`
	Feature     string   `json:"feature"`
	PrecisionKm float64  `json:"precision_km"`
	Text        []string `json:"text"`
	Mentions    [][2]int `json:"mentions"`
	// Relation explains an inferred place ("13 miles from Mosul").
	Relation string `json:"relation,omitempty"`
	// Score is the resolver's confidence in [0,1].
	Score float64 `json:"score,omitempty"`
	// Candidates are the resolver's scored alternatives, best first
	// (kept only when asked for, e.g. `extract --explain`).
	Candidates []PlaceCandidate `json:"candidates,omitempty"`
}

// PlaceCandidate is one gazetteer entry the resolver weighed for a place,
// with its score and each feature's weighted contribution.
type PlaceCandidate struct {
	Name       string             `json:"name"`
	GeonameID  int                `json:"geonameid"`
	Lat        float64            `json:"lat"`
	Lon        float64            `json:"lon"`
	Country    string             `json:"country"`
	Admin1     string             `json:"admin1"`
	Feature    string             `json:"feature"`
	Population int64              `json:"population"`
	Score      float64            `json:"score"`
	Features   map[string]float64 `json:"features"`
}

// Event is one happening: who did what to whom, where, when, said by whom.
type Event struct {
	ID          string       `json:"id"`
	CAMEO       string       `json:"cameo"`
	PLOVER      string       `json:"plover"`
	Mode        string       `json:"mode,omitempty"`
	ACLED       string       `json:"acled"`
	QuadClass   int          `json:"quad_class"`
	Goldstein   float64      `json:"goldstein"`
	Trigger     *TextSpan    `json:"trigger,omitempty"`
	Source      *Actor       `json:"source"`
	Target      *Actor       `json:"target"`
	Place       *EventPlace  `json:"place"`
	Date        *EventDate   `json:"date"`
	Sentence    TextSpan     `json:"sentence"`
	Attribution *Attribution `json:"attribution"`
	Counts      []Count      `json:"counts"`
	Mentions    int          `json:"mentions"`
	// Salience is how likely the event is one a coder of the article
	// lists (0..1, learned; see package event): restatements, comments
	// and background score low.
	Salience float64 `json:"salience"`
}

// TextSpan is a piece of the text with its byte offsets.
type TextSpan struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Actor is the source or target of an event.
type Actor struct {
	Text  string `json:"text"`
	Name  string `json:"name"`
	Code  string `json:"code"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	// Inferred marks an actor the text does not name but the event
	// implies (arrests are made by the police of the place, protests by
	// its people): Text is empty and Start = End = the trigger's start.
	Inferred bool `json:"inferred,omitempty"`
}

// EventPlace is where an event happened.
type EventPlace struct {
	Name      string  `json:"name"`
	Lat       float64 `json:"lat"`
	Lon       float64 `json:"lon"`
	Country   string  `json:"country"`
	GeonameID int     `json:"geonameid"`
	// Part is the district of the town the text places the event in,
	// when the gazetteer does not know it ("Abbassiya" of Cairo): Name
	// and GeonameID are then the town's.
	Part string `json:"part,omitempty"`
}

// EventDate is when an event happened, as a day range.
type EventDate struct {
	Text string  `json:"text"`
	From *string `json:"from"`
	To   *string `json:"to"`
}

// Attribution is who says an event happened and how firmly.
type Attribution struct {
	Text string `json:"text"`
	// Status is reported, claimed, denied, announced, planned or hypothetical.
	Status string `json:"status"`
}

// Count is a number attached to an event.
type Count struct {
	Category string  `json:"category"`
	Value    float64 `json:"value"`
}
