package event

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/ontology"
)

// Rules for real news text, each on a sentence written for the test.

// noEvent fails when an event is triggered by word.
func noEvent(t *testing.T, src, word string) {
	t.Helper()
	d := run(t, src)
	for _, e := range d.Events {
		if e.Trigger != nil && e.Trigger.Text == word {
			t.Errorf("event %s triggered by %q, want none", e.CAMEO, word)
		}
	}
}

// What a quotation tells in the past tense as its main clause is
// reported, like indirect speech; what it tells otherwise (here, what will
// happen) is the speaker's account, not a report.
func TestQuotedAccount(t *testing.T) {
	d := run(t, `
1 " " PUNCT `+"``"+` 3 punct SpaceAfter=No
2 Police police NOUN NNS 3 nsubj
3 killed kill VERB VBD 9 ccomp
4 12 12 NUM CD 5 nummod
5 people people NOUN NNS 3 obj SpaceAfter=No
6 , , PUNCT , 3 punct
7 " " PUNCT '' 3 punct
8 he he PRON PRP 9 nsubj
9 said say VERB VBD 0 root SpaceAfter=No
10 . . PUNCT . 9 punct
`)
	check(t, find(t, d, "killed"), want{status: "reported"})
	noEvent(t, `
1 " " PUNCT `+"``"+` 4 punct SpaceAfter=No
2 Police police NOUN NNS 4 nsubj
3 will will AUX MD 4 aux
4 kill kill VERB VB 10 ccomp
5 12 12 NUM CD 6 nummod
6 people people NOUN NNS 4 obj SpaceAfter=No
7 , , PUNCT , 4 punct
8 " " PUNCT '' 4 punct
9 he he PRON PRP 10 nsubj
10 said say VERB VBD 0 root SpaceAfter=No
11 . . PUNCT . 10 punct
`, "kill")
}

// What the speaker does in the quotation is an event of the speaker's.
func TestQuotedFirstPerson(t *testing.T) {
	d := run(t, `
1 " " PUNCT `+"``"+` 3 punct SpaceAfter=No
2 We we PRON PRP 3 nsubj
3 attacked attack VERB VBD 8 ccomp
4 the the DET DT 5 det
5 base base NOUN NN 3 obj SpaceAfter=No
6 , , PUNCT , 3 punct
7 " " PUNCT '' 3 punct
8 rebels rebel NOUN NNS 9 nsubj
9 said say VERB VBD 0 root SpaceAfter=No
10 . . PUNCT . 9 punct
`)
	check(t, find(t, d, "attacked"), want{cameo: "190"})
}

// A speaker's censure in reported speech is the speaker's disapproval.
func TestStanceCensure(t *testing.T) {
	d := run(t, `
1 Haley Haley PROPN NNP 2 nsubj Ent=PERSON
2 wrote write VERB VBD 0 root SpaceAfter=No
3 , , PUNCT , 2 punct
4 " " PUNCT `+"``"+` 9 punct SpaceAfter=No
5 It it PRON PRP 9 nsubj
6 is be AUX VBZ 9 cop
7 a a DET DT 9 det
8 big big ADJ JJ 9 amod
9 mistake mistake NOUN NN 2 ccomp SpaceAfter=No
10 . . PUNCT . 2 punct SpaceAfter=No
11 " " PUNCT '' 9 punct
`)
	check(t, find(t, d, "wrote"), want{cameo: "111", src: "Haley"})
	// not when the words deny it
	noEvent(t, `
1 Haley Haley PROPN NNP 2 nsubj Ent=PERSON
2 wrote write VERB VBD 0 root SpaceAfter=No
3 , , PUNCT , 2 punct
4 " " PUNCT `+"``"+` 10 punct SpaceAfter=No
5 It it PRON PRP 10 nsubj
6 is be AUX VBZ 10 cop
7 not not PART RB 10 advmod
8 a a DET DT 10 det
9 big big ADJ JJ 10 amod
10 mistake mistake NOUN NN 2 ccomp SpaceAfter=No
11 . . PUNCT . 2 punct SpaceAfter=No
12 " " PUNCT '' 10 punct
`, "wrote")
}

// The simple present tells a state, not a happening.
func TestSimplePresentState(t *testing.T) {
	noEvent(t, `
1 The the DET DT 2 det
2 rebels rebel NOUN NNS 4 nsubj:pass
3 are be AUX VBP 4 aux:pass
4 backed back VERB VBN 0 root
5 by by ADP IN 6 case
6 Iran Iran PROPN NNP 4 obl:agent Ent=GPE|Place=Iran/IR|SpaceAfter=No
7 . . PUNCT . 4 punct
`, "backed")
}

// adenStory names one town, Aden, and tells nothing more of where: what it
// goes on to tell without a place is in Aden.
const adenStory = `
1 A a DET DT 2 det
2 journalist journalist NOUN NN 3 nsubj
3 died die VERB VBD 0 root
4 in in ADP IN 5 case
5 Aden Aden PROPN NNP 3 obl Ent=GPE|Place=Aden/YE/PPLA|SpaceAfter=No
6 . . PUNCT . 3 punct

1 He he PRON PRP 2 nsubj
2 worked work VERB VBD 0 root
3 for for ADP IN 4 case
4 years year NOUN NNS 2 obl SpaceAfter=No
5 . . PUNCT . 2 punct

1 He he PRON PRP 2 nsubj
2 had have VERB VBD 0 root
3 children child NOUN NNS 2 obj SpaceAfter=No
4 . . PUNCT . 2 punct
`

// A story without a dateline that names one town is about that town: an
// attack told without a place, three sentences on, is placed there.
func TestFocusTown(t *testing.T) {
	d := run(t, adenStory+`
1 Gunmen gunman NOUN NNS 2 nsubj
2 attacked attack VERB VBD 0 root
3 him he PRON PRP 2 obj
4 on on ADP IN 5 case
5 Tuesday Tuesday PROPN NNP 2 obl Time=2015-03-17|SpaceAfter=No
6 . . PUNCT . 2 punct
`)
	check(t, find(t, d, "attacked"), want{cameo: "190", place: "Aden"})
}

// "X and Y spoke on the phone" is a consultation between them.
func TestPhoneCall(t *testing.T) {
	d := run(t, `
1 Russia Russia PROPN NNP 4 nsubj Ent=GPE|Place=Russia/RU/PCLI
2 and and CCONJ CC 3 cc
3 Ukraine Ukraine PROPN NNP 1 conj Ent=GPE|Place=Ukraine/UA/PCLI
4 spoke speak VERB VBD 0 root
5 on on ADP IN 7 case
6 the the DET DT 7 det
7 phone phone NOUN NN 4 obl SpaceAfter=No
8 . . PUNCT . 4 punct
`)
	check(t, find(t, d, "spoke"), want{cameo: "040", srcCode: "RUS", tgtCode: "UKR"})
	// speaking to reporters is no consultation
	noEvent(t, `
1 Trump Trump PROPN NNP 2 nsubj Ent=PERSON
2 spoke speak VERB VBD 0 root
3 to to ADP IN 4 case
4 reporters reporter NOUN NNS 2 obl SpaceAfter=No
5 . . PUNCT . 2 punct
`, "spoke")
}

// A place in a phrase naming another happening the event is set against
// is that happening's place.
func TestPlaceOfOtherHappening(t *testing.T) {
	d := run(t, `
1 Rebels rebel NOUN NNS 2 nsubj
2 attacked attack VERB VBD 0 root
3 Hit Hit PROPN NNP 2 obj Ent=GPE|Place=Hit/IQ
4 in in ADP IN 5 case
5 response response NOUN NN 2 obl
6 to to ADP IN 8 case
7 the the DET DT 8 det
8 airstrike airstrike NOUN NN 5 nmod
9 in in ADP IN 10 case
10 Baghdad Baghdad PROPN NNP 8 nmod Ent=GPE|Place=Baghdad/IQ|SpaceAfter=No
11 . . PUNCT . 2 punct
`)
	check(t, find(t, d, "attacked"), want{cameo: "190", place: "Hit"})
}

// A report of an event noun is the noun's event, attributed to the
// reporter, not an event of reporting.
func TestReportedEventNoun(t *testing.T) {
	d := run(t, `
1 Reuters Reuters PROPN NNP 2 nsubj Ent=ORG
2 reported report VERB VBD 0 root
3 an a DET DT 4 det
4 attack attack NOUN NN 2 obj
5 in in ADP IN 6 case
6 Ghazni Ghazni PROPN NNP 4 nmod Ent=GPE|Place=Ghazni/AF|SpaceAfter=No
7 . . PUNCT . 2 punct
`)
	e := find(t, d, "attack")
	check(t, e, want{cameo: "190", place: "Ghazni"})
	if e.Attribution == nil || !strings.Contains(e.Attribution.Text, "Reuters") {
		t.Errorf("attribution %+v, want Reuters", e.Attribution)
	}
	for _, e := range d.Events {
		if e.Trigger != nil && e.Trigger.Text == "reported" {
			t.Errorf("event %s triggered by the report", e.CAMEO)
		}
	}
}

// "at the time" dates a clause by the time told just before it: here an
// assault of months before, history, not news.
func TestAtTheTime(t *testing.T) {
	noEvent(t, `
1 Monday Monday PROPN NNP 3 nmod:poss Time=2015-03-16
2 's 's PART POS 1 case
3 attack attack NOUN NN 6 nsubj
4 was be AUX VBD 6 cop
5 the the DET DT 6 det
6 deadliest deadly ADJ JJS 0 root
7 since since ADP IN 9 case
8 an a DET DT 9 det
9 assault assault NOUN NN 6 obl
10 in in ADP IN 11 case
11 August August PROPN NNP 9 nmod Time=2014-08-15
12 , , PUNCT , 15 punct
13 with with SCONJ IN 15 mark
14 officials official NOUN NNS 15 nsubj
15 reporting report VERB VBG 6 advcl
16 at at ADP IN 18 case
17 the the DET DT 18 det
18 time time NOUN NN 15 obl
19 150 150 NUM CD 20 nummod
20 soldiers soldier NOUN NNS 21 nsubj:pass
21 killed kill VERB VBN 18 acl:relcl SpaceAfter=No
22 . . PUNCT . 6 punct
`, "killed")
}

// A present participle describing its noun tells what the noun is.
func TestDescribingParticiple(t *testing.T) {
	noEvent(t, `
1 It it PRON PRP 2 nsubj
2 hosts host VERB VBZ 0 root
3 a a DET DT 4 det
4 coalition coalition NOUN NN 2 obj
5 fighting fight VERB VBG 4 acl
6 the the DET DT 7 det
7 Houthis Houthis PROPN NNPS 5 obj Ent=ORG|SpaceAfter=No
8 . . PUNCT . 2 punct
`, "fighting")
}

// A definite event noun restating an attack told before, with agreeing
// actors, is the same happening; a general "attack" restates a bombing.
func TestRestatedAttack(t *testing.T) {
	d := run(t, `
1 Militants militant NOUN NNS 2 nsubj
2 bombed bomb VERB VBD 0 root
3 a a DET DT 4 det
4 base base NOUN NN 2 obj
5 in in ADP IN 6 case
6 Hit Hit PROPN NNP 2 obl Ent=GPE|Place=Hit/IQ
7 on on ADP IN 8 case
8 Monday Monday PROPN NNP 2 obl Time=2015-03-16|SpaceAfter=No
9 . . PUNCT . 2 punct

1 Police police NOUN NNS 3 nsubj
2 later later ADV RB 3 advmod
3 blamed blame VERB VBD 0 root
4 militants militant NOUN NNS 3 obj
5 for for ADP IN 8 case
6 Monday Monday PROPN NNP 8 nmod:poss Time=2015-03-16
7 's 's PART POS 6 case
8 attack attack NOUN NN 3 obl SpaceAfter=No
9 . . PUNCT . 3 punct
`)
	n := 0
	for _, e := range d.Events {
		if e.CAMEO[:2] == "18" || e.CAMEO[:2] == "19" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d violent events, want the bombing once", n)
	}
}

// A disaster's toll is no one's violence.
func TestDisasterToll(t *testing.T) {
	noEvent(t, `
1 The the DET DT 2 det
2 accident accident NOUN NN 3 nsubj
3 killed kill VERB VBD 0 root
4 eleven eleven NUM CD 3 obj SpaceAfter=No
5 . . PUNCT . 3 punct
`, "killed")
	noEvent(t, `
1 Five five NUM CD 2 nummod
2 people people NOUN NNS 4 nsubj:pass
3 were be AUX VBD 4 aux:pass
4 killed kill VERB VBN 0 root
5 in in ADP IN 8 case
6 a a DET DT 8 det
7 car car NOUN NN 8 compound
8 crash crash NOUN NN 4 obl SpaceAfter=No
9 . . PUNCT . 4 punct
`, "killed")
}

// Releasing a document is no release of persons.
func TestReleasedDocument(t *testing.T) {
	noEvent(t, `
1 He he PRON PRP 2 nsubj
2 released release VERB VBD 0 root
3 a a DET DT 4 det
4 document document NOUN NN 2 obj
5 online online ADV RB 2 advmod SpaceAfter=No
6 . . PUNCT . 2 punct
`, "released")
}

// The end of a state ("until April 5") does not date the act.
func TestUntilTime(t *testing.T) {
	d := run(t, `
1 Police police NOUN NNS 2 nsubj
2 detained detain VERB VBD 0 root
3 him he PRON PRP 2 obj
4 until until ADP IN 7 case
5 his his PRON PRP$ 7 nmod:poss
6 next next ADJ JJ 7 amod
7 appearance appearance NOUN NN 2 obl
8 on on ADP IN 9 case
9 Monday Monday PROPN NNP 7 nmod Time=2015-03-16|SpaceAfter=No
10 . . PUNCT . 2 punct
`)
	e := find(t, d, "detained")
	if e.Date != nil && e.Date.From != nil && *e.Date.From == "2015-03-16" {
		t.Errorf("dated %s by the end of the detention", *e.Date.From)
	}
}

// "his arrest": the possessor of an arrest is who was arrested, and a
// later "his arrest" restates the arrest told.
func TestPatientPossessor(t *testing.T) {
	d := run(t, `
1 Police police NOUN NNS 2 nsubj
2 arrested arrest VERB VBD 0 root
3 Khan Khan PROPN NNP 2 obj Ent=PERSON
4 in in ADP IN 5 case
5 Kabul Kabul PROPN NNP 2 obl Ent=GPE|Place=Kabul/AF
6 on on ADP IN 7 case
7 Friday Friday PROPN NNP 2 obl Time=2015-03-13|SpaceAfter=No
8 . . PUNCT . 2 punct

1 After after ADP IN 3 case
2 his his PRON PRP$ 3 nmod:poss
3 arrest arrest NOUN NN 5 obl
4 Khan Khan PROPN NNP 5 nsubj Ent=PERSON
5 stayed stay VERB VBD 0 root
6 in in ADP IN 8 case
7 a a DET DT 8 det
8 cell cell NOUN NN 5 obl SpaceAfter=No
9 . . PUNCT . 5 punct
`)
	n := 0
	for _, e := range d.Events {
		if e.CAMEO == "173" {
			n++
			if e.Source != nil && e.Source.Text == "his" {
				t.Errorf("the arrested man as the arrest's source")
			}
		}
	}
	if n != 1 {
		t.Errorf("%d arrests, want one told twice", n)
	}
}

// A "from" phrase tells whose or whence, not where, but of a journey, and
// the doers of a passive are no place.
func TestFromAndAgentPlaces(t *testing.T) {
	d := run(t, `
1 Troops troop NOUN NNS 3 nsubj:pass
2 were be AUX VBD 3 aux:pass
3 attacked attack VERB VBN 0 root
4 by by ADP IN 5 case
5 rebels rebel NOUN NNS 3 obl
6 and and CCONJ CC 7 cc
7 militias militia NOUN NNS 5 conj
8 from from ADP IN 9 case
9 Lebanon Lebanon PROPN NNP 3 obl Ent=GPE|Place=Lebanon/LB/PCLI
10 and and CCONJ CC 11 cc
11 Iraq Iraq PROPN NNP 9 conj Ent=GPE|Place=Iraq/IQ/PCLI|SpaceAfter=No
12 . . PUNCT . 3 punct
`)
	for _, e := range d.Events {
		if e.Place != nil {
			t.Errorf("%s %q placed at %s, the militias' origin", e.CAMEO, e.Trigger.Text, e.Place.Name)
		}
	}
}

// A material act told from a hub far from the story's town is placed at
// the town, not the dateline.
func TestDatelineAway(t *testing.T) {
	d := buildDoc(t, "2015-03-17", `
1 BEIRUT Beirut PROPN NNP 0 root Ent=GPE|Place=Beirut/LB/PPLC
2 - - PUNCT : 1 punct

1 Shelling shelling NOUN NN 2 nsubj
2 hit hit VERB VBD 0 root
3 Aleppo Aleppo PROPN NNP 2 obj Ent=GPE|Place=Aleppo/SY/PPLA|SpaceAfter=No
4 . . PUNCT . 2 punct

1 Rebels rebel NOUN NNS 2 nsubj
2 held hold VERB VBD 0 root
3 Aleppo Aleppo PROPN NNP 2 obj Ent=GPE|Place=Aleppo/SY/PPLA|SpaceAfter=No
4 . . PUNCT . 2 punct

1 It it PRON PRP 3 nsubj
2 is be AUX VBZ 3 cop
3 old old ADJ JJ 0 root SpaceAfter=No
4 . . PUNCT . 3 punct

1 It it PRON PRP 3 nsubj
2 is be AUX VBZ 3 cop
3 large large ADJ JJ 0 root SpaceAfter=No
4 . . PUNCT . 3 punct

1 It it PRON PRP 3 nsubj
2 was be AUX VBD 3 cop
3 cold cold ADJ JJ 0 root SpaceAfter=No
4 . . PUNCT . 3 punct

1 Troops troop NOUN NNS 2 nsubj
2 fired fire VERB VBD 0 root
3 artillery artillery NOUN NN 2 obj SpaceAfter=No
4 . . PUNCT . 2 punct
`)
	d.Meta.Dateline = &doc.Dateline{Text: "BEIRUT", Start: d.Tokens[0].Start, End: d.Tokens[0].End}
	runDoc(t, d)
	e := find(t, d, "fired")
	if e.Place == nil || e.Place.Name != "Aleppo" {
		t.Errorf("place %+v, want Aleppo", e.Place)
	}
}

// "bombings that killed 44": the relative clause tells the bombings' toll.
func TestRelativeClauseToll(t *testing.T) {
	d := run(t, `
1 Militants militant NOUN NNS 2 nsubj
2 claimed claim VERB VBD 0 root
3 responsibility responsibility NOUN NN 2 obj
4 for for ADP IN 5 case
5 bombings bombing NOUN NNS 2 obl
6 that that PRON WDT 7 nsubj
7 killed kill VERB VBD 5 acl:relcl
8 44 44 NUM CD 9 nummod Qty=44/killed
9 people people NOUN NNS 7 obj SpaceAfter=No
10 . . PUNCT . 2 punct
`)
	for _, e := range d.Events {
		if e.Trigger.Text == "killed" {
			t.Errorf("the toll %s told as a happening of its own", e.CAMEO)
		}
	}
}

// A bare plural hung on a word that is not an act is a kind of happening.
func TestGenericPlural(t *testing.T) {
	noEvent(t, `
1 Residents resident NOUN NNS 2 nsubj
2 grew grow VERB VBD 0 root
3 accustomed accustomed ADJ JJ 2 xcomp
4 to to ADP IN 6 case
5 deadly deadly ADJ JJ 6 amod
6 attacks attack NOUN NNS 3 obl
7 in in ADP IN 8 case
8 Hit Hit PROPN NNP 6 nmod Ent=GPE|Place=Hit/IQ|SpaceAfter=No
9 . . PUNCT . 2 punct
`, "attacks")
}

// "recently" dates an event before the report; a feast's name in a
// compound ("an Easter market") dates nothing.
func TestVagueAndFeastTimes(t *testing.T) {
	d := run(t, `
1 Troops troop NOUN NNS 3 nsubj
2 recently recently ADV RB 3 advmod Time=PAST_REF
3 attacked attack VERB VBD 0 root
4 Hit Hit PROPN NNP 3 obj Ent=GPE|Place=Hit/IQ|SpaceAfter=No
5 . . PUNCT . 3 punct

1 A a DET DT 2 det
2 boy boy NOUN NN 3 nsubj
3 bombed bomb VERB VBD 0 root
4 a a DET DT 6 det
5 Easter Easter PROPN NNP 6 compound Time=2015-03-08
6 market market NOUN NN 3 obj
7 in in ADP IN 8 case
8 Mainz Mainz PROPN NNP 3 obl Ent=GPE|Place=Mainz/DE|SpaceAfter=No
9 . . PUNCT . 3 punct
`)
	e := find(t, d, "attacked")
	if e.Date == nil || e.Date.To == nil || *e.Date.To != "2015-03-17" || e.Date.From != nil {
		t.Errorf("recently: date %+v, want up to the report (2015-03-17)", e.Date)
	}
	e = find(t, d, "bombed")
	if e.Date != nil && e.Date.From != nil && *e.Date.From == "2015-03-08" {
		t.Errorf("dated by the market's name: %s", *e.Date.From)
	}
}

// A toll told over decades is history.
func TestOverDecades(t *testing.T) {
	noEvent(t, `
1 It it PRON PRP 2 nsubj
2 killed kill VERB VBD 0 root
3 800 800 NUM CD 4 nummod
4 people people NOUN NNS 2 obj
5 over over ADP IN 7 case
6 four four NUM CD 7 nummod
7 decades decade NOUN NNS 2 obl SpaceAfter=No
8 . . PUNCT . 2 punct
`, "killed")
}

// Two tellings of an attack on one target dated to the same day are one
// happening, even when one names no place.
func TestSameDayRestatement(t *testing.T) {
	d := run(t, `
1 Four four NUM CD 2 nummod
2 soldiers soldier NOUN NNS 4 nsubj:pass
3 were be AUX VBD 4 aux:pass
4 attacked attack VERB VBN 0 root
5 on on SCONJ IN 6 mark
6 Sunday Sunday PROPN NNP 4 obl Time=2015-03-15|SpaceAfter=No
7 . . PUNCT . 4 punct

1 Gunmen gunman NOUN NNS 2 nsubj
2 attacked attack VERB VBD 0 root
3 soldiers soldier NOUN NNS 2 obj
4 in in ADP IN 5 case
5 Karak Karak PROPN NNP 2 obl Ent=GPE|Place=Karak/JO
6 on on ADP IN 7 case
7 Sunday Sunday PROPN NNP 2 obl Time=2015-03-15|SpaceAfter=No
8 . . PUNCT . 2 punct
`)
	n := 0
	for _, e := range d.Events {
		if e.CAMEO == "190" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d attacks, want one told twice", n)
	}
}

// A day told without its year on a past-tense verb is the last one
// before the report: "had pleaded ... on March 24" in a November report
// is March of that year, history by November.
func TestYearlessPastDay(t *testing.T) {
	d := buildDoc(t, "2016-11-23", `
1 Rebels rebel NOUN NNS 3 nsubj
2 had have AUX VBD 3 aux
3 attacked attack VERB VBN 0 root
4 Hit Hit PROPN NNP 3 obj Ent=GPE|Place=Hit/IQ
5 on on SCONJ IN 6 mark
6 November November PROPN NNP 3 obl Time=2016-11-30
7 30 30 NUM CD 6 nummod Time=+|SpaceAfter=No
8 . . PUNCT . 3 punct
`)
	d.Times[0].Text = "November 30"
	runDoc(t, d)
	for _, e := range d.Events {
		if e.Date != nil && e.Date.From != nil && *e.Date.From > "2016-11-23" {
			t.Errorf("%s dated %s, after the report", e.CAMEO, *e.Date.From)
		}
	}
}

// A crime one is charged with or pleads to is a legal category, and a
// plot is not yet a happening.
func TestChargeAndPlot(t *testing.T) {
	noEvent(t, `
1 He he PRON PRP 2 nsubj
2 pleaded plead VERB VBD 0 root
3 guilty guilty ADJ JJ 2 xcomp
4 to to ADP IN 6 case
5 attempted attempt VERB VBN 6 amod
6 murder murder NOUN NN 2 obl SpaceAfter=No
7 . . PUNCT . 2 punct
`, "murder")
	d := run(t, `
1 He he PRON PRP 2 nsubj
2 plotted plot VERB VBD 0 root
3 to to PART TO 4 mark
4 attack attack VERB VB 2 xcomp
5 a a DET DT 7 det
6 police police NOUN NN 7 compound
7 station station NOUN NN 4 obj SpaceAfter=No
8 . . PUNCT . 2 punct
`)
	for _, e := range d.Events {
		if e.Trigger.Text == "attack" && (e.Attribution == nil || e.Attribution.Status == "reported" || e.Attribution.Status == "") {
			t.Errorf("a plotted attack told as done: %s %+v", e.CAMEO, e.Attribution)
		}
	}
}

// A definite restatement whose own clause tells where and when the
// happening was ("the attack occurred Sunday in Shenzhen") gives them to
// the happening.
func TestToldWhere(t *testing.T) {
	d := run(t, `
1 Two two NUM CD 2 nummod
2 people people NOUN NNS 4 nsubj:pass
3 were be AUX VBD 4 aux:pass
4 killed kill VERB VBN 0 root
5 in in ADP IN 7 case
6 an a DET DT 7 det
7 attack attack NOUN NN 4 obl SpaceAfter=No
8 . . PUNCT . 4 punct

1 The the DET DT 2 det
2 attack attack NOUN NN 3 nsubj
3 occurred occur VERB VBD 0 root
4 on on ADP IN 5 case
5 Sunday Sunday PROPN NNP 3 obl Time=2015-03-15
6 in in ADP IN 7 case
7 Shenzhen Shenzhen PROPN NNP 3 obl Ent=GPE|Place=Shenzhen/CN|SpaceAfter=No
8 . . PUNCT . 3 punct
`)
	if len(d.Events) != 1 {
		t.Fatalf("%d events, want the attack once", len(d.Events))
	}
	check(t, d.Events[0], want{place: "Shenzhen"})
	if e := d.Events[0]; e.Date == nil || e.Date.From == nil || *e.Date.From != "2015-03-15" {
		t.Errorf("date %+v, want Sunday 2015-03-15", e.Date)
	}
}

// Fighting a fire is no fight; being charged with a crime is a legal
// action; a happening as the subject is no doer.
func TestFiguresOfNews(t *testing.T) {
	noEvent(t, `
1 Firefighters firefighter NOUN NNS 2 nsubj
2 fought fight VERB VBD 0 root
3 the the DET DT 4 det
4 blaze blaze NOUN NN 2 obj SpaceAfter=No
5 . . PUNCT . 2 punct
`, "fought")
	d := run(t, `
1 Prosecutors prosecutor NOUN NNS 2 nsubj
2 charged charge VERB VBD 0 root
3 him he PRON PRP 2 obj
4 with with ADP IN 5 case
5 murder murder NOUN NN 2 obl SpaceAfter=No
6 . . PUNCT . 2 punct

1 An a DET DT 2 det
2 attack attack NOUN NN 3 nsubj
3 injured injure VERB VBD 0 root
4 three three NUM CD 5 nummod
5 guards guard NOUN NNS 3 obj SpaceAfter=No
6 . . PUNCT . 3 punct
`)
	check(t, find(t, d, "charged"), want{cameo: "173"})
	if e := find(t, d, "injured"); e.Source != nil && e.Source.Text == "An attack" {
		t.Errorf("source %q: a happening as the doer", e.Source.Text)
	}
}

// What a bill would do is its content, and withdrawing a bill is a
// political concession, not a retreat.
func TestBillContent(t *testing.T) {
	d := run(t, `
1 The the DET DT 2 det
2 government government NOUN NN 3 nsubj
3 withdrew withdraw VERB VBD 0 root
4 a a DET DT 5 det
5 bill bill NOUN NN 3 obj
6 that that PRON WDT 8 nsubj
7 would would AUX MD 8 aux
8 allow allow VERB VB 5 acl:relcl
9 police police NOUN NNS 8 obj
10 to to PART TO 11 mark
11 arrest arrest VERB VB 8 xcomp
12 protesters protester NOUN NNS 11 obj SpaceAfter=No
13 . . PUNCT . 3 punct
`)
	for _, e := range d.Events {
		if e.Trigger.Text == "arrest" {
			t.Errorf("the bill's content told as event %s", e.CAMEO)
		}
	}
	check(t, find(t, d, "withdrew"), want{cameo: "083"})
}

// A story datelined in a hub about another country is at home there:
// its bare "soldiers" are that country's.
func TestHubDatelineHome(t *testing.T) {
	d := buildDoc(t, "2015-03-17", `
1 ABUJA Abuja PROPN NNP 0 root Ent=GPE|Place=Abuja/NG/PPLC
2 - - PUNCT : 1 punct

1 Niger Niger PROPN NNP 2 nsubj Ent=GPE|Place=Niger/NE/PCLI
2 closed close VERB VBD 0 root
3 its its PRON PRP$ 4 nmod:poss
4 border border NOUN NN 2 obj SpaceAfter=No
5 . . PUNCT . 2 punct

1 Protesters protester NOUN NNS 2 nsubj
2 marched march VERB VBD 0 root
3 in in ADP IN 4 case
4 Niamey Niamey PROPN NNP 2 obl Ent=GPE|Place=Niamey/NE/PPLC|SpaceAfter=No
5 . . PUNCT . 2 punct

1 Gunmen gunman NOUN NNS 2 nsubj
2 killed kill VERB VBD 0 root
3 17 17 NUM CD 4 nummod
4 soldiers soldier NOUN NNS 2 obj
5 in in ADP IN 6 case
6 Niger Niger PROPN NNP 2 obl Ent=GPE|Place=Niger/NE/PCLI|SpaceAfter=No
7 . . PUNCT . 2 punct
`)
	d.Meta.Dateline = &doc.Dateline{Text: "ABUJA", Start: d.Tokens[0].Start, End: d.Tokens[0].End}
	runDoc(t, d)
	check(t, find(t, d, "killed"), want{tgtCode: "NERMIL"})
}

// The country across a border does not place what happened near it.
func TestBorderNeighbour(t *testing.T) {
	d := run(t, `
1 Gunmen gunman NOUN NNS 2 nsubj
2 killed kill VERB VBD 0 root
3 soldiers soldier NOUN NNS 2 obj
4 near near ADP IN 6 case
5 the the DET DT 6 det
6 border border NOUN NN 2 obl
7 with with ADP IN 8 case
8 Mali Mali PROPN NNP 6 nmod Ent=GPE|Place=Mali/ML/PCLI|SpaceAfter=No
9 . . PUNCT . 2 punct
`)
	if e := find(t, d, "killed"); e.Place != nil && e.Place.Name == "Mali" {
		t.Errorf("placed in Mali, across the border")
	}
}

// "the 300,000 Iraqis estimated to have fled Mosul": the people described
// fled, as many as the phrase counts; the town is where they fled from.
func TestFledDescribed(t *testing.T) {
	d := run(t, `
1 Families family NOUN NNS 6 nsubj
2 are be AUX VBP 6 cop
3 among among ADP IN 6 case
4 the the DET DT 6 det
5 300,000 300,000 NUM CD 6 nummod Qty=300000/fled
6 Iraqis Iraqis PROPN NNPS 0 root Ent=NORP
7 estimated estimate VERB VBN 6 acl
8 to to PART TO 10 mark
9 have have AUX VB 10 aux
10 fled flee VERB VBN 7 xcomp
11 Mosul Mosul PROPN NNP 10 obj Ent=GPE|Place=Mosul/IQ|SpaceAfter=No
12 . . PUNCT . 6 punct
`)
	e := find(t, d, "fled")
	check(t, e, want{cameo: "166", tgt: "the 300,000 Iraqis", place: "Mosul", counts: map[string]float64{"fled": 300000}})
}

// Acknowledging or admitting an act is a claim of responsibility;
// admission to hospital is not.
func TestAcknowledge(t *testing.T) {
	d := run(t, `
1 Iran Iran PROPN NNP 2 nsubj Ent=GPE|Place=Iran/IR/PCLI
2 acknowledged acknowledge VERB VBD 0 root
3 it it PRON PRP 6 nsubj
4 had have AUX VBD 6 aux
5 accidentally accidentally ADV RB 6 advmod
6 downed down VERB VBN 2 ccomp
7 a a DET DT 8 det
8 jet jet NOUN NN 6 obj SpaceAfter=No
9 . . PUNCT . 2 punct
`)
	check(t, find(t, d, "acknowledged"), want{cameo: "015", srcCode: "IRN"})
	noEvent(t, `
1 Five five NUM CD 2 nummod
2 people people NOUN NNS 4 nsubj:pass
3 were be AUX VBD 4 aux:pass
4 admitted admit VERB VBN 0 root
5 to to ADP IN 6 case
6 hospital hospital NOUN NN 4 obl SpaceAfter=No
7 . . PUNCT . 4 punct
`, "admitted")
}

// Taken or held in custody is an arrest, wherever the parser hung
// "custody".
func TestCustody(t *testing.T) {
	d := run(t, `
1 Police police NOUN NNS 2 nsubj
2 took take VERB VBD 0 root
3 two two NUM CD 4 nummod
4 suspects suspect NOUN NNS 2 obj
5 into into ADP IN 6 case
6 custody custody NOUN NN 4 nmod SpaceAfter=No
7 . . PUNCT . 2 punct
`)
	check(t, find(t, d, "took"), want{cameo: "173", tgt: "two suspects"})
}

// Calling an act justified or cowardly praises or censures it.
func TestJudgement(t *testing.T) {
	d := run(t, `
1 Netanyahu Netanyahu PROPN NNP 2 nsubj Ent=PERSON
2 called call VERB VBD 0 root
3 the the DET DT 4 det
4 strike strike NOUN NN 2 obj
5 justified justified ADJ JJ 2 xcomp SpaceAfter=No
6 . . PUNCT . 2 punct

1 Erdogan Erdogan PROPN NNP 2 nsubj Ent=PERSON
2 called call VERB VBD 0 root
3 the the DET DT 4 det
4 attack attack NOUN NN 2 obj
5 cowardly cowardly ADJ JJ 2 xcomp SpaceAfter=No
6 . . PUNCT . 2 punct
`)
	n := map[string]int{}
	for _, e := range d.Events {
		if e.Trigger.Text == "called" {
			n[e.CAMEO]++
		}
	}
	if n["051"] != 1 || n["111"] != 1 {
		t.Errorf("judgements %v, want one praise (051) and one censure (111)", n)
	}
}

// A "since" time hung on the report still opens the range of what the
// report tells ("have fled since March, officials said").
func TestSinceOnReport(t *testing.T) {
	d := buildDoc(t, "2015-03-17", `
1 Thousands thousand NOUN NNS 3 nsubj
2 have have AUX VBP 3 aux
3 fled flee VERB VBN 0 root
4 their their PRON PRP$ 5 nmod:poss
5 homes home NOUN NNS 3 obj
6 since since ADP IN 7 case
7 March March PROPN NNP 10 obl Time=2015-03
8 , , PUNCT , 7 punct
9 officials official NOUN NNS 10 nsubj
10 said say VERB VBD 3 advcl SpaceAfter=No
11 . . PUNCT . 3 punct
`)
	from, to := "2015-03-01", "2015-03-31"
	d.Times[0].From, d.Times[0].To = &from, &to
	runDoc(t, d)
	e := find(t, d, "fled")
	if e.Date == nil || e.Date.From == nil || *e.Date.From != "2015-03-01" {
		t.Errorf("date %+v, want from 2015-03-01 to the report", e.Date)
	}
}

// "there were suspects in custody": the detention of the people it is
// told of.
func TestInCustody(t *testing.T) {
	d := run(t, `
1 There there PRON EX 2 expl
2 were be VERB VBD 0 root
3 suspects suspect NOUN NNS 2 nsubj
4 in in ADP IN 5 case
5 custody custody NOUN NN 3 nmod SpaceAfter=No
6 . . PUNCT . 2 punct
`)
	check(t, find(t, d, "custody"), want{cameo: "173", tgt: "suspects"})
}

// An hour with no day ("at 10:39 a.m.") does not say which day.
func TestClockOnly(t *testing.T) {
	d := buildDoc(t, "2015-03-17", `
1 Gunmen gunman NOUN NNS 2 nsubj
2 attacked attack VERB VBD 0 root
3 Hit Hit PROPN NNP 2 obj Ent=GPE|Place=Hit/IQ
4 at at ADP IN 5 case
5 10:39 10:39 NUM CD 2 obl Time=2015-03-17
6 a.m. a.m. NOUN NN 5 compound Time=+|SpaceAfter=No
7 . . PUNCT . 2 punct
`)
	d.Times[0].Type, d.Times[0].Text = "TIME", "10:39 a.m."
	runDoc(t, d)
	e := find(t, d, "attacked")
	if e.Date != nil && e.Date.From != nil {
		t.Errorf("dated %s by an hour with no day", *e.Date.From)
	}
}

// A country asked, urged or blamed is a party, not where it happened; a
// town seized is where.
func TestVerbalTargetNoPlace(t *testing.T) {
	d := buildDoc(t, "2015-03-17", `
1 BAGHDAD Baghdad PROPN NNP 0 root Ent=GPE|Place=Baghdad/IQ/PPLC
2 - - PUNCT : 1 punct

1 The the DET DT 2 det
2 government government NOUN NN 3 nsubj
3 asked ask VERB VBD 0 root
4 Iran Iran PROPN NNP 3 obj Ent=GPE|Place=Iran/IR/PCLI
5 for for ADP IN 6 case
6 help help NOUN NN 3 obl SpaceAfter=No
7 . . PUNCT . 3 punct

1 Rebels rebel NOUN NNS 2 nsubj
2 seized seize VERB VBD 0 root
3 Hit Hit PROPN NNP 2 obj Ent=GPE|Place=Hit/IQ/PPL|SpaceAfter=No
4 . . PUNCT . 2 punct
`)
	d.Meta.Dateline = &doc.Dateline{Text: "BAGHDAD", Start: d.Tokens[0].Start, End: d.Tokens[0].End}
	runDoc(t, d)
	if e := find(t, d, "asked"); e.Place == nil || e.Place.Name != "Baghdad" {
		t.Errorf("asked: place %+v, want Baghdad (the dateline), not the country asked; %+v %+v", e.Place, e.Source, e.Target)
	}
	if e := find(t, d, "seized"); e.Place == nil || e.Place.Name != "Hit" {
		t.Errorf("seized: place %+v, want Hit", e.Place)
	}
}

// "travel to A before heading to B": two journeys in sequence, not one
// told twice.
func TestSequencedJourney(t *testing.T) {
	d := run(t, `
1 The the DET DT 2 det
2 envoy envoy NOUN NN 4 nsubj
3 will will AUX MD 4 aux
4 travel travel VERB VB 0 root
5 to to ADP IN 6 case
6 Cairo Cairo PROPN NNP 4 obl Ent=GPE|Place=Cairo/EG/PPLC
7 before before SCONJ IN 8 mark
8 heading head VERB VBG 4 advcl
9 to to ADP IN 10 case
10 Rome Rome PROPN NNP 8 obl Ent=GPE|Place=Rome/IT/PPLC|SpaceAfter=No
11 . . PUNCT . 4 punct
`)
	check(t, find(t, d, "travel"), want{place: "Cairo", status: "planned"})
	check(t, find(t, d, "heading"), want{place: "Rome", status: "planned"})
}

// A lede's "fighters seized a Nigerian town" and the next sentence's
// "The ISIL took the town of Bama": one happening, the town and the
// group named.
func TestTownNamedLater(t *testing.T) {
	d := run(t, `
1 Islamist Islamist ADJ JJ 2 amod
2 fighters fighter NOUN NNS 3 nsubj
3 seized seize VERB VBD 0 root
4 a a DET DT 6 det
5 Nigerian Nigerian ADJ JJ 6 amod Ent=NORP
6 town town NOUN NN 3 obj
7 on on ADP IN 8 case
8 Monday Monday PROPN NNP 3 obl Time=2015-03-16|SpaceAfter=No
9 . . PUNCT . 3 punct

1 The the DET DT 2 det
2 ISIL ISIL PROPN NNP 3 nsubj Ent=ORG
3 took take VERB VBD 0 root
4 the the DET DT 5 det
5 town town NOUN NN 3 obj
6 of of ADP IN 7 case
7 Bama Bama PROPN NNP 5 nmod Ent=GPE|Place=Bama/NG|SpaceAfter=No
8 . . PUNCT . 3 punct
`)
	if len(d.Events) != 1 {
		var got []string
		for _, e := range d.Events {
			got = append(got, e.Trigger.Text+"/"+e.CAMEO+"/"+e.Source.Code+"/"+e.Target.Code)
		}
		t.Fatalf("events %v, want one seizure", got)
	}
	e := d.Events[0]
	check(t, e, want{place: "Bama", mentions: 2})
	if e.Source == nil || !strings.Contains(e.Source.Text, "ISIL") {
		t.Errorf("source %+v, want the group named (%+v)", e.Source, e.Target)
	}
}

// "Supporters marched on Saturday." placed only by the dateline, then
// "the march in Basra": the mention names where the march went.
func TestMentionPlacesDatelineEvent(t *testing.T) {
	d := buildDoc(t, "2015-03-17", `
1 NAJAF Najaf PROPN NNP 0 root Ent=GPE|Place=Najaf/IQ/PPLA
2 - - PUNCT : 1 punct

1 Supporters supporter NOUN NNS 2 nsubj
2 marched march VERB VBD 0 root
3 on on ADP IN 4 case
4 Saturday Saturday PROPN NNP 2 obl Time=2015-03-14|SpaceAfter=No
5 . . PUNCT . 2 punct

1 Residents resident NOUN NNS 2 nsubj
2 watched watch VERB VBD 0 root
3 footage footage NOUN NN 2 obj
4 of of ADP IN 6 case
5 the the DET DT 6 det
6 march march NOUN NN 3 nmod
7 in in ADP IN 8 case
8 Basra Basra PROPN NNP 6 nmod Ent=GPE|Place=Basra/IQ/PPLA|SpaceAfter=No
9 . . PUNCT . 2 punct
`)
	d.Meta.Dateline = &doc.Dateline{Text: "NAJAF", Start: d.Tokens[0].Start, End: d.Tokens[0].End}
	runDoc(t, d)
	check(t, find(t, d, "marched"), want{place: "Basra", mentions: 2})
}

// "send advisers to help train and support the army": the verbs the
// purpose chains to are the aim, not more happenings.
func TestPurposeChain(t *testing.T) {
	noEvent(t, `
1 He he PRON PRP 2 nsubj
2 said say VERB VBD 0 root
3 he he PRON PRP 5 nsubj:pass
4 was be AUX VBD 5 aux:pass
5 prepared prepare VERB VBN 2 ccomp
6 to to PART TO 7 mark
7 send send VERB VB 5 xcomp
8 military military ADJ JJ 9 amod
9 advisers adviser NOUN NNS 7 obj
10 to to PART TO 11 mark
11 help help VERB VB 7 advcl
12 train train VERB VB 11 xcomp SpaceAfter=No
13 , , PUNCT , 14 punct
14 advise advise VERB VB 12 conj
15 and and CCONJ CC 16 cc
16 support support VERB VB 14 conj
17 Iraqi Iraqi ADJ JJ 18 amod Ent=NORP
18 forces force NOUN NNS 16 obj
19 in in ADP IN 21 case
20 the the DET DT 21 det
21 fight fight NOUN NN 16 obl SpaceAfter=No
22 . . PUNCT . 2 punct
`, "support")
}

// "moved from the region of X to protect villages near Y", with the
// purpose hung on the region: the move goes to Y.
func TestMovePurposeOnFrom(t *testing.T) {
	d := run(t, `
1 Fighters fighter NOUN NNS 2 nsubj
2 moved move VERB VBD 0 root
3 from from ADP IN 5 case
4 the the DET DT 5 det
5 region region NOUN NN 2 obl
6 of of ADP IN 7 case
7 Kurdistan Kurdistan PROPN NNP 5 nmod Ent=GPE|Place=Kurdistan/IQ/ADM1
8 to to PART TO 9 mark
9 protect protect VERB VB 5 acl
10 villages village NOUN NNS 9 obj
11 near near ADP IN 12 case
12 Mosul Mosul PROPN NNP 9 obl Ent=GPE|Place=Mosul/IQ/PPLA|SpaceAfter=No
13 . . PUNCT . 2 punct
`)
	check(t, find(t, d, "moved"), want{place: "Mosul"})
}

// "seeking from the government": whom a request is made of.
func TestRequestFrom(t *testing.T) {
	d := run(t, `
1 Rebels rebel NOUN NNS 3 nsubj
2 are be AUX VBP 3 aux
3 seeking seek VERB VBG 0 root
4 guarantees guarantee NOUN NNS 3 obj
5 from from ADP IN 8 case
6 the the DET DT 8 det
7 Malian Malian ADJ JJ 8 amod Ent=NORP
8 government government NOUN NN 3 obl SpaceAfter=No
9 . . PUNCT . 3 punct
`)
	check(t, find(t, d, "seeking"), want{cameo: "020", tgtCode: "MLIGOV"})
}

// "fought for control of the refinery." then "held part of the Baiji
// refinery": the refinery named nearby places the fighting.
func TestBridgedPlace(t *testing.T) {
	d := buildDoc(t, "2015-03-17", `
1 KIRKUK Kirkuk PROPN NNP 0 root Ent=GPE|Place=Kirkuk/IQ/PPLA
2 - - PUNCT : 1 punct

1 Troops troop NOUN NNS 2 nsubj
2 fought fight VERB VBD 0 root
3 rebels rebel NOUN NNS 2 obj
4 for for ADP IN 5 case
5 control control NOUN NN 2 obl
6 of of ADP IN 8 case
7 the the DET DT 8 det
8 refinery refinery NOUN NN 5 nmod SpaceAfter=No
9 . . PUNCT . 2 punct

1 Reports report NOUN NNS 2 nsubj
2 said say VERB VBD 0 root
3 each each DET DT 4 det
4 side side NOUN NN 5 nsubj
5 held hold VERB VBD 2 ccomp
6 part part NOUN NN 5 obj
7 of of ADP IN 10 case
8 the the DET DT 10 det
9 Baiji Baiji PROPN NNP 10 compound Ent=GPE|Place=Baiji/IQ/PPLA2
10 refinery refinery NOUN NN 6 nmod SpaceAfter=No
11 . . PUNCT . 5 punct
`)
	d.Meta.Dateline = &doc.Dateline{Text: "KIRKUK", Start: d.Tokens[0].Start, End: d.Tokens[0].End}
	runDoc(t, d)
	check(t, find(t, d, "fought"), want{place: "Baiji"})
}

// "In Kirkuk, residents told of claims that militants killed 20 since
// taking Hawija": the killing is placed by its own clause, not by where
// the residents spoke.
func TestOwnClausePlace(t *testing.T) {
	d := run(t, `
1 In in ADP IN 2 case
2 Kirkuk Kirkuk PROPN NNP 5 obl Ent=GPE|Place=Kirkuk/IQ/PPLA|SpaceAfter=No
3 , , PUNCT , 2 punct
4 residents resident NOUN NNS 5 nsubj
5 feared fear VERB VBD 0 root
6 claims claim NOUN NNS 5 obj
7 that that SCONJ IN 9 mark
8 militants militant NOUN NNS 9 nsubj
9 killed kill VERB VBD 6 acl
10 20 20 NUM CD 11 nummod
11 people people NOUN NNS 9 obj
12 since since SCONJ IN 13 mark
13 taking take VERB VBG 11 acl
14 control control NOUN NN 13 obj
15 of of ADP IN 16 case
16 Hawija Hawija PROPN NNP 14 nmod Ent=GPE|Place=Hawija/IQ/PPLA2|SpaceAfter=No
17 . . PUNCT . 5 punct
`)
	check(t, find(t, d, "killed"), want{place: "Hawija"})
}

// "Hundreds of people rallied in Peshawar": the crowd is its people.
func TestCrowdActor(t *testing.T) {
	d := run(t, `
1 Hundreds hundred NOUN NNS 4 nsubj
2 of of ADP IN 3 case
3 people people NOUN NNS 1 nmod
4 rallied rally VERB VBD 0 root
5 in in ADP IN 6 case
6 Peshawar Peshawar PROPN NNP 4 obl Ent=GPE|Place=Peshawar/PK/PPLA|SpaceAfter=No
7 . . PUNCT . 4 punct
`)
	check(t, find(t, d, "rallied"), want{cameo: "141", srcCode: "PAKCVL"})
}

// "watching footage of the march in Basra, residents say they will
// strike": Basra is the march's place, not the strike's.
func TestPlaceOfOtherEventNoun(t *testing.T) {
	d := buildDoc(t, "2015-03-17", `
1 NAJAF Najaf PROPN NNP 0 root Ent=GPE|Place=Najaf/IQ/PPLA
2 - - PUNCT : 1 punct

1 Watching watch VERB VBG 9 advcl
2 footage footage NOUN NN 1 obj
3 of of ADP IN 5 case
4 the the DET DT 5 det
5 march march NOUN NN 2 nmod
6 in in ADP IN 7 case
7 Basra Basra PROPN NNP 5 nmod Ent=GPE|Place=Basra/IQ/PPLA|SpaceAfter=No
8 , , PUNCT , 1 punct
9 residents resident NOUN NNS 10 nsubj
10 attacked attack VERB VBD 0 root
11 the the DET DT 12 det
12 office office NOUN NN 10 obj SpaceAfter=No
13 . . PUNCT . 10 punct
`)
	d.Meta.Dateline = &doc.Dateline{Text: "NAJAF", Start: d.Tokens[0].Start, End: d.Tokens[0].End}
	runDoc(t, d)
	check(t, find(t, d, "attacked"), want{place: "Najaf"})
}

// Lexicon lines of the 2026-12-06 third session, each on a sentence.
func TestLexiconLeaderChangeAndDenial(t *testing.T) {
	// "Protesters called for the resignation of the governor": an appeal
	// for a change of leader, aimed at the governor
	d := run(t, `
1 Protesters protester NOUN NNS 2 nsubj
2 called call VERB VBD 0 root
3 for for ADP IN 5 case
4 the the DET DT 5 det
5 resignation resignation NOUN NN 2 obl
6 of of ADP IN 9 case
7 the the DET DT 9 det
8 Iraqi Iraqi ADJ JJ 9 amod Ent=NORP
9 governor governor NOUN NN 5 nmod SpaceAfter=No
10 . . PUNCT . 2 punct
`)
	check(t, find(t, d, "called"), want{cameo: "0241", tgt: "the Iraqi governor"})
	// "The government dismissed the claim": a denial
	d = run(t, `
1 The the DET DT 2 det
2 government government NOUN NN 3 nsubj
3 dismissed dismiss VERB VBD 0 root
4 the the DET DT 5 det
5 claim claim NOUN NN 3 obj SpaceAfter=No
6 . . PUNCT . 3 punct
`)
	check(t, find(t, d, "dismissed"), want{cameo: "016"})
	// "He came to the UK years ago": no meeting
	noEvent(t, `
1 He he PRON PRP 2 nsubj
2 came come VERB VBD 0 root
3 to to ADP IN 5 case
4 the the DET DT 5 det
5 UK UK PROPN NNP 2 obl Ent=GPE|Place=Britain/GB/PCLI|SpaceAfter=No
6 . . PUNCT . 2 punct
`, "came")
	// "Russian opposition leader Alexei Navalny was poisoned"
	d = run(t, `
1 Russian Russian ADJ JJ 3 amod Ent=NORP
2 opposition opposition NOUN NN 3 compound
3 leader leader NOUN NN 4 nmod:desc
4 Alexei Alexei PROPN NNP 7 nsubj:pass Ent=PERSON
5 Navalny Navalny PROPN NNP 4 flat Ent=+
6 was be AUX VBD 7 aux:pass
7 poisoned poison VERB VBN 0 root SpaceAfter=No
8 . . PUNCT . 7 punct
`)
	check(t, find(t, d, "poisoned"), want{cameo: "180", tgtCode: "RUSOPP"})
}

// "a traffic collision which killed a motorcyclist": an accident's toll.
func TestRelativeAccidentToll(t *testing.T) {
	noEvent(t, `
1 She she PRON PRP 3 nsubj:pass
2 was be AUX VBD 3 aux:pass
3 involved involve VERB VBN 0 root
4 in in ADP IN 7 case
5 a a DET DT 7 det
6 traffic traffic NOUN NN 7 compound
7 collision collision NOUN NN 3 obl
8 which which PRON WDT 9 nsubj
9 killed kill VERB VBD 7 acl:relcl
10 a a DET DT 11 det
11 motorcyclist motorcyclist NOUN NN 9 obj SpaceAfter=No
12 . . PUNCT . 3 punct
`, "killed")
}

// A violent act told with its town and day, and again with neither (its
// place only the story's town): one happening.
func TestViolenceRetoldInStoryTown(t *testing.T) {
	day := "2015-03-14"
	victims := &mention{code: "IRQCVL", plural: true, place: -1}
	a := &cand{code: "180", sent: 1, tgt: victims, place: &doc.EventPlace{Name: "Hit", Country: "IQ"}, placeScore: 3,
		date: &doc.EventDate{From: &day, To: &day}, dateTied: true, mentions: 1}
	b := &cand{code: "180", sent: 4, tgt: victims, place: &doc.EventPlace{Name: "Hit", Country: "IQ"}, placeScore: 0, mentions: 1}
	if !sameHappening(a, b, nil) {
		t.Errorf("the act told again in the story's town is not merged")
	}
	b.place = &doc.EventPlace{Name: "Ramadi", Country: "IQ"}
	if sameHappening(a, b, nil) {
		t.Errorf("an act in another town is merged")
	}
}

// "did not say he'd ordered it": an unsaid report tells nothing; "he'd"
// before a participle is "had", not a plan.
func TestUnsaidAndHadClitic(t *testing.T) {
	noEvent(t, `
1 He he PRON PRP 4 nsubj
2 did do AUX VBD 4 aux
3 not not PART RB 4 advmod
4 say say VERB VB 0 root
5 troops troop NOUN NNS 6 nsubj
6 attacked attack VERB VBD 4 ccomp
7 the the DET DT 8 det
8 town town NOUN NN 6 obj SpaceAfter=No
9 . . PUNCT . 4 punct
`, "attacked")
	d := run(t, `
1 He he PRON PRP 2 nsubj
2 said say VERB VBD 0 root
3 troops troop NOUN NNS 5 nsubj
4 'd have AUX VBD 5 aux
5 attacked attack VERB VBN 2 ccomp
6 the the DET DT 7 det
7 town town NOUN NN 5 obj SpaceAfter=No
8 . . PUNCT . 2 punct
`)
	check(t, find(t, d, "attacked"), want{cameo: "190", status: "reported"})
	d = run(t, `
1 The the DET DT 2 det
2 prince prince NOUN NN 3 nsubj
3 accepted accept VERB VBD 0 root
4 responsibility responsibility NOUN NN 3 obj SpaceAfter=No
5 . . PUNCT . 3 punct
`)
	check(t, find(t, d, "accepted"), want{cameo: "015"})
}

// "raises money annually to assist the medical services": an aim.
func TestAimInfinitive(t *testing.T) {
	noEvent(t, `
1 The the DET DT 2 det
2 charity charity NOUN NN 3 nsubj
3 raised raise VERB VBD 0 root
4 money money NOUN NN 3 obj
5 to to PART TO 6 mark
6 assist assist VERB VB 3 advcl
7 the the DET DT 9 det
8 medical medical ADJ JJ 9 amod
9 services service NOUN NNS 6 obj SpaceAfter=No
10 . . PUNCT . 3 punct
`, "assist")
}

// "were able to seize the town": done, not planned; "the agreement on
// sending soldiers": the deal's terms, no happening.
func TestPastAbilityAndDealTerms(t *testing.T) {
	d := run(t, `
1 Rebels rebel NOUN NNS 3 nsubj
2 were be AUX VBD 3 cop
3 able able ADJ JJ 0 root
4 to to PART TO 5 mark
5 seize seize VERB VB 3 xcomp
6 the the DET DT 7 det
7 town town NOUN NN 5 obj SpaceAfter=No
8 . . PUNCT . 3 punct
`)
	if e := find(t, d, "seize"); e.Attribution != nil && e.Attribution.Status == "planned" {
		t.Errorf("seize: status planned, want a happening")
	}
	noEvent(t, `
1 The the DET DT 2 det
2 agreement agreement NOUN NN 7 nsubj
3 on on SCONJ IN 4 mark
4 sending send VERB VBG 2 acl
5 Turkish Turkish ADJ JJ 6 amod Ent=NORP
6 soldiers soldier NOUN NNS 4 obj
7 angered anger VERB VBD 0 root
8 Greece Greece PROPN NNP 7 obj Ent=GPE|Place=Greece/GR/PCLI|SpaceAfter=No
9 . . PUNCT . 7 punct
`, "sending")
}

// "release the files from their investigation": a mention inside a
// record, no happening.
func TestEventNounInRecord(t *testing.T) {
	noEvent(t, `
1 She she PRON PRP 2 nsubj
2 urged urge VERB VBD 0 root
3 the the DET DT 4 det
4 agency agency NOUN NN 2 obj
5 to to PART TO 6 mark
6 release release VERB VB 2 xcomp
7 the the DET DT 8 det
8 files file NOUN NNS 6 obj
9 from from ADP IN 11 case
10 their they PRON PRP$ 11 nmod:poss
11 investigation investigation NOUN NN 8 nmod SpaceAfter=No
12 . . PUNCT . 2 punct
`, "investigation")
}

// "Turkey and Libya agreed on a line": one agreement between the two,
// the line no party.
func TestJointAgreementOnThing(t *testing.T) {
	d := run(t, `
1 Turkey Turkey PROPN NNP 4 nsubj Ent=GPE|Place=Turkey/TR/PCLI
2 and and CCONJ CC 3 cc
3 Libya Libya PROPN NNP 1 conj Ent=GPE|Place=Libya/LY/PCLI
4 agreed agree VERB VBD 0 root
5 on on ADP IN 7 case
6 a a DET DT 7 det
7 line line NOUN NN 4 obl SpaceAfter=No
8 . . PUNCT . 4 punct
`)
	if len(d.Events) != 1 {
		t.Fatalf("%d events, want one agreement", len(d.Events))
	}
	check(t, d.Events[0], want{srcCode: "TUR", tgtCode: "LBY"})
}

// One named person poisoned, told twice with nothing else in common: one
// happening; two people: two.
func TestSameNamedVictim(t *testing.T) {
	v1 := &mention{code: "RUSOPP", person: true, name: "Alexei Navalny", place: -1}
	v2 := &mention{code: "RUSOPP", person: true, name: "Navalny", place: -1}
	a := &cand{code: "180", sent: 1, tgt: v1, mentions: 1}
	b := &cand{code: "180", sent: 5, tgt: v2, mentions: 1}
	if !sameHappening(a, b, nil) {
		t.Errorf("the same person's poisoning told twice is not merged")
	}
	b.tgt = &mention{code: "RUSOPP", person: true, name: "Ilya Yashin", place: -1}
	if sameHappening(a, b, nil) {
		t.Errorf("two people's poisonings are merged")
	}
}

// "He was killed by a US airstrike": the strike is how he was killed.
func TestKilledByMeans(t *testing.T) {
	d := run(t, `
1 He he PRON PRP 3 nsubj:pass
2 was be AUX VBD 3 aux:pass
3 killed kill VERB VBN 0 root
4 by by ADP IN 7 case
5 a a DET DT 7 det
6 US US PROPN NNP 7 compound Ent=GPE|Place=America/US/PCLI
7 airstrike airstrike NOUN NN 3 obl:agent
8 in in ADP IN 9 case
9 Baghdad Baghdad PROPN NNP 7 nmod Ent=GPE|Place=Baghdad/IQ/PPLC|SpaceAfter=No
10 . . PUNCT . 3 punct
`)
	if len(d.Events) != 1 {
		var got []string
		for _, e := range d.Events {
			got = append(got, fmt.Sprintf("%s/%s/%+v/%+v", e.Trigger.Text, e.CAMEO, e.Source, e.Target))
		}
		t.Fatalf("events %v, want one killing by airstrike", got)
	}
	check(t, d.Events[0], want{mentions: 2})
}

// Two verbs of speech between the same parties ("called on", "is
// seeking from") tell two things; the same verb told again is one.
func TestVerbalRestatementNeedsSameVerb(t *testing.T) {
	us := &mention{code: "USAGOV", place: -1}
	iraq := &mention{code: "IRQGOV", place: -1}
	a := &cand{code: "020", sent: 2, src: us, tgt: iraq, lemma: "call", mentions: 1}
	b := &cand{code: "020", sent: 9, src: us, tgt: iraq, lemma: "seek", mentions: 1}
	if sameHappening(a, b, nil) {
		t.Errorf("a call and a request between the same parties are merged")
	}
	b.lemma = "call"
	if !sameHappening(a, b, nil) {
		t.Errorf("the same call told again is not merged")
	}
}

// "US troops in Iraqi military bases": the troops are American.
func TestActorCountryOnHead(t *testing.T) {
	d := run(t, `
1 Iran Iran PROPN NNP 2 nsubj Ent=GPE|Place=Iran/IR/PCLI
2 attacked attack VERB VBD 0 root
3 US US PROPN NNP 4 compound Ent=GPE|Place=America/US/PCLI
4 troops troop NOUN NNS 2 obj
5 in in ADP IN 8 case
6 Iraqi Iraqi ADJ JJ 8 amod Ent=NORP
7 military military ADJ JJ 8 amod
8 bases base NOUN NNS 4 nmod SpaceAfter=No
9 . . PUNCT . 2 punct
`)
	check(t, find(t, d, "attacked"), want{tgtCode: "USAMIL"})
}

// "Last year Trump withdrew the US from the deal" in a report of the next
// year: history; the same this year: news.
func TestPastYearOnly(t *testing.T) {
	src := func(year string) string {
		return `
1 Last last ADJ JJ 2 amod Time=` + year + `
2 year year NOUN NN 4 obl:tmod Time=+
3 Trump Trump PROPN NNP 4 nsubj Ent=PERSON
4 withdrew withdraw VERB VBD 0 root
5 troops troop NOUN NNS 4 obj
6 from from ADP IN 7 case
7 Syria Syria PROPN NNP 4 obl Ent=GPE|Place=Syria/SY/PCLI|SpaceAfter=No
8 . . PUNCT . 4 punct
`
	}
	// (a January report: last year ended three weeks before)
	d := runDoc(t, buildDoc(t, "2015-01-20", src("2014")))
	for _, e := range d.Events {
		t.Errorf("event %s %q dated by last year only, want none", e.CAMEO, e.Trigger.Text)
	}
	find(t, runDoc(t, buildDoc(t, "2015-01-20", src("2015"))), "withdrew")
}

// A story naming its province most, and two towns once each: the province
// places what the text does not.
func TestFocusProvince(t *testing.T) {
	d := run(t, `
1 Gunmen gunman NOUN NNS 2 nsubj
2 killed kill VERB VBD 0 root
3 four four NUM CD 4 nummod
4 officers officer NOUN NNS 2 obj SpaceAfter=No
5 . . PUNCT . 2 punct

1 Gunmen gunman NOUN NNS 2 nsubj
2 attacked attack VERB VBD 0 root
3 police police NOUN NNS 2 obj
4 in in ADP IN 5 case
5 Karak Karak PROPN NNP 2 obl Ent=GPE|Place=Karak/JO/ADM1|SpaceAfter=No
6 . . PUNCT . 2 punct

1 Officers officer NOUN NNS 2 nsubj
2 patrolled patrol VERB VBD 0 root
3 Karak Karak PROPN NNP 2 obj Ent=GPE|Place=Karak/JO/ADM1
4 and and CCONJ CC 5 cc
5 Irbid Irbid PROPN NNP 3 conj Ent=GPE|Place=Irbid/JO/PPLA
6 near near ADP IN 7 case
7 Qatraneh Qatraneh PROPN NNP 2 obl Ent=GPE|Place=Qatraneh/JO/PPLA2|SpaceAfter=No
8 . . PUNCT . 2 punct

`)
	check(t, find(t, d, "killed"), want{place: "Karak"})
}

// "were killed and nine injured in a knife attack at a Walmart in China":
// the attack's place is the killing's, the toll being one clause.
func TestPlaceThroughTollChain(t *testing.T) {
	d := buildDoc(t, "2015-03-17", `
1 BEIJING Beijing PROPN NNP 0 root Ent=GPE|Place=Beijing/CN/PPLC
2 - - PUNCT : 1 punct

1 Two two NUM CD 2 nummod
2 people people NOUN NNS 4 nsubj:pass
3 were be AUX VBD 4 aux:pass
4 killed kill VERB VBN 0 root
5 and and CCONJ CC 6 cc
6 nine nine NUM CD 4 conj
7 injured injure VERB VBN 6 acl
8 in in ADP IN 10 case
9 a a DET DT 10 det
10 attack attack NOUN NN 7 obl
11 at at ADP IN 12 case
12 Walmart Walmart PROPN NNP 10 nmod
13 in in ADP IN 14 case
14 Shenzhen Shenzhen PROPN NNP 12 nmod Ent=GPE|Place=Shenzhen/CN/PPLA2|SpaceAfter=No
15 . . PUNCT . 4 punct
`)
	d.Meta.Dateline = &doc.Dateline{Text: "BEIJING", Start: d.Tokens[0].Start, End: d.Tokens[0].End}
	runDoc(t, d)
	check(t, find(t, d, "killed"), want{place: "Shenzhen"})
}

// Words that look like aid, release or agreement and are not: "helped
// swing the election", "sending refugees into Turkey", "rescued the
// deal", "at agreed upon points"; a promised response is a threat.
func TestFalseFriends(t *testing.T) {
	noEvent(t, `
1 Hackers hacker NOUN NNS 2 nsubj
2 helped help VERB VBD 0 root
3 swing swing VERB VB 2 xcomp
4 the the DET DT 5 det
5 election election NOUN NN 3 obj SpaceAfter=No
6 . . PUNCT . 2 punct
`, "helped")
	noEvent(t, `
1 The the DET DT 2 det
2 war war NOUN NN 3 nsubj
3 sent send VERB VBD 0 root
4 refugees refugee NOUN NNS 3 obj
5 into into ADP IN 6 case
6 Turkey Turkey PROPN NNP 3 obl Ent=GPE|Place=Turkey/TR/PCLI|SpaceAfter=No
7 . . PUNCT . 3 punct
`, "sent")
	noEvent(t, `
1 Pressure pressure NOUN NN 2 nsubj
2 rescued rescue VERB VBD 0 root
3 the the DET DT 4 det
4 deal deal NOUN NN 2 obj SpaceAfter=No
5 . . PUNCT . 2 punct
`, "rescued")
	noEvent(t, `
1 Buses bus NOUN NNS 2 nsubj
2 arrived arrive VERB VBD 0 root
3 at at ADP IN 4 case
4 agreed agree VERB VBN 2 obl
5 points point NOUN NNS 4 obl SpaceAfter=No
6 . . PUNCT . 2 punct
`, "agreed")
	d := run(t, `
1 Obama Obama PROPN NNP 2 nsubj Ent=PERSON
2 promised promise VERB VBD 0 root
3 a a DET DT 4 det
4 response response NOUN NN 2 obj SpaceAfter=No
5 . . PUNCT . 2 punct
`)
	check(t, find(t, d, "promised"), want{cameo: "130"})
}

// "Militants claimed responsibility for Sunday's bombings in Kabul": the
// claimant is the bombing's doer, as a claim; no separate event.
func TestClaimFoldsIntoAttack(t *testing.T) {
	d := run(t, `
1 Militants militant NOUN NNS 2 nsubj
2 claimed claim VERB VBD 0 root
3 responsibility responsibility NOUN NN 2 obj
4 for for ADP IN 6 case
5 the the DET DT 6 det
6 bombings bombing NOUN NNS 3 nmod
7 in in ADP IN 8 case
8 Kabul Kabul PROPN NNP 6 nmod Ent=GPE|Place=Kabul/AF/PPLC
9 on on ADP IN 10 case
10 Sunday Sunday PROPN NNP 6 nmod Time=2015-03-15|SpaceAfter=No
11 . . PUNCT . 2 punct
`)
	if len(d.Events) != 1 {
		var got []string
		for _, e := range d.Events {
			got = append(got, e.Trigger.Text+"/"+e.CAMEO)
		}
		t.Fatalf("events %v, want the bombing only", got)
	}
	check(t, d.Events[0], want{trigger: "bombings", src: "Militants", status: "claimed"})
}

// "opened fire on police on Paris' Champs-Elysees": a city's landmark
// places the event; the next sentence, naming no place, goes on there
// rather than at a dateline far off.
func TestLandmarkPlaceCarried(t *testing.T) {
	d := buildDoc(t, "2017-04-21", `
1 GEORGETOWN Georgetown PROPN NNP 0 root Ent=GPE|Place=Georgetown/US/PPLA2
2 - - PUNCT : 1 punct

1 A a DET DT 2 det
2 gunman gunman NOUN NN 3 nsubj
3 opened open VERB VBD 0 root
4 fire fire NOUN NN 3 obj
5 on on ADP IN 9 case
6 Paris Paris PROPN NNP 9 nmod:poss Ent=GPE|Place=Paris/FR/PPLC
7 ' ' PART POS 6 case
8 Champs Champs PROPN NNP 9 compound
9 Elysees Elysees PROPN NNP 3 obl SpaceAfter=No
10 . . PUNCT . 3 punct

1 Police police NOUN NNS 2 nsubj
2 killed kill VERB VBD 0 root
3 the the DET DT 4 det
4 attacker attacker NOUN NN 2 obj SpaceAfter=No
5 . . PUNCT . 2 punct
`)
	d.Meta.Dateline = &doc.Dateline{Text: "GEORGETOWN", Start: d.Tokens[0].Start, End: d.Tokens[0].End}
	runDoc(t, d)
	check(t, find(t, d, "opened"), want{place: "Paris"})
	check(t, find(t, d, "killed"), want{place: "Paris"})
}

// Not happenings: a question ("not clear if all five were killed"), a
// plot told of the past ("planned to murder the official"), what an
// appeal asks for ("encouraged him to conduct an attack").
func TestQuestionsPlotsAndAppeals(t *testing.T) {
	noEvent(t, `
1 It it PRON PRP 4 nsubj
2 was be AUX VBD 4 cop
3 not not PART RB 4 advmod
4 clear clear ADJ JJ 0 root
5 if if SCONJ IN 4 advmod
6 five five NUM CD 8 nsubj:pass
7 were be AUX VBD 8 aux:pass
8 killed kill VERB VBN 6 acl:relcl SpaceAfter=No
9 . . PUNCT . 4 punct
`, "killed")
	noEvent(t, `
1 He he PRON PRP 2 nsubj
2 planned plan VERB VBD 0 root
3 to to PART TO 4 mark
4 murder murder VERB VB 2 xcomp
5 the the DET DT 6 det
6 official official NOUN NN 4 obj SpaceAfter=No
7 . . PUNCT . 2 punct
`, "murder")
	noEvent(t, `
1 The the DET DT 2 det
2 member member NOUN NN 3 nsubj
3 encouraged encourage VERB VBD 0 root
4 him he PRON PRP 3 obj
5 to to PART TO 6 mark
6 conduct conduct VERB VB 3 xcomp
7 an a DET DT 8 det
8 attack attack NOUN NN 6 obj SpaceAfter=No
9 . . PUNCT . 3 punct
`, "attack")
	// a plan still ahead stays a plan
	d := run(t, `
1 Kerry Kerry PROPN NNP 2 nsubj Ent=PERSON
2 planned plan VERB VBD 0 root
3 to to PART TO 4 mark
4 visit visit VERB VB 2 xcomp
5 Jordan Jordan PROPN NNP 4 obj Ent=GPE|Place=Jordan/JO/PCLI
6 next next ADJ JJ 7 amod Time=2015-03-25
7 week week NOUN NN 4 obl:tmod Time=+|SpaceAfter=No
8 . . PUNCT . 2 punct
`)
	find(t, d, "visit")
}

// Places that say who or which, not where: "the ambassador to Turkey"
// (in his phrase or hung on the verb), "Russia's role in Syria" in
// another clause.
func TestPlacesThatSayWho(t *testing.T) {
	for _, head := range []string{"4", "2"} { // "to Turkey" on the ambassador, then on the verb
		d := buildDoc(t, "2016-12-19", `
1 MOSCOW Moscow PROPN NNP 0 root Ent=GPE|Place=Moscow/RU/PPLC
2 - - PUNCT : 1 punct

1 Police police NOUN NNS 2 nsubj
2 shot shoot VERB VBD 0 root
3 the the DET DT 4 det
4 ambassador ambassador NOUN NN 2 obj
5 to to ADP IN 6 case
6 Turkey Turkey PROPN NNP `+head+` nmod Ent=GPE|Place=Turkey/TR/PCLI|SpaceAfter=No
7 . . PUNCT . 2 punct
`)
		d.Meta.Dateline = &doc.Dateline{Text: "MOSCOW", Start: d.Tokens[0].Start, End: d.Tokens[0].End}
		runDoc(t, d)
		check(t, find(t, d, "shot"), want{place: "Moscow"})
	}
	d := buildDoc(t, "2016-12-19", `
1 HIT Hit PROPN NNP 0 root Ent=GPE|Place=Hit/IQ/PPLA2
2 - - PUNCT : 1 punct

1 Gunmen gunman NOUN NNS 2 nsubj
2 attacked attack VERB VBD 0 root
3 the the DET DT 4 det
4 post post NOUN NN 2 obj
5 and and CCONJ CC 6 cc
6 criticised criticise VERB VBD 2 conj
7 Russia Russia PROPN NNP 9 nmod:poss Ent=GPE|Place=Russia/RU/PCLI
8 's 's PART POS 7 case
9 role role NOUN NN 6 obj
10 in in ADP IN 11 case
11 Syria Syria PROPN NNP 9 nmod Ent=GPE|Place=Syria/SY/PCLI|SpaceAfter=No
12 . . PUNCT . 2 punct
`)
	d.Meta.Dateline = &doc.Dateline{Text: "HIT", Start: d.Tokens[0].Start, End: d.Tokens[0].End}
	runDoc(t, d)
	check(t, find(t, d, "attacked"), want{place: "Hit"})
}

// "had plotted to execute an employee and then attack a police station":
// the plot's conjuncts are no happenings; a prison term imposed or sought
// is court procedure.
func TestPlotConjunctsAndCourtTerms(t *testing.T) {
	noEvent(t, `
1 He he PRON PRP 2 nsubj
2 plotted plot VERB VBD 0 root
3 to to PART TO 4 mark
4 execute execute VERB VB 2 xcomp
5 an a DET DT 6 det
6 employee employee NOUN NN 4 obj
7 and and CCONJ CC 9 cc
8 then then ADV RB 9 advmod
9 attack attack VERB VB 4 conj
10 a a DET DT 12 det
11 police police NOUN NN 12 compound
12 station station NOUN NN 9 obj SpaceAfter=No
13 . . PUNCT . 2 punct
`, "attack")
	noEvent(t, `
1 Prosecutors prosecutor NOUN NNS 3 nsubj
2 had have AUX VBD 3 aux
3 sought seek VERB VBN 0 root
4 a a DET DT 6 det
5 prison prison NOUN NN 6 compound
6 term term NOUN NN 3 obj SpaceAfter=No
7 . . PUNCT . 3 punct
`, "sought")
}

// "asked the U.S. for airstrikes": an appeal for military aid (0232).
func TestAskForAirstrikes(t *testing.T) {
	d := run(t, `
1 The the DET DT 2 det
2 government government NOUN NN 3 nsubj
3 asked ask VERB VBD 0 root
4 Washington Washington PROPN NNP 3 obj Ent=GPE|Place=Washington/US/PPLC
5 for for ADP IN 6 case
6 airstrikes airstrike NOUN NNS 3 obl SpaceAfter=No
7 . . PUNCT . 3 punct
`)
	check(t, find(t, d, "asked"), want{cameo: "0232"})
}

// "Turkish officials and Russian diplomats also spoke": two who talk,
// told together, talked with each other.
func TestJointTalk(t *testing.T) {
	d := run(t, `
1 Turkish Turkish ADJ JJ 2 amod Ent=NORP
2 officials official NOUN NNS 7 nsubj
3 and and CCONJ CC 5 cc
4 Russian Russian ADJ JJ 5 amod Ent=NORP
5 diplomats diplomat NOUN NNS 2 conj
6 also also ADV RB 7 advmod
7 spoke speak VERB VBD 0 root SpaceAfter=No
8 . . PUNCT . 7 punct
`)
	e := find(t, d, "spoke")
	check(t, e, want{cameo: "040"})
	if e.Source == nil || e.Target == nil {
		t.Errorf("source %+v target %+v, want the two speakers", e.Source, e.Target)
	}
}

// "Clashes rocked the capital, Baghdad": the verb telling the happening
// takes where it was as its object.
func TestHappeningRockedPlace(t *testing.T) {
	d := buildDoc(t, "2015-03-17", `
1 NAJAF Najaf PROPN NNP 0 root Ent=GPE|Place=Najaf/IQ/PPLA
2 - - PUNCT : 1 punct

1 Clashes clash NOUN NNS 2 nsubj
2 rocked rock VERB VBD 0 root
3 Basra Basra PROPN NNP 2 obj Ent=GPE|Place=Basra/IQ/PPLA
4 on on ADP IN 5 case
5 Monday Monday PROPN NNP 2 obl Time=2015-03-16|SpaceAfter=No
6 . . PUNCT . 2 punct
`)
	d.Meta.Dateline = &doc.Dateline{Text: "NAJAF", Start: d.Tokens[0].Start, End: d.Tokens[0].End}
	runDoc(t, d)
	check(t, find(t, d, "Clashes"), want{place: "Basra"})
}

// "United States President Donald Trump asked ...": the country tells
// whose president, not where he asked.
func TestCountryTitleNoPlace(t *testing.T) {
	d := buildDoc(t, "2019-09-12", `
1 WASHINGTON Washington PROPN NNP 0 root Ent=GPE|Place=Washington/US/PPLC
2 - - PUNCT : 1 punct

1 America America PROPN NNP 3 nmod:desc Ent=GPE|Place=America/US/PCLI
2 President President PROPN NNP 3 nmod:desc
3 Trump Trump PROPN NNP 4 nsubj Ent=PERSON
4 asked ask VERB VBD 0 root
5 Iran Iran PROPN NNP 4 obj Ent=GPE|Place=Iran/IR/PCLI
6 for for ADP IN 7 case
7 talks talk NOUN NNS 4 obl SpaceAfter=No
8 . . PUNCT . 4 punct
`)
	d.Meta.Dateline = &doc.Dateline{Text: "WASHINGTON", Start: d.Tokens[0].Start, End: d.Tokens[0].End}
	runDoc(t, d)
	check(t, find(t, d, "asked"), want{place: "Washington"})
}

// "A cease-fire to evacuate rebel fighters from Aleppo unraveled": the
// evacuation is the truce's terms, not a happening.
func TestTruceTerms(t *testing.T) {
	noEvent(t, `
1 A a DET DT 4 det
2 cease cease NOUN NN 4 compound SpaceAfter=No
3 - - PUNCT HYPH 2 punct SpaceAfter=No
4 fire fire NOUN NN 10 nsubj
5 to to PART TO 6 mark
6 evacuate evacuate VERB VB 4 acl
7 rebel rebel NOUN NN 8 compound
8 fighters fighter NOUN NNS 6 obj
9 from from ADP IN 11 case
10 unraveled unravel VERB VBD 0 root
11 Aleppo Aleppo PROPN NNP 6 obl Ent=GPE|Place=Aleppo/SY/PPLA|SpaceAfter=No
12 . . PUNCT . 10 punct
`, "evacuate")
}

// "Residents donated blood": no aid between parties.
func TestDonatedBlood(t *testing.T) {
	noEvent(t, `
1 Residents resident NOUN NNS 2 nsubj
2 donated donate VERB VBD 0 root
3 blood blood NOUN NN 2 obj SpaceAfter=No
4 . . PUNCT . 2 punct
`, "donated")
}

// "The Kremlin denies US claims that Russia hacked emails": a denial
// (016), and the hacking told as denied.
func TestDeniedClaims(t *testing.T) {
	d := run(t, `
1 The the DET DT 2 det
2 Kremlin Kremlin PROPN NNP 3 nsubj Ent=ORG
3 denies deny VERB VBZ 0 root
4 US US PROPN NNP 5 compound Ent=GPE|Place=America/US/PCLI
5 claims claim NOUN NNS 3 obj
6 that that SCONJ IN 8 mark
7 Russia Russia PROPN NNP 8 nsubj Ent=GPE|Place=Russia/RU/PCLI
8 hacked hack VERB VBD 5 acl
9 emails email NOUN NNS 8 obj SpaceAfter=No
10 . . PUNCT . 3 punct
`)
	check(t, find(t, d, "denies"), want{cameo: "016"})
	check(t, find(t, d, "hacked"), want{status: "denied"})
}

// "Kerry will travel to Europe. Kerry will travel to Brussels." The trip to
// the region is the trip to the city in it: one event, told twice; a city
// outside the region is a trip of its own.
func TestRegionJourneyFoldsIntoPlaceInIt(t *testing.T) {
	for _, c := range []struct {
		city, cc string
		lat, lon float64
		events   int
	}{
		{"Brussels", "BE", 50.85, 4.35, 1},
		{"Tokyo", "JP", 35.69, 139.69, 2},
	} {
		d := buildDoc(t, "2015-03-17", `
1 Kerry Kerry PROPN NNP 3 nsubj Ent=PERSON
2 will will AUX MD 3 aux
3 travel travel VERB VB 0 root
4 to to ADP IN 5 case
5 Europe Europe PROPN NNP 3 obl Ent=LOC|Place=Europe//CONT|SpaceAfter=No
6 . . PUNCT . 3 punct

1 Kerry Kerry PROPN NNP 3 nsubj Ent=PERSON
2 will will AUX MD 3 aux
3 fly fly VERB VB 0 root
4 to to ADP IN 5 case
5 `+c.city+` `+c.city+` PROPN NNP 3 obl Ent=GPE|Place=`+c.city+`/`+c.cc+`|SpaceAfter=No
6 . . PUNCT . 3 punct
`)
		for i := range d.Places {
			switch p := &d.Places[i]; p.Name {
			case "Europe":
				p.Lat, p.Lon, p.PrecisionKm = 48.69, 9.14, 2000
			default:
				p.Lat, p.Lon = c.lat, c.lon
			}
		}
		d = runDoc(t, d)
		if len(d.Events) != c.events {
			t.Errorf("Europe, then %s: %d events, want %d", c.city, len(d.Events), c.events)
			continue
		}
		if e := find(t, d, "fly"); c.events == 1 && e.Mentions != 2 {
			t.Errorf("fly to %s: %d mentions, want 2 (the trip to Europe folded in)", c.city, e.Mentions)
		}
	}
}

// "condemned the decision by Russia", "rejected the offer made by Iran",
// "rejected Iran's offer": the act answered is aimed at whoever made it.
func TestActAnsweredAimsAtItsMaker(t *testing.T) {
	d := run(t, `
1 Washington Washington PROPN NNP 2 nsubj Ent=GPE|Place=Washington/US
2 condemned condemn VERB VBD 0 root
3 the the DET DT 4 det
4 decision decision NOUN NN 2 obj
5 by by ADP IN 6 case
6 Russia Russia PROPN NNP 2 obl Ent=GPE|Place=Russia/RU/PCLI|SpaceAfter=No
7 . . PUNCT . 2 punct

1 Iraq Iraq PROPN NNP 2 nsubj Ent=GPE|Place=Iraq/IQ/PCLI
2 rejected reject VERB VBD 0 root
3 the the DET DT 4 det
4 offer offer NOUN NN 2 obj
5 made make VERB VBN 4 acl
6 by by ADP IN 7 case
7 Iran Iran PROPN NNP 5 obl:agent Ent=GPE|Place=Iran/IR/PCLI|SpaceAfter=No
8 . . PUNCT . 2 punct
`)
	check(t, find(t, d, "condemned"), want{cameo: "111", tgtCode: "RUS"})
	check(t, find(t, d, "rejected"), want{tgtCode: "IRN"})
}

// "Residents said they welcome the call made by Iran": praise told as said
// is a statement, whatever its tense.
func TestSaidPraise(t *testing.T) {
	d := run(t, `
1 Iraqi Iraqi ADJ JJ 2 amod Ent=NORP
2 residents resident NOUN NNS 3 nsubj
3 said say VERB VBD 0 root
4 they they PRON PRP 5 nsubj
5 welcome welcome VERB VBP 3 ccomp
6 the the DET DT 7 det
7 call call NOUN NN 5 obj
8 made make VERB VBN 7 acl
9 by by ADP IN 10 case
10 Iran Iran PROPN NNP 8 obl:agent Ent=GPE|Place=Iran/IR/PCLI|SpaceAfter=No
11 . . PUNCT . 3 punct
`)
	check(t, find(t, d, "welcome"), want{cameo: "051", srcCode: "IRQCVL", tgtCode: "IRN"})
}

// "If America were serious, Mahmoud says, they should equip the Shi'ite
// with weapons": an appeal on a condition is marked hypothetical.
func TestConditionalAppealHypothetical(t *testing.T) {
	d := run(t, `
1 If if SCONJ IN 4 mark
2 America America PROPN NNP 4 nsubj Ent=GPE|Place=United States/US/PCLI
3 were be AUX VBD 4 cop
4 serious serious ADJ JJ 7 advcl
5 , , PUNCT , 4 punct
6 Mahmoud Mahmoud PROPN NNP 7 nsubj Ent=PERSON
7 says say VERB VBZ 0 root
8 , , PUNCT , 11 punct
9 they they PRON PRP 11 nsubj
10 should should AUX MD 11 aux
11 equip equip VERB VB 7 ccomp
12 the the DET DT 13 det
13 Shiites Shiite PROPN NNPS 11 obj
14 with with ADP IN 15 case
15 weapons weapon NOUN NNS 11 obl SpaceAfter=No
16 . . PUNCT . 7 punct
`)
	check(t, find(t, d, "equip"), want{status: "hypothetical"})
}

// "Her parents weren't able to provide details": what someone could not do
// was neither done nor refused; "provided a lot of details" hands over
// words, not aid.
func TestUnableAndAmountOfInfo(t *testing.T) {
	d := run(t, `
1 Syrians Syrians PROPN NNPS 4 nsubj Ent=NORP
2 were be AUX VBD 4 cop
3 n't not PART RB 4 advmod
4 able able ADJ JJ 0 root
5 to to PART TO 6 mark
6 provide provide VERB VB 4 xcomp
7 food food NOUN NN 6 obj SpaceAfter=No
8 . . PUNCT . 4 punct
`)
	if len(d.Events) != 0 {
		t.Errorf("not able to provide food: events %v, want none", d.Events)
	}
	d = run(t, `
1 Syrian Syrian ADJ JJ 2 amod Ent=NORP
2 officials official NOUN NNS 3 nsubj
3 provided provide VERB VBD 0 root
4 a a DET DT 5 det
5 lot lot NOUN NN 3 obj
6 of of ADP IN 7 case
7 details detail NOUN NNS 5 nmod SpaceAfter=No
8 . . PUNCT . 3 punct
`)
	if len(d.Events) != 0 {
		t.Errorf("provided a lot of details: events %v, want none", d.Events)
	}
}

// "Iran attacked US troops in Iraqi bases": the demonym on the place noun
// places the attack in the country the story names; "rejected its offer"
// is not aimed at whoever "its" is.
func TestDemonymPlaceAndOwnAct(t *testing.T) {
	d := run(t, `
1 Iraq Iraq PROPN NNP 3 nsubj Ent=GPE|Place=Iraq/IQ/PCLI
2 is be AUX VBZ 3 cop
3 hot hot ADJ JJ 0 root SpaceAfter=No
4 . . PUNCT . 3 punct

1 Iran Iran PROPN NNP 2 nsubj Ent=GPE|Place=Iran/IR/PCLI
2 attacked attack VERB VBD 0 root
3 US US PROPN NNP 4 compound Ent=GPE|Place=United States/US/PCLI
4 troops troop NOUN NNS 2 obj
5 in in ADP IN 7 case
6 Iraqi Iraqi ADJ JJ 7 amod Ent=NORP
7 bases base NOUN NNS 4 nmod SpaceAfter=No
8 . . PUNCT . 2 punct

1 Syria Syria PROPN NNP 2 nsubj Ent=GPE|Place=Syria/SY/PCLI
2 rejected reject VERB VBD 0 root
3 its its PRON PRP$ 4 nmod:poss
4 offer offer NOUN NN 2 obj SpaceAfter=No
5 . . PUNCT . 2 punct
`)
	check(t, find(t, d, "attacked"), want{place: "Iraq"})
	if e := find(t, d, "rejected"); e.Target != nil && e.Target.Code != "" {
		t.Errorf("rejected its offer: target %q, want the offer (uncoded)", e.Target.Code)
	}
}

// "The embassy declined the request from Iran": declining a request, an
// offer or an invitation is a rejection, aimed at whoever made it.
func TestDeclinedRequest(t *testing.T) {
	d := run(t, `
1 Britain Britain PROPN NNP 2 nsubj Ent=GPE|Place=United Kingdom/GB/PCLI
2 declined decline VERB VBD 0 root
3 the the DET DT 4 det
4 request request NOUN NN 2 obj
5 from from ADP IN 6 case
6 Iran Iran PROPN NNP 4 nmod Ent=GPE|Place=Iran/IR/PCLI|SpaceAfter=No
7 . . PUNCT . 2 punct
`)
	check(t, find(t, d, "declined"), want{cameo: "120", srcCode: "GBR", tgtCode: "IRN"})
	d = run(t, `
1 The the DET DT 2 det
2 embassy embassy NOUN NN 3 nsubj
3 declined decline VERB VBD 0 root
4 the the DET DT 5 det
5 request request NOUN NN 3 obj SpaceAfter=No
6 . . PUNCT . 3 punct
`)
	check(t, find(t, d, "declined"), want{cameo: "120"})
}

// 'The statement read: "Rebels were killed in an operation in Kunduz."': a
// quoted statement that reports a past happening as its main clause is a
// report like an indirect one; the same words as the quote's own rhetoric
// in the present stay the speaker's.
func TestQuotedPastReport(t *testing.T) {
	d := run(t, `
1 The the DET DT 2 det
2 statement statement NOUN NN 3 nsubj
3 read read VERB VBD 0 root
4 : : PUNCT : 8 punct
5 " " PUNCT `+"``"+` 8 punct
6 Rebels rebel NOUN NNS 8 nsubj:pass
7 were be AUX VBD 8 aux:pass
8 killed kill VERB VBN 3 ccomp
9 in in ADP IN 10 case
10 Kunduz Kunduz PROPN NNP 8 obl Ent=GPE|Place=Kunduz/AF|SpaceAfter=No
11 . . PUNCT . 8 punct
12 " " PUNCT '' 8 punct
`)
	check(t, find(t, d, "killed"), want{place: "Kunduz", status: "reported"})
}

// "Hamza bin Laden has been killed" ... "Hamza bin Ladin was killed in
// Kunduz": a named person is killed once, however the name is spelt.
func TestNamedPersonKilledOnce(t *testing.T) {
	d := run(t, `
1 Hamza Hamza PROPN NNP 5 nsubj:pass Ent=PERSON
2 bin bin PROPN NNP 1 flat Ent=+
3 Laden Laden PROPN NNP 1 flat Ent=+
4 was be AUX VBD 5 aux:pass
5 killed kill VERB VBN 0 root SpaceAfter=No
6 . . PUNCT . 5 punct

1 Hamza Hamza PROPN NNP 5 nsubj:pass Ent=PERSON
2 bin bin PROPN NNP 1 flat Ent=+
3 Ladin Ladin PROPN NNP 1 flat Ent=+
4 was be AUX VBD 5 aux:pass
5 killed kill VERB VBN 0 root
6 in in ADP IN 7 case
7 Kunduz Kunduz PROPN NNP 5 obl Ent=GPE|Place=Kunduz/AF|SpaceAfter=No
8 . . PUNCT . 5 punct
`)
	if len(d.Events) != 1 {
		t.Fatalf("%d events, want 1: %v", len(d.Events), d.Events)
	}
	check(t, d.Events[0], want{place: "Kunduz", mentions: 2})
}

// "was taken to hospital" (with "to hospital" read as an infinitive),
// "released footage", "was treated and released", "footage ... fight":
// care and records, not abductions, releases or fights.
func TestHospitalAndRecords(t *testing.T) {
	noEvent(t, `
1 He he PRON PRP 3 nsubj:pass
2 was be AUX VBD 3 aux:pass
3 taken take VERB VBN 0 root
4 to to PART TO 5 mark
5 hospital hospital VERB VB 3 xcomp SpaceAfter=No
6 . . PUNCT . 3 punct
`, "taken")
	noEvent(t, `
1 Police police NOUN NNS 2 nsubj
2 released release VERB VBD 0 root
3 footage footage NOUN NN 2 obj SpaceAfter=No
4 . . PUNCT . 2 punct
`, "released")
	noEvent(t, `
1 Both both DET DT 2 det
2 women woman NOUN NNS 4 nsubj:pass
3 were be AUX VBD 4 aux:pass
4 taken take VERB VBN 0 root
5 to to ADP IN 6 case
6 Hospital Hospital PROPN NNP 4 obl
7 , , PUNCT , 16 punct
8 and and CCONJ CC 16 cc
9 while while SCONJ IN 12 mark
10 Maria Maria PROPN NNP 12 nsubj:pass Ent=PERSON
11 was be AUX VBD 12 aux:pass
12 treated treat VERB VBN 16 advcl
13 and and CCONJ CC 14 cc
14 released release VERB VBN 12 conj
15 Vermelhudo Vermelhudo PROPN NNP 16 nsubj Ent=PERSON
16 died die VERB VBD 4 conj SpaceAfter=No
17 . . PUNCT . 4 punct
`, "released")
	noEvent(t, `
1 Police police NOUN NNS 3 nsubj
2 have have AUX VBP 3 aux
3 released release VERB VBN 0 root
4 footage footage NOUN NN 10 compound
5 of of ADP IN 9 case
6 a a DET DT 9 det
7 violent violent ADJ JJ 9 amod
8 late late ADJ JJ 9 amod
9 street street NOUN NN 4 nmod
10 fight fight NOUN NN 3 obj
11 between between ADP IN 13 case
12 armed armed ADJ JJ 13 amod
13 attackers attacker NOUN NNS 10 nmod
14 in in ADP IN 16 case
15 North North PROPN NNP 16 compound Ent=GPE|Place=London/GB
16 London London PROPN NNP 13 nmod Ent=+|Place=+|SpaceAfter=No
17 . . PUNCT . 3 punct
`, "fight")
}

// "Hickson pleaded not guilty to murder" (with "to murder" read as an
// infinitive): a plea and the charge pleaded to, not an appeal or a murder.
func TestPleaNotGuilty(t *testing.T) {
	src := `
1 Hickson Hickson PROPN NNP 3 nsubj Ent=PERSON
2 had have AUX VBD 3 aux
3 pleaded plead VERB VBN 0 root
4 not not PART RB 5 advmod
5 guilty guilty ADJ JJ 3 xcomp
6 to to PART TO 7 mark
7 murder murder VERB VB 5 advcl SpaceAfter=No
8 . . PUNCT . 3 punct
`
	noEvent(t, src, "pleaded")
	noEvent(t, src, "murder")
}

// "Raffaele Marra was arrested on Friday. Mr Marra's arrest comes days
// after ...": the arrest of the person the story named, told again by
// surname and honorific, is one event.
func TestPossessiveArrestRestated(t *testing.T) {
	d := run(t, `
1 Raffaele Raffaele PROPN NNP 4 nsubj:pass Ent=PERSON
2 Marra Marra PROPN NNP 1 flat Ent=+
3 was be AUX VBD 4 aux:pass
4 arrested arrest VERB VBN 0 root
5 on on SCONJ IN 6 mark
6 Monday Monday PROPN NNP 4 obl Time=2015-03-16|SpaceAfter=No
7 . . PUNCT . 4 punct

1 Mr Mr PROPN NNP 4 nmod:poss
2 Marra Marra PROPN NNP 1 flat
3 's 's PART POS 1 case
4 arrest arrest NOUN NN 5 nsubj
5 came come VERB VBD 0 root
6 days day NOUN NNS 5 obl:npmod SpaceAfter=No
7 . . PUNCT . 5 punct
`)
	if len(d.Events) != 1 {
		t.Fatalf("%d events, want 1 (the arrest told twice): %v", len(d.Events), d.Events)
	}
	check(t, d.Events[0], want{cameo: "173", mentions: 2})
}

// "The drivers fled", "supplied the FBI with information", "accused of
// plotting a terror attack": a getaway, information and a plot are no
// events.
func TestGetawayInformationPlot(t *testing.T) {
	noEvent(t, `
1 The the DET DT 2 det
2 drivers driver NOUN NNS 3 nsubj
3 fled flee VERB VBD 0 root SpaceAfter=No
4 . . PUNCT . 3 punct
`, "fled")
	noEvent(t, `
1 Steele Steele PROPN NNP 2 nsubj Ent=PERSON
2 supplied supply VERB VBD 0 root
3 the the DET DT 4 det
4 FBI FBI PROPN NNP 2 obj Ent=ORG
5 with with ADP IN 6 case
6 information information NOUN NN 2 obl SpaceAfter=No
7 . . PUNCT . 2 punct
`, "supplied")
	noEvent(t, `
1 German German ADJ JJ 2 amod Ent=NORP
2 police police NOUN NNS 3 nsubj
3 arrested arrest VERB VBD 0 root
4 two two NUM CD 5 nummod
5 teenagers teenager NOUN NNS 3 obj
6 accused accuse VERB VBN 5 acl
7 of of SCONJ IN 8 mark
8 plotting plot VERB VBG 6 advcl
9 a a DET DT 11 det
10 terror terror NOUN NN 11 compound
11 attack attack NOUN NN 8 obj
12 on on ADP IN 14 case
13 an a DET DT 14 det
14 institution institution NOUN NN 11 nmod
15 in in ADP IN 16 case
16 Aschaffenburg Aschaffenburg PROPN NNP 14 nmod Ent=GPE|Place=Aschaffenburg/DE|SpaceAfter=No
17 . . PUNCT . 3 punct
`, "attack")
}

// Event nouns of violence against people: "the torture of prisoners",
// "the expulsion of diplomats".
func TestViolenceNouns(t *testing.T) {
	d := run(t, `
1 Syrian Syrian ADJ JJ 2 amod Ent=NORP
2 guards guard NOUN NNS 3 nsubj
3 denied deny VERB VBD 0 root
4 the the DET DT 5 det
5 torture torture NOUN NN 3 obj
6 of of ADP IN 7 case
7 prisoners prisoner NOUN NNS 5 nmod SpaceAfter=No
8 . . PUNCT . 3 punct

1 Russia Russia PROPN NNP 2 nsubj Ent=GPE|Place=Russia/RU/PCLI
2 announced announce VERB VBD 0 root
3 the the DET DT 4 det
4 expulsion expulsion NOUN NN 2 obj
5 of of ADP IN 8 case
6 ten ten NUM CD 8 nummod
7 British British ADJ JJ 8 amod Ent=NORP
8 diplomats diplomat NOUN NNS 4 nmod SpaceAfter=No
9 . . PUNCT . 2 punct
`)
	check(t, find(t, d, "torture"), want{cameo: "1822"})
	check(t, find(t, d, "expulsion"), want{cameo: "174", tgtCode: "GBRGOV"})
}

// "A Black Lives Matter protest had taken place in Forbury Gardens": a
// happening told as taking place is reported, though it names no actor
// and no place the gazetteer knows.
func TestTookPlaceIsAHappening(t *testing.T) {
	d := run(t, `
1 A a DET DT 2 det
2 protest protest NOUN NN 4 nsubj
3 had have AUX VBD 4 aux
4 taken take VERB VBN 0 root
5 place place NOUN NN 4 obj
6 in in ADP IN 8 case
7 Forbury Forbury PROPN NNP 8 compound
8 Gardens Gardens PROPN NNPS 4 obl SpaceAfter=No
9 . . PUNCT . 4 punct
`)
	check(t, find(t, d, "protest"), want{cameo: "141"})
}

// "Residents said they welcome the call to arms" with the call's maker not
// found: praise aimed at someone unknown, still an event.
func TestPraiseOfActWithoutMaker(t *testing.T) {
	d := run(t, `
1 Iraqi Iraqi ADJ JJ 2 amod Ent=NORP
2 residents resident NOUN NNS 3 nsubj
3 said say VERB VBD 0 root
4 they they PRON PRP 5 nsubj
5 welcome welcome VERB VBP 3 ccomp
6 the the DET DT 7 det
7 call call NOUN NN 5 obj
8 to to ADP IN 9 case
9 arms arm NOUN NNS 7 nmod SpaceAfter=No
10 . . PUNCT . 3 punct
`)
	check(t, find(t, d, "welcome"), want{cameo: "051", srcCode: "IRQCVL"})
}

// "Two people were killed in a knife attack in China. The attack occurred
// at a store in Shenzhen.": the attack told again where it happened
// places it in the town, not the country.
func TestToldWhereTownOverCountry(t *testing.T) {
	d := run(t, `
1 Two two NUM CD 2 nummod
2 people people NOUN NNS 4 nsubj:pass
3 were be AUX VBD 4 aux:pass
4 killed kill VERB VBN 0 root
5 in in ADP IN 8 case
6 a a DET DT 8 det
7 knife knife NOUN NN 8 compound
8 attack attack NOUN NN 4 obl
9 in in ADP IN 10 case
10 China China PROPN NNP 8 nmod Ent=GPE|Place=China/CN/PCLI|SpaceAfter=No
11 . . PUNCT . 4 punct

1 The the DET DT 2 det
2 attack attack NOUN NN 3 nsubj
3 occurred occur VERB VBD 0 root
4 at at ADP IN 6 case
5 a a DET DT 6 det
6 store store NOUN NN 3 obl
7 in in ADP IN 8 case
8 Shenzhen Shenzhen PROPN NNP 6 nmod Ent=GPE|Place=Shenzhen/CN|SpaceAfter=No
9 . . PUNCT . 3 punct
`)
	if len(d.Events) != 1 {
		t.Fatalf("%d events, want 1: %v", len(d.Events), d.Events)
	}
	check(t, d.Events[0], want{place: "Shenzhen", mentions: 2})
}

// "Lam was interrupted by protesting legislators" in a story that names
// its country over and over: a protest, placed in the country the story
// is about when nothing finer places it.
func TestHeckledInStoryCountry(t *testing.T) {
	d := run(t, `
1 Syria Syria PROPN NNP 3 nsubj Ent=GPE|Place=Syria/SY/PCLI
2 is be AUX VBZ 3 cop
3 tense tense ADJ JJ 0 root SpaceAfter=No
4 . . PUNCT . 3 punct

1 Assad Assad PROPN NNP 3 nsubj:pass Ent=PERSON
2 was be AUX VBD 3 aux:pass
3 interrupted interrupt VERB VBN 0 root
4 by by ADP IN 6 case
5 protesting protest VERB VBG 6 amod
6 legislators legislator NOUN NNS 3 obl:agent SpaceAfter=No
7 . . PUNCT . 3 punct

1 Syria Syria PROPN NNP 2 nsubj Ent=GPE|Place=Syria/SY/PCLI
2 votes vote VERB VBZ 0 root
3 in in ADP IN 4 case
4 Syria Syria PROPN NNP 2 obl Ent=GPE|Place=Syria/SY/PCLI|SpaceAfter=No
5 . . PUNCT . 2 punct
`)
	check(t, find(t, d, "interrupted"), want{cameo: "140", place: "Syria"})
}

// "Militants planted a bomb", "the second device, placed on 5 December":
// planting a bomb is a bombing (183), whether it goes off or not.
func TestPlantedBomb(t *testing.T) {
	d := run(t, `
1 Militants militant NOUN NNS 2 nsubj
2 planted plant VERB VBD 0 root
3 a a DET DT 4 det
4 bomb bomb NOUN NN 2 obj
5 in in ADP IN 6 case
6 Kabul Kabul PROPN NNP 2 obl Ent=GPE|Place=Kabul/AF|SpaceAfter=No
7 . . PUNCT . 2 punct
`)
	check(t, find(t, d, "planted"), want{cameo: "183", place: "Kabul"})
}

// "Dozens have been killed in sectarian clashes": a tally of many
// happenings with no day of its own is background; "killed in clashes on
// Sunday" is news.
func TestTallyOfManyHappenings(t *testing.T) {
	noEvent(t, `
1 Dozens dozen NOUN NNS 4 nsubj:pass
2 have have AUX VBP 4 aux
3 been be AUX VBN 4 aux:pass
4 killed kill VERB VBN 0 root
5 in in ADP IN 7 case
6 sectarian sectarian ADJ JJ 7 amod
7 clashes clash NOUN NNS 4 obl SpaceAfter=No
8 . . PUNCT . 4 punct
`, "killed")
	d := run(t, `
1 Ten ten NUM CD 2 nummod
2 soldiers soldier NOUN NNS 4 nsubj:pass
3 were be AUX VBD 4 aux:pass
4 killed kill VERB VBN 0 root
5 in in ADP IN 6 case
6 clashes clash NOUN NNS 4 obl
7 in in ADP IN 8 case
8 Aden Aden PROPN NNP 4 obl Ent=GPE|Place=Aden/YE
9 on on ADP IN 10 case
10 Sunday Sunday PROPN NNP 4 obl Time=2015-03-15|SpaceAfter=No
11 . . PUNCT . 4 punct
`)
	if len(d.Events) == 0 {
		t.Errorf("killed in clashes in Aden on Sunday: no event")
	}
}

// "The boy, who is now in custody, ...", "The suspect remains in custody":
// a state, not an arrest.
func TestInCustodyIsAState(t *testing.T) {
	noEvent(t, `
1 The the DET DT 2 det
2 suspect suspect NOUN NN 5 nsubj
3 is be AUX VBZ 5 cop
4 in in ADP IN 5 case
5 custody custody NOUN NN 0 root
6 in in ADP IN 7 case
7 Berlin Berlin PROPN NNP 5 nmod Ent=GPE|Place=Berlin/DE|SpaceAfter=No
8 . . PUNCT . 5 punct
`, "custody")
}

// "an example of the attacks on U.S. citizens": happenings spoken of in
// general, not one that happened.
func TestExampleOfAttacks(t *testing.T) {
	noEvent(t, `
1 Officials official NOUN NNS 2 nsubj
2 cited cite VERB VBD 0 root
3 an a DET DT 4 det
4 example example NOUN NN 2 obj
5 of of ADP IN 7 case
6 the the DET DT 7 det
7 attacks attack NOUN NNS 4 nmod
8 on on ADP IN 10 case
9 U.S. U.S. PROPN NNP 10 compound Ent=GPE|Place=United_States/US/PCLI
10 citizens citizen NOUN NNS 7 nmod SpaceAfter=No
11 . . PUNCT . 2 punct
`, "attacks")
}

// "Iran was hoping to send troops", "Iran wanted to send troops": a wish
// of the past is no happening.
func TestPastWish(t *testing.T) {
	noEvent(t, `
1 Iran Iran PROPN NNP 3 nsubj Ent=GPE|Place=Iran/IR/PCLI
2 was be AUX VBD 3 aux
3 hoping hope VERB VBG 0 root
4 to to PART TO 5 mark
5 send send VERB VB 3 xcomp
6 troops troop NOUN NNS 5 obj
7 to to ADP IN 8 case
8 Syria Syria PROPN NNP 5 obl Ent=GPE|Place=Syria/SY/PCLI|SpaceAfter=No
9 . . PUNCT . 3 punct
`, "send")
	noEvent(t, `
1 Iran Iran PROPN NNP 2 nsubj Ent=GPE|Place=Iran/IR/PCLI
2 wanted want VERB VBD 0 root
3 to to PART TO 4 mark
4 send send VERB VB 2 xcomp
5 troops troop NOUN NNS 4 obj
6 to to ADP IN 7 case
7 Syria Syria PROPN NNP 4 obl Ent=GPE|Place=Syria/SY/PCLI|SpaceAfter=No
8 . . PUNCT . 2 punct
`, "send")
}

// sameName: one person across forms, two people who share a surname apart.
func TestSameName(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Raffaele Marra", "Mr Marra", true},
		{"Marra", "Raffaele Marra", true},
		{"Fidel Castro", "Raul Castro", false},
		{"Hamza bin Laden", "Hamza bin Ladin", true},
		{"Kerry", "Lavrov", false},
		{"Mr Raffaele Marra", "Raffaele Marra", true},
	} {
		if got := sameName(c.a, c.b); got != c.want {
			t.Errorf("sameName(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// "Police say a woman was stabbed at a home in Regina on Monday": a
// stabbing (182), not the police's censure; "was taken to the Medical
// University of Gdansk": taken for care, not abducted.
func TestStabbingAndTakenForCare(t *testing.T) {
	d := run(t, `
1 Police police NOUN NNS 2 nsubj
2 say say VERB VBP 0 root
3 a a DET DT 4 det
4 woman woman NOUN NN 6 nsubj:pass
5 was be AUX VBD 6 aux:pass
6 stabbed stab VERB VBN 2 ccomp
7 in in ADP IN 8 case
8 Regina Regina PROPN NNP 6 obl Ent=GPE|Place=Regina/CA
9 on on ADP IN 10 case
10 Monday Monday PROPN NNP 6 obl Time=2015-03-16|SpaceAfter=No
11 . . PUNCT . 2 punct
`)
	check(t, find(t, d, "stabbed"), want{cameo: "182", place: "Regina"})
	noEvent(t, `
1 Adamowicz Adamowicz PROPN NNP 3 nsubj:pass Ent=PERSON
2 was be AUX VBD 3 aux:pass
3 taken take VERB VBN 0 root
4 to to ADP IN 7 case
5 the the DET DT 7 det
6 Medical Medical PROPN NNP 7 compound
7 University University PROPN NNP 3 obl
8 of of ADP IN 9 case
9 Gdansk Gdansk PROPN NNP 7 nmod Ent=GPE|Place=Gdansk/PL|SpaceAfter=No
10 . . PUNCT . 3 punct
`, "taken")
}

// "A man was sentenced to five years in Regina": the court's act, not the
// police's.
func TestSentenceIsTheCourts(t *testing.T) {
	d := run(t, `
1 A a DET DT 2 det
2 man man NOUN NN 4 nsubj:pass
3 was be AUX VBD 4 aux:pass
4 sentenced sentence VERB VBN 0 root
5 in in ADP IN 6 case
6 Regina Regina PROPN NNP 4 obl Ent=GPE|Place=Regina/CA|SpaceAfter=No
7 . . PUNCT . 4 punct
`)
	check(t, find(t, d, "sentenced"), want{cameo: "173", srcCode: "CANJUD"})
}

// A statement told with no place in a story datelined in a village is the
// speaker's, not the village's nor the last fighting's: a foreign
// government's in its country, a national government's in the dateline's
// country; what local people say stays where the story is.
func TestStatementNotAtVillageDateline(t *testing.T) {
	d := buildDoc(t, "2015-03-17", `
1 KHAZNA Khazna PROPN NNP 0 root Ent=GPE|Place=Khazna/IQ/PPL
2 - - PUNCT : 1 punct

1 The the DET DT 3 det
2 Iraqi Iraqi ADJ JJ 3 amod Ent=NORP
3 government government NOUN NN 4 nsubj
4 asked ask VERB VBD 0 root
5 for for ADP IN 6 case
6 airstrikes airstrike NOUN NNS 4 obl SpaceAfter=No
7 . . PUNCT . 4 punct

1 Iraq Iraq PROPN NNP 4 nmod:poss Ent=GPE|Place=Iraq/IQ/PCLI|SpaceAfter=No
2 's 's PART POS 1 case
3 top top ADJ JJ 4 amod
4 cleric cleric NOUN NN 5 nsubj
5 appealed appeal VERB VBD 0 root
6 for for ADP IN 7 case
7 calm calm NOUN NN 5 obl SpaceAfter=No
8 . . PUNCT . 5 punct

1 Militants militant NOUN NNS 2 nsubj
2 seized seize VERB VBD 0 root
3 Qaim Qaim PROPN NNP 2 obj Ent=GPE|Place=Qaim/IQ/PPL
4 in in ADP IN 5 case
5 Iraq Iraq PROPN NNP 3 nmod Ent=GPE|Place=Iraq/IQ/PCLI|SpaceAfter=No
6 . . PUNCT . 2 punct

1 U.S. U.S. PROPN NNP 2 compound Ent=GPE|Place=United_States/US/PCLI
2 officials official NOUN NNS 3 nsubj
3 urged urge VERB VBD 0 root
4 Maliki Maliki PROPN NNP 3 obj Ent=PERSON
5 to to PART TO 6 mark
6 act act VERB VB 3 xcomp SpaceAfter=No
7 . . PUNCT . 3 punct

1 Residents resident NOUN NNS 2 nsubj
2 criticized criticize VERB VBD 0 root
3 the the DET DT 4 det
4 army army NOUN NN 2 obj SpaceAfter=No
5 . . PUNCT . 2 punct
`)
	d.Meta.Dateline = &doc.Dateline{Text: "KHAZNA", Start: d.Tokens[0].Start, End: d.Tokens[0].End}
	runDoc(t, d)
	for trigger, place := range map[string]string{"seized": "Qaim", "urged": "United_States", "asked": "Iraq", "appealed": "Iraq", "criticized": "Qaim"} {
		e := find(t, d, trigger)
		if e.Place == nil || e.Place.Name != place {
			t.Errorf("%q placed at %+v, want %s", trigger, e.Place, place)
		}
	}
}

// What a passive sends somewhere is the lexicon's object, and where it
// goes is the recipient: "the first teams of advisers being sent to Iraq"
// is military aid to Iraq, as "the U.S. sent advisers to Iraq" is.
func TestPassiveSentTo(t *testing.T) {
	d := run(t, `
1 Advisers adviser NOUN NNS 3 nsubj:pass
2 were be AUX VBD 3 aux:pass
3 sent send VERB VBN 0 root
4 to to ADP IN 5 case
5 Iraq Iraq PROPN NNP 3 obl Ent=GPE|Place=Iraq/IQ/PCLI
6 on on ADP IN 7 case
7 Friday Friday PROPN NNP 3 obl Time=2015-03-13|SpaceAfter=No
8 . . PUNCT . 3 punct

1 Officials official NOUN NNS 2 nsubj
2 said say VERB VBD 0 root
3 the the DET DT 5 det
4 first first ADJ JJ 5 amod
5 teams team NOUN NNS 13 nsubj
6 of of ADP IN 7 case
7 advisers adviser NOUN NNS 5 nmod
8 being be AUX VBG 9 aux:pass
9 sent send VERB VBN 5 acl
10 to to ADP IN 11 case
11 Syria Syria PROPN NNP 9 obl Ent=GPE|Place=Syria/SY/PCLI
12 have have AUX VBP 13 aux
13 arrived arrive VERB VBN 2 ccomp SpaceAfter=No
14 . . PUNCT . 2 punct
`)
	var got []string
	for _, e := range d.Events {
		if e.Trigger.Text == "sent" && e.Target != nil {
			got = append(got, e.CAMEO+" "+e.Target.Code)
		}
	}
	if !slices.Equal(got, []string{"072 IRQ", "072 SYR"}) {
		t.Errorf("sent: %v, want 072 to IRQ and 072 to SYR", got)
	}
}

// Calling something a name neither censure nor praise ("has called them
// \"indecent\"", "called the White House's attention to the case") is no
// phone call or other act; calling on someone to act is an appeal.
func TestCallingThemNames(t *testing.T) {
	noEvent(t, `
1 The the DET DT 2 det
2 Kremlin Kremlin PROPN NNP 4 nsubj Ent=ORG
3 has have AUX VBZ 4 aux
4 called call VERB VBN 0 root
5 them they PRON PRP 4 obj
6 " " PUNCT `+"``"+` 7 punct SpaceAfter=No
7 indecent indecent ADV RB 4 advmod SpaceAfter=No
8 " " PUNCT '' 7 punct SpaceAfter=No
9 . . PUNCT . 4 punct
`, "called")
	noEvent(t, `
1 Obama Obama PROPN NNP 2 nsubj Ent=PERSON
2 called call VERB VBD 0 root
3 the the DET DT 5 det
4 president president NOUN NN 5 nmod:poss
5 attention attention NOUN NN 2 obj
6 to to ADP IN 8 case
7 the the DET DT 8 det
8 case case NOUN NN 2 obl SpaceAfter=No
9 . . PUNCT . 2 punct
`, "called")
	d := run(t, `
1 Washington Washington PROPN NNP 2 nsubj Ent=GPE|Place=Washington/US/PPLC
2 called call VERB VBD 0 root
3 on on ADP IN 4 case
4 Turkey Turkey PROPN NNP 2 obl Ent=GPE|Place=Turkey/TR/PCLI
5 to to PART TO 6 mark
6 resolve resolve VERB VB 2 xcomp
7 the the DET DT 8 det
8 case case NOUN NN 6 obj SpaceAfter=No
9 . . PUNCT . 2 punct
`)
	if e := find(t, d, "called"); ontology.Root(e.CAMEO) != "02" {
		t.Errorf("called on Turkey: %s, want an appeal (02)", e.CAMEO)
	}
}

// "A blast ripped through a church" is an attack (a bombing, by the
// blast); "he tore through the documents" is none.
func TestRipThrough(t *testing.T) {
	d := run(t, `
1 A a DET DT 3 det
2 bomb bomb NOUN NN 3 compound
3 blast blast NOUN NN 4 nsubj
4 ripped rip VERB VBD 0 root
5 through through ADP IN 7 case
6 a a DET DT 7 det
7 church church NOUN NN 4 obl SpaceAfter=No
8 . . PUNCT . 4 punct
`)
	if e := find(t, d, "ripped"); ontology.Root(e.CAMEO) != "18" {
		t.Errorf("blast ripped through a church: %s, want a bombing (18x)", e.CAMEO)
	}
	noEvent(t, `
1 He he PRON PRP 2 nsubj
2 tore tear VERB VBD 0 root
3 through through ADP IN 5 case
4 the the DET DT 5 det
5 documents document NOUN NNS 2 obl SpaceAfter=No
6 . . PUNCT . 2 punct
`, "tore")
}

// An armed force's parade, march or show of strength is a show of force
// (150), not a protest, and "the march" told later with no one marching
// is the same happening; people marching are still a protest.
func TestShowOfForce(t *testing.T) {
	d := run(t, `
1 Fighters fighter NOUN NNS 2 nsubj
2 mounted mount VERB VBD 0 root
3 a a DET DT 4 det
4 show show NOUN NN 2 obj
5 of of ADP IN 6 case
6 strength strength NOUN NN 4 nmod
7 in in ADP IN 9 case
8 a a DET DT 9 det
9 parade parade NOUN NN 2 obl
10 in in ADP IN 11 case
11 Baghdad Baghdad PROPN NNP 9 nmod Ent=GPE|Place=Baghdad/IQ/PPLC|SpaceAfter=No
12 . . PUNCT . 2 punct

1 Armed armed ADJ JJ 2 amod
2 men man NOUN NNS 3 nsubj
3 marched march VERB VBD 0 root
4 past past ADP IN 5 case
5 loudspeakers loudspeaker NOUN NNS 3 obl SpaceAfter=No
6 . . PUNCT . 3 punct

1 Residents resident NOUN NNS 2 nsubj
2 watched watch VERB VBD 0 root
3 footage footage NOUN NN 2 obj
4 of of ADP IN 6 case
5 the the DET DT 6 det
6 march march NOUN NN 3 nmod SpaceAfter=No
7 . . PUNCT . 2 punct

1 Students student NOUN NNS 2 nsubj
2 marched march VERB VBD 0 root
3 in in ADP IN 4 case
4 Basra Basra PROPN NNP 2 obl Ent=GPE|Place=Basra/IQ/PPLA|SpaceAfter=No
5 . . PUNCT . 2 punct
`)
	var codes []string
	for _, e := range d.Events {
		codes = append(codes, e.Trigger.Text+"/"+e.CAMEO)
		if e.CAMEO == "150" && e.Target != nil {
			t.Errorf("show of force aimed at %q", e.Target.Text)
		}
	}
	if !slices.Equal(codes, []string{"show/150", "marched/141"}) {
		t.Errorf("events %v, want one show of force (150) and the students' march (141)", codes)
	}
}

// "Took military action" is an attack by the taker; being ready to take
// it, a threat (planned); "took action" alone, no attack.
func TestTakeMilitaryAction(t *testing.T) {
	d := run(t, `
1 Washington Washington PROPN NNP 2 nsubj Ent=GPE|Place=Washington/US/PPLC
2 took take VERB VBD 0 root
3 military military ADJ JJ 4 amod
4 action action NOUN NN 2 obj
5 against against ADP IN 6 case
6 militants militant NOUN NNS 2 obl SpaceAfter=No
7 . . PUNCT . 2 punct

1 Obama Obama PROPN NNP 3 nsubj Ent=PERSON
2 was be AUX VBD 3 cop
3 ready ready ADJ JJ 0 root
4 to to PART TO 5 mark
5 take take VERB VB 3 xcomp
6 military military ADJ JJ 7 amod
7 action action NOUN NN 5 obj SpaceAfter=No
8 . . PUNCT . 3 punct
`)
	var got []string
	for _, e := range d.Events {
		status := ""
		if e.Attribution != nil {
			status = e.Attribution.Status
		}
		got = append(got, e.CAMEO+"/"+status)
	}
	if !slices.Equal(got, []string{"190/", "1384/planned"}) {
		t.Errorf("events %v, want military action (190) and the threat of it (1384, planned)", got)
	}
	noEvent(t, `
1 The the DET DT 2 det
2 council council NOUN NN 3 nsubj
3 took take VERB VBD 0 root
4 action action NOUN NN 3 obj SpaceAfter=No
5 . . PUNCT . 3 punct
`, "action")
}

// PLOVER 2.0 looks past the CAMEO code: a withdrawal only promised is a
// verbal concession (CONCEDE), a withdrawal done a RETREAT, and a court's
// sentence a SANCTION (convict).
func TestPLOVERManual(t *testing.T) {
	d := run(t, `
1 Russia Russia PROPN NNP 3 nsubj Ent=GPE|Place=Russia/RU/PCLI
2 will will AUX MD 3 aux
3 withdraw withdraw VERB VB 0 root
4 troops troop NOUN NNS 3 obj
5 from from ADP IN 6 case
6 Syria Syria PROPN NNP 3 obl Ent=GPE|Place=Syria/SY/PCLI|SpaceAfter=No
7 . . PUNCT . 3 punct

1 Turkey Turkey PROPN NNP 2 nsubj Ent=GPE|Place=Turkey/TR/PCLI
2 withdrew withdraw VERB VBD 0 root
3 troops troop NOUN NNS 2 obj
4 from from ADP IN 5 case
5 Iraq Iraq PROPN NNP 2 obl Ent=GPE|Place=Iraq/IQ/PCLI|SpaceAfter=No
6 . . PUNCT . 2 punct

1 A a DET DT 2 det
2 court court NOUN NN 3 nsubj
3 sentenced sentence VERB VBD 0 root
4 the the DET DT 5 det
5 activist activist NOUN NN 3 obj
6 to to ADP IN 8 case
7 two two NUM CD 8 nummod
8 years year NOUN NNS 3 obl SpaceAfter=No
9 . . PUNCT . 3 punct
`)
	var got []string
	for _, e := range d.Events {
		got = append(got, e.Trigger.Text+"/"+e.PLOVER+"/"+e.Mode)
	}
	if !slices.Equal(got, []string{"withdraw/CONCEDE/", "withdrew/RETREAT/disarm", "sentenced/SANCTION/convict"}) {
		t.Errorf("PLOVER %v, want the promise CONCEDE, the withdrawal RETREAT, the sentence SANCTION convict", got)
	}
}

// People at large protesting against something demonstrate (141); a
// ministry protesting against a decision complains (114). Taking to the
// streets is a protest and going on strike a strike, with no target.
func TestStreetProtest(t *testing.T) {
	d := run(t, `
1 Students student NOUN NNS 2 nsubj
2 protested protest VERB VBD 0 root
3 against against ADP IN 5 case
4 the the DET DT 5 det
5 arrests arrest NOUN NNS 2 obl SpaceAfter=No
6 . . PUNCT . 2 punct

1 The the DET DT 3 det
2 foreign foreign ADJ JJ 3 amod
3 ministry ministry NOUN NN 4 nsubj
4 protested protest VERB VBD 0 root
5 against against ADP IN 7 case
6 the the DET DT 7 det
7 decision decision NOUN NN 4 obl SpaceAfter=No
8 . . PUNCT . 4 punct

1 Thousands thousand NOUN NNS 2 nsubj
2 took take VERB VBD 0 root
3 to to ADP IN 5 case
4 the the DET DT 5 det
5 streets street NOUN NNS 2 obl SpaceAfter=No
6 . . PUNCT . 2 punct

1 Workers worker NOUN NNS 2 nsubj
2 went go VERB VBD 0 root
3 on on ADP IN 4 case
4 strike strike NOUN NN 2 obl SpaceAfter=No
5 . . PUNCT . 2 punct
`)
	var got []string
	for _, e := range d.Events {
		tgt := "-"
		if e.Target != nil {
			tgt = e.Target.Text
		}
		got = append(got, e.Trigger.Text+"/"+e.CAMEO+"/"+tgt)
	}
	want := []string{"protested/141/the arrests", "protested/114/the decision", "took/141/-", "went/143/-"}
	if !slices.Equal(got, want) {
		t.Errorf("events %v, want %v", got, want)
	}
}

// Coercion and retreat verbs: declaring a state of emergency, enforcing a
// curfew, banning, imposing restrictions, pulling troops out.
func TestCoercionVerbs(t *testing.T) {
	d := run(t, `
1 The the DET DT 2 det
2 government government NOUN NN 3 nsubj
3 declared declare VERB VBD 0 root
4 a a DET DT 5 det
5 state state NOUN NN 3 obj
6 of of ADP IN 7 case
7 emergency emergency NOUN NN 5 nmod SpaceAfter=No
8 . . PUNCT . 3 punct

1 Police police NOUN NNS 2 nsubj
2 enforced enforce VERB VBD 0 root
3 a a DET DT 4 det
4 curfew curfew NOUN NN 2 obj SpaceAfter=No
5 . . PUNCT . 2 punct

1 Authorities authority NOUN NNS 2 nsubj
2 banned ban VERB VBD 0 root
3 the the DET DT 5 det
4 opposition opposition NOUN NN 5 compound
5 party party NOUN NN 2 obj SpaceAfter=No
6 . . PUNCT . 2 punct

1 The the DET DT 2 det
2 army army NOUN NN 3 nsubj
3 pulled pull VERB VBD 0 root
4 troops troop NOUN NNS 3 obj
5 from from ADP IN 6 case
6 Marawi Marawi PROPN NNP 3 obl Ent=GPE|Place=Marawi/PH/PPLA|SpaceAfter=No
7 . . PUNCT . 3 punct
`)
	var got []string
	for _, e := range d.Events {
		got = append(got, e.Trigger.Text+"/"+e.CAMEO)
	}
	if want := []string{"declared/1724", "enforced/1723", "banned/1722", "pulled/0874"}; !slices.Equal(got, want) {
		t.Errorf("events %v, want %v", got, want)
	}
}

// Force posture: soldiers patrolling or heading somewhere show or move
// force (15x); a military exercise alone shows force (150), one held with
// another country is military cooperation (062).
func TestForcePosture(t *testing.T) {
	var got []string
	for _, src := range []string{`
1 Soldiers soldier NOUN NNS 2 nsubj
2 patrolled patrol VERB VBD 0 root
3 the the DET DT 4 det
4 border border NOUN NN 2 obj SpaceAfter=No
5 . . PUNCT . 2 punct
`,
		`
1 Troops troop NOUN NNS 2 nsubj
2 headed head VERB VBD 0 root
3 to to ADP IN 4 case
4 Kirkuk Kirkuk PROPN NNP 2 obl Ent=GPE|Place=Kirkuk/IQ/PPLA|SpaceAfter=No
5 . . PUNCT . 2 punct
`,
		`
1 The the DET DT 2 det
2 navy navy NOUN NN 3 nsubj
3 held hold VERB VBD 0 root
4 exercises exercise NOUN NNS 3 obj SpaceAfter=No
5 . . PUNCT . 3 punct
`,
		`
1 China China PROPN NNP 2 nsubj Ent=GPE|Place=China/CN/PCLI
2 held hold VERB VBD 0 root
3 exercises exercise NOUN NNS 2 obj
4 with with ADP IN 5 case
5 Russia Russia PROPN NNP 3 nmod Ent=GPE|Place=Russia/RU/PCLI|SpaceAfter=No
6 . . PUNCT . 2 punct
`} {
		for _, e := range run(t, src).Events {
			got = append(got, e.Trigger.Text+"/"+e.CAMEO)
		}
	}
	if want := []string{"patrolled/150", "headed/154", "exercises/150", "exercises/062"}; !slices.Equal(got, want) {
		t.Errorf("events %v, want %v", got, want)
	}
}

// A warning that an attack will come on a condition is a threat to the
// one warned (13x), not a hypothetical attack.
func TestConditionalWarning(t *testing.T) {
	d := run(t, `
1 Washington Washington PROPN NNP 2 nsubj Ent=GPE|Place=Washington/US/PPLC
2 warned warn VERB VBD 0 root
3 Qatar Qatar PROPN NNP 2 obj Ent=GPE|Place=Qatar/QA/PCLI
4 that that SCONJ IN 7 mark
5 it it PRON PRP 7 nsubj
6 will will AUX MD 7 aux
7 invade invade VERB VB 2 ccomp
8 if if SCONJ IN 11 mark
9 it it PRON PRP 11 nsubj
10 does do AUX VBZ 11 aux
11 refuse refuse VERB VB 7 advcl SpaceAfter=No
12 . . PUNCT . 2 punct
`)
	e := find(t, d, "invade")
	if ontology.Root(e.CAMEO) != "13" || e.Target == nil || e.Target.Code != "QAT" {
		t.Errorf("invade: %s to %+v, want a threat (13x) to Qatar", e.CAMEO, e.Target)
	}
}

// Coming under fire is being attacked: the subject is the target and the
// "from" phrase the attacker, if any. A sentence telling no happening that
// sets people in a town ("a patrol received reports of a fire in the town
// of Qatraneh") places what the next sentence, going on with them, tells.
func TestCameUnderFire(t *testing.T) {
	d := buildDoc(t, "2016-12-18", `
1 Gunmen gunman NOUN NNS 2 nsubj
2 killed kill VERB VBD 0 root
3 four four NUM CD 4 nummod
4 tourists tourist NOUN NNS 2 obj
5 in in ADP IN 6 case
6 Karak Karak PROPN NNP 2 obl Ent=GPE|Place=Karak/JO/PPLA|SpaceAfter=No
7 . . PUNCT . 2 punct

1 A a DET DT 2 det
2 patrol patrol NOUN NN 3 nsubj
3 received receive VERB VBD 0 root
4 reports report NOUN NNS 3 obj
5 of of ADP IN 6 case
6 a a DET DT 7 det
7 fire fire NOUN NN 4 nmod
8 in in ADP IN 10 case
9 the the DET DT 10 det
10 town town NOUN NN 7 nmod
11 of of ADP IN 12 case
12 Qatraneh Qatraneh PROPN NNP 10 nmod Ent=GPE|Place=Qatraneh/JO/PPL|SpaceAfter=No
13 . . PUNCT . 3 punct

1 The the DET DT 2 det
2 officers officer NOUN NNS 3 nsubj
3 came come VERB VBD 0 root
4 under under ADP IN 5 case
5 fire fire NOUN NN 3 obl
6 from from ADP IN 7 case
7 militants militant NOUN NNS 3 obl SpaceAfter=No
8 . . PUNCT . 3 punct
`)
	runDoc(t, d)
	e := find(t, d, "came")
	if ontology.Root(e.CAMEO) != "19" || e.Target == nil || e.Target.Text != "The officers" || e.Source == nil || e.Source.Text != "militants" {
		t.Errorf("came under fire: %s %+v -> %+v, want 19x by the militants on the officers", e.CAMEO, e.Source, e.Target)
	}
	if e.Place == nil || e.Place.Name != "Qatraneh" {
		t.Errorf("came under fire placed at %+v, want Qatraneh", e.Place)
	}
}

// Not news of their own: a sum of what was told ("In all, four were
// killed"), attacks in general that a charge is about ("blamed for
// attacks in Turkey"), and help with nothing given and no one helped.
func TestSumsAndGenerals(t *testing.T) {
	noEvent(t, `
1 In in ADP IN 2 case
2 all all DET DT 6 obl
3 , , PUNCT , 6 punct
4 four four NUM CD 6 nsubj:pass
5 were be AUX VBD 6 aux:pass
6 killed kill VERB VBN 0 root
7 in in ADP IN 9 case
8 the the DET DT 9 det
9 shootings shooting NOUN NNS 6 obl SpaceAfter=No
10 . . PUNCT . 6 punct
`, "killed")
	noEvent(t, `
1 The the DET DT 2 det
2 group group NOUN NN 5 nsubj:pass
3 has have AUX VBZ 5 aux
4 been be AUX VBN 5 aux:pass
5 blamed blame VERB VBN 0 root
6 for for ADP IN 7 case
7 attacks attack NOUN NNS 5 obl
8 in in ADP IN 9 case
9 Turkey Turkey PROPN NNP 7 nmod Ent=GPE|Place=Turkey/TR/PCLI|SpaceAfter=No
10 . . PUNCT . 5 punct
`, "attacks")
	noEvent(t, `
1 Family family NOUN NN 2 compound
2 members member NOUN NNS 3 nsubj
3 tried try VERB VBD 0 root
4 to to PART TO 5 mark
5 help help VERB VB 3 xcomp SpaceAfter=No
6 . . PUNCT . 3 punct
`, "help")
}

// No happening: a party named "Rally", a talk given, "the accused" as a
// person, someone armed with a tool, a conviction years ago, agreeing
// with a view, what could not be agreed, a program hosted. And attacking
// a proclamation is censure, not an attack.
func TestNotHappenings(t *testing.T) {
	for _, c := range []struct{ src, word string }{
		{`
1 The the DET DT 4 det
2 ruling ruling ADJ JJ 4 amod
3 Democratic Democratic PROPN NNP 4 compound
4 Rally Rally PROPN NNP 5 nsubj
5 hailed hail VERB VBD 0 root
6 the the DET DT 7 det
7 pipeline pipeline NOUN NN 5 obj SpaceAfter=No
8 . . PUNCT . 5 punct
`, "Rally"},
		{`
1 He he PRON PRP 2 nsubj
2 spoke speak VERB VBD 0 root
3 in in ADP IN 5 case
4 his his PRON PRP$ 5 nmod:poss
5 talk talk NOUN NN 2 obl
6 at at ADP IN 8 case
7 the the DET DT 8 det
8 council council NOUN NN 5 nmod SpaceAfter=No
9 . . PUNCT . 2 punct
`, "talk"},
		{`
1 Police police NOUN NNS 2 nsubj
2 arrested arrest VERB VBD 0 root
3 the the DET DT 4 det
4 accused accuse VERB VBN 2 obj SpaceAfter=No
5 . . PUNCT . 2 punct
`, "accused"},
		{`
1 People people NOUN NNS 2 nsubj
2 approached approach VERB VBD 0 root
3 Khan Khan PROPN NNP 2 obj Ent=PERSON
4 armed arm VERB VBN 2 advcl
5 with with ADP IN 7 case
6 an a DET DT 7 det
7 extinguisher extinguisher NOUN NN 4 obl SpaceAfter=No
8 . . PUNCT . 2 punct
`, "armed"},
		{`
1 Khan Khan PROPN NNP 3 nsubj:pass Ent=PERSON
2 was be AUX VBD 3 aux:pass
3 convicted convict VERB VBN 0 root
4 of of ADP IN 5 case
5 terrorism terrorism NOUN NN 3 obl
6 years year NOUN NNS 7 obl:npmod
7 ago ago ADV RB 3 advmod SpaceAfter=No
8 . . PUNCT . 3 punct
`, "convicted"},
		{`
1 Not not PART RB 2 advmod
2 everyone everyone PRON NN 3 nsubj
3 agreed agree VERB VBD 0 root
4 there there PRON EX 5 expl
5 should should AUX MD 3 ccomp
6 be be AUX VB 5 cop
7 a a DET DT 8 det
8 referendum referendum NOUN NN 5 nsubj SpaceAfter=No
9 . . PUNCT . 3 punct
`, "agreed"},
		{`
1 Congress Congress PROPN NNP 4 nsubj Ent=ORG
2 could could AUX MD 4 aux
3 not not PART RB 4 advmod
4 agree agree VERB VB 0 root
5 on on ADP IN 7 case
6 a a DET DT 7 det
7 budget budget NOUN NN 4 obl SpaceAfter=No
8 . . PUNCT . 4 punct
`, "agree"},
		{`
1 The the DET DT 2 det
2 university university NOUN NN 3 nsubj
3 hosted host VERB VBD 0 root
4 a a DET DT 5 det
5 program program NOUN NN 3 obj SpaceAfter=No
6 . . PUNCT . 3 punct
`, "hosted"},
	} {
		noEvent(t, c.src, c.word)
	}
	d := run(t, `
1 Erdogan Erdogan PROPN NNP 2 nsubj Ent=PERSON
2 attacked attack VERB VBD 0 root
3 the the DET DT 4 det
4 proclamation proclamation NOUN NN 2 obj SpaceAfter=No
5 . . PUNCT . 2 punct
`)
	if e := find(t, d, "attacked"); e.CAMEO != "111" {
		t.Errorf("attacked the proclamation: %s, want 111", e.CAMEO)
	}
}

// A million people displaced, told from a village, are not in the
// village: an event counting a hundred thousand or more that only the
// story around it placed goes to the country.
func TestCountryWideCount(t *testing.T) {
	d := buildDoc(t, "2014-06-21", `
1 KHAZNA Khazna PROPN NNP 0 root Ent=GPE|Place=Khazna/IQ/PPL
2 , , PUNCT , 1 punct
3 IRAQ Iraq PROPN NNP 1 appos Ent=GPE|Place=Iraq/IQ/PCLI
4 - - PUNCT : 1 punct

1 The the DET DT 2 det
2 conflict conflict NOUN NN 4 nsubj
3 has have AUX VBZ 4 aux
4 displaced displace VERB VBN 0 root
5 1 1 NUM CD 6 nummod
6 million million NUM CD 7 nummod Qty=1000000/displaced
7 people people NOUN NNS 4 obj SpaceAfter=No
8 . . PUNCT . 4 punct
`)
	d.Meta.Dateline = &doc.Dateline{Text: "KHAZNA, IRAQ", Start: d.Tokens[0].Start, End: d.Tokens[2].End}
	runDoc(t, d)
	e := find(t, d, "displaced")
	if e.Place == nil || e.Place.Name != "Iraq" {
		t.Errorf("a million displaced placed at %+v, want Iraq", e.Place)
	}
}

// "Killed in a suicide bombing that happened on June 27": the relative
// clause of happening dates the killing, as other relative clauses do not.
func TestOccurrenceClauseDate(t *testing.T) {
	d := buildDoc(t, "2019-07-08", `
1 Two two NUM CD 2 nummod
2 people people NOUN NNS 4 nsubj:pass
3 were be AUX VBD 4 aux:pass
4 killed kill VERB VBN 0 root
5 in in ADP IN 8 case
6 a a DET DT 8 det
7 suicide suicide NOUN NN 8 compound
8 bombing bombing NOUN NN 4 obl
9 that that PRON WDT 10 nsubj
10 happened happen VERB VBD 8 acl:relcl
11 on on ADP IN 12 case
12 June June PROPN NNP 10 obl Time=2019-06-27
13 27 27 NUM CD 12 nummod Time=+|SpaceAfter=No
14 . . PUNCT . 4 punct
`)
	runDoc(t, d)
	if e := find(t, d, "killed"); dateString(e.Date) != "2019-06-27..2019-06-27" {
		t.Errorf("killed in a bombing that happened on June 27: date %s", dateString(e.Date))
	}
}

// More words of censure ("called the deal lousy"), seconding a proposal
// (support) and filing a lawsuit or a motion (legal action).
func TestSecondedAndFiled(t *testing.T) {
	d := run(t, `
1 Watson Watson PROPN NNP 2 nsubj Ent=PERSON
2 called call VERB VBD 0 root
3 the the DET DT 4 det
4 deal deal NOUN NN 2 obj
5 lousy lousy ADJ JJ 2 xcomp SpaceAfter=No
6 . . PUNCT . 2 punct

1 Merkel Merkel PROPN NNP 2 nsubj Ent=PERSON
2 seconded second VERB VBD 0 root
3 the the DET DT 4 det
4 proposal proposal NOUN NN 2 obj SpaceAfter=No
5 . . PUNCT . 2 punct

1 Sixteen sixteen NUM CD 2 nummod
2 states state NOUN NNS 3 nsubj
3 filed file VERB VBD 0 root
4 a a DET DT 5 det
5 lawsuit lawsuit NOUN NN 3 obj SpaceAfter=No
6 . . PUNCT . 3 punct
`)
	var got []string
	for _, e := range d.Events {
		got = append(got, e.Trigger.Text+"/"+e.CAMEO)
	}
	if want := []string{"called/111", "seconded/051", "filed/115"}; !slices.Equal(got, want) {
		t.Errorf("events %v, want %v", got, want)
	}
}

// The source a report is told "according to" is no place ("according to
// Al-Ahram").
func TestAccordingToIsNoPlace(t *testing.T) {
	d := buildDoc(t, "2016-12-12", `
1 CAIRO Cairo PROPN NNP 0 root Ent=GPE|Place=Cairo/EG/PPLC
2 - - PUNCT : 1 punct

1 Demonstrators demonstrator NOUN NNS 2 nsubj
2 gathered gather VERB VBD 0 root
3 on on ADP IN 4 case
4 Sunday Sunday PROPN NNP 2 obl Time=2016-12-11
5 , , PUNCT , 8 punct
6 according accord VERB VBG 8 case
7 to to ADP IN 6 fixed
8 Ahram Ahram PROPN NNP 2 obl Ent=GPE|Place=Ahram/IR/PPL|SpaceAfter=No
9 . . PUNCT . 2 punct
`)
	d.Meta.Dateline = &doc.Dateline{Text: "CAIRO", Start: d.Tokens[0].Start, End: d.Tokens[0].End}
	runDoc(t, d)
	if e := find(t, d, "gathered"); e.Place == nil || e.Place.Name != "Cairo" {
		t.Errorf("gathered placed at %+v, want Cairo (the dateline), not the source", e.Place)
	}
}

// No attacks or retreats: a pedestrian struck by a car, reporters
// withdrawn from the field, a hospital visited, soldiers sent under an
// agreement spoken of.
func TestRoadAndNewsroom(t *testing.T) {
	for _, c := range []struct{ src, word string }{
		{`
1 Dunn Dunn PROPN NNP 3 nsubj:pass Ent=PERSON
2 was be AUX VBD 3 aux:pass
3 struck strike VERB VBN 0 root
4 by by ADP IN 6 case
5 a a DET DT 6 det
6 car car NOUN NN 3 obl:agent SpaceAfter=No
7 . . PUNCT . 3 punct
`, "struck"},
		{`
1 The the DET DT 2 det
2 network network NOUN NN 3 nsubj
3 withdrew withdraw VERB VBD 0 root
4 its its PRON PRP$ 5 nmod:poss
5 reporters reporter NOUN NNS 3 obj SpaceAfter=No
6 . . PUNCT . 3 punct
`, "withdrew"},
		{`
1 Politicians politician NOUN NNS 2 nsubj
2 visited visit VERB VBD 0 root
3 the the DET DT 4 det
4 hospital hospital NOUN NN 2 obj SpaceAfter=No
5 . . PUNCT . 2 punct
`, "visited"},
		{`
1 They they PRON PRP 2 nsubj
2 deemed deem VERB VBD 0 root
3 that that SCONJ IN 7 mark
4 the the DET DT 5 det
5 agreement agreement NOUN NN 7 nsubj
6 on on SCONJ IN 7 mark
7 sending send VERB VBG 2 ccomp
8 soldiers soldier NOUN NNS 7 obj
9 to to ADP IN 10 case
10 Libya Libya PROPN NNP 7 obl Ent=GPE|Place=Libya/LY/PCLI|SpaceAfter=No
11 . . PUNCT . 2 punct
`, "sending"},
	} {
		noEvent(t, c.src, c.word)
	}
}

// A release told with no one releasing is the captors': the ones who
// seized the same person before.
func TestReleasedByCaptors(t *testing.T) {
	d := run(t, `
1 Rebels rebel NOUN NNS 2 nsubj
2 seized seize VERB VBD 0 root
3 Ahmed Ahmed PROPN NNP 2 obj Ent=PERSON
4 in in ADP IN 5 case
5 Mosul Mosul PROPN NNP 2 obl Ent=GPE|Place=Mosul/IQ/PPLA|SpaceAfter=No
6 . . PUNCT . 2 punct

1 Ahmed Ahmed PROPN NNP 3 nsubj:pass Ent=PERSON
2 was be AUX VBD 3 aux:pass
3 released release VERB VBN 0 root
4 later later ADV RB 3 advmod SpaceAfter=No
5 . . PUNCT . 3 punct
`)
	e := find(t, d, "released")
	if e.Source == nil || e.Source.Text != "Rebels" {
		t.Errorf("released by %+v, want the rebels who seized him", e.Source)
	}
}

// "Two people were killed and eight were injured in a suicide bombing that
// happened on June 27": one happening, with both tolls, its kind and its
// day.
func TestKilledAndInjuredOneHappening(t *testing.T) {
	d := buildDoc(t, "2019-07-08", `
1 Two two NUM CD 2 nummod Qty=2/killed
2 people people NOUN NNS 4 nsubj:pass
3 were be AUX VBD 4 aux:pass
4 killed kill VERB VBN 0 root
5 and and CCONJ CC 9 cc
6 eight eight NUM CD 7 nummod Qty=8/injured
7 people people NOUN NNS 9 nsubj:pass
8 were be AUX VBD 9 aux:pass
9 injured injure VERB VBN 4 conj
10 in in ADP IN 13 case
11 a a DET DT 13 det
12 suicide suicide NOUN NN 13 compound
13 bombing bombing NOUN NN 9 obl
14 that that PRON WDT 15 nsubj
15 happened happen VERB VBD 13 acl:relcl
16 on on ADP IN 17 case
17 June June PROPN NNP 15 obl Time=2019-06-27
18 27 27 NUM CD 17 nummod Time=+|SpaceAfter=No
19 . . PUNCT . 4 punct
`)
	runDoc(t, d)
	var violent []doc.Event
	for _, e := range d.Events {
		if ontology.Root(e.CAMEO) == "18" {
			violent = append(violent, e)
		}
	}
	if len(violent) != 1 {
		t.Fatalf("%d violent events, want one", len(violent))
	}
	if e := violent[0]; dateString(e.Date) != "2019-06-27..2019-06-27" || len(e.Counts) != 2 {
		t.Errorf("the bombing: date %s, counts %v; want June 27 with the killed and the injured", dateString(e.Date), e.Counts)
	}
}

// Laying down or putting down arms is disarming (0873), however the
// parser hung the particle ("laying down its arms" read as "down its
// arms").
func TestLayingDownArms(t *testing.T) {
	d := run(t, `
1 The the DET DT 2 det
2 militia militia NOUN NN 4 nsubj
3 is be AUX VBZ 4 aux
4 laying lay VERB VBG 0 root
5 down down ADP IN 7 case
6 its its PRON PRP$ 7 nmod:poss
7 arms arm NOUN NNS 4 obl SpaceAfter=No
8 . . PUNCT . 4 punct

1 Rebels rebel NOUN NNS 2 nsubj
2 put put VERB VBD 0 root
3 down down ADP RP 2 compound:prt
4 their their PRON PRP$ 5 nmod:poss
5 firearms firearm NOUN NNS 2 obj SpaceAfter=No
6 . . PUNCT . 2 punct
`)
	var got []string
	for _, e := range d.Events {
		got = append(got, e.Trigger.Text+"/"+e.CAMEO)
	}
	if want := []string{"laying/0873", "put/0873"}; !slices.Equal(got, want) {
		t.Errorf("events %v, want %v", got, want)
	}
}

// Agreeing to a truce is the truce, by the ones agreeing: one event.
func TestAgreedToTruce(t *testing.T) {
	d := run(t, `
1 The the DET DT 2 det
2 rebels rebel NOUN NNS 3 nsubj
3 agreed agree VERB VBD 0 root
4 to to ADP IN 6 case
5 a a DET DT 6 det
6 ceasefire ceasefire NOUN NN 3 obl SpaceAfter=No
7 . . PUNCT . 3 punct
`)
	if len(d.Events) != 1 || d.Events[0].CAMEO != "0871" || d.Events[0].Source == nil || d.Events[0].Source.Text != "The rebels" {
		var got []string
		for _, e := range d.Events {
			got = append(got, e.Trigger.Text+"/"+e.CAMEO)
		}
		t.Errorf("events %v, want one ceasefire (0871) by the rebels", got)
	}
}

// A material act of cooperation told without a place (a release, aid) in
// a story about one town is placed there, as an attack would be.
func TestFocusTownCooperation(t *testing.T) {
	d := run(t, adenStory+`
1 Rebels rebel NOUN NNS 2 nsubj
2 released release VERB VBD 0 root
3 his his PRON PRP$ 4 nmod:poss
4 colleague colleague NOUN NN 2 obj
5 on on ADP IN 6 case
6 Tuesday Tuesday PROPN NNP 2 obl Time=2015-03-17|SpaceAfter=No
7 . . PUNCT . 2 punct
`)
	check(t, find(t, d, "released"), want{cameo: "0841", place: "Aden"})
}

// Under fire for something is criticised for it; the attacker of "came
// under fire from militants" is found however the parser hung "from".
func TestUnderFireFor(t *testing.T) {
	d := run(t, `
1 The the DET DT 2 det
2 minister minister NOUN NN 3 nsubj
3 came come VERB VBD 0 root
4 under under ADP IN 5 case
5 fire fire NOUN NN 3 obl
6 over over ADP IN 8 case
7 the the DET DT 8 det
8 decision decision NOUN NN 3 obl SpaceAfter=No
9 . . PUNCT . 3 punct

1 Troops troop NOUN NNS 2 nsubj
2 came come VERB VBD 0 root
3 under under ADP IN 4 case
4 fire fire NOUN NN 2 obl
5 from from ADP IN 6 case
6 militants militant NOUN NNS 4 nmod SpaceAfter=No
7 . . PUNCT . 2 punct
`)
	var got []string
	for _, e := range d.Events {
		src := "-"
		if e.Source != nil {
			src = e.Source.Text
		}
		got = append(got, e.CAMEO+"/"+src)
	}
	if want := []string{"111/-", "190/militants"}; !slices.Equal(got, want) {
		t.Errorf("events %v, want %v", got, want)
	}
}

// A lone surname the title confirms is the dictionary's person:
// "President Erdogan" is Turkey's government, not a president of nowhere.
func TestTitledSurname(t *testing.T) {
	d := run(t, `
1 President President PROPN NNP 2 nmod:desc
2 Erdogan Erdogan PROPN NNP 3 nsubj Ent=PERSON
3 condemned condemn VERB VBD 0 root
4 the the DET DT 5 det
5 attack attack NOUN NN 3 obj SpaceAfter=No
6 . . PUNCT . 3 punct
`)
	check(t, find(t, d, "condemned"), want{cameo: "111", srcCode: "TURGOV"})
}

// A surname told again without its accents is the same person ("Nikos
// Dendiás" ... "Dendias").
func TestSurnameAccents(t *testing.T) {
	d := run(t, `
1 Greek Greek ADJ JJ 3 amod Ent=NORP
2 Minister minister PROPN NNP 3 compound
3 Nikos Nikos PROPN NNP 5 nsubj Ent=PERSON
4 Dendiás Dendiás PROPN NNP 3 flat Ent=+
5 pledged pledge VERB VBD 0 root
6 aid aid NOUN NN 5 obj SpaceAfter=No
7 . . PUNCT . 5 punct

1 Dendias Dendias PROPN NNP 2 nsubj Ent=PERSON
2 condemned condemn VERB VBD 0 root
3 the the DET DT 4 det
4 attack attack NOUN NN 2 obj SpaceAfter=No
5 . . PUNCT . 2 punct
`)
	e := find(t, d, "condemned")
	check(t, e, want{cameo: "111", srcCode: "GRCGOV"})
	// (named by the person's name, not by the country word before it)
	if e.Source == nil || e.Source.Name != "Nikos Dendiás" {
		t.Errorf("source %+v, want named Nikos Dendiás", e.Source)
	}
}

// A past tense the parser joined to an infinitive ("urged the embassy to
// reconsider and spoke with Pompeo") has the clause's subject.
func TestPastJoinedToInfinitive(t *testing.T) {
	d := run(t, `
1 Raab Raab PROPN NNP 2 nsubj Ent=PERSON
2 urged urge VERB VBD 0 root
3 the the DET DT 4 det
4 embassy embassy NOUN NN 2 obj
5 to to PART TO 6 mark
6 reconsider reconsider VERB VB 4 acl
7 and and CCONJ CC 8 cc
8 spoke speak VERB VBD 6 conj
9 with with ADP IN 10 case
10 Pompeo Pompeo PROPN NNP 8 obl Ent=PERSON|SpaceAfter=No
11 . . PUNCT . 2 punct
`)
	e := find(t, d, "spoke")
	if e.Source == nil || e.Source.Text != "Raab" {
		t.Errorf("spoke: source %+v, want Raab", e.Source)
	}
}

// What someone did not mean to do is not told as done ("he did not mean
// to kill him").
func TestNotMeant(t *testing.T) {
	noEvent(t, `
1 He he PRON PRP 4 nsubj
2 did do AUX VBD 4 aux
3 not not PART RB 4 advmod
4 mean mean VERB VB 0 root
5 to to PART TO 6 mark
6 kill kill VERB VB 4 xcomp
7 Paterson Paterson PROPN NNP 6 obj Ent=PERSON|SpaceAfter=No
8 . . PUNCT . 4 punct
`, "kill")
}

// A title whose person is named beside it is that person, named in full
// even where the parser hung the name's last word elsewhere ("the cleric
// Moqtada al-Sadr").
func TestTitleWithPerson(t *testing.T) {
	d := run(t, `
1 Residents resident NOUN NNS 2 nsubj
2 welcomed welcome VERB VBD 0 root
3 the the DET DT 4 det
4 call call NOUN NN 2 obj
5 by by ADP IN 7 case
6 the the DET DT 7 det
7 cleric cleric NOUN NN 4 nmod
8 Moqtada Moqtada PROPN NNP 7 appos Ent=PERSON
9 al al PROPN NNP 8 flat Ent=+|SpaceAfter=No
10 - - PUNCT HYPH 11 punct Ent=+|SpaceAfter=No
11 Sadr Sadr PROPN NNP 2 obl Ent=+|SpaceAfter=No
12 . . PUNCT . 2 punct
`)
	e := find(t, d, "welcomed")
	if e.Target == nil || e.Target.Name != "Moqtada al-Sadr" || !strings.HasSuffix(e.Target.Text, "al-Sadr") {
		t.Errorf("welcomed: target %+v, want the cleric named Moqtada al-Sadr", e.Target)
	}
}

// "Insurgents took control Saturday of Rawah" with "of Rawah" hung on the
// day: the town is still what was taken.
func TestControlOfAfterDay(t *testing.T) {
	d := run(t, `
1 Insurgents insurgent NOUN NNS 2 nsubj
2 took take VERB VBD 0 root
3 control control NOUN NN 2 obj
4 Saturday Saturday PROPN NNP 2 obl:unmarked Time=2015-03-14
5 of of ADP IN 6 case
6 Rawah Rawah PROPN NNP 4 nmod Ent=GPE|Place=Rawah/IQ/PPL|SpaceAfter=No
7 . . PUNCT . 2 punct
`)
	check(t, find(t, d, "took"), want{cameo: "192", tgt: "Rawah", place: "Rawah"})
}

// Ending hostilities is a truce carried out (0871, PLOVER RETREAT
// ceasefire); lifting economic sanctions by ending them eases them (085).
func TestEndingHostilities(t *testing.T) {
	d := run(t, `
1 The the DET DT 3 det
2 two two NUM CD 3 nummod
3 sides side NOUN NNS 4 nsubj
4 ended end VERB VBD 0 root
5 hostilities hostility NOUN NNS 4 obj SpaceAfter=No
6 . . PUNCT . 4 punct

1 Uruguay Uruguay PROPN NNP 2 nsubj Ent=GPE|Place=Uruguay/UY/PCLI
2 ended end VERB VBD 0 root
3 its its PRON PRP$ 4 nmod:poss
4 sanctions sanction NOUN NNS 2 obj
5 against against ADP IN 6 case
6 Cuba Cuba PROPN NNP 4 nmod Ent=GPE|Place=Cuba/CU/PCLI|SpaceAfter=No
7 . . PUNCT . 2 punct
`)
	var got []string
	for _, e := range d.Events {
		got = append(got, e.CAMEO+"/"+e.PLOVER+"/"+e.Mode)
	}
	if want := []string{"0871/RETREAT/ceasefire", "085/RETREAT/ease"}; !slices.Equal(got, want) {
		t.Errorf("events %v, want %v", got, want)
	}
}

// A region that only locates the town before it ("in Aschaffenburg, in
// north-western Bavaria") does not place the event: the town does. A
// region that does not hold the town is a place of its own.
func TestRegionLocatesTown(t *testing.T) {
	d := run(t, `
1 Police police NOUN NNS 2 nsubj
2 arrested arrest VERB VBD 0 root
3 two two NUM CD 4 nummod
4 men man NOUN NNS 2 obj
5 in in ADP IN 6 case
6 Aschaffenburg Aschaffenburg PROPN NNP 4 nmod Ent=GPE|Place=Aschaffenburg/DE/PPLA3/02
7 , , PUNCT , 12 punct
8 in in ADP IN 12 case
9 north north PROPN NNP 11 compound Ent=LOC
10 - - PUNCT HYPH 9 punct
11 western western ADJ JJ 12 amod
12 Bavaria Bavaria PROPN NNP 2 obl Ent=GPE|Place=Bavaria/DE/ADM1/02|SpaceAfter=No
13 . . PUNCT . 2 punct

1 Police police NOUN NNS 2 nsubj
2 arrested arrest VERB VBD 0 root
3 two two NUM CD 4 nummod
4 men man NOUN NNS 2 obj
5 in in ADP IN 6 case
6 Mainz Mainz PROPN NNP 4 nmod Ent=GPE|Place=Mainz/DE/PPLA/08
7 , , PUNCT , 12 punct
8 in in ADP IN 10 case
9 the the DET DT 10 det
10 state state NOUN NN 2 obl
11 of of ADP IN 12 case
12 Bavaria Bavaria PROPN NNP 10 nmod Ent=GPE|Place=Bavaria/DE/ADM1/02|SpaceAfter=No
13 . . PUNCT . 2 punct
`)
	if len(d.Events) != 2 {
		t.Fatalf("%d events, want 2", len(d.Events))
	}
	check(t, d.Events[0], want{cameo: "173", place: "Aschaffenburg"})
	check(t, d.Events[1], want{cameo: "173", place: "Bavaria"})
}

// The charge told on an arrested person ("two men, accused of plotting an
// attack", however the parser hung it) is what the arrest was for, not an accusation someone made;
// one made by someone named stays.
func TestChargeOnPerson(t *testing.T) {
	noEvent(t, `
1 Thursday Thursday PROPN NNP 4 obl:tmod Time=2016-12-08
2 , , PUNCT , 4 punct
3 police police NOUN NNS 4 nsubj
4 arrested arrest VERB VBD 0 root
5 two two NUM CD 6 nummod
6 men man NOUN NNS 4 obj
7 , , PUNCT , 8 punct
8 accused accuse VERB VBN 4 advcl
9 of of SCONJ IN 10 mark
10 plotting plot VERB VBG 8 advcl
11 an a DET DT 12 det
12 attack attack NOUN NN 10 obj
13 in in ADP IN 14 case
14 Aschaffenburg Aschaffenburg PROPN NNP 12 nmod Ent=GPE|Place=Aschaffenburg/DE/PPLA3|SpaceAfter=No
15 . . PUNCT . 4 punct
`, "accused")
	d := run(t, `
1 Prosecutors prosecutor NOUN NNS 2 nsubj
2 accused accuse VERB VBD 0 root
3 two two NUM CD 4 nummod
4 men man NOUN NNS 2 obj
5 of of SCONJ IN 6 mark
6 plotting plot VERB VBG 2 advcl
7 an a DET DT 8 det
8 attack attack NOUN NN 6 obj SpaceAfter=No
9 . . PUNCT . 2 punct
`)
	check(t, find(t, d, "accused"), want{cameo: "112"})
}

// An event in a district the gazetteer lacks, resolved as a part of a
// town at the town's point, is placed at the town, with the district as
// its part; a place the gazetteer knows stays.
func TestTownOfPart(t *testing.T) {
	d := &doc.Doc{Places: []doc.Place{
		{Name: "Cairo", GeonameID: 360630, Feature: "PPLC", Country: "EG", Lat: 30.06, Lon: 31.25},
		{Name: "Abbassiya", Feature: "PPLX", Country: "EG", Lat: 30.06, Lon: 31.25, Relation: "the city's Abbassiya district"},
		{Name: "Haram", Feature: "PPLX", Country: "EG", Lat: 30.01, Lon: 31.21, Relation: "Giza's Haram district"},
	}}
	got := townOfPart(d, eventPlace(&d.Places[1]))
	if got.Name != "Cairo" || got.GeonameID != 360630 || got.Part != "Abbassiya" {
		t.Errorf("Abbassiya placed at %+v, want Cairo with part Abbassiya", got)
	}
	// (the town it is part of is not in the document: left as it is)
	if got := townOfPart(d, eventPlace(&d.Places[2])); got.Name != "Haram" || got.Part != "" {
		t.Errorf("Haram placed at %+v, want Haram", got)
	}
	if got := townOfPart(d, eventPlace(&d.Places[0])); got.Name != "Cairo" || got.Part != "" {
		t.Errorf("Cairo placed at %+v", got)
	}
}

// A shooting or a stabbing told as a noun is a happening when it is new
// ("charged over a mass shooting in Christchurch on Friday"); the
// definite one with no time or place of its own only restates one ("at
// the time of the stabbing").
func TestShootingNoun(t *testing.T) {
	d := run(t, `
1 He he PRON PRP 3 nsubj:pass
2 was be AUX VBD 3 aux:pass
3 charged charge VERB VBN 0 root
4 over over ADP IN 7 case
5 a a DET DT 7 det
6 mass mass ADJ JJ 7 amod
7 shooting shooting NOUN NN 3 obl
8 in in ADP IN 9 case
9 Christchurch Christchurch PROPN NNP 7 nmod Ent=GPE|Place=Christchurch/NZ/PPLA
10 on on ADP IN 11 case
11 Friday Friday PROPN NNP 7 nmod Time=2019-03-15|SpaceAfter=No
12 . . PUNCT . 3 punct
`)
	check(t, find(t, d, "shooting"), want{cameo: "180", place: "Christchurch", date: "2019-03-15"})
	noEvent(t, `
1 Guests guest NOUN NNS 2 nsubj
2 were be VERB VBD 0 root
3 there there ADV RB 2 advmod
4 at at ADP IN 6 case
5 the the DET DT 6 det
6 time time NOUN NN 2 obl
7 of of ADP IN 9 case
8 the the DET DT 9 det
9 stabbing stabbing NOUN NN 6 nmod
10 of of ADP IN 12 case
11 the the DET DT 12 det
12 man man NOUN NN 9 nmod
13 on on ADP IN 14 case
14 Sunday Sunday PROPN NNP 2 obl Time=2016-12-25|SpaceAfter=No
15 . . PUNCT . 2 punct
`, "stabbing")
}

// "a mass stabbing killed three", the verb hung on the noun as its
// modifier: one happening, the stabbing's (182), not two.
func TestNounSubjectAsHead(t *testing.T) {
	d := run(t, `
1 A a DET DT 3 det
2 mass mass ADJ JJ 3 amod
3 stabbing stabbing NOUN NN 0 root
4 killed kill VERB VBD 3 acl
5 three three NUM CD 6 nummod
6 people person NOUN NNS 4 obj
7 in in ADP IN 8 case
8 Reading Reading PROPN NNP 4 obl Ent=GPE|Place=Reading/GB/PPLA2|SpaceAfter=No
9 . . PUNCT . 3 punct
`)
	if len(d.Events) != 1 {
		t.Fatalf("%d events, want 1", len(d.Events))
	}
	check(t, d.Events[0], want{cameo: "182", place: "Reading"})
}

// A general code and a specific one of its root are the same kind in
// either order (180 and 182), but a killing and an abduction are not.
func TestSameKind(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{{"180", "182", true}, {"182", "180", true}, {"190", "195", true}, {"1951", "190", true}, {"180", "181", false}, {"181", "180", false}, {"182", "183", false}} {
		if got := sameKind(c.a, c.b); got != c.want {
			t.Errorf("sameKind(%s, %s) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// What is released as a publication ("the new rules were released") is
// no one set free; released prisoners are.
func TestReleasedPublication(t *testing.T) {
	noEvent(t, `
1 The the DET DT 3 det
2 new new ADJ JJ 3 amod
3 rules rule NOUN NNS 5 nsubj:pass
4 were be AUX VBD 5 aux:pass
5 released release VERB VBN 0 root
6 in in ADP IN 7 case
7 Havana Havana PROPN NNP 5 obl Ent=GPE|Place=Havana/CU/PPLC
8 on on ADP IN 9 case
9 Friday Friday PROPN NNP 5 obl Time=2019-10-25|SpaceAfter=No
10 . . PUNCT . 5 punct
`, "released")
	d := run(t, `
1 Fifty fifty NUM CD 2 nummod
2 prisoners prisoner NOUN NNS 4 nsubj:pass
3 were be AUX VBD 4 aux:pass
4 released release VERB VBN 0 root
5 in in ADP IN 6 case
6 Havana Havana PROPN NNP 4 obl Ent=GPE|Place=Havana/CU/PPLC
7 on on ADP IN 8 case
8 Friday Friday PROPN NNP 4 obl Time=2019-10-25|SpaceAfter=No
9 . . PUNCT . 4 punct
`)
	check(t, find(t, d, "released"), want{cameo: "0841"})
}

// A participle hung on a report ("organizers indicate a million people
// marched in London, protesting the exit") elaborates what is reported:
// one protest, not two.
func TestParticipleOnReport(t *testing.T) {
	d := run(t, `
1 Organizers organizer NOUN NNS 2 nsubj
2 indicate indicate VERB VBP 0 root
3 a a DET DT 4 det
4 million million NUM CD 5 nummod
5 people person NOUN NNS 6 nsubj
6 marched march VERB VBD 2 ccomp
7 in in ADP IN 8 case
8 London London PROPN NNP 6 obl Ent=GPE|Place=London/GB/PPLC
9 on on ADP IN 10 case
10 Saturday Saturday PROPN NNP 6 obl Time=2019-03-23
11 , , PUNCT , 12 punct
12 protesting protest VERB VBG 2 advcl
13 the the DET DT 14 det
14 exit exit NOUN NN 12 obj
15 of of ADP IN 17 case
16 the the DET DT 17 det
17 UK UK PROPN NNP 14 nmod Ent=GPE|Place=United Kingdom/GB/PCLI|SpaceAfter=No
18 . . PUNCT . 2 punct
`)
	if len(d.Events) != 1 {
		t.Fatalf("%d events, want the march only", len(d.Events))
	}
	check(t, d.Events[0], want{cameo: "141", place: "London"})
}

// "entered Qaim and Rawah": the event told for the second town is placed
// there, not at the first, the verb's object.
func TestConjoinedTownsPlaced(t *testing.T) {
	d := run(t, `
1 Troops troop NOUN NNS 2 nsubj
2 entered enter VERB VBD 0 root
3 Qaim Qaim PROPN NNP 2 obj Ent=GPE|Place=Qaim/IQ/PPLA2
4 and and CCONJ CC 5 cc
5 Rawah Rawah PROPN NNP 3 conj Ent=GPE|Place=Rawah/IQ/PPLA2
6 on on ADP IN 7 case
7 Monday Monday PROPN NNP 2 obl Time=2019-10-14|SpaceAfter=No
8 . . PUNCT . 2 punct
`)
	if len(d.Events) != 2 {
		t.Fatalf("%d events, want one a town", len(d.Events))
	}
	check(t, d.Events[0], want{cameo: "192", place: "Qaim"})
	check(t, d.Events[1], want{cameo: "192", place: "Rawah"})
}

// What was done "before", unnamed when ("the police have used force
// against protesters before"), is history; "the day before" dates a
// happening.
func TestDoneBefore(t *testing.T) {
	noEvent(t, `
1 The the DET DT 2 det
2 police police NOUN NNS 4 nsubj
3 have have AUX VBP 4 aux
4 used use VERB VBN 0 root
5 force force NOUN NN 4 obj
6 against against ADP IN 7 case
7 protesters protester NOUN NNS 4 obl
8 in in ADP IN 10 case
9 Hong Hong PROPN NNP 10 compound Ent=GPE|Place=Hong/HK/PPLC
10 Kong Kong PROPN NNP 4 obl Ent=+|Place=+
11 before before ADV RB 4 advmod SpaceAfter=No
12 . . PUNCT . 4 punct
`, "used")
	d := run(t, `
1 Police police NOUN NNS 2 nsubj
2 raided raid VERB VBD 0 root
3 a a DET DT 4 det
4 house house NOUN NN 2 obj
5 in in ADP IN 6 case
6 Cairo Cairo PROPN NNP 2 obl Ent=GPE|Place=Cairo/EG/PPLC
7 the the DET DT 8 det
8 day day NOUN NN 9 obl:npmod
9 before before ADV RB 2 advmod SpaceAfter=No
10 . . PUNCT . 2 punct
`)
	find(t, d, "raided")
}

// A person taken to jail is held (173), as one taken into custody; one
// taken to hospital is no event.
func TestTakenToJail(t *testing.T) {
	d := run(t, `
1 Moore Moore PROPN NNP 3 nsubj:pass Ent=PERSON
2 was be AUX VBD 3 aux:pass
3 taken take VERB VBN 0 root
4 to to ADP IN 7 case
5 the the DET DT 7 det
6 county county NOUN NN 7 compound
7 jail jail NOUN NN 3 obl
8 in in ADP IN 9 case
9 Hamilton Hamilton PROPN NNP 3 obl Ent=GPE|Place=Hamilton/US/PPLA2|SpaceAfter=No
10 . . PUNCT . 3 punct
`)
	check(t, find(t, d, "taken"), want{cameo: "173"})
	noEvent(t, `
1 Moore Moore PROPN NNP 3 nsubj:pass Ent=PERSON
2 was be AUX VBD 3 aux:pass
3 taken take VERB VBN 0 root
4 to to ADP IN 6 case
5 a a DET DT 6 det
6 hospital hospital NOUN NN 3 obl
7 in in ADP IN 8 case
8 Hamilton Hamilton PROPN NNP 3 obl Ent=GPE|Place=Hamilton/US/PPLA2|SpaceAfter=No
9 . . PUNCT . 3 punct
`, "taken")
}

// Suspects picked up are held (173); an army confiscating cars seizes
// property (1711); a brawl is unconventional violence (180).
func TestPickedUpConfiscatedBrawl(t *testing.T) {
	d := run(t, `
1 Police police NOUN NNS 2 nsubj
2 picked pick VERB VBD 0 root
3 up up ADP RP 2 compound:prt
4 John John PROPN NNP 2 obj Ent=PERSON
5 Smith Smith PROPN NNP 4 flat Ent=+
6 in in ADP IN 7 case
7 Independence Independence PROPN NNP 2 obl Ent=GPE|Place=Independence/US/PPL
8 on on ADP IN 9 case
9 Saturday Saturday PROPN NNP 2 obl Time=2015-03-14|SpaceAfter=No
10 . . PUNCT . 2 punct
`)
	check(t, find(t, d, "picked"), want{cameo: "173"})
	d = run(t, `
1 The the DET DT 2 det
2 army army NOUN NN 3 nsubj
3 confiscated confiscate VERB VBD 0 root
4 four four NUM CD 5 nummod
5 cars car NOUN NNS 3 obj
6 in in ADP IN 7 case
7 Bekaa Bekaa PROPN NNP 3 obl Ent=GPE|Place=Bekaa/LB/ADM1
8 on on ADP IN 9 case
9 Saturday Saturday PROPN NNP 3 obl Time=2015-03-14|SpaceAfter=No
10 . . PUNCT . 3 punct
`)
	check(t, find(t, d, "confiscated"), want{cameo: "1711"})
	d = run(t, `
1 A a DET DT 2 det
2 brawl brawl NOUN NN 3 nsubj
3 erupted erupt VERB VBD 0 root
4 in in ADP IN 5 case
5 Chiefland Chiefland PROPN NNP 3 obl Ent=GPE|Place=Chiefland/US/PPL
6 on on ADP IN 7 case
7 Saturday Saturday PROPN NNP 3 obl Time=2015-03-14|SpaceAfter=No
8 . . PUNCT . 3 punct
`)
	check(t, find(t, d, "brawl"), want{cameo: "180", place: "Chiefland"})
}

// A relative clause dating the happening a verb is about ("convicted over
// the brawl that took place on 25 February") does not date the verb; one
// dating the happening the verb's act was part of ("killed in a bombing
// that happened on June 27") does.
func TestOccurrenceOfTopic(t *testing.T) {
	d := run(t, `
1 Seven seven NUM CD 2 nummod
2 men man NOUN NNS 4 nsubj:pass
3 were be AUX VBD 4 aux:pass
4 convicted convict VERB VBN 0 root
5 over over ADP IN 7 case
6 the the DET DT 7 det
7 brawl brawl NOUN NN 4 obl
8 that that PRON WDT 9 nsubj
9 happened happen VERB VBD 7 acl:relcl
10 on on ADP IN 11 case
11 February February PROPN NNP 9 obl Time=2015-02-25
12 in in ADP IN 13 case
13 London London PROPN NNP 4 obl Ent=GPE|Place=London/GB/PPLC|SpaceAfter=No
14 . . PUNCT . 4 punct
`)
	e := find(t, d, "convicted")
	if e.Date != nil && e.Date.From != nil && *e.Date.From == "2015-02-25" {
		t.Errorf("convicted dated by the brawl: %+v", e.Date)
	}
}

// "a bus terminal surrounded by shops" describes a place, no siege; "the
// car blew up" is an explosion (183) whose car is no doer.
func TestSurroundedByShopsAndBlewUp(t *testing.T) {
	d := run(t, `
1 The the DET DT 2 det
2 car car NOUN NN 4 nsubj:pass
3 was be AUX VBD 4 aux:pass
4 parked park VERB VBN 0 root
5 near near ADP IN 8 case
6 a a DET DT 8 det
7 bus bus NOUN NN 8 compound
8 terminal terminal NOUN NN 4 obl
9 surrounded surround VERB VBN 8 acl
10 by by ADP IN 11 case
11 shops shop NOUN NNS 9 obl:agent
12 in in ADP IN 13 case
13 Baghdad Baghdad PROPN NNP 4 obl Ent=GPE|Place=Baghdad/IQ/PPLC
14 when when SCONJ WRB 16 mark
15 it it PRON PRP 16 nsubj
16 blew blow VERB VBD 4 advcl
17 up up ADP RP 16 compound:prt
18 on on ADP IN 19 case
19 Thursday Thursday PROPN NNP 16 obl Time=2015-03-12|SpaceAfter=No
20 . . PUNCT . 4 punct
`)
	if len(d.Events) != 1 {
		t.Fatalf("%d events, want the explosion only", len(d.Events))
	}
	check(t, d.Events[0], want{trigger: "blew", cameo: "183", place: "Baghdad"})
	if d.Events[0].Source != nil {
		t.Errorf("source %+v, want none", d.Events[0].Source)
	}
}

// Not happenings of local crime news: a fight someone tried to avoid, a
// knife pulled out (no withdrawal), a message seeking comment,
// investigators sent to a scene (no aid).
func TestCrimeNewsNonEvents(t *testing.T) {
	for _, c := range []struct{ src, word string }{
		{`
1 He he PRON PRP 2 nsubj
2 avoided avoid VERB VBD 0 root
3 a a DET DT 4 det
4 fight fight NOUN NN 2 obj
5 in in ADP IN 6 case
6 Chiefland Chiefland PROPN NNP 4 nmod Ent=GPE|Place=Chiefland/US/PPL
7 on on ADP IN 8 case
8 Saturday Saturday PROPN NNP 2 obl Time=2015-03-14|SpaceAfter=No
9 . . PUNCT . 2 punct
`, "fight"},
		{`
1 Durr Durr PROPN NNP 2 nsubj Ent=PERSON
2 pulled pull VERB VBD 0 root
3 out out ADP RP 2 compound:prt
4 a a DET DT 5 det
5 knife knife NOUN NN 2 obj
6 in in ADP IN 7 case
7 Chiefland Chiefland PROPN NNP 2 obl Ent=GPE|Place=Chiefland/US/PPL
8 on on ADP IN 9 case
9 Saturday Saturday PROPN NNP 2 obl Time=2015-03-14|SpaceAfter=No
10 . . PUNCT . 2 punct
`, "pulled"},
		{`
1 Police police NOUN NNS 2 nsubj
2 sent send VERB VBD 0 root
3 investigators investigator NOUN NNS 2 obj
4 to to ADP IN 5 case
5 Chiefland Chiefland PROPN NNP 2 obl Ent=GPE|Place=Chiefland/US/PPL
6 on on ADP IN 7 case
7 Saturday Saturday PROPN NNP 2 obl Time=2015-03-14|SpaceAfter=No
8 . . PUNCT . 2 punct
`, "sent"},
		{`
1 Reporters reporter NOUN NNS 2 nsubj
2 sought seek VERB VBD 0 root
3 comment comment NOUN NN 2 obj
4 from from ADP IN 5 case
5 police police NOUN NNS 2 obl
6 on on ADP IN 7 case
7 Saturday Saturday PROPN NNP 2 obl Time=2015-03-14|SpaceAfter=No
8 . . PUNCT . 2 punct
`, "sought"},
	} {
		noEvent(t, c.src, c.word)
	}
}

// "will not be tolerated", said by someone, is that speaker's warning
// (130); what is tolerated is no event.
func TestNotTolerated(t *testing.T) {
	d := run(t, `
1 Lam Lam PROPN NNP 2 nsubj Ent=PERSON
2 said say VERB VBD 0 root
3 , , PUNCT , 2 punct
4 " " PUNCT `+"``"+` 8 punct SpaceAfter=No
5 protests protest NOUN NNS 8 nsubj:pass
6 will will AUX MD 8 aux
7 not not PART RB 8 advmod
8 tolerated tolerate VERB VBN 2 ccomp
9 . . PUNCT . 2 punct SpaceAfter=No
10 " " PUNCT '' 2 punct
`)
	check(t, find(t, d, "tolerated"), want{cameo: "130", src: "Lam"})
	noEvent(t, `
1 The the DET DT 2 det
2 government government NOUN NN 3 nsubj
3 tolerated tolerate VERB VBD 0 root
4 the the DET DT 5 det
5 protests protest NOUN NNS 3 obj
6 in in ADP IN 7 case
7 Cairo Cairo PROPN NNP 3 obl Ent=GPE|Place=Cairo/EG/PPLC
8 on on ADP IN 9 case
9 Monday Monday PROPN NNP 3 obl Time=2015-03-16|SpaceAfter=No
10 . . PUNCT . 3 punct
`, "tolerated")
}

// A statement placed nowhere by the text is in the speaker's country when
// that is a country's actor the story names, else in the country the
// story is about.
func TestStatementPlaceFallback(t *testing.T) {
	d := run(t, `
1 Amnesty Amnesty PROPN NNP 3 nsubj Ent=ORG
2 International International PROPN NNP 1 flat Ent=+
3 called call VERB VBD 0 root
4 for for ADP IN 6 case
5 an a DET DT 6 det
6 investigation investigation NOUN NN 3 obl SpaceAfter=No
7 . . PUNCT . 3 punct

1 Iraq Iraq PROPN NNP 2 nsubj Ent=GPE|Place=Iraq/IQ/PCLI
2 condemned condemn VERB VBD 0 root
3 Iran Iran PROPN NNP 2 obj Ent=GPE|Place=Iran/IR/PCLI
4 on on ADP IN 5 case
5 Monday Monday PROPN NNP 2 obl Time=2015-03-16|SpaceAfter=No
6 . . PUNCT . 2 punct

1 Protesters protester NOUN NNS 2 nsubj
2 marched march VERB VBD 0 root
3 in in ADP IN 4 case
4 Iraq Iraq PROPN NNP 2 obl Ent=GPE|Place=Iraq/IQ/PCLI
5 and and CCONJ CC 7 cc
6 Iraq Iraq PROPN NNP 7 nsubj Ent=GPE|Place=Iraq/IQ/PCLI
7 mourned mourn VERB VBD 2 conj SpaceAfter=No
8 . . PUNCT . 2 punct

`)
	e := find(t, d, "called")
	if e.Place == nil || e.Place.Name != "Iraq" {
		t.Errorf("Amnesty's call placed at %+v, want Iraq (the story's country)", e.Place)
	}
	check(t, find(t, d, "condemned"), want{cameo: "111", place: "Iraq"})
}

// "It is not the first time X has been arrested" tallies times: no
// happening of its own.
func TestFirstTimeTally(t *testing.T) {
	noEvent(t, `
1 It it PRON PRP 6 nsubj
2 is be AUX VBZ 6 cop
3 not not PART RB 6 advmod
4 the the DET DT 6 det
5 first first ADJ JJ 6 amod
6 time time NOUN NN 0 root
7 Crolley Crolley PROPN NNP 10 nsubj:pass Ent=PERSON
8 has have AUX VBZ 10 aux
9 been be AUX VBN 10 aux:pass
10 arrested arrest VERB VBN 6 acl:relcl
11 in in ADP IN 12 case
12 Swansea Swansea PROPN NNP 10 obl Ent=GPE|Place=Swansea/US/PPL|SpaceAfter=No
13 . . PUNCT . 6 punct
`, "arrested")
}

// A happening told as coming days before or after a dated one of its
// sentence is dated from it ("Sunday's explosion came two days after two
// bombs killed six officers": Friday).
func TestSequenceDates(t *testing.T) {
	d := run(t, `
1 Sunday Sunday PROPN NNP 3 nmod:poss Time=2015-03-15
2 's 's PART POS 1 case
3 explosion explosion NOUN NN 4 nsubj
4 came come VERB VBD 0 root
5 two two NUM CD 6 nummod Time=P2D
6 days day NOUN NNS 4 obl:npmod Time=+
7 after after SCONJ IN 9 mark
8 bombs bomb NOUN NNS 9 nsubj
9 killed kill VERB VBD 6 acl
10 six six NUM CD 11 nummod
11 officers officer NOUN NNS 9 obj
12 in in ADP IN 13 case
13 Giza Giza PROPN NNP 9 obl Ent=GPE|Place=Giza/EG/PPLA|SpaceAfter=No
14 . . PUNCT . 4 punct
`)
	check(t, find(t, d, "killed"), want{cameo: "183", place: "Giza", date: "2015-03-13"})
}

// Leaving a bomb, or a bag containing one, is a bombing (183), however
// the participle was hung.
func TestLeftBagWithBomb(t *testing.T) {
	d := run(t, `
1 The the DET DT 2 det
2 boy boy NOUN NN 3 nsubj
3 left leave VERB VBD 0 root
4 a a DET DT 5 det
5 backpack backpack NOUN NN 3 obj
6 containing contain VERB VBG 3 advcl
7 a a DET DT 8 det
8 bomb bomb NOUN NN 6 obj
9 at at ADP IN 10 case
10 Ludwigshafen Ludwigshafen PROPN NNP 3 obl Ent=GPE|Place=Ludwigshafen/DE/PPLA3
11 on on ADP IN 12 case
12 Friday Friday PROPN NNP 3 obl Time=2015-03-13|SpaceAfter=No
13 . . PUNCT . 3 punct
`)
	check(t, find(t, d, "left"), want{cameo: "183", place: "Ludwigshafen"})
}

// A participle hung on a time word of the clause ("the rebels retaliated,
// at one point shelling the villages") is the clause's act, by its
// subject.
func TestAtOnePointShelling(t *testing.T) {
	d := run(t, `
1 The the DET DT 2 det
2 rebels rebel NOUN NNS 3 nsubj
3 retaliated retaliate VERB VBD 0 root
4 , , PUNCT , 7 punct
5 at at ADP IN 7 case
6 one one NUM CD 7 nummod
7 point point NOUN NN 3 obl
8 shelling shell VERB VBG 7 acl
9 the the DET DT 10 det
10 villages village NOUN NNS 8 obj
11 in in ADP IN 12 case
12 Idlib Idlib PROPN NNP 8 obl Ent=GPE|Place=Idlib/SY/PPLA|SpaceAfter=No
13 . . PUNCT . 3 punct
`)
	check(t, find(t, d, "shelling"), want{cameo: "194", src: "The rebels", place: "Idlib"})
}

// "For the first time, police have fired live rounds" is news, not a
// tally.
func TestFirstTimeIsNews(t *testing.T) {
	d := run(t, `
1 For for ADP IN 4 case
2 the the DET DT 4 det
3 first first ADJ JJ 4 amod
4 time time NOUN NN 8 obl
5 , , PUNCT , 4 punct
6 police police NOUN NNS 8 nsubj
7 have have AUX VBP 8 aux
8 arrested arrest VERB VBN 0 root
9 protesters protester NOUN NNS 8 obj
10 in in ADP IN 11 case
11 Minsk Minsk PROPN NNP 8 obl Ent=GPE|Place=Minsk/BY/PPLC|SpaceAfter=No
12 . . PUNCT . 8 punct
`)
	check(t, find(t, d, "arrested"), want{cameo: "173", place: "Minsk"})
}

// A happening the sentence places nowhere is at the dateline's town
// ("PESHAWAR, Pakistan — gunmen killed 14 people": Peshawar, not all of
// Pakistan), as coders of news place it; the event's place score says it
// came from the dateline.
func TestDatelineCountryNoLocator(t *testing.T) {
	d := buildDoc(t, "2015-03-17", `
1 PESHAWAR Peshawar PROPN NNP 6 dep Ent=GPE|Place=Peshawar/PK/PPLA/02
2 , , PUNCT , 3 punct
3 Pakistan Pakistan PROPN NNP 1 appos Ent=GPE|Place=Pakistan/PK/PCLI
4 - - PUNCT HYPH 6 punct
5 Gunmen gunman NOUN NNS 6 nsubj
6 killed kill VERB VBD 0 root
7 14 14 NUM CD 8 nummod
8 people person NOUN NNS 6 obj
9 on on ADP IN 10 case
10 Sunday Sunday PROPN NNP 6 obl Time=2015-03-15|SpaceAfter=No
11 . . PUNCT . 6 punct
`)
	d.Meta.Dateline = &doc.Dateline{Text: "PESHAWAR, Pakistan", Start: d.Tokens[0].Start, End: d.Tokens[2].End}
	runDoc(t, d)
	e := find(t, d, "killed")
	if e.Place == nil || e.Place.Name != "Peshawar" {
		t.Errorf("place %+v, want Peshawar", e.Place)
	}
}

// "X spoke to the press after the speech: "I urge ..."": the quotation's
// first person is X.
func TestQuoteAfterSpoke(t *testing.T) {
	d := run(t, `
1 Legislator legislator NOUN NN 3 nsubj
2 Chan Chan PROPN NNP 1 flat Ent=PERSON
3 spoke speak VERB VBD 0 root
4 to to ADP IN 6 case
5 the the DET DT 6 det
6 press press NOUN NN 3 obl
7 after after ADP IN 9 case
8 the the DET DT 9 det
9 speech speech NOUN NN 3 obl SpaceAfter=No
10 : : PUNCT : 14 punct
11 " " PUNCT `+"``"+` 14 punct SpaceAfter=No
12 I I PRON PRP 14 nsubj
13 really really ADV RB 14 advmod
14 urge urge VERB VBP 3 parataxis
15 Lam Lam PROPN NNP 14 obj Ent=PERSON
16 to to PART TO 17 mark
17 resign resign VERB VB 14 xcomp SpaceAfter=No
18 . . PUNCT . 3 punct SpaceAfter=No
19 " " PUNCT '' 3 punct
`)
	e := find(t, d, "urge")
	if e.Source == nil || !strings.Contains(e.Source.Name, "Chan") {
		t.Errorf("source %+v, want Legislator Chan", e.Source)
	}
}

// Questioning a power or a decision is criticism (111); questioning a
// person is an interview, no event of its own.
func TestQuestioned(t *testing.T) {
	d := run(t, `
1 Durbin Durbin PROPN NNP 2 nsubj Ent=PERSON
2 questioned question VERB VBD 0 root
3 the the DET DT 4 det
4 decision decision NOUN NN 2 obj
5 on on ADP IN 6 case
6 Monday Monday PROPN NNP 2 obl Time=2015-03-16|SpaceAfter=No
7 . . PUNCT . 2 punct
`)
	check(t, find(t, d, "questioned"), want{cameo: "111"})
	noEvent(t, `
1 Police police NOUN NNS 2 nsubj
2 questioned question VERB VBD 0 root
3 John John PROPN NNP 2 obj Ent=PERSON
4 Smith Smith PROPN NNP 3 flat Ent=+
5 on on ADP IN 6 case
6 Monday Monday PROPN NNP 2 obl Time=2015-03-16|SpaceAfter=No
7 . . PUNCT . 2 punct
`, "questioned")
}

// A quotation closing right before its speaker ('"... unlawful," the
// director Tam said') is what the speaker said: a censure (111).
func TestQuoteBeforeSpeaker(t *testing.T) {
	d := run(t, `
1 " " PUNCT `+"``"+` 5 punct SpaceAfter=No
2 The the DET DT 3 det
3 crackdown crackdown NOUN NN 5 nsubj
4 is be AUX VBZ 5 cop
5 unlawful unlawful ADJ JJ 0 root SpaceAfter=No
6 , , PUNCT , 5 punct SpaceAfter=No
7 " " PUNCT '' 5 punct
8 director director NOUN NN 9 compound
9 Tam Tam PROPN NNP 10 nsubj Ent=PERSON
10 said say VERB VBD 5 parataxis
11 on on ADP IN 12 case
12 Monday Monday PROPN NNP 10 obl Time=2015-03-16|SpaceAfter=No
13 . . PUNCT . 5 punct
`)
	check(t, find(t, d, "said"), want{cameo: "111"})
}

// A goal stated ("Russia's goal was to help him win") is no happening.
func TestGoalNoHappening(t *testing.T) {
	noEvent(t, `
1 Russia Russia PROPN NNP 3 nmod:poss Ent=GPE|Place=Russia/RU/PCLI
2 's 's PART POS 1 case
3 goal goal NOUN NN 6 nsubj
4 was be AUX VBD 6 cop
5 to to PART TO 6 mark
6 help help VERB VB 0 root
7 Trump Trump PROPN NNP 6 obj Ent=PERSON
8 on on ADP IN 9 case
9 Monday Monday PROPN NNP 6 obl Time=2015-03-16|SpaceAfter=No
10 . . PUNCT . 6 punct
`, "help")
}

// "Experts attribute this to human activity": a cause that is no one is
// no accusation.
func TestAttributedToNoOne(t *testing.T) {
	noEvent(t, `
1 Experts expert NOUN NNS 2 nsubj
2 attribute attribute VERB VBP 0 root
3 this this PRON DT 2 obj
4 to to ADP IN 6 case
5 human human ADJ JJ 6 amod
6 activity activity NOUN NN 2 obl
7 in in ADP IN 8 case
8 Brazil Brazil PROPN NNP 2 obl Ent=GPE|Place=Brazil/BR/PCLI|SpaceAfter=No
9 . . PUNCT . 2 punct
`, "attribute")
}
