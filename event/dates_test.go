package event

import (
	"strconv"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/doc"
)

func dateString(d *doc.EventDate) string {
	if d == nil {
		return "nil"
	}
	f, t := "null", "null"
	if d.From != nil {
		f = *d.From
	}
	if d.To != nil {
		t = *d.To
	}
	return f + ".." + t
}

func eventsBy(d *doc.Doc, trigger string) []doc.Event {
	var out []doc.Event
	for _, e := range d.Events {
		if e.Trigger != nil && e.Trigger.Text == trigger {
			out = append(out, e)
		}
	}
	return out
}

// A plan that states no time goes on with the dated plan of the same actor
// just before; another actor's plan with no time is open from the document
// date on.
func TestPlanGoesOnWithPlan(t *testing.T) {
	d := run(t, `
1 Kerry Kerry PROPN NNP 3 nsubj Ent=PERSON
2 will will AUX MD 3 aux
3 visit visit VERB VB 0 root
4 Jordan Jordan PROPN NNP 3 obj Ent=GPE|Place=Jordan/JO
5 on on ADP IN 6 case
6 Thursday Thursday PROPN NNP 3 obl Time=2015-03-19|SpaceAfter=No
7 . . PUNCT . 3 punct

1 Kerry Kerry PROPN NNP 3 nsubj Ent=PERSON
2 will will AUX MD 3 aux
3 travel travel VERB VB 0 root
4 to to ADP IN 5 case
5 Paris Paris PROPN NNP 3 obl Ent=GPE|Place=Paris/FR|SpaceAfter=No
6 . . PUNCT . 3 punct

1 Lavrov Lavrov PROPN NNP 3 nsubj Ent=PERSON
2 will will AUX MD 3 aux
3 fly fly VERB VB 0 root
4 to to ADP IN 5 case
5 Rome Rome PROPN NNP 3 obl Ent=GPE|Place=Rome/IT|SpaceAfter=No
6 . . PUNCT . 3 punct
`)
	if e := find(t, d, "visit"); dateString(e.Date) != "2015-03-19..2015-03-19" {
		t.Errorf("visit: date %s, want its Thursday", dateString(e.Date))
	}
	if e := find(t, d, "travel"); dateString(e.Date) != "2015-03-19..2015-03-19" {
		t.Errorf("travel: date %s, want the Thursday of the plan it goes on with", dateString(e.Date))
	}
	if e := find(t, d, "fly"); dateString(e.Date) != "2015-03-17..null" {
		t.Errorf("fly: date %s, want open from the document date (another actor's plan)", dateString(e.Date))
	}
}

// "X said on Monday ... He also said ...": an intent is dated by the
// statement it goes on with, a reported happening no later than it.
func TestStatementGoesOn(t *testing.T) {
	d := run(t, `
1 Obama Obama PROPN NNP 2 nsubj Ent=PERSON
2 said say VERB VBD 0 root
3 on on ADP IN 4 case
4 Monday Monday PROPN NNP 2 obl Time=2015-03-16
5 militants militant NOUN NNS 6 nsubj
6 attacked attack VERB VBD 2 ccomp
7 Mosul Mosul PROPN NNP 6 obj Ent=GPE|Place=Mosul/IQ|SpaceAfter=No
8 . . PUNCT . 2 punct

1 He he PRON PRP 3 nsubj
2 also also ADV RB 3 advmod
3 said say VERB VBD 0 root
4 he he PRON PRP 6 nsubj
5 would would AUX MD 6 aux
6 send send VERB VB 3 ccomp
7 troops troop NOUN NNS 6 obj
8 to to ADP IN 9 case
9 Iraq Iraq PROPN NNP 6 obl Ent=GPE|Place=Iraq/IQ|SpaceAfter=No
10 . . PUNCT . 3 punct

1 He he PRON PRP 2 nsubj
2 said say VERB VBD 0 root
3 militants militant NOUN NNS 4 nsubj
4 killed kill VERB VBD 2 ccomp
5 ten ten NUM CD 6 nummod
6 soldiers soldier NOUN NNS 4 obj
7 in in ADP IN 8 case
8 Baghdad Baghdad PROPN NNP 4 obl Ent=GPE|Place=Baghdad/IQ|SpaceAfter=No
9 . . PUNCT . 2 punct
`)
	if e := find(t, d, "send"); dateString(e.Date) != "2015-03-16..2015-03-16" {
		t.Errorf("send: date %s, want the Monday of the statement it goes on with", dateString(e.Date))
	}
	if e := find(t, d, "killed"); dateString(e.Date) != "null..2015-03-16" {
		t.Errorf("killed: date %s, want no later than the statement", dateString(e.Date))
	}
}

// A happening dated wholly more than a year before the document is history,
// not reported; a time of another clause does not date a happening after
// the document.
func TestHistoryAndOtherClauseTimes(t *testing.T) {
	old := run(t, `
1 Militants militant NOUN NNS 2 nsubj
2 attacked attack VERB VBD 0 root
3 Kabul Kabul PROPN NNP 2 obj Ent=GPE|Place=Kabul/AF
4 in in ADP IN 5 case
5 2010 2010 NUM CD 2 obl Time=2010-05-01|SpaceAfter=No
6 . . PUNCT . 2 punct
`)
	if evs := eventsBy(old, "attacked"); len(evs) != 0 {
		t.Errorf("an attack of 2010 in a 2015 report: want no event, got %s", dateString(evs[0].Date))
	}
	recent := run(t, `
1 Militants militant NOUN NNS 2 nsubj
2 attacked attack VERB VBD 0 root
3 Kabul Kabul PROPN NNP 2 obj Ent=GPE|Place=Kabul/AF
4 on on ADP IN 5 case
5 Sunday Sunday PROPN NNP 2 obl Time=2015-03-15|SpaceAfter=No
6 . . PUNCT . 2 punct
`)
	find(t, recent, "attacked")
	d := run(t, `
1 Rebels rebel NOUN NNS 2 nsubj
2 attacked attack VERB VBD 0 root
3 Kabul Kabul PROPN NNP 2 obj Ent=GPE|Place=Kabul/AF
4 and and CCONJ CC 5 cc
5 said say VERB VBD 2 conj
6 they they PRON PRP 8 nsubj
7 would would AUX MD 8 aux
8 attack attack VERB VB 5 ccomp
9 Herat Herat PROPN NNP 8 obj Ent=GPE|Place=Herat/AF
10 on on ADP IN 11 case
11 Thursday Thursday PROPN NNP 8 obl Time=2015-03-19|SpaceAfter=No
12 . . PUNCT . 2 punct
`)
	if e := find(t, d, "attacked"); e.Date == nil || e.Date.To == nil || *e.Date.To > "2015-03-17" {
		t.Errorf("attacked: date %s, want no later than the document", dateString(e.Date))
	}
}

// "whose army fought the U.S. for years", with "for years" hung on another
// verb by the parser, is still history told, not news.
func TestForYearsMisattached(t *testing.T) {
	src := `
1 Residents resident NOUN NNS 2 nsubj
2 said say VERB VBD 0 root
3 rebels rebel NOUN NNS 4 nsubj
4 fought fight VERB VBD 2 ccomp
5 troops troop NOUN NNS 4 obj
6 in in ADP IN 7 case
7 Iraq Iraq PROPN NNP 5 nmod Ent=GPE|Place=Iraq/IQ
8 for for ADP IN 9 case
9 years year NOUN NNS 2 obl SpaceAfter=No
10 . . PUNCT . 2 punct
`
	if evs := eventsBy(run(t, src), "fought"); len(evs) != 0 {
		t.Errorf("fought ... for years: want no event, got %s", evs[0].CAMEO)
	}
	if evs := eventsBy(run(t, strings.Replace(src, "8 for for ADP IN 9 case", "8 on on ADP IN 9 case", 1)), "fought"); len(evs) != 1 {
		t.Errorf("fought ... on years (no span): want the event, got %d", len(evs))
	}
}

// "On Saturday, X did A in Baghdad. Students marched in Baghdad." The second
// happening, told in the simple past with no time of its own in a place
// the first names, goes on in its scene; in another place, or in the
// perfect, it does not.
func TestSceneFrameDate(t *testing.T) {
	const frame = `
1 On on ADP IN 2 case
2 Saturday Saturday PROPN NNP 5 obl Time=2015-03-14|SpaceAfter=No
3 , , PUNCT , 5 punct
4 fighters fighter NOUN NNS 5 nsubj
5 paraded parade VERB VBD 0 root
6 in in ADP IN 7 case
7 Baghdad Baghdad PROPN NNP 5 obl Ent=GPE|Place=Baghdad/IQ|SpaceAfter=No
8 . . PUNCT . 5 punct
`
	for _, c := range []struct {
		aux, place, want string
	}{
		{"", "Baghdad", "2015-03-14..2015-03-14"},
		{"", "Basra", "null..2015-03-17"},
		{"have", "Baghdad", "null..2015-03-17"},
	} {
		aux, verb := "", "VBD"
		if c.aux != "" {
			aux, verb = "3 have have AUX VBP 4 aux\n", "VBN"
		}
		id := func(n int) string {
			if c.aux == "" && n >= 3 {
				n--
			}
			return strconv.Itoa(n)
		}
		src := frame + "\n1 Angry angry ADJ JJ 2 amod\n2 students student NOUN NNS " + id(4) + " nsubj\n" + aux +
			id(4) + " marched march VERB " + verb + " 0 root\n" +
			id(5) + " in in ADP IN " + id(6) + " case\n" +
			id(6) + " " + c.place + " " + c.place + " PROPN NNP " + id(4) + " obl Ent=GPE|Place=" + c.place + "/IQ|SpaceAfter=No\n" +
			id(7) + " . . PUNCT . " + id(4) + " punct\n"
		d := run(t, src)
		if e := find(t, d, "marched"); dateString(e.Date) != c.want {
			t.Errorf("%s marched in %s: date %s, want %s", c.aux, c.place, dateString(e.Date), c.want)
		}
	}
}

// A happening dated two and a half months before the report is still news
// the story tells ("Tillerson met with Brunson's wife in March" in a May
// story); one dated more than three months before is history it recalls.
func TestOldNewsThreeMonths(t *testing.T) {
	for _, c := range []struct {
		day    string
		events int
	}{
		{"2015-01-01", 1}, // 75 days before 2015-03-17
		{"2014-12-01", 0}, // 106 days before
	} {
		d := run(t, `
1 Rebels rebel NOUN NNS 2 nsubj
2 attacked attack VERB VBD 0 root
3 Mosul Mosul PROPN NNP 2 obj Ent=GPE|Place=Mosul/IQ
4 on on ADP IN 5 case
5 Monday Monday PROPN NNP 2 obl Time=`+c.day+`|SpaceAfter=No
6 . . PUNCT . 2 punct
`)
		if len(d.Events) != c.events {
			t.Errorf("attack dated %s in a 2015-03-17 report: %d events, want %d", c.day, len(d.Events), c.events)
		}
	}
}
