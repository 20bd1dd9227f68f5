package timex

import (
	"context"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/doc"
)

func sv(p *string) string {
	if p == nil {
		return "null"
	}
	return *p
}

// TestFind checks expressions in sentences written for this test, against
// several document dates.
func TestFind(t *testing.T) {
	cases := []struct {
		name, dct, text string
		want            string // text of the expression
		value, typ, mod string
		from, to        string // empty: not checked
	}{
		{"weekday past", "2019-03-13", "The minister resigned on Monday, aides said.", "Monday", "2019-03-11", "DATE", "", "2019-03-11", "2019-03-11"},
		{"weekday future", "2019-03-13", "The council will vote on Monday.", "Monday", "2019-03-18", "DATE", "", "", ""},
		// a plan for the report's own weekday is that day, not a week on
		{"weekday future today", "2021-09-09", "Envoys will arrive in Conakry on Thursday.", "Thursday", "2021-09-09", "DATE", "", "", ""},
		{"next weekday", "2019-03-13", "Talks resume next Friday in Geneva.", "next Friday", "2019-03-15", "DATE", "", "", ""},
		// the week told after the day says which ("on Monday next week",
		// written on a Tuesday: six days on, not yesterday)
		{"weekday next week", "2023-11-14", "He invited both sides to talks on Monday next week.", "Monday next week", "2023-11-20", "DATE", "", "2023-11-20", "2023-11-20"},
		{"weekday last week", "2023-11-14", "The talks on Thursday last week failed.", "Thursday last week", "2023-11-09", "DATE", "", "", ""},
		{"day month last year", "2016-12-07", "The brawl took place on 25 February last year.", "25 February last year", "2015-02-25", "DATE", "", "2015-02-25", "2015-02-25"},
		// "last" names a day of last week, even one just past
		{"last weekday, day before", "2016-12-16", "Last Thursday, police arrested two men.", "Last Thursday", "2016-12-08", "DATE", "", "2016-12-08", "2016-12-08"},
		{"last weekday, over the weekend", "1989-10-30", "Shares fell last Friday.", "last Friday", "1989-10-27", "DATE", "", "1989-10-27", "1989-10-27"},
		{"last weekday", "2019-03-13", "The rally was held last Wednesday.", "last Wednesday", "2019-03-06", "DATE", "", "", ""},
		{"yesterday", "2021-01-01", "Fireworks were banned yesterday.", "yesterday", "2020-12-31", "DATE", "", "2020-12-31", "2020-12-31"},
		{"tonight", "2021-01-01", "The curfew starts tonight.", "tonight", "2021-01-01TNI", "TIME", "", "", ""},
		{"days ago", "2020-03-02", "Flooding began six days ago.", "six days ago", "2020-02-25", "DATE", "", "", ""},
		{"weeks ago", "2020-03-02", "It closed two weeks ago.", "two weeks ago", "2020-W08", "DATE", "", "", ""},
		{"last month", "2020-01-15", "Prices rose last month.", "last month", "2019-12", "DATE", "", "2019-12-01", "2019-12-31"},
		{"this year", "2020-01-15", "Elections are due this year.", "this year", "2020", "DATE", "", "2020-01-01", "2020-12-31"},
		{"earlier this month", "2020-01-15", "The strike ended earlier this month.", "earlier this month", "2020-01", "DATE", "", "2020-01-01", "2020-01-15"},
		{"late last year", "2020-05-05", "The plant opened late last year.", "late last year", "2019", "DATE", "END", "", "2019-12-31"},
		{"past two weeks", "2020-05-05", "Clashes over the past two weeks killed dozens.", "the past two weeks", "P2W", "DURATION", "", "2020-04-21", "2020-05-05"},
		{"month day past", "2020-01-10", "The ship sank on Dec. 28, officials said.", "Dec. 28", "2019-12-28", "DATE", "", "", ""},
		{"month day future", "2019-11-20", "The court must rule by January 15.", "January 15", "2020-01-15", "DATE", "", "", ""},
		{"full date", "", "The treaty was signed on March 3, 1995.", "March 3, 1995", "1995-03-03", "DATE", "", "1995-03-03", "1995-03-03"},
		{"day month year", "", "Polls close on 5 May 2022.", "5 May 2022", "2022-05-05", "DATE", "", "", ""},
		{"month year", "", "The war ended in August 1988.", "August 1988", "1988-08", "DATE", "", "1988-08-01", "1988-08-31"},
		// a month coordinated before one with a year shares it
		{"month and month year", "2024-03-12", "The kingdom was shaken in June and July 2021 by protests.", "June", "2021-06", "DATE", "", "2021-06-01", "2021-06-30"},
		{"month day and month day year", "2024-03-12", "Talks were held on May 3 and June 5, 2020.", "May 3", "2020-05-03", "DATE", "", "", ""},
		{"bare year", "", "The dam was built in 1968.", "1968", "1968", "DATE", "", "", ""},
		// "that year" is the year last named, not the report's
		{"month of that year", "2024-01-15", "The SDF took Baghouz in 2019. In October of that year, Turkey seized a strip of land.", "October of that year", "2019-10", "DATE", "", "2019-10-01", "2019-10-31"},
		{"later that year", "2025-03-04", "Migrants stormed the fence in June 2022. Prosecutors closed their inquiry later that year.", "later that year", "2022", "DATE", "END", "", "2022-12-31"},
		{"decade", "", "Growth slowed in the 1980s.", "the 1980s", "198", "DATE", "", "1980-01-01", "1989-12-31"},
		{"season", "2018-10-01", "The harvest failed last spring.", "last spring", "2018-SP", "DATE", "", "", ""},
		{"season same", "2018-07-01", "Fires spread last summer.", "last summer", "2017-SU", "DATE", "", "", ""},
		{"quarter", "2018-10-20", "Profit fell in the third quarter.", "the third quarter", "2018-Q3", "DATE", "", "", ""},
		{"duration", "", "The siege lasted for five months.", "five months", "P5M", "DURATION", "", "", ""},
		{"duration words", "", "Rescuers worked for twenty-four hours.", "twenty-four hours", "PT24H", "DURATION", "", "", ""},
		{"approx duration", "", "The ceasefire held for about two weeks.", "about two weeks", "P2W", "DURATION", "APPROX", "", ""},
		{"clock", "2017-09-09", "The quake struck at 4:15 p.m. local time.", "4:15 p.m. local time", "2017-09-09T16:15", "TIME", "", "", ""},
		{"clock zone", "2017-09-09", "Voting closes at 8 p.m. GMT.", "8 p.m. GMT", "2017-09-09T20:00", "TIME", "", "", ""},
		{"set weekday", "", "Protesters gather every Sunday.", "every Sunday", "XXXX-WXX-7", "SET", "", "", ""},
		{"set daily", "", "Flights run daily.", "daily", "P1D", "SET", "", "", ""},
		{"since weekday", "2016-08-12", "Fighting has raged since Sunday.", "Sunday", "2016-08-07", "DATE", "", "2016-08-07", "2016-08-12"},
		{"month alone past", "2016-08-12", "The town fell in May.", "May", "2016-05", "DATE", "", "", ""},
		{"this morning", "2016-08-12", "Shelling resumed this morning.", "this morning", "2016-08-12TMO", "TIME", "", "", ""},
		{"next year", "2016-08-12", "Troops leave next year.", "next year", "2017", "DATE", "", "", ""},
		{"mid month", "2016-08-12", "The rains came in mid-July.", "mid-July", "2016-07", "DATE", "MID", "", ""},
		{"now", "2016-08-12", "The road is now open.", "now", "PRESENT_REF", "DATE", "", "", ""},
		{"recent days", "2016-08-12", "Hundreds fled in recent days.", "recent days", "PXD", "DURATION", "", "2016-08-05", "2016-08-12"},
		{"relative without date", "", "The mayor resigned on Tuesday.", "Tuesday", "null", "DATE", "", "null", "null"},
		{"numeric date", "", "Filed 2011-02-03 in court.", "2011-02-03", "2011-02-03", "DATE", "", "", ""},
		{"military time", "2012-12-01", "The blast came at 0740 GMT.", "0740 GMT", "2012-12-01T07:40", "TIME", "", "", ""},
		{"weekday at clock", "2012-12-05", "Rebels attacked on Monday at 9 a.m.", "Monday at 9 a.m.", "2012-12-03T09:00", "TIME", "", "", ""},
		{"month last year", "2012-12-05", "Exports fell in June last year.", "June last year", "2011-06", "DATE", "", "", ""},
		{"month of last year", "2019-09-14", "They met in May of last year.", "May of last year", "2018-05", "DATE", "", "", ""},
		{"month of this year", "2019-09-14", "He was named in March of this year as a figure.", "March of this year", "2019-03", "DATE", "", "", ""},
		{"spelled year", "", "He was born in nineteen sixty-two.", "nineteen sixty-two", "1962", "DATE", "", "", ""},
		{"holiday", "2011-11-20", "Shops close on Thanksgiving Day.", "Thanksgiving Day", "2011-11-24", "DATE", "", "", ""},
		{"holiday year", "", "Troops left on Christmas Eve 1971.", "Christmas Eve 1971", "1971-12-24", "DATE", "", "", ""},
		{"possessive year quarter", "2011-11-20", "Next year's first quarter looks weak.", "Next year's first quarter", "2012-Q1", "DATE", "", "", ""},
		{"coming weeks", "2011-11-20", "Talks will resume in the coming weeks.", "the coming weeks", "PXW", "DURATION", "", "2011-11-20", "2011-12-11"},
		{"earlier in the year", "2011-11-20", "Prices fell earlier in the year.", "earlier in the year", "2011", "DATE", "", "2011-01-01", "2011-11-20"},
		{"century", "", "Built in the 18th century.", "the 18th century", "17", "DATE", "", "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := Find(c.text, c.dct)
			for _, g := range got {
				if g.Text != c.want {
					continue
				}
				if c.text[g.Start:g.End] != g.Text {
					t.Errorf("offsets %d:%d do not give %q", g.Start, g.End, g.Text)
				}
				if sv(g.Value) != c.value || g.Type != c.typ || g.Mod != c.mod {
					t.Errorf("%q = %s %s %q, want %s %s %q", g.Text, sv(g.Value), g.Type, g.Mod, c.value, c.typ, c.mod)
				}
				if c.name == "clock zone" && g.Zone != "Z" {
					t.Errorf("%q zone %q, want Z", g.Text, g.Zone)
				}
				if c.from != "" && (sv(g.From) != c.from || sv(g.To) != c.to) {
					t.Errorf("%q covers %s..%s, want %s..%s", g.Text, sv(g.From), sv(g.To), c.from, c.to)
				}
				return
			}
			var texts []string
			for _, g := range got {
				texts = append(texts, g.Text)
			}
			t.Errorf("%q not found in %q (found %q)", c.want, c.text, texts)
		})
	}
}

// TestNotTimes lists numbers and words that must not become times.
func TestNotTimes(t *testing.T) {
	for _, text := range []string{
		"The fall of the city shocked the region.",
		"Police detained 2000 protesters.",
		"May I ask a question?",
		"A 6-year-old boy was rescued.",
		"The score was 3 to 1.",
		"James Fields, now 22, was sentenced.",
		"Prosecutors closed their inquiry that year.", // no year named before
	} {
		t.Run(text, func(t *testing.T) {
			if got := Find(text, "2015-05-05"); len(got) != 0 {
				t.Errorf("found %q", got[0].Text)
			}
		})
	}
}

func FuzzFind(f *testing.F) {
	f.Add("He left on Friday, June 20, 2014 at 10:30 a.m. EST.", "2014-06-21")
	f.Add("the past 3 weeks; every other month; nineteen ninety-six", "")
	f.Add("1990s ’90s 12/31/1999 2014-13-45 99:99 a.m.", "1999-12-31")
	f.Fuzz(func(t *testing.T, text, dct string) {
		for _, g := range Find(text, dct) {
			if g.Start < 0 || g.End > len(text) || g.Start >= g.End || text[g.Start:g.End] != g.Text {
				t.Fatalf("bad span %+v", g)
			}
		}
	})
}

// TestTenseFromPOS checks that part-of-speech tags, when present, decide
// the tense: a present-tense verb points a nearby weekday forward.
func TestTenseFromPOS(t *testing.T) {
	text := "The envoy arrives Tuesday"
	tags := []string{"DT", "NN", "VBZ", "NNP"}
	for _, withPOS := range []bool{false, true} {
		d := doc.New(text)
		pub := "2014-06-21"
		d.Meta.Published = &pub
		start := 0
		for i, w := range strings.Fields(text) {
			tok := doc.Token{Start: start, End: start + len(w), Norm: w, Head: -1}
			if withPOS {
				tok.XPOS = tags[i]
			}
			d.Tokens = append(d.Tokens, tok)
			start += len(w) + 1
		}
		d.Sentences = []doc.Sentence{{Start: 0, End: len(text), TokStart: 0, TokEnd: len(d.Tokens)}}
		d.Annotations = []string{doc.AnnTokens, doc.AnnSentences}
		want := "2014-06-17"
		if withPOS {
			d.Annotations = append(d.Annotations, doc.AnnPOS)
			want = "2014-06-24"
		}
		if err := New().Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		if len(d.Times) != 1 || sv(d.Times[0].Value) != want {
			t.Errorf("pos=%v: got %+v, want Tuesday = %s", withPOS, d.Times, want)
		}
	}
}

// A participle right after its subject with no auxiliary tells a past
// happening however the tagger read it ("people marched/VBN in London on
// Saturday" under a present "indicate"); one after an auxiliary does not
// ("will be received on Saturday").
func TestBareParticipleIsPast(t *testing.T) {
	for _, c := range []struct {
		text string
		tags []string
		want string
	}{
		{"Estimates indicate people marched in London on Saturday", []string{"NNS", "VBP", "NNS", "VBN", "IN", "NNP", "IN", "NNP"}, "2019-03-23"},
		{"The envoy will be received on Saturday", []string{"DT", "NN", "MD", "VB", "VBN", "IN", "NNP"}, "2019-03-30"},
	} {
		d := doc.New(c.text)
		pub := "2019-03-28" // a Thursday
		d.Meta.Published = &pub
		start := 0
		for i, w := range strings.Fields(c.text) {
			d.Tokens = append(d.Tokens, doc.Token{Start: start, End: start + len(w), Norm: w, Head: -1, XPOS: c.tags[i]})
			start += len(w) + 1
		}
		d.Sentences = []doc.Sentence{{Start: 0, End: len(c.text), TokStart: 0, TokEnd: len(d.Tokens)}}
		d.Annotations = []string{doc.AnnTokens, doc.AnnSentences, doc.AnnPOS}
		if err := New().Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		if len(d.Times) != 1 || sv(d.Times[0].Value) != c.want {
			t.Errorf("%q: got %+v, want Saturday = %s", c.text, d.Times, c.want)
		}
	}
}

// TestThatWeekday: "that Monday" after a Monday the story named is that
// day, not the one nearest the report; a complementiser "that" before a
// day name refers back to nothing.
func TestThatWeekday(t *testing.T) {
	got := Find("Two women were abducted last Monday. Earlier that Monday, troops killed 10 militants.", "2024-11-18")
	if len(got) != 2 || sv(got[1].Value) != "2024-11-11" {
		t.Errorf("got %+v, want the second Monday on 2024-11-11", got)
	}
	got = Find("Two women were abducted last Monday. Officials said that Monday was calm.", "2024-11-18")
	if len(got) != 2 || sv(got[1].Value) != "2024-11-18" {
		t.Errorf("got %+v, want the reported Monday on 2024-11-18", got)
	}
}
