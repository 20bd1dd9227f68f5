package clean

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/internal/shareddata"
)

func process(t *testing.T, raw string, published string) *doc.Doc {
	t.Helper()
	d := doc.FromInput([]byte(raw), "test")
	if published != "" {
		d.Meta.Published = &published
		d.Meta.PublishedSource = "flag"
	}
	if err := New().Process(context.Background(), d); err != nil {
		t.Fatalf("Process: %v", err)
	}
	return d
}

func paraTexts(d *doc.Doc) []string {
	var out []string
	for _, p := range d.Paragraphs {
		out = append(out, d.Text[p.Start:p.End])
	}
	return out
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name, in  string
		wantErr   string // substring; "" = no error
		wantStart int
	}{
		{"empty", "", "empty document", 0},
		{"whitespace only", " \n\t\r\n  \u00a0\n", "empty document", 0},
		{"BOM only", "\uFEFF\n", "empty document", 0},
		{"NUL byte", "hello\x00world", "binary input at byte 5", 0},
		{"control bytes", "\x01\x02\x03\x04ab\x05\x06", "binary input at byte 0", 0},
		{"UTF-16", "\xff\xfeh\x00i\x00", "binary input at byte 0", 0},
		{"invalid UTF-8 line 3", "one\ntwo\nthr\xffee", "invalid UTF-8 at byte 11 (line 3)", 0},
		{"truncated rune", "caf\xc3", "invalid UTF-8 at byte 3 (line 1)", 0},
		{"plain", "Hello.", "", 0},
		{"BOM", "\uFEFFHello.", "", 3},
		{"a few control bytes are fine", "Hello\x07 world, this is a long enough line.", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start, err := Validate([]byte(tt.in))
			if tt.wantErr == "" {
				if err != nil {
					t.Fatalf("unexpected error %v", err)
				}
				if start != tt.wantStart {
					t.Errorf("start = %d, want %d", start, tt.wantStart)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("error = %v, want %q", err, tt.wantErr)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error is not one line: %q", err)
			}
		})
	}
	if _, err := Validate(nil); !errors.Is(err, ErrEmpty) {
		t.Errorf("Validate(nil) = %v, want ErrEmpty", err)
	}
}

func TestProcessErrors(t *testing.T) {
	for _, in := range []string{"", "   \n", "a\x00b", "bad \xc0\xaf byte", "<html><body><script>x()</script></body></html>"} {
		d := doc.FromInput([]byte(in), "x")
		err := New().Process(context.Background(), d)
		if err == nil {
			t.Errorf("Process(%q): no error", in)
		}
	}
}

func TestDetectFormat(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"doctype", "<!DOCTYPE html><html><body><p>Hi</p></body></html>", FormatHTML},
		{"html tag", "\n  <html lang=en><p>Hi", FormatHTML},
		{"BOM then html", "\uFEFF<html><p>Hi</p></html>", FormatHTML},
		{"leading p", "<p>Fighters took the town.</p><p>More.</p>", FormatHTML},
		{"leading div", "<div class=\"story\">Text</div>", FormatHTML},
		{"comment first", "<!-- saved page --><div>Text</div>", FormatHTML},
		{"body later", "Saved from the web\n<body><p>Text</p></body>", FormatHTML},
		{"dense tags", "Title\n" + strings.Repeat("<p>A short paragraph of news.</p>\n", 6), FormatHTML},
		{"plain", "BAGHDAD (Reuters) - Fighters took the town.", FormatText},
		{"prose mentions a tag", "The page used a <p> tag and a <div> element, he said, in a long article about the web that goes on and on for a good while longer than four hundred bytes so that density stays low and the text stays text. " + strings.Repeat("More words here. ", 20), FormatText},
		{"less-than in text", "<5 people were hurt, officials said.", FormatText},
		{"angle bracket quote", "<Reuters> reported that the town fell.", FormatText},
		{"email-like", "Write to <editor@example.com> for corrections.", FormatText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := DetectFormat([]byte(tt.in)); got != tt.want {
				t.Errorf("DetectFormat = %s, want %s", got, tt.want)
			}
		})
	}
}

func TestParagraphs(t *testing.T) {
	wrappedText := "The militants took the town of Qaim overnight after a day of heavy\n" +
		"fighting on Friday, officials said, adding that people now cross the\n" +
		"border freely.\n" +
		"\n" +
		"Insurgents also took control of Rawah on Saturday, solidifying their\n" +
		"hold on the western province of Anbar after weeks of fighting there.\n" +
		"\n" +
		"Calls for new government\n" +
		"\n" +
		"The cleric called for a new government that avoids past mistakes and\n" +
		"is inclusive of all of the country's communities, his office said.\n" +
		"A short line broke early.\n" +
		"Then a new paragraph starts here and runs on to the next line of the\n" +
		"text until it ends.\n"
	tests := []struct {
		name    string
		in      string
		want    []string
		heading []bool
	}{
		{"line per paragraph", "First paragraph here.\nSecond one.\n\nThird one.\n", []string{"First paragraph here.", "Second one.", "Third one."}, []bool{false, false, false}},
		{"CRLF and trimming", "  First.  \r\n\r\n\tSecond line here \r\n", []string{"First.", "Second line here"}, []bool{false, true}},
		{"lone CR", "One.\rTwo.\r", []string{"One.", "Two."}, []bool{false, false}},
		{"unicode separators", "One.\u2029Two.\u2028Three.", []string{"One.", "Two.", "Three."}, []bool{false, false, false}},
		{"heading", "Calls for new government\nThe cleric spoke on Friday.\n", []string{"Calls for new government", "The cleric spoke on Friday."}, []bool{true, false}},
		{"long unpunctuated line is no heading", "one two three four five six seven eight nine ten eleven\nEnd.", nil, []bool{false, false}},
		{"no letters is no heading", "* * *\nEnd.", nil, []bool{false, false}},
		{"hard-wrapped", wrappedText, []string{
			"The militants took the town of Qaim overnight after a day of heavy\nfighting on Friday, officials said, adding that people now cross the\nborder freely.",
			"Insurgents also took control of Rawah on Saturday, solidifying their\nhold on the western province of Anbar after weeks of fighting there.",
			"Calls for new government",
			"The cleric called for a new government that avoids past mistakes and\nis inclusive of all of the country's communities, his office said.",
			"A short line broke early.",
			"Then a new paragraph starts here and runs on to the next line of the\ntext until it ends.",
		}, []bool{false, false, true, false, false, false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			paras := Paragraphs(tt.in, 0)
			var got []string
			for _, p := range paras {
				got = append(got, tt.in[p.Start:p.End])
				if p.DupOf != -1 {
					t.Errorf("DupOf = %d before MarkRepeats", p.DupOf)
				}
			}
			if tt.want != nil && strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Fatalf("paragraphs\n got %q\nwant %q", got, tt.want)
			}
			if len(paras) != len(tt.heading) {
				t.Fatalf("%d paragraphs, want %d: %q", len(paras), len(tt.heading), got)
			}
			for i, p := range paras {
				if p.Heading != tt.heading[i] {
					t.Errorf("paragraph %d %q: Heading = %v, want %v", i, got[i], p.Heading, tt.heading[i])
				}
			}
		})
	}
}

func TestBOMOffsets(t *testing.T) {
	in := "\uFEFFBAGHDAD (Reuters) - Fighters took the town.\nMore news."
	d := process(t, in, "")
	if d.Text != in {
		t.Fatalf("Text changed")
	}
	if d.Paragraphs[0].Start != 3 {
		t.Errorf("first paragraph starts at %d, want 3 (after the BOM)", d.Paragraphs[0].Start)
	}
	if dl := d.Meta.Dateline; dl == nil || dl.Start != 3 || dl.End != 10 || d.Text[dl.Start:dl.End] != "BAGHDAD" {
		t.Errorf("dateline = %+v", dl)
	}
	if d.ID != doc.ContentID(in) {
		t.Errorf("ID = %s, want the content hash of the input", d.ID)
	}
}

func TestDateline(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		published string // --published
		place     string // "" = no dateline
		agency    string
		date      string
		pubOut    string // Meta.Published after cleaning
		pubSource string
	}{
		{"own line", "KHAZNA, IRAQ —\nSunni fighters have seized an Iraqi town.", "", "KHAZNA, IRAQ", "", "", "", ""},
		{"own line title case", "Khazna, Iraq —\nSunni fighters have seized an Iraqi town.", "", "Khazna, Iraq", "", "", "", ""},
		{"own line no dash", "KHAZNA, IRAQ\nSunni fighters have seized an Iraqi town.", "", "KHAZNA, IRAQ", "", "", "", ""},
		{"agency", "BAGHDAD (Reuters) - Iraqi forces retook the town.", "", "BAGHDAD", "Reuters", "", "", ""},
		{"agency with date, year from flag", "WASHINGTON, June 3 (AP) — The president said.", "2014-06-04", "WASHINGTON", "AP", "2014-06-03", "2014-06-04", "flag"},
		{"date without year unknown", "WASHINGTON, June 3 (AP) — The president said.", "", "WASHINGTON", "AP", "", "", ""},
		{"full date sets published", "WASHINGTON, June 3, 2014 (AP) — The president said.", "", "WASHINGTON", "AP", "2014-06-03", "2014-06-03", "dateline"},
		{"full date never overrides flag", "WASHINGTON, June 3, 2014 (AP) — The president said.", "2014-06-05", "WASHINGTON", "AP", "2014-06-03", "2014-06-05", "flag"},
		{"region and date", "MOSUL, Iraq, June 12 (Reuters) - Militants seized the city.", "2014-06-13", "MOSUL, Iraq", "Reuters", "2014-06-12", "2014-06-13", "flag"},
		{"ISO day", "LONDON 1996-08-30 - Talks resumed.", "", "LONDON", "", "1996-08-30", "1996-08-30", "dateline"},
		{"ISO day after a region", "CHESAPEAKE, Va. 1996-08-23 - A neighbour was arrested.", "", "CHESAPEAKE, Va.", "", "1996-08-23", "1996-08-23", "dateline"},
		{"double hyphen", "UNITED NATIONS (AP) -- The Security Council met.", "", "UNITED NATIONS", "AP", "", "", ""},
		{"two places by a slash", "GAZA CITY/JERUSALEM (Reuters) - Israeli aircraft struck the town.", "", "GAZA CITY/JERUSALEM", "Reuters", "", "", ""},
		{"year before publication", "KABUL, Dec. 30 (AP) — Officials said.", "2015-01-02", "KABUL", "AP", "2014-12-30", "2015-01-02", "flag"},
		{"weekday", "GENEVA, Monday (AFP) — Talks resumed.", "2014-06-19", "GENEVA", "AFP", "2014-06-16", "2014-06-19", "flag"},
		{"day month year", "LONDON, 3 June 2014 (dpa) - Talks resumed.", "", "LONDON", "dpa", "2014-06-03", "2014-06-03", "dateline"},
		{"caps inline", "KHAZNA, Iraq — Residents fled.", "", "KHAZNA, Iraq", "", "", "", ""},
		{"colon", "NEW DELHI: The government said on Monday.", "", "NEW DELHI", "", "", "", ""},
		{"after a headline", "Militants seize border town\n\nBAGHDAD (Reuters) - Militants seized the town.", "", "BAGHDAD", "Reuters", "", "", ""},
		{"impossible date is dropped", "CAIRO, June 31, 2014 (AP) — Talks.", "", "CAIRO", "AP", "", "", ""},
		{"sentence is no dateline", "Sunni fighters have seized an Iraqi town - officials said.", "", "", "", "", "", ""},
		{"title case inline is no dateline", "Meanwhile, Officials said — nothing.", "", "", "", "", "", ""},
		{"heading is no dateline", "Calls for new government\nThe cleric spoke.", "", "", "", "", "", ""},
		{"section label is no dateline", "Biz & IT —\nA bug exposes servers.", "", "", "", "", "", ""},
		{"label is no dateline", "UPDATE: The death toll rose.", "", "", "", "", "", ""},
		{"lone caps word is no dateline", "IRAQ\nThe country is in turmoil.", "", "", "", "", "", ""},
		{"date line dates the document", "Friday, January 4, 2019\n\nAn apartment building collapsed on Monday.", "", "", "", "", "2019-01-04", "dateline"},
		{"date line never overrides the flag", "January 4, 2019\nAn apartment building collapsed.", "2019-01-05", "", "", "", "2019-01-05", "flag"},
		{"date line then dateline", "4 January 2019\nMOSCOW (Reuters) - A building collapsed.", "", "MOSCOW", "Reuters", "", "2019-01-04", "dateline"},
		{"sentence with a date is no date line", "On January 4, 2019 a building collapsed.", "", "", "", "", "", ""},
		{"agency bracket ends it", "WASHINGTON (CNN)Senators met on Tuesday - and talked.", "", "WASHINGTON", "CNN", "", "", ""},
		{"abbreviated place", "ST. LOUIS (AP) — Protesters marched.", "", "ST. LOUIS", "AP", "", "", ""},
		{"after title and byline", "Floods hit the north\n\nBy JANE DOE\nAssociated Press\n\nPESHAWAR, Pakistan (AP) — Floods hit.", "", "PESHAWAR, Pakistan", "AP", "", "", ""},
		{"bracket in a sentence is no dateline", "Officials (two of them) said the town fell.", "", "", "", "", "", ""},
		{"separator lost", "WASHINGTON Christopher Steele, who wrote reports, is a former officer.", "", "WASHINGTON", "", "", "", ""},
		{"separator lost, two words", "NEW YORK The mayor said.", "", "NEW YORK", "", "", "", ""},
		{"acronym opening a sentence is no dateline", "NATO Secretary-General Jens Stoltenberg said.", "", "", "", "", "", ""},
		{"caps word then lower case is no dateline", "GREEN fingered youngsters won.", "", "", "", "", "", ""},
		{"label then name is no dateline", "BREAKING Police said.", "", "", "", "", "", ""},
		{"not in a later body paragraph", "Fighters took the town on Friday.\nBAGHDAD (Reuters) - More.", "", "", "", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := process(t, tt.in, tt.published)
			dl := d.Meta.Dateline
			if got := deref(d.Meta.Published); got != tt.pubOut || d.Meta.PublishedSource != tt.pubSource {
				t.Errorf("published = %q (%q), want %q (%q)", got, d.Meta.PublishedSource, tt.pubOut, tt.pubSource)
			}
			if tt.place == "" {
				if dl != nil {
					t.Fatalf("unexpected dateline %+v", *dl)
				}
				return
			}
			if dl == nil {
				t.Fatalf("no dateline, want %q", tt.place)
			}
			if dl.Text != tt.place || dl.Place != tt.place || d.Text[dl.Start:dl.End] != tt.place {
				t.Errorf("dateline %+v, want place %q at its offsets", *dl, tt.place)
			}
			if dl.Agency != tt.agency {
				t.Errorf("agency = %q, want %q", dl.Agency, tt.agency)
			}
			if got := deref(dl.Date); got != tt.date {
				t.Errorf("date = %q, want %q", got, tt.date)
			}
		})
	}
}

// TestDatelineHeadEnd: the dateline's head runs through its date, agency
// and separator, to where the story's text begins.
func TestDatelineHeadEnd(t *testing.T) {
	tests := []struct{ in, text string }{
		{"KINSHASA, Feb 8 (Reuters) - M23 rebels shelled the town.", "M23 rebels shelled the town."},
		{"LONDON 1996-08-30 - Talks resumed.", "Talks resumed."},
		{"WASHINGTON (CNN)Senators met on Tuesday.", "Senators met on Tuesday."},
		{"KHAZNA, IRAQ —\nSunni fighters have seized an Iraqi town.", "Sunni fighters have seized an Iraqi town."},
		{"NEW YORK The mayor said.", "The mayor said."},
	}
	for _, tt := range tests {
		in := tt.in
		d := process(t, in, "2024-02-08")
		dl := d.Meta.Dateline
		if dl == nil {
			t.Errorf("%q: no dateline", in)
			continue
		}
		if got := strings.TrimSpace(d.Text[dl.HeadEnd:]); !strings.HasPrefix(got, tt.text) {
			t.Errorf("%q: text after the head %q, want %q", in, got, tt.text)
		}
	}
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func TestStandaloneDatelineIsParagraph(t *testing.T) {
	d := process(t, "KHAZNA, IRAQ —\nSunni fighters have seized a town.\n", "")
	if len(d.Paragraphs) != 2 {
		t.Fatalf("%d paragraphs, want 2", len(d.Paragraphs))
	}
	if d.Paragraphs[0].Heading {
		t.Errorf("the dateline paragraph is flagged as a heading")
	}
}

func TestTextTitle(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"headline then blank line", "Militants seize Iraqi border town\n\nKHAZNA, IRAQ — Fighters took the town.", "Militants seize Iraqi border town"},
		{"no blank line", "Militants seize Iraqi border town\nFighters took the town.", ""},
		{"dateline first", "KHAZNA, IRAQ —\n\nFighters took the town.", ""},
		{"sentence first", "Fighters took the town.\n\nMore.", ""},
		{"one word", "Iraq\n\nFighters took the town.", ""},
		{"date line", "Friday, January 4, 2019\n\nFighters took the town.", ""},
		{"byline", "By Jane Doe and John Roe\n\nFighters took the town.", ""},
		{"two words", "Iraq crisis\n\nFighters took the town.", ""},
		{"curly quotes kept, spaces collapsed", "Iraq’s  cleric calls for  “new” government\n\nThe cleric spoke.", "Iraq’s cleric calls for “new” government"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := process(t, tt.in, "")
			if got := deref(d.Meta.Title); got != tt.want {
				t.Errorf("title = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestMarkRepeats(t *testing.T) {
	long := "Fighters with the breakaway group took the border town of Qaim overnight after a day of heavy fighting on Friday, officials said."
	tests := []struct {
		name  string
		paras []string
		want  []int
	}{
		{"exact", []string{long, "Other text here now.", long}, []int{-1, -1, 0}},
		{"whitespace, case, punctuation, quotes", []string{
			"The cleric called for an “effective” government, officials said.",
			"the cleric  called for an \"effective\" government officials said",
		}, []int{-1, 0}},
		{"apostrophe styles", []string{"Iraq's top Shi'ite cleric spoke today.", "Iraq’s top Shi’ite cleric spoke today."}, []int{-1, 0}},
		{"short exact repeat", []string{"Calls for new government", long, "Calls for new government"}, []int{-1, -1, 0}},
		{"short case differs", []string{"Iraq crisis", "IRAQ CRISIS"}, []int{-1, -1}},
		{"very short exact", []string{"Yes.", "No.", "Yes."}, []int{-1, -1, 0}},
		{"near repeat one word changed", []string{
			"one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twentyone twentytwo twentythree twentyfour twentyfive twentysix twentyseven twentyeight twentynine thirty thirtyone thirtytwo thirtythree thirtyfour thirtyfive thirtysix thirtyseven thirtyeight thirtynine forty",
			"one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twentyone twentytwo twentythree twentyfour twentyfive twentysix twentyseven twentyeight twentynine thirty thirtyone thirtytwo thirtythree thirtyfour thirtyfive thirtysix thirtyseven thirtyeight thirtynine FORTYONE",
		}, []int{-1, 0}},
		{"restatement is not a repeat", []string{
			"The advance by ISIL militants began early last week with the takeover of Mosul, Iraq's second largest city.",
			"The advance by ISIL began early last week with the militants' takeover of the city of Mosul, Iraq's second largest.",
		}, []int{-1, -1}},
		{"points to the first occurrence", []string{long, long, long}, []int{-1, 0, 0}},
		{"middle-length changed word is not a repeat", []string{"The town fell on Friday night.", "The town fell on Saturday night."}, []int{-1, -1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := strings.Join(tt.paras, "\n")
			paras := Paragraphs(text, 0)
			if len(paras) != len(tt.paras) {
				t.Fatalf("%d paragraphs, want %d", len(paras), len(tt.paras))
			}
			MarkRepeats(text, paras)
			for i, p := range paras {
				if p.DupOf != tt.want[i] {
					t.Errorf("paragraph %d: DupOf = %d, want %d", i, p.DupOf, tt.want[i])
				}
			}
		})
	}
}

func TestJaccardThreshold(t *testing.T) {
	// 40 words; changing the last word changes one of 38 shingles
	// (J = 37/39 = 0.949); changing a middle word changes three (J =
	// 35/41 = 0.854): one is a repeat, the other is not.
	var w []string
	for i := range 40 {
		w = append(w, "w"+string(rune('a'+i%26))+string(rune('a'+i/26)))
	}
	base := strings.Join(w, " ")
	end := strings.Join(append(append([]string{}, w[:39]...), "zzz"), " ")
	mid := append([]string{}, w...)
	mid[20] = "zzz"
	text := base + "\n" + end + "\n" + strings.Join(mid, " ")
	paras := Paragraphs(text, 0)
	MarkRepeats(text, paras)
	if paras[1].DupOf != 0 {
		t.Errorf("last word changed: DupOf = %d, want 0", paras[1].DupOf)
	}
	if paras[2].DupOf != -1 {
		t.Errorf("middle word changed: DupOf = %d, want -1", paras[2].DupOf)
	}
}

func TestSeed(t *testing.T) {
	path := shareddata.Path(t, "seed/000_01a986955927ca01.txt")
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d := doc.FromInput(raw, path)
	if err := New().Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if len(d.Paragraphs) != 54 || d.UniqueParagraphs() != 28 {
		t.Fatalf("paragraphs total %d unique %d, want 54 / 28", len(d.Paragraphs), d.UniqueParagraphs())
	}
	for i, p := range d.Paragraphs {
		if (i >= 28) != p.Repeat() {
			t.Errorf("line %d: repeat = %v (DupOf %d)", i+1, p.Repeat(), p.DupOf)
		}
	}
	if dl := d.Meta.Dateline; dl == nil || dl.Text != "KHAZNA, IRAQ" || dl.Start != 0 || dl.End != 12 {
		t.Errorf("dateline = %+v", dl)
	}
	if d.Format != FormatText || d.Text != string(raw) {
		t.Errorf("format %s, text changed: %v", d.Format, d.Text != string(raw))
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Iraq’s “top” cleric", "Iraq's \"top\" cleric"},
		{"  many \t spaces\n\nand lines  ", "many spaces and lines"},
		{"no\u00a0break", "no break"},
		{"cafe\u0301", "caf\u00e9"},
		{"‘single’ «guillemets»", "'single' \"guillemets\""},
		{"already clean", "already clean"},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := Fold(tt.in); got != tt.want {
				t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// A headline longer than a heading, before the dateline that opens the
// story, leaves the dateline found; a first paragraph that is a sentence,
// or a long line of prose, does not.
func TestHeadlineBeforeDateline(t *testing.T) {
	d := process(t, "Sudan's RSF seizes Darfur town of Kutum, thousands flee towards besieged El Fasher\n\nCAIRO, June 12 (Reuters) - Sudan's paramilitary RSF seized the town of Kutum on Monday.\n", "2024-06-12")
	if dl := d.Meta.Dateline; dl == nil || dl.Place != "CAIRO" || deref(dl.Date) != "2024-06-12" {
		t.Errorf("dateline %+v, want CAIRO, 2024-06-12", d.Meta.Dateline)
	}
	for _, in := range []string{
		"The army said it had retaken the town of Kutum after two days of heavy fighting.\n\nCAIRO, June 12 (Reuters) - The RSF seized Kutum.\n",
		"Sudan's RSF seizes Darfur town of Kutum, thousands flee towards besieged El Fasher\n\nResidents said the RSF seized Kutum.\n",
	} {
		if dl := process(t, in, "2024-06-12").Meta.Dateline; dl != nil {
			t.Errorf("%q: dateline %+v, want none", in, dl)
		}
	}
}
