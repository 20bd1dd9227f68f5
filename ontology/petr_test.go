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
	ps := v.Patterns["restore"]
	if len(ps) != 4 || ps[2].Obj != "dollars" || ps[3].Obj != "francs" || ps[3].Prep != "to" || ps[3].Code != "903" {
		t.Errorf("synset patterns %+v", ps)
	}
	if len(ps) < 2 || ps[0].Obj != "ties" || ps[1].Prep != "with" || ps[1].PObj != "enemy" || ps[1].Code != "112" {
		t.Errorf("patterns %+v", ps)
	}
}

func FuzzParsePETRVerbs(f *testing.F) {
	f.Add("--- A [010] ---\nA\n- * B (C D) [020]\n")
	f.Add("--- [ ---\n- * ( [\n")
	f.Fuzz(func(t *testing.T, s string) {
		_, _ = ParsePETRVerbs(strings.NewReader(s))
	})
}
