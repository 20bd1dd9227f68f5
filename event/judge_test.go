package event

import (
	"context"
	"testing"
)

// The judge: habit and history, negated subjects, arguments that make no
// sense for the type, frames and chains that restate one event.

const habitual = `
1 The the DET DT 2 det
2 rebels rebel NOUN NNS 3 nsubj
3 fought fight VERB VBD 0 root
4 the the DET DT 5 det
5 army army NOUN NN 3 obj
6 for for ADP IN 7 case
7 years year NOUN NNS 3 obl SpaceAfter=No
8 . . PUNCT . 3 punct
`

const longDisputed = `
1 The the DET DT 2 det
2 villagers villager NOUN NNS 5 nsubj
3 have have AUX VBP 5 aux
4 long long ADV RB 5 advmod
5 criticized criticize VERB VBN 0 root
6 the the DET DT 7 det
7 army army NOUN NN 5 obj SpaceAfter=No
8 . . PUNCT . 5 punct
`

const sinceYear = `
1 Rebels rebel NOUN NNS 3 nsubj
2 have have AUX VBP 3 aux
3 attacked attack VERB VBN 0 root
4 the the DET DT 5 det
5 army army NOUN NN 3 obj
6 since since ADP IN 7 case
7 2014 2014 NUM CD 3 obl SpaceAfter=No
8 . . PUNCT . 3 punct
`

const noGroup = `
1 No no DET DT 2 det
2 group group NOUN NN 3 nsubj
3 attacked attack VERB VBD 0 root
4 the the DET DT 5 det
5 army army NOUN NN 3 obj SpaceAfter=No
6 . . PUNCT . 3 punct
`

const praiseThing = `
1 Residents resident NOUN NNS 2 nsubj
2 praised praise VERB VBD 0 root
3 the the DET DT 4 det
4 drive drive NOUN NN 2 obj SpaceAfter=No
5 . . PUNCT . 2 punct
`

const vowedTo = `
1 The the DET DT 2 det
2 president president NOUN NN 3 nsubj
3 vowed vow VERB VBD 0 root
4 to to PART TO 5 mark
5 attack attack VERB VB 3 xcomp
6 the the DET DT 7 det
7 rebels rebel NOUN NNS 5 obj SpaceAfter=No
8 . . PUNCT . 3 punct
`

const calledOnTo = `
1 The the DET DT 2 det
2 cleric cleric NOUN NN 3 nsubj
3 called call VERB VBD 0 root
4 on on ADP IN 6 case
5 the the DET DT 6 det
6 government government NOUN NN 3 obl
7 to to PART TO 8 mark
8 resign resign VERB VB 3 xcomp SpaceAfter=No
9 . . PUNCT . 3 punct
`

const chain = `
1 Troops troop NOUN NNS 2 nsubj
2 attacked attack VERB VBD 0 root
3 and and CCONJ CC 4 cc
4 shelled shell VERB VBD 2 conj
5 the the DET DT 6 det
6 rebels rebel NOUN NNS 4 obj SpaceAfter=No
7 . . PUNCT . 2 punct
`

const avoided = `
1 Troops troop NOUN NNS 2 nsubj
2 withdrew withdraw VERB VBD 0 root
3 to to PART TO 4 mark
4 avoid avoid VERB VB 2 advcl
5 being be AUX VBG 6 aux:pass
6 besieged besiege VERB VBN 4 xcomp SpaceAfter=No
7 . . PUNCT . 2 punct
`

func TestJudge(t *testing.T) {
	tests := []struct {
		name  string
		src   string
		want  []string // trigger/CAMEO root of every event, in order
		wantN int
	}{
		{"for years is background", habitual, nil, 0},
		{"have long is background", longDisputed, nil, 0},
		{"since a year with the perfect is background", sinceYear, nil, 0},
		{"a subject negated by no", noGroup, nil, 0},
		{"praising a thing is no dyadic event", praiseThing, nil, 0},
		{"a vow is the intent of its xcomp", vowedTo, []string{"attack/13"}, 1},
		{"an appeal, not what it asks for", calledOnTo, []string{"called/02"}, 1},
		{"a verb chain without its own subject is one event", chain, []string{"attacked/19"}, 1},
		{"an avoided happening", avoided, []string{"withdrew/08"}, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := run(t, tc.src)
			var got []string
			for _, e := range d.Events {
				got = append(got, e.Trigger.Text+"/"+e.CAMEO[:2])
			}
			if len(got) != tc.wantN {
				t.Fatalf("events %v, want %d %v", got, tc.wantN, tc.want)
			}
			for i, w := range tc.want {
				if got[i] != w {
					t.Errorf("event %d = %s, want %s", i, got[i], w)
				}
			}
		})
	}
}

// TestMinConfidence: a negative threshold keeps what the judge rejects.
func TestMinConfidence(t *testing.T) {
	d := buildDoc(t, "2015-03-17", habitual)
	s, err := NewWithOptions(Options{MinConfidence: -1, MinSalience: -1})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if len(d.Events) != 1 {
		t.Errorf("got %d events with MinConfidence -1, want the background event kept", len(d.Events))
	}
}
