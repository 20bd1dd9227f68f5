package ontology

import (
	"strings"
	"testing"
)

func TestParsePETRVerbs(t *testing.T) {
	src := `&MONEY
+DOLLARS
+SWISS FRANCS

####### VERB PATTERNS #######
--- RESTORE  [064]  ---
RESTORE    # a comment
RENEW {RENEWS RENEWED}
- * TIES  [064]
- * (WITH ENEMY)  [112]
- NOT * RELATIONS  [112]
- * &MONEY (TO)  [903]
--- MEET  [031:032]  ---
MEET
--- SAY [---] ---
SAY
######## TRANSFORMATIONS ##########
--- IGNORED [999] ---
IGNORED
`
	v, err := ParsePETRVerbs(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	for lemma, want := range map[string]string{"restore": "064", "renew": "064", "meet": "031"} {
		if v.Defaults[lemma] != want {
			t.Errorf("default %s = %q, want %q", lemma, v.Defaults[lemma], want)
		}
	}
	if _, ok := v.Defaults["say"]; ok {
		t.Error("say has no code")
	}
	if _, ok := v.Defaults["ignored"]; ok {
		t.Error("transformations must end the verbs")
	}
	// every pattern of a simple shape is a simple pattern too; those also
	// read as phrase patterns are marked covered
	ps := v.Patterns["restore"]
	if len(ps) != 4 || ps[0].Obj != "ties" || !ps[0].Covered || ps[1].Prep != "with" || ps[1].PObj != "enemy" || ps[1].Code != "112" || ps[1].Covered ||
		ps[2].Obj != "dollars" || ps[3].Obj != "francs" || ps[3].Prep != "to" || ps[3].Code != "903" {
		t.Errorf("simple patterns %+v", ps)
	}
	ph := v.Phrases["renew"]
	if len(ph) != 2 || ph[0].Code != "064" || len(ph[0].Pre) != 0 || len(ph[0].Post) != 1 || ph[0].Post[0].Phrases[0][0] != "ties" {
		t.Fatalf("phrase patterns %+v", ph)
	}
	if p := ph[1]; p.Code != "112" || len(p.Pre) != 1 || p.Pre[0].Phrases[0][0] != "not" || p.VerbJoined || p.Post[0].Phrases[0][0] != "relations" {
		t.Errorf("pre-verb pattern %+v", p)
	}
	if v.Defaults["meet"] != "031" || v.Reverse["meet"] != "032" || v.Reverse["restore"] != "" {
		t.Errorf("paired code: default %q reverse %q", v.Defaults["meet"], v.Reverse["meet"])
	}
}

func TestParsePETRPhrasePatterns(t *testing.T) {
	src := `&KIND_
+TRADE
+MILITARY
&NEGAUX
+DID N'T
+WILL_NOT
&TALK
+ROUND OF TALKS
+&KIND
--- CUT  [190:191]  ---
CUT
- * NEW_&KIND_TIES  [903:904]
- FAILED_TO_* &TALK  [111]
- % * ^ WITH +  [036]
- &NEGAUX *_OFF $  [112]
- * (WITH ENEMY)  [112]
- * &UNDEFINED  [999]
`
	v, err := ParsePETRVerbs(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	ps := v.Phrases["cut"]
	if len(ps) != 4 {
		t.Fatalf("want 4 phrase patterns (the parenthesised and the undefined set are not), got %+v", ps)
	}
	if v.Defaults["cut"] != "190" || v.Reverse["cut"] != "191" {
		t.Errorf("block code %q:%q", v.Defaults["cut"], v.Reverse["cut"])
	}
	// NEW_&KIND_TIES: three elements each joined to the one before; a
	// set whose label ends in "_" makes no plurals
	p := ps[0]
	if p.Code != "903" || p.Reverse != "904" || len(p.Post) != 3 || p.Post[0].Joined || !p.Post[1].Joined || !p.Post[2].Joined {
		t.Errorf("joined phrase %+v", p)
	}
	if got := p.Post[1].Phrases; len(got) != 2 || got[0][0] != "trade" || got[1][0] != "military" {
		t.Errorf("set without plurals %v", got)
	}
	// FAILED_TO_*: the verb joined to the words before it; a set member
	// of several words, its plural, and a set named inside a set
	p = ps[1]
	if len(p.Pre) != 2 || !p.VerbJoined || !p.Pre[1].Joined || p.Pre[0].Phrases[0][0] != "failed" {
		t.Errorf("pre-verb joined %+v", p)
	}
	var got []string
	for _, ph := range p.Post[0].Phrases {
		got = append(got, strings.Join(ph, " "))
	}
	if strings.Join(got, "|") != "round of talks|trade|military" {
		t.Errorf("set phrases %q", got)
	}
	// slots: compound before the verb, a skipped phrase, the target
	p = ps[2]
	if len(p.Pre) != 1 || p.Pre[0].Slot != '%' || len(p.Post) != 3 || p.Post[0].Slot != '^' || p.Post[2].Slot != '+' {
		t.Errorf("slots %+v", p)
	}
	// a multi-word set member must be consecutive: "WILL_NOT" and "DID
	// N'T" alike
	p = ps[3]
	neg := map[string]bool{}
	for _, ph := range p.Pre[0].Phrases {
		neg[strings.Join(ph, " ")] = true
	}
	if !neg["did n't"] || !neg["will not"] {
		t.Errorf("negation set %v", p.Pre[0].Phrases)
	}
	if !p.Post[0].Joined || p.Post[0].Phrases[0][0] != "off" || p.Post[1].Slot != '$' {
		t.Errorf("verb particle and source slot %+v", p)
	}
	if len(v.Patterns["cut"]) != 1 || v.Patterns["cut"][0].PObj != "enemy" || v.Patterns["cut"][0].Covered {
		t.Errorf("simple patterns %+v", v.Patterns["cut"])
	}
}

func FuzzParsePETRVerbs(f *testing.F) {
	f.Add("--- A [010] ---\nA\n- * B (C D) [020]\n")
	f.Add("--- [ ---\n- * ( [\n")
	f.Fuzz(func(t *testing.T, s string) {
		_, _ = ParsePETRVerbs(strings.NewReader(s))
	})
}
