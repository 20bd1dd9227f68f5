package event

import "testing"

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

// What a quotation tells is the speaker's account, not a report.
func TestQuotedAccount(t *testing.T) {
	noEvent(t, `
1 " " PUNCT `+"``"+` 3 punct SpaceAfter=No
2 Police police NOUN NNS 3 nsubj
3 killed kill VERB VBD 8 ccomp
4 12 12 NUM CD 5 nummod
5 people people NOUN NNS 3 obj SpaceAfter=No
6 , , PUNCT , 3 punct
7 " " PUNCT '' 3 punct
8 he he PRON PRP 9 nsubj
9 said say VERB VBD 0 root SpaceAfter=No
10 . . PUNCT . 9 punct
`, "killed")
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

// A story without a dateline that names one town is about that town: an
// attack told without a place, three sentences on, is placed there.
func TestFocusTown(t *testing.T) {
	d := run(t, `
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
