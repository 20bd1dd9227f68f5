package event

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/doc"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// The sentences below are composed for these tests (made-up events in
// real places); each exercises one construction.

const passiveAttributed = `
1 The the DET DT 2 det
2 village village NOUN NN 6 nsubj:pass
3 of of ADP IN 4 case
4 Karna Karna PROPN NNP 2 nmod Ent=GPE|Place=Karna/SY
5 was be AUX VBD 6 aux:pass
6 seized seize VERB VBN 0 root
7 by by ADP IN 8 case
8 rebels rebel NOUN NNS 6 obl
9 on on ADP IN 10 case
10 Tuesday Tuesday PROPN NNP 6 obl Time=2015-03-10|SpaceAfter=No
11 , , PUNCT , 13 punct
12 residents resident NOUN NNS 13 nsubj
13 said say VERB VBD 6 parataxis SpaceAfter=No
14 . . PUNCT . 6 punct
`

const appositionAndPronoun = `
1 Militants militant NOUN NNS 10 nsubj
2 from from ADP IN 4 case
3 Boko Boko PROPN NNP 4 compound Ent=ORG
4 Haram Haram PROPN NNP 1 nmod Ent=+|SpaceAfter=No
5 , , PUNCT , 8 punct
6 the the DET DT 8 det
7 Islamist Islamist ADJ JJ 8 amod
8 group group NOUN NN 4 appos SpaceAfter=No
9 , , PUNCT , 8 punct
10 killed kill VERB VBD 0 root
11 32 32 NUM CD 12 nummod Qty=32/killed
12 villagers villager NOUN NNS 10 obj
13 in in ADP IN 14 case
14 Gwoza Gwoza PROPN NNP 10 obl Ent=GPE|Place=Gwoza/NG
15 on on ADP IN 16 case
16 Sunday Sunday PROPN NNP 10 obl Time=2015-03-08|SpaceAfter=No
17 . . PUNCT . 10 punct

1 The the DET DT 2 det
2 group group NOUN NN 3 nsubj
3 said say VERB VBD 0 root
4 it it PRON PRP 6 nsubj
5 had have AUX VBD 6 aux
6 abducted abduct VERB VBN 3 ccomp
7 two two NUM CD 9 nummod Qty=2/abducted
8 aid aid NOUN NN 9 compound
9 workers worker NOUN NNS 6 obj SpaceAfter=No
10 . . PUNCT . 3 punct
`

const relativeClause = `
1 Troops troop NOUN NNS 2 nsubj
2 recaptured recapture VERB VBD 0 root
3 the the DET DT 4 det
4 town town NOUN NN 2 obj
5 of of ADP IN 6 case
6 Bama Bama PROPN NNP 4 nmod Ent=GPE|Place=Bama/NG|SpaceAfter=No
7 , , PUNCT , 11 punct
8 which which PRON WDT 11 obj
9 insurgents insurgent NOUN NNS 11 nsubj
10 had have AUX VBD 11 aux
11 overrun overrun VERB VBN 4 acl:relcl
12 on on ADP IN 13 case
13 Monday Monday PROPN NNP 11 obl Time=2015-03-09|SpaceAfter=No
14 . . PUNCT . 2 punct
`

const condition = `
1 If if SCONJ IN 5 mark
2 the the DET DT 3 det
3 rebels rebel NOUN NNS 5 nsubj
4 were be AUX VBD 5 cop
5 serious serious ADJ JJ 9 advcl SpaceAfter=No
6 , , PUNCT , 9 punct
7 they they PRON PRP 9 nsubj
8 should should AUX MD 9 aux
9 release release VERB VB 0 root
10 the the DET DT 11 det
11 hostages hostage NOUN NNS 9 obj SpaceAfter=No
12 . . PUNCT . 9 punct
`

const plan = `
1 The the DET DT 3 det
2 foreign foreign ADJ JJ 3 amod
3 minister minister NOUN NN 5 nsubj:pass
4 was be AUX VBD 5 aux:pass
5 scheduled schedule VERB VBN 0 root
6 to to PART TO 7 mark
7 travel travel VERB VB 5 xcomp
8 to to ADP IN 9 case
9 Abuja Abuja PROPN NNP 7 obl Ent=GPE|Place=Abuja/NG
10 on on ADP IN 11 case
11 Monday Monday PROPN NNP 7 obl Time=2015-03-16|SpaceAfter=No
12 . . PUNCT . 5 punct
`

const offer = `
1 Washington Washington PROPN NNP 3 nsubj Ent=GPE|Place=Washington/US
2 was be AUX VBD 3 cop
3 prepared prepared ADJ JJ 0 root
4 to to PART TO 5 mark
5 send send VERB VB 3 xcomp
6 up up ADV RB 8 advmod
7 to to ADP IN 6 fixed
8 300 300 NUM CD 10 nummod Qty=300/advisers
9 military military ADJ JJ 10 amod
10 advisers adviser NOUN NNS 5 obj SpaceAfter=No
11 . . PUNCT . 3 punct
`

const restatement = `
1 Government government NOUN NN 2 compound
2 warplanes warplane NOUN NNS 3 nsubj
3 launched launch VERB VBD 0 root
4 airstrikes airstrike NOUN NNS 3 obj
5 on on ADP IN 6 case
6 Karna Karna PROPN NNP 3 obl Ent=GPE|Place=Karna/SY
7 on on ADP IN 8 case
8 Wednesday Wednesday PROPN NNP 3 obl Time=2015-03-11|SpaceAfter=No
9 . . PUNCT . 3 punct

1 Army army NOUN NN 2 compound
2 jets jet NOUN NNS 3 nsubj
3 struck strike VERB VBD 0 root
4 Karna Karna PROPN NNP 3 obj Ent=GPE|Place=Karna/SY
5 again again ADV RB 3 advmod
6 on on ADP IN 7 case
7 Wednesday Wednesday PROPN NNP 3 obl Time=2015-03-11|SpaceAfter=No
8 , , PUNCT , 10 punct
9 residents resident NOUN NNS 10 nsubj
10 said say VERB VBD 3 parataxis SpaceAfter=No
11 . . PUNCT . 3 punct
`

const denial = `
1 The the DET DT 2 det
2 army army NOUN NN 3 nsubj
3 denied deny VERB VBD 0 root
4 that that SCONJ IN 8 mark
5 its its PRON PRP$ 6 nmod:poss
6 troops troop NOUN NNS 8 nsubj
7 had have AUX VBD 8 aux
8 shelled shell VERB VBN 3 ccomp
9 the the DET DT 10 det
10 market market NOUN NN 8 obj SpaceAfter=No
11 . . PUNCT . 3 punct
`

const protestNoun = `
1 Thousands thousand NOUN NNS 2 nsubj
2 staged stage VERB VBD 0 root
3 a a DET DT 4 det
4 protest protest NOUN NN 2 obj
5 in in ADP IN 6 case
6 Kano Kano PROPN NNP 2 obl Ent=GPE|Place=Kano/NG
7 on on ADP IN 8 case
8 Friday Friday PROPN NNP 2 obl Time=2015-03-13|SpaceAfter=No
9 . . PUNCT . 2 punct
`

const lockedInFighting = `
1 Government government NOUN NN 2 compound
2 troops troop NOUN NNS 7 nsubj:pass
3 and and CCONJ CC 4 cc
4 rebels rebel NOUN NNS 2 conj
5 have have AUX VBP 7 aux
6 been be AUX VBN 7 aux:pass
7 locked lock VERB VBN 0 root
8 in in ADP IN 9 case
9 fighting fighting NOUN NN 7 obl
10 near near ADP IN 11 case
11 Homs Homs PROPN NNP 7 obl Ent=GPE|Place=Homs/SY
12 since since ADP IN 13 case
13 Monday Monday PROPN NNP 7 obl Time=2015-03-09|SpaceAfter=No
14 . . PUNCT . 7 punct
`

const claimed = `
1 The the DET DT 2 det
2 rebels rebel NOUN NNS 3 nsubj
3 claimed claim VERB VBD 0 root
4 they they PRON PRP 6 nsubj
5 had have AUX VBD 6 aux
6 killed kill VERB VBN 3 ccomp
7 40 40 NUM CD 8 nummod Qty=40/killed
8 soldiers soldier NOUN NNS 6 obj
9 near near ADP IN 10 case
10 Idlib Idlib PROPN NNP 6 obl Ent=GPE|Place=Idlib/SY|SpaceAfter=No
11 . . PUNCT . 3 punct
`

const ruledOut = `
1 The the DET DT 2 det
2 president president NOUN NN 3 nsubj
3 ruled rule VERB VBD 0 root
4 out out ADP RP 3 compound:prt
5 sending send VERB VBG 3 xcomp
6 troops troop NOUN NNS 5 obj SpaceAfter=No
7 . . PUNCT . 3 punct
`

const appositiveSpeaker = `
1 Omar Omar PROPN NNP 11 nsubj Ent=PERSON|SpaceAfter=No
2 , , PUNCT , 5 punct
3 a a DET DT 5 det
4 local local ADJ JJ 5 amod
5 farmer farmer NOUN NN 1 appos
6 who who PRON WP 7 nsubj
7 fled flee VERB VBD 5 acl:relcl
8 the the DET DT 9 det
9 village village NOUN NN 7 obj SpaceAfter=No
10 , , PUNCT , 5 punct
11 said say VERB VBD 0 root
12 troops troop NOUN NNS 13 nsubj
13 shelled shell VERB VBD 11 ccomp
14 it it PRON PRP 13 obj SpaceAfter=No
15 . . PUNCT . 11 punct
`

const refusal = `
1 The the DET DT 2 det
2 rebels rebel NOUN NNS 3 nsubj
3 refused refuse VERB VBD 0 root
4 to to PART TO 5 mark
5 release release VERB VB 3 xcomp
6 the the DET DT 7 det
7 hostages hostage NOUN NNS 5 obj SpaceAfter=No
8 . . PUNCT . 3 punct
`

const obligation = `
1 The the DET DT 2 det
2 minister minister NOUN NN 3 nsubj
3 said say VERB VBD 0 root
4 the the DET DT 5 det
5 rebels rebel NOUN NNS 7 nsubj
6 must must AUX MD 7 aux
7 free free VERB VB 3 ccomp
8 the the DET DT 9 det
9 hostages hostage NOUN NNS 7 obj SpaceAfter=No
10 . . PUNCT . 3 punct
`

func run(t *testing.T, src string) *doc.Doc {
	t.Helper()
	return runDoc(t, buildDoc(t, "2015-03-17", src))
}

// runDoc runs the event stage over a built Doc (one whose metadata a test
// set after buildDoc: a dateline, another publication date), reporting
// every event the rules find: these tests check the rules, salience has
// its own.
func runDoc(t *testing.T, d *doc.Doc) *doc.Doc {
	t.Helper()
	s, err := NewWithOptions(Options{MinSalience: -1})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	return d
}

func find(t *testing.T, d *doc.Doc, trigger string) doc.Event {
	t.Helper()
	for _, e := range d.Events {
		if e.Trigger != nil && e.Trigger.Text == trigger {
			return e
		}
	}
	var got []string
	for _, e := range d.Events {
		got = append(got, e.Trigger.Text+"/"+e.CAMEO)
	}
	t.Fatalf("no event triggered by %q (events: %v)", trigger, got)
	return doc.Event{}
}

type want struct {
	trigger, cameo, plover, acled string
	src, srcCode, tgt, tgtCode    string
	place, date, status, attr     string
	counts                        map[string]float64
	mentions                      int
}

func check(t *testing.T, e doc.Event, w want) {
	t.Helper()
	if w.cameo != "" && e.CAMEO != w.cameo {
		t.Errorf("cameo %q, want %q", e.CAMEO, w.cameo)
	}
	if w.plover != "" && e.PLOVER != w.plover {
		t.Errorf("plover %q, want %q", e.PLOVER, w.plover)
	}
	if w.acled != "" && e.ACLED != w.acled {
		t.Errorf("acled %q, want %q", e.ACLED, w.acled)
	}
	actorCheck := func(role string, a *doc.Actor, text, code string) {
		if text == "" && code == "" {
			return
		}
		if a == nil {
			t.Errorf("%s: none, want %q %q", role, text, code)
			return
		}
		if text != "" && a.Text != text {
			t.Errorf("%s text %q, want %q", role, a.Text, text)
		}
		if code != "" && a.Code != code {
			t.Errorf("%s code %q, want %q", role, a.Code, code)
		}
	}
	actorCheck("source", e.Source, w.src, w.srcCode)
	actorCheck("target", e.Target, w.tgt, w.tgtCode)
	if w.place != "" && (e.Place == nil || e.Place.Name != w.place) {
		t.Errorf("place %+v, want %q", e.Place, w.place)
	}
	if w.date != "" && (e.Date == nil || e.Date.From == nil || *e.Date.From != w.date) {
		t.Errorf("date %+v, want from %q", e.Date, w.date)
	}
	if w.status != "" {
		if e.Attribution == nil {
			t.Errorf("no attribution, want status %q", w.status)
		} else {
			if e.Attribution.Status != w.status {
				t.Errorf("status %q, want %q", e.Attribution.Status, w.status)
			}
			if w.attr != "" && e.Attribution.Text != w.attr {
				t.Errorf("attribution %q, want %q", e.Attribution.Text, w.attr)
			}
		}
	}
	for cat, v := range w.counts {
		ok := false
		for _, c := range e.Counts {
			if c.Category == cat && c.Value == v {
				ok = true
			}
		}
		if !ok {
			t.Errorf("counts %+v, want %s=%v", e.Counts, cat, v)
		}
	}
	if w.mentions != 0 && e.Mentions != w.mentions {
		t.Errorf("mentions %d, want %d", e.Mentions, w.mentions)
	}
}

func TestConstructions(t *testing.T) {
	tests := []struct {
		name, src string
		want      want
	}{
		{"passive with agent and reported speech", passiveAttributed, want{trigger: "seized", cameo: "192", plover: "COERCE",
			acled: "Battles/Non-state actor overtakes territory", src: "rebels", srcCode: "SYRREB", tgt: "The village of Karna", tgtCode: "SYR",
			place: "Karna", date: "2015-03-10", status: "reported", attr: "residents said"}},
		{"apposition, known group, counts", appositionAndPronoun, want{trigger: "killed", cameo: "180",
			acled: "Violence against civilians/Attack", src: "Militants from Boko Haram, the Islamist group", srcCode: "NGAREB",
			tgt: "32 villagers", tgtCode: "NGACVL", place: "Gwoza", date: "2015-03-08", counts: map[string]float64{"killed": 32}}},
		{"pronoun and the group said", appositionAndPronoun, want{trigger: "abducted", cameo: "181", srcCode: "NGAREB",
			acled: "Violence against civilians/Abduction/forced disappearance", status: "reported", attr: "The group said"}},
		{"government regains territory", relativeClause, want{trigger: "recaptured", cameo: "192", srcCode: "NGAMIL",
			tgt: "the town of Bama", tgtCode: "NGA", place: "Bama", acled: "Battles/Government regains territory"}},
		{"relative clause object", relativeClause, want{trigger: "overrun", cameo: "192", src: "insurgents", srcCode: "NGAREB",
			tgt: "the town of Bama", place: "Bama", date: "2015-03-09", acled: "Battles/Non-state actor overtakes territory"}},
		{"condition", condition, want{trigger: "release", cameo: "0841", status: "hypothetical", srcCode: "", src: "they"}},
		{"plan", plan, want{trigger: "travel", cameo: "042", plover: "AGREE", status: "planned", tgtCode: "NGA", place: "Abuja",
			date: "2015-03-16", src: "The foreign minister"}},
		{"offer", offer, want{trigger: "send", cameo: "0332", status: "planned", srcCode: "USA", counts: map[string]float64{"advisers": 300}}},
		{"denial", denial, want{trigger: "shelled", cameo: "194", status: "denied", attr: "The army denied",
			acled: "Explosions/Remote violence/Shelling/artillery/missile attack"}},
		{"coordinated sides locked in fighting", lockedInFighting, want{trigger: "fighting", cameo: "190", src: "Government troops",
			srcCode: "SYRMIL", tgt: "rebels", tgtCode: "SYRREB", place: "Homs", date: "2015-03-09", acled: "Battles/Armed clash"}},
		{"claimed", claimed, want{trigger: "killed", cameo: "190", status: "claimed", attr: "The rebels claimed", srcCode: "SYRREB",
			tgtCode: "SYRMIL", place: "Idlib", counts: map[string]float64{"killed": 40}, acled: "Battles/Armed clash"}},
		{"speaker with apposition", appositiveSpeaker, want{trigger: "shelled", cameo: "194", status: "reported", attr: "Omar said"}},
		{"refusal is a rejection", refusal, want{trigger: "release", cameo: "1243", plover: "REJECT", src: "The rebels"}},
		{"obligation in reported speech is a demand", obligation, want{trigger: "free", cameo: "1053", plover: "REQUEST",
			src: "The minister", tgt: "the rebels", status: "reported", attr: "The minister said"}},
		{"should in reported speech is an appeal", strings.Replace(obligation, "must must AUX", "should should AUX", 1), want{trigger: "free",
			cameo: "0253", src: "The minister", tgt: "the rebels", status: "reported"}},
		{"clashes with", `
1 Rebels rebel NOUN NNS 2 nsubj
2 seized seize VERB VBD 0 root
3 the the DET DT 4 det
4 town town NOUN NN 2 obj
5 after after ADP IN 6 case
6 clashes clash NOUN NNS 2 obl
7 with with ADP IN 8 case
8 troops troop NOUN NNS 6 nmod SpaceAfter=No
9 . . PUNCT . 2 punct
`, want{trigger: "clashes", cameo: "190", src: "Rebels", tgt: "troops"}},
		{"past tense misread as an adjective", `
1 Rebels rebel NOUN NNS 6 nsubj
2 wounded wounded ADJ JJ 4 amod
3 two two NUM CD 4 nummod
4 soldiers soldier NOUN NNS 6 nsubj
5 , , PUNCT , 6 punct
6 said say VERB VBD 0 root
7 officials official NOUN NNS 6 obj SpaceAfter=No
8 . . PUNCT . 6 punct
`, want{trigger: "wounded", cameo: "190", src: "Rebels", tgt: "two soldiers"}},
		{"attempted assassination", `
1 Gunmen gunman NOUN NNS 2 nsubj
2 tried try VERB VBD 0 root
3 to to PART TO 4 mark
4 assassinate assassinate VERB VB 2 xcomp
5 the the DET DT 6 det
6 governor governor NOUN NN 4 obj SpaceAfter=No
7 . . PUNCT . 2 punct
`, want{trigger: "assassinate", cameo: "185", src: "Gunmen", tgt: "the governor"}},
		{"object control", `
1 Commanders commander NOUN NNS 2 nsubj
2 allowed allow VERB VBD 0 root
3 the the DET DT 4 det
4 militants militant NOUN NNS 2 obj
5 to to PART TO 6 mark
6 take take VERB VB 2 xcomp
7 the the DET DT 8 det
8 town town NOUN NN 6 obj SpaceAfter=No
9 . . PUNCT . 2 punct
`, want{trigger: "take", cameo: "192", src: "the militants", tgt: "the town"}},
		{"closing report the parser misattached", strings.Replace(passiveAttributed, "13 said say VERB VBD 6 parataxis", "13 said say VERB VBD 10 acl:relcl", 1),
			want{trigger: "seized", cameo: "192", status: "reported", attr: "residents said"}},
		{"labour strike", `
1 Workers worker NOUN NNS 2 nsubj
2 began begin VERB VBD 0 root
3 a a DET DT 4 det
4 strike strike NOUN NN 2 obj
5 in in ADP IN 6 case
6 Lagos Lagos PROPN NNP 2 obl Ent=GPE|Place=Lagos/NG|SpaceAfter=No
7 . . PUNCT . 2 punct
`, want{trigger: "strike", cameo: "143", acled: "Protests/Peaceful protest", src: "Workers", place: "Lagos"}},
		{"subject split at its apposition", `
1 Fighters fighter NOUN NNS 9 obl
2 with with ADP IN 4 case
3 the the DET DT 4 det
4 group group NOUN NN 1 nmod SpaceAfter=No
5 , , PUNCT , 1 punct
6 Boko Boko PROPN NNP 7 compound Ent=ORG
7 Haram Haram PROPN NNP 9 nsubj Ent=+|SpaceAfter=No
8 , , PUNCT , 9 punct
9 seized seize VERB VBD 0 root
10 Bama Bama PROPN NNP 9 obj Ent=GPE|Place=Bama/NG|SpaceAfter=No
11 . . PUNCT . 9 punct
`, want{trigger: "seized", cameo: "192", src: "Fighters with the group, Boko Haram", srcCode: "NGAREB", tgt: "Bama"}},
		{"event noun with light verb", protestNoun, want{trigger: "protest", cameo: "141", acled: "Protests/Peaceful protest",
			src: "Thousands", place: "Kano", date: "2015-03-13"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := run(t, tc.src)
			check(t, find(t, d, tc.want.trigger), tc.want)
		})
	}
}

// What is ruled out did not happen, and CAMEO has no refusal code for
// sending troops: no event (a refusal it can code is a rejection).
func TestRuledOutIsNoEvent(t *testing.T) {
	d := run(t, ruledOut)
	for _, e := range d.Events {
		if e.Trigger.Text == "sending" {
			t.Errorf("ruled out sending troops: got event %s (%+v)", e.CAMEO, e.Attribution)
		}
	}
	// the same as a gerund hung as an adverbial clause
	d = run(t, strings.Replace(ruledOut, "3 xcomp", "3 advcl", 1))
	for _, e := range d.Events {
		if e.Trigger.Text == "sending" {
			t.Errorf("ruled out sending troops (advcl): got event %s (%+v)", e.CAMEO, e.Attribution)
		}
	}
}

func TestRestatementIsOneEvent(t *testing.T) {
	d := run(t, restatement)
	var strikes []doc.Event
	for _, e := range d.Events {
		if strings.HasPrefix(e.CAMEO, "19") {
			strikes = append(strikes, e)
		}
	}
	if len(strikes) != 1 {
		t.Fatalf("want one strike event, got %d: %+v", len(strikes), strikes)
	}
	check(t, strikes[0], want{cameo: "195", acled: "Explosions/Remote violence/Air/drone strike", srcCode: "SYRMIL",
		tgtCode: "SYR", place: "Karna", date: "2015-03-11", mentions: 2, status: "reported"})
}

func TestNoEventsWithoutTriggers(t *testing.T) {
	d := run(t, `
1 The the DET DT 2 det
2 weather weather NOUN NN 3 nsubj
3 was be AUX VBD 0 root
4 mild mild ADJ JJ 3 xcomp SpaceAfter=No
5 . . PUNCT . 3 punct
`)
	if len(d.Events) != 0 {
		t.Fatalf("want no events, got %+v", d.Events)
	}
}

func TestCoordinatedTargetsHaveTheirOwnPlaces(t *testing.T) {
	d := run(t, `
1 The the DET DT 2 det
2 fall fall NOUN NN 7 nsubj
3 of of ADP IN 4 case
4 Bama Bama PROPN NNP 2 nmod Ent=GPE|Place=Bama/NG
5 and and CCONJ CC 6 cc
6 Gwoza Gwoza PROPN NNP 4 conj Ent=GPE|Place=Gwoza/NG
7 alarmed alarm VERB VBD 0 root
8 officials official NOUN NNS 7 obj SpaceAfter=No
9 . . PUNCT . 7 punct
`)
	var places []string
	for _, e := range d.Events {
		if e.CAMEO == "192" && e.Place != nil {
			places = append(places, e.Place.Name)
		}
	}
	if strings.Join(places, ",") != "Bama,Gwoza" {
		t.Fatalf("want takeovers at Bama and Gwoza, got %v (%+v)", places, d.Events)
	}
}

func TestTollParticiplesJoinTheAttack(t *testing.T) {
	d := run(t, `
1 Gunmen gunman NOUN NNS 2 nsubj
2 attacked attack VERB VBD 0 root
3 a a DET DT 4 det
4 checkpoint checkpoint NOUN NN 2 obj SpaceAfter=No
5 , , PUNCT , 6 punct
6 killing kill VERB VBG 2 advcl
7 four four NUM CD 8 nummod Qty=4/killed
8 officers officer NOUN NNS 6 obj
9 and and CCONJ CC 10 cc
10 wounding wound VERB VBG 6 conj
11 seven seven NUM CD 10 obj Qty=7/injured|SpaceAfter=No
12 . . PUNCT . 2 punct
`)
	if len(d.Events) != 1 {
		t.Fatalf("want one attack, got %d: %+v", len(d.Events), d.Events)
	}
	check(t, d.Events[0], want{cameo: "190", src: "Gunmen", counts: map[string]float64{"killed": 4, "injured": 7}})
}

func TestBareNounIsNoEvent(t *testing.T) {
	d := run(t, `
1 Soldiers soldier NOUN NNS 2 nsubj
2 fled flee VERB VBD 0 root
3 without without ADP IN 5 case
4 a a DET DT 5 det
5 fight fight NOUN NN 2 obl SpaceAfter=No
6 . . PUNCT . 2 punct

1 He he PRON PRP 2 nsubj
2 took take VERB VBD 0 root
3 part part NOUN NN 2 obj
4 in in ADP IN 5 case
5 talks talk NOUN NNS 2 obl SpaceAfter=No
6 . . PUNCT . 2 punct
`)
	if len(d.Events) != 1 || d.Events[0].CAMEO != "046" || d.Events[0].Trigger.Text != "talks" {
		t.Fatalf("want only the talks (046), got %+v", d.Events)
	}
}

func TestDocumentDateFallback(t *testing.T) {
	d := run(t, denial)
	e := find(t, d, "shelled")
	if e.Date == nil || e.Date.From != nil || e.Date.To == nil || *e.Date.To != "2015-03-17" {
		t.Fatalf("want from null, to the document date; got %+v", e.Date)
	}
}

func TestBadHeads(t *testing.T) {
	d := buildDoc(t, "", passiveAttributed)
	d.Tokens[3].Head = 99
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	err = s.Process(context.Background(), d)
	if err == nil || !strings.Contains(err.Error(), "token 3") {
		t.Fatalf("want an error naming token 3, got %v", err)
	}
}

func TestCycleDoesNotHang(t *testing.T) {
	d := buildDoc(t, "", passiveAttributed)
	d.Tokens[5].Head = 1 // seized -> village -> seized
	s, _ := New()
	if err := s.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
}

func TestGolden(t *testing.T) {
	d := run(t, appositionAndPronoun+"\n"+restatement)
	got, err := json.MarshalIndent(d.Output().Events, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("testdata", "events.golden.json")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, append(got, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if strings.TrimSpace(string(want)) != strings.TrimSpace(string(got)) {
		t.Errorf("events differ from %s (run with -update after checking):\n%s", path, got)
	}
}

func TestLexiconParses(t *testing.T) {
	l, err := parseLexicon(verbLexicon, nounLexicon)
	if err != nil {
		t.Fatal(err)
	}
	if len(l.verbs) < 100 || len(l.nouns) < 50 {
		t.Fatalf("lexicon too small: %d verbs, %d nouns", len(l.verbs), len(l.nouns))
	}
	if _, err := parseLexicon("take +over", ""); err == nil {
		t.Error("an entry without a code should fail")
	}
	if _, err := parseLexicon("", "strike 190 air=195"); err == nil {
		t.Error("a malformed modifier should fail")
	}
}

func TestDisplacement(t *testing.T) {
	d := run(t, `
1 Thousands thousand NOUN NNS 4 nsubj
2 of of ADP IN 3 case
3 villagers villager NOUN NNS 1 nmod
4 fled flee VERB VBD 0 root
5 Idlib Idlib PROPN NNP 4 obj Ent=GPE|Place=Idlib/SY|SpaceAfter=No
6 . . PUNCT . 4 punct

1 The the DET DT 2 det
2 gunmen gunman NOUN NNS 3 nsubj
3 fled flee VERB VBD 0 root
4 the the DET DT 5 det
5 scene scene NOUN NN 3 obj SpaceAfter=No
6 . . PUNCT . 3 punct
`)
	if len(d.Events) != 1 {
		t.Fatalf("want one displacement (armed men fleeing are none), got %+v", d.Events)
	}
	check(t, d.Events[0], want{cameo: "166", plover: "SANCTION", place: "Idlib"})
	if d.Events[0].Source != nil || d.Events[0].Target == nil {
		t.Errorf("the people who fled are the target, got source %+v target %+v", d.Events[0].Source, d.Events[0].Target)
	}
}

func TestJourneyDestinations(t *testing.T) {
	d := run(t, `
1 The the DET DT 2 det
2 envoy envoy NOUN NN 4 nsubj
3 will will AUX MD 4 aux
4 travel travel VERB VB 0 root
5 to to ADP IN 6 case
6 Khartoum Khartoum PROPN NNP 4 obl Ent=GPE|Place=Khartoum/SD
7 and and CCONJ CC 10 cc
8 then then ADV RB 10 advmod
9 to to ADP IN 10 case
10 Nairobi Nairobi PROPN NNP 4 conj Ent=GPE|Place=Nairobi/KE
11 and and CCONJ CC 12 cc
12 Kampala Kampala PROPN NNP 10 conj Ent=GPE|Place=Kampala/UG|SpaceAfter=No
13 . . PUNCT . 4 punct
`)
	var places []string
	for _, e := range d.Events {
		if e.Place != nil && e.Target != nil && e.Target.Text == e.Place.Name {
			places = append(places, e.Place.Name)
		}
	}
	if strings.Join(places, ",") != "Khartoum,Nairobi,Kampala" {
		t.Fatalf("want one visit each to Khartoum, Nairobi, Kampala, got %v (%+v)", places, d.Events)
	}
}

// A place named on a region noun takes that noun's preposition, however
// the phrase is hung: troops "sent ... to the Tengrela department", the
// phrase on the troops, went to Tengrela, not to the capital the story
// was filed from.
func TestSentToRegionNounOnObject(t *testing.T) {
	d := run(t, `1 The the DET DT 2 det
2 army army NOUN NN 3 nsubj
3 sent send VERB VBD 0 root
4 300 300 NUM CD 5 nummod
5 soldiers soldier NOUN NNS 3 obj
6 to to ADP IN 9 case
7 the the DET DT 9 det
8 Tengrela Tengrela PROPN NNP 9 compound Ent=GPE|Place=Tengrela/CI/PPLA3
9 department department NOUN NN 5 nmod
10 from from ADP IN 11 case
11 Abidjan Abidjan PROPN NNP 3 obl Ent=GPE|Place=Abidjan/CI/PPLA|SpaceAfter=No
12 . . PUNCT . 3 punct
`)
	if e := find(t, d, "sent"); e.Place == nil || e.Place.Name != "Tengrela" {
		t.Errorf("place %+v, want Tengrela", e.Place)
	}
}
