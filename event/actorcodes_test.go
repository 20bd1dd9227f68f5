package event

import "testing"

// A group named with another country than its own is that country's
// branch; a group's government is its country's government.
func TestGroupCountry(t *testing.T) {
	d := run(t, `
1 Pakistani Pakistani ADJ JJ 3 amod Ent=NORP
2 Taliban Taliban PROPN NNP 3 compound Ent=ORG
3 militants militant NOUN NNS 4 nsubj
4 attacked attack VERB VBD 0 root
5 Bannu Bannu PROPN NNP 4 obj Ent=GPE|Place=Bannu/PK|SpaceAfter=No
6 . . PUNCT . 4 punct

1 Afghanistan Afghanistan PROPN NNP 4 nmod:poss Ent=GPE|Place=Afghanistan/AF
2 's 's PART POS 1 case
3 Taliban Taliban PROPN NNP 4 compound Ent=ORG
4 government government NOUN NN 5 nsubj
5 condemned condemn VERB VBD 0 root
6 the the DET DT 7 det
7 attack attack NOUN NN 5 obj SpaceAfter=No
8 . . PUNCT . 5 punct

1 Taliban Taliban PROPN NNP 2 compound Ent=ORG
2 fighters fighter NOUN NNS 3 nsubj
3 attacked attack VERB VBD 0 root
4 Kandahar Kandahar PROPN NNP 3 obj Ent=GPE|Place=Kandahar/AF|SpaceAfter=No
5 . . PUNCT . 3 punct
`)
	evs := eventsBy(d, "attacked")
	if len(evs) != 2 || evs[0].Source == nil || evs[1].Source == nil {
		t.Fatalf("want two attacks with sources, got %+v", evs)
	}
	if c := evs[0].Source.Code; c != "PAKREB" {
		t.Errorf("Pakistani Taliban militants: code %s, want PAKREB", c)
	}
	if c := evs[1].Source.Code; c != "AFGREB" {
		t.Errorf("Taliban fighters: code %s, want AFGREB", c)
	}
	if e := find(t, d, "condemned"); e.Source == nil || e.Source.Code != "AFGGOV" {
		t.Errorf("Afghanistan's Taliban government: source %+v, want AFGGOV", e.Source)
	}
}
