package ner

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep/doc"
)

// mkDoc builds a Doc from space-separated tokens, one sentence a line.
func mkDoc(text string) *doc.Doc {
	d := doc.New(text)
	off := 0
	for _, line := range strings.SplitAfter(text, "\n") {
		first := len(d.Tokens)
		pos := off
		for _, w := range strings.Split(strings.TrimRight(line, "\n"), " ") {
			if w != "" {
				d.Tokens = append(d.Tokens, doc.Token{Start: pos, End: pos + len(w), Norm: w, SpaceAfter: true, Sent: len(d.Sentences), Head: -1})
			}
			pos += len(w) + 1
		}
		if len(d.Tokens) > first {
			d.Sentences = append(d.Sentences, doc.Sentence{Start: d.Tokens[first].Start, End: d.Tokens[len(d.Tokens)-1].End, TokStart: first, TokEnd: len(d.Tokens)})
		}
		off += len(line)
	}
	return d
}

// span finds the token range of the n-th (0-based) occurrence of phrase.
func span(t *testing.T, d *doc.Doc, phrase string, n int) (int, int) {
	t.Helper()
	words := strings.Split(phrase, " ")
	for i := 0; i+len(words) <= len(d.Tokens); i++ {
		ok := true
		for k, w := range words {
			if d.TokenText(i+k) != w {
				ok = false
				break
			}
		}
		if ok {
			if n == 0 {
				return i, i + len(words)
			}
			n--
		}
	}
	t.Fatalf("phrase %q not in doc", phrase)
	return 0, 0
}

type tagged struct {
	phrase string
	conll  string
}

type wantEnt struct {
	text, typ, title, acronym, canonical string
}

func TestRules(t *testing.T) {
	cases := []struct {
		name string
		text string
		tags []tagged
		want []wantEnt
	}{
		{"LOC country is GPE", "They flew to Baghdad .", []tagged{{"Baghdad", "LOC"}}, []wantEnt{{text: "Baghdad", typ: "GPE"}}},
		{"name split at a particle", "Police in Dar es Salaam arrested two .", []tagged{{"Dar", "LOC"}, {"Salaam", "LOC"}}, []wantEnt{{text: "Dar es Salaam", typ: "GPE"}}},
		{"LOC river is LOC", "Bodies floated down the Tigris River .", []tagged{{"Tigris River", "LOC"}}, []wantEnt{{text: "Tigris River", typ: "LOC"}}},
		{"LOC region list", "Tension in the Middle East rose .", []tagged{{"Middle East", "LOC"}}, []wantEnt{{text: "Middle East", typ: "LOC"}}},
		{"LOC mount prefix", "Yazidis fled to Mount Sinjar .", []tagged{{"Mount Sinjar", "LOC"}}, []wantEnt{{text: "Mount Sinjar", typ: "LOC"}}},
		{"LOC facility head", "Troops held the Haditha Dam .", []tagged{{"Haditha Dam", "LOC"}}, []wantEnt{{text: "Haditha Dam", typ: "FAC"}}},
		{"ORG facility head", "Jets left Bagram Air Base .", []tagged{{"Bagram Air Base", "ORG"}}, []wantEnt{{text: "Bagram Air Base", typ: "FAC"}}},
		{"place then facility noun", "Fighting near the Baiji refinery went on .", []tagged{{"Baiji", "LOC"}}, []wantEnt{{text: "Baiji refinery", typ: "FAC"}}},
		{"MISC nationality", "Turkish troops crossed .", []tagged{{"Turkish", "MISC"}}, []wantEnt{{text: "Turkish", typ: "NORP"}}},
		{"MISC sect", "Shiite and Sunni Muslims prayed .", []tagged{{"Shiite", "MISC"}, {"Sunni Muslims", "MISC"}}, []wantEnt{{text: "Shiite", typ: "NORP"}, {text: "Sunni Muslims", typ: "NORP"}}},
		{"MISC other", "He watched the World Cup .", []tagged{{"World Cup", "MISC"}}, []wantEnt{{text: "World Cup", typ: "MISC"}}},
		{"name before lowercase org noun", "Fighters of the Badr militia came .", []tagged{{"Badr", "PER"}}, []wantEnt{{text: "Badr militia", typ: "ORG"}}},
		{"adjective before party", "the Hindu-nationalist party won .", []tagged{{"Hindu-nationalist", "MISC"}}, []wantEnt{{text: "Hindu-nationalist", typ: "MISC"}}},
		{"trailing lowercase word", "his Law and Order bloc won .", []tagged{{"Law and Order bloc", "ORG"}}, []wantEnt{{text: "Law and Order", typ: "ORG"}}},
		{"group members", "Taliban fighters attacked .", []tagged{{"Taliban", "MISC"}}, []wantEnt{{text: "Taliban", typ: "ORG"}}},
		{"surname shared by a relative named later",
			"Omar Khalil spoke .\nHis wife Sara Khalil and Khalil left .",
			[]tagged{{"Omar Khalil", "PER"}, {"Sara Khalil", "PER"}},
			[]wantEnt{{text: "Omar Khalil", typ: "PERSON"}, {text: "Sara Khalil", typ: "PERSON"}, {text: "Khalil", typ: "PERSON", canonical: "Omar Khalil"}}},
		{"unknown place before members noun", "Qarmat fighters attacked .", []tagged{{"Qarmat", "LOC"}}, []wantEnt{{text: "Qarmat", typ: "ORG"}}},
		{"known place before members noun", "Syria fighters attacked .", []tagged{{"Syria", "LOC"}}, []wantEnt{{text: "Syria", typ: "GPE"}}},
		{"unknown place before forces", "Zorani forces shelled the road .", []tagged{{"Zorani", "LOC"}}, []wantEnt{{text: "Zorani", typ: "ORG"}}},
		{"group shown by members noun elsewhere",
			"Zorani militants struck .\nTalks with Zorani leaders failed .",
			[]tagged{{"Zorani", "MISC"}, {"Zorani", "LOC"}},
			[]wantEnt{{text: "Zorani", typ: "ORG"}, {text: "Zorani", typ: "ORG"}}},
		{"plural is a group",
			"The Zoranis said they fired .\nJets hit Zorani positions .",
			[]tagged{{"Zoranis", "ORG"}, {"Zorani", "LOC"}},
			[]wantEnt{{text: "Zoranis", typ: "ORG"}, {text: "Zorani", typ: "ORG"}}},
		{"known place with a group plural stays",
			"The Syrias said no .\nJets hit Syria .",
			[]tagged{{"Syrias", "ORG"}, {"Syria", "LOC"}},
			[]wantEnt{{text: "Syrias", typ: "ORG"}, {text: "Syria", typ: "GPE"}}},
		{"unknown place without group evidence stays",
			"Militants left Zorani on Monday .\nZorani residents returned .",
			[]tagged{{"Zorani", "LOC"}, {"Zorani", "LOC"}},
			[]wantEnt{{text: "Zorani", typ: "GPE"}, {text: "Zorani", typ: "GPE"}}},
		{"lone first name described", "Karim , a driver , said no .", nil, []wantEnt{{text: "Karim", typ: "PERSON"}}},
		{"lone first name quoted", "Leila said it was over .", nil, []wantEnt{{text: "Leila", typ: "PERSON"}}},
		{"first name mistagged as place", "Leila , a nurse , left .", []tagged{{"Leila", "LOC"}}, []wantEnt{{text: "Leila", typ: "PERSON"}}},
		{"known place with a first name's form", "Jordan , a close ally , said no .", []tagged{{"Jordan", "LOC"}}, []wantEnt{{text: "Jordan", typ: "GPE"}}},
		{"unknown lone name left alone", "Zorbax said it was over .", nil, nil},
		{"known org", "The White House said no .", []tagged{{"White House", "LOC"}}, []wantEnt{{text: "White House", typ: "ORG"}}},
		{"leading the", "The Associated Press reported it .", []tagged{{"The Associated Press", "ORG"}}, []wantEnt{{text: "Associated Press", typ: "ORG"}}},
		{"title inside span", "Grand Ayatollah Ali al-Sistani spoke .", []tagged{{"Grand Ayatollah Ali al-Sistani", "PER"}}, []wantEnt{{text: "Ali al-Sistani", typ: "PERSON", title: "Grand Ayatollah"}}},
		{"title before span", "Rear Adm. Ann Holt spoke .", []tagged{{"Rear", "ORG"}, {"Ann Holt", "PER"}}, []wantEnt{{text: "Ann Holt", typ: "PERSON", title: "Rear Adm."}}},
		{"country then title", "U.S. President Joe Biden said .", []tagged{{"U.S.", "LOC"}, {"Joe Biden", "PER"}}, []wantEnt{{text: "U.S.", typ: "GPE"}, {text: "Joe Biden", typ: "PERSON", title: "President"}}},
		{"multi-word title", "Secretary of State Ann Holt left .", []tagged{{"State", "ORG"}, {"Ann Holt", "PER"}}, []wantEnt{{text: "Ann Holt", typ: "PERSON", title: "Secretary of State"}}},
		{"acronym expansion over mentions",
			"Fighters of the Army of the Free Ridge ( AFR ) advanced .\nAFR fighters held the town .",
			[]tagged{{"Army", "ORG"}, {"Free Ridge", "LOC"}},
			[]wantEnt{{text: "Army of the Free Ridge", typ: "ORG", acronym: "AFR"}, {text: "AFR", typ: "ORG", canonical: "Army of the Free Ridge"}, {text: "AFR", typ: "ORG", canonical: "Army of the Free Ridge"}}},
		{"acronym of a name of a place is an org",
			"Gunmen of the Sacred Banner of Kordofan ( SBK ) struck .\nSBK fighters left .",
			[]tagged{{"Sacred Banner of Kordofan", "LOC"}},
			[]wantEnt{{text: "Sacred Banner of Kordofan", typ: "ORG", acronym: "SBK"}, {text: "SBK", typ: "ORG", canonical: "Sacred Banner of Kordofan"}, {text: "SBK", typ: "ORG", canonical: "Sacred Banner of Kordofan"}}},
		{"acronym of a republic stays a place",
			"Troops entered the Republic of Kordofan ( ROK ) .",
			[]tagged{{"Republic of Kordofan", "LOC"}},
			[]wantEnt{{text: "Republic of Kordofan", typ: "GPE", acronym: "ROK"}, {text: "ROK", typ: "GPE", canonical: "Republic of Kordofan"}}},
		{"acronym without initials",
			"The Federal Security Service ( FSB ) said so .",
			[]tagged{{"Federal Security Service", "ORG"}, {"FSB", "ORG"}},
			[]wantEnt{{text: "Federal Security Service", typ: "ORG", acronym: "FSB"}, {text: "FSB", typ: "ORG", canonical: "Federal Security Service"}}},
		{"a town keeps its type on later mentions",
			"Gunmen raided the town of Zorvani .\nFamilies fled Zorvani in May .\nZorvani is under siege .",
			[]tagged{{"Zorvani", "LOC"}, {"Zorvani", "PER"}, {"Zorvani", "PER"}},
			[]wantEnt{{text: "Zorvani", typ: "GPE"}, {text: "Zorvani", typ: "GPE"}, {text: "Zorvani", typ: "GPE"}}},
		{"a later speech verb keeps a person",
			"Troops reached Zorvani .\nZorvani said the road was open .",
			[]tagged{{"Zorvani", "LOC"}, {"Zorvani", "PER"}},
			[]wantEnt{{text: "Zorvani", typ: "GPE"}, {text: "Zorvani", typ: "PERSON"}}},
		{"a person keeps their type on later mentions",
			"Zorvani told reporters he would stay .\nCritics of Zorvani protested .",
			[]tagged{{"Zorvani", "PER"}, {"Zorvani", "LOC"}},
			[]wantEnt{{text: "Zorvani", typ: "PERSON"}, {text: "Zorvani", typ: "PERSON"}}},
		{"a later locative keeps a place",
			"Zorvani told reporters he would stay .\nShelling in Zorvani went on .",
			[]tagged{{"Zorvani", "PER"}, {"Zorvani", "LOC"}},
			[]wantEnt{{text: "Zorvani", typ: "PERSON"}, {text: "Zorvani", typ: "GPE"}}},
		{"short person mentions",
			"Prime Minister Haider al-Abadi met Omar Khalil .\nAbadi and al-Abadi 's aides left ; Khalil stayed .",
			[]tagged{{"Haider al-Abadi", "PER"}, {"Omar Khalil", "PER"}, {"Abadi", "ORG"}, {"Khalil", "PER"}},
			[]wantEnt{{text: "Haider al-Abadi", typ: "PERSON", title: "Prime Minister"}, {text: "Omar Khalil", typ: "PERSON"},
				{text: "Abadi", typ: "PERSON", canonical: "Haider al-Abadi"}, {text: "al-Abadi", typ: "PERSON", canonical: "Haider al-Abadi"},
				{text: "Khalil", typ: "PERSON", canonical: "Omar Khalil"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := mkDoc(c.text)
			var ms []mention
			seen := map[string]int{}
			for _, tg := range c.tags {
				a, b := span(t, d, tg.phrase, seen[tg.phrase])
				seen[tg.phrase]++
				ms = append(ms, mention{tokStart: a, tokEnd: b, conll: tg.conll})
			}
			sortMentions(ms)
			got := refine(d, ms)
			var gs []wantEnt
			for _, e := range got {
				if d.Text[e.Start:e.End] != e.Text {
					t.Errorf("entity %q: offsets %d:%d give %q", e.Text, e.Start, e.End, d.Text[e.Start:e.End])
				}
				gs = append(gs, wantEnt{e.Text, e.Type, e.Title, e.Acronym, e.Canonical})
			}
			if len(gs) != len(c.want) {
				t.Fatalf("got %+v\nwant %+v", gs, c.want)
			}
			for i := range gs {
				if gs[i] != c.want[i] {
					t.Errorf("entity %d: got %+v, want %+v", i, gs[i], c.want[i])
				}
			}
		})
	}
}

func TestSpansFromIOB(t *testing.T) {
	cases := []struct {
		name string
		tags string
		want []TypedSpan
	}{
		{"IOB2", "B-PER I-PER O B-LOC", []TypedSpan{{0, 2, "PER"}, {3, 4, "LOC"}}},
		{"IOB1", "I-PER I-PER O I-LOC", []TypedSpan{{0, 2, "PER"}, {3, 4, "LOC"}}},
		{"IOB1 adjacent", "I-PER B-PER I-ORG", []TypedSpan{{0, 1, "PER"}, {1, 2, "PER"}, {2, 3, "ORG"}}},
		{"bad tags are O", "X I-MISC", []TypedSpan{{1, 2, "MISC"}}},
		{"empty", "", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := SpansFromIOB(strings.Fields(c.tags))
			if len(got) != len(c.want) {
				t.Fatalf("got %v want %v", got, c.want)
			}
			for i := range got {
				if got[i] != c.want[i] {
					t.Errorf("got %v want %v", got, c.want)
				}
			}
		})
	}
}

func TestBILOURoundTrip(t *testing.T) {
	spans := []TypedSpan{{0, 1, "PER"}, {2, 5, "ORG"}, {5, 7, "LOC"}, {8, 9, "MISC"}}
	got := spansFromClasses(bilouFromSpans(spans, 10))
	if len(got) != len(spans) {
		t.Fatalf("got %v", got)
	}
	for i := range got {
		if got[i] != spans[i] {
			t.Errorf("got %v want %v", got[i], spans[i])
		}
	}
}

func TestScore(t *testing.T) {
	s := NewScore()
	s.Add([]string{"B-PER", "I-PER", "O", "B-LOC"}, []string{"B-PER", "I-PER", "O", "B-ORG"})
	if s.Gold != 2 || s.Pred != 2 || s.Correct != 1 {
		t.Fatalf("counts %+v", s)
	}
	if f := s.F1(); f != 0.5 {
		t.Errorf("F1 %v, want 0.5", f)
	}
	if s.ByType["PER"].F1() != 1 || s.ByType["LOC"].R() != 0 || s.ByType["ORG"].P() != 0 {
		t.Errorf("by type wrong: %s", s)
	}
}
