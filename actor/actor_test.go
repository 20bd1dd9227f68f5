package actor

import (
	"strings"
	"testing"
)

func TestDefaultFind(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		words []string
		date  string
		want  string
	}{
		{[]string{"Iraqi"}, "2014-06-21", "IRQ"},
		{[]string{"the", "United", "Nations"}, "", "IGOUNO"},
		{[]string{"Americans"}, "", "USA"},
		{[]string{"Islamic", "State", "of", "Iraq", "and", "the", "Levant"}, "2014-06-21", "IMGMUSISI"},
		// a national institution named without its country
		{[]string{"the", "State", "Department"}, "1998-08-09", "USAGOV"},
		{[]string{"Downing", "Street"}, "", "GBRGOV"},
		{[]string{"the", "Holy", "See"}, "", "VATGOV"},
		// international bodies and groups the Phoenix dictionary lacks,
		// and its corrections
		{[]string{"the", "African", "Union"}, "2023-04-17", "IGOAFRAU"},
		{[]string{"the", "Houthis"}, "2018-06-13", "YEMREB"},
		{[]string{"Queen", "Elizabeth", "II"}, "2019-08-28", "GBRGOV"},
		// hyphenated names come tokenized at their hyphens; the one
		// secretary-general named bare is the U.N.'s
		{[]string{"Al", "-", "Shabaab"}, "2024-05-22", "SOMREB"},
		{[]string{"the", "Secretary", "-", "General"}, "2023-07-25", "IGOUNO"},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.words, "_"), func(t *testing.T) {
			ms := d.Find(tc.words, tc.date)
			if len(ms) == 0 {
				t.Fatalf("no match")
			}
			if ms[0].Code != tc.want {
				t.Errorf("code %q, want %q", ms[0].Code, tc.want)
			}
		})
	}
}

func TestDatedCode(t *testing.T) {
	d := New()
	d.setName("a person", []dated{{"XXXELI", "", "20060520"}, {"XXXGOV", "20060520", "20140908"}, {"XXXELI", "", ""}})
	for date, want := range map[string]string{"2001-01-01": "XXXELI", "2010-01-01": "XXXGOV", "": "XXXELI", "2020-01-01": "XXXELI"} {
		if got, _ := d.Name("A Person", date); got != want {
			t.Errorf("%s: %s, want %s", date, got, want)
		}
	}
}

func TestRoleAndJoin(t *testing.T) {
	tests := []struct{ noun, root, want string }{
		{"troops", "IRQ", "IRQMIL"},
		{"militants", "SYR", "SYRREB"},
		{"security officials", "IRQ", "IRQGOV"},
		{"villagers", "IRQ", "IRQCVL"},
		{"policemen", "USA", "USACOP"},
		{"Government", "IRQGOV", "IRQGOV"},
		{"youths", "SEN", "SENCVL"},
		// (a police chief or commander is of the police, a commissioner
		// or prefect of the government)
		{"police commander", "KEN", "KENCOP"},
		{"chief constable", "GBR", "GBRCOP"},
		{"regional commissioner", "KEN", "KENGOV"},
		{"prefect", "MDG", "MDGGOV"},
	}
	for _, tc := range tests {
		t.Run(tc.noun, func(t *testing.T) {
			r := Role(tc.noun)
			if got := Join(tc.root, "~"+r); got != tc.want {
				t.Errorf("Join(%q, Role(%q)=%q) = %q, want %q", tc.root, tc.noun, r, got, tc.want)
			}
		})
	}
	// (a common noun the Phoenix dictionary lists as a name is no name)
	if d, err := Default(); err != nil {
		t.Fatal(err)
	} else if m := d.Find([]string{"Youths"}, "2023-08-01"); len(m) != 0 {
		t.Errorf("Find(Youths) = %+v, want no name", m)
	}
	if Role("table") != "" {
		t.Error("table should have no role")
	}
	if !IsCountryISO3("COG") || !IsCountryISO3("KWT") || IsCountryISO3("KUW") || IsCountryISO3("NZE") || IsCountryISO3("IRQGOV") || IsCountryISO3("RHO") {
		t.Error("IsCountryISO3")
	}
	if CountryISO3("IQ") != "IRQ" || CountryISO3("zz") != "" || CountryISO3("XK") != "KSV" {
		t.Error("CountryISO3")
	}
}

func TestParsePETR(t *testing.T) {
	src := `<!-- a comment -->
ARNOR_  [ARN]
+ARNORIAN
GONDOR [GON] # note
MINAS_TIRITH
	[GONGOV]
PRESIDENT [~GOV]
SMEAGOL [HOB]
+GOLLUM
	[HOB < 950601]
	[HOBGOV 19950601 - 19990815]
BROKEN [ABC
`
	d := New()
	err := ParsePETR(strings.NewReader(src), d)
	if err == nil || !strings.Contains(err.Error(), "line 12") {
		t.Fatalf("want an error on line 12, got %v", err)
	}
	for date, want := range map[string]string{"1995-01-01": "HOB", "1996-01-01": "HOBGOV", "2005-01-01": "HOB"} {
		if got, _ := d.Name("Gollum", date); got != want {
			t.Errorf("Gollum on %s: %q, want %q", date, got, want)
		}
	}
	for name, want := range map[string]string{"Arnor": "ARN", "Arnorian": "ARN", "gondor": "GON", "Minas Tirith": "GONGOV"} {
		if got, _ := d.Name(name, ""); got != want {
			t.Errorf("%s: %q, want %q", name, got, want)
		}
	}
	if d.Agent("president") != "~GOV" {
		t.Errorf("agent president: %q", d.Agent("president"))
	}
}

func FuzzParsePETR(f *testing.F) {
	f.Add("ARNOR_ [ARN]\n+ARNORIAN\n")
	f.Add("X\n\t[ABC 990101-000101]\n")
	f.Add("[")
	f.Fuzz(func(t *testing.T, s string) {
		d := New()
		_ = ParsePETR(strings.NewReader(s), d)
		d.Find(strings.Fields(s), "")
	})
}
