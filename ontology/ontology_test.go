package ontology

import "testing"

func TestLookup(t *testing.T) {
	tests := []struct {
		code, plover, legacy string
		quad                 int
		gold                 float64
	}{
		{"192", "COERCE", "FIGHT", 4, -9.5},
		{"0874", "RETREAT", "RETREAT", 2, 10},
		{"042", "CONSULT", "CONSULT", 1, 1.9},
		{"1823", "ASSAULT", "ASSAULT", 4, -10},
		{"112", "ACCUSE", "DISAPPROVE", 3, -2},
		{"020", "REQUEST", "DEMAND", 0, 3},
		{"1411", "PROTEST", "PROTEST", 4, -6.5},
		// the PLOVER 2.0 manual over CAMEO2PLOVER-2021
		{"0353", "CONCEDE", "AGREE", 1, 7},
		{"0871", "CONCEDE", "RETREAT", 2, 9},
		{"0831", "RETREAT", "CONCEDE", 2, 5},
		{"116", "SANCTION", "DISAPPROVE", 3, -2},
	}
	for _, tc := range tests {
		t.Run(tc.code, func(t *testing.T) {
			c, ok := Lookup(tc.code)
			if !ok {
				t.Fatalf("Lookup(%q) not found", tc.code)
			}
			if c.Name == "" {
				t.Errorf("no name for %s", tc.code)
			}
			if p, _ := PLOVER(tc.code); p != tc.plover {
				t.Errorf("PLOVER = %q, want %q", p, tc.plover)
			}
			if l := PLOVERLegacy(tc.code); l != tc.legacy {
				t.Errorf("PLOVERLegacy = %q, want %q", l, tc.legacy)
			}
			if c.Quad != tc.quad || c.Goldstein != tc.gold {
				t.Errorf("quad/goldstein = %d/%v, want %d/%v", c.Quad, c.Goldstein, tc.quad, tc.gold)
			}
		})
	}
}

func TestEveryCodeIsComplete(t *testing.T) {
	all := Codes()
	if len(all) < 250 {
		t.Fatalf("only %d CAMEO codes", len(all))
	}
	for _, c := range all {
		if c.Quad < 0 || c.Goldstein < -10 || c.Goldstein > 10 {
			t.Errorf("%s: quad %d goldstein %v", c.Code, c.Quad, c.Goldstein)
		}
		if c.Name == "" {
			t.Errorf("%s has no name", c.Code)
		}
		if PLOVERLegacy(c.Code) == "" && Root(c.Code) != "01" {
			t.Errorf("%s has no legacy PLOVER type", c.Code)
		}
	}
}

func TestACLED(t *testing.T) {
	tests := []struct {
		code string
		cx   ACLEDContext
		want string
	}{
		{"192", ACLEDContext{}, "Battles/Non-state actor overtakes territory"},
		{"192", ACLEDContext{SourceState: true}, "Battles/Government regains territory"},
		{"181", ACLEDContext{}, "Violence against civilians/Abduction/forced disappearance"},
		{"141", ACLEDContext{}, "Protests/Peaceful protest"},
		{"195", ACLEDContext{}, "Explosions/Remote violence/Air/drone strike"},
		{"190", ACLEDContext{TargetCivilian: true}, "Violence against civilians/Attack"},
		{"042", ACLEDContext{}, ""},
		{"180", ACLEDContext{}, "Violence against civilians/Attack"},
		{"180", ACLEDContext{TargetArmed: true}, "Battles/Armed clash"},
	}
	for _, tc := range tests {
		t.Run(tc.code+tc.want, func(t *testing.T) {
			if got := ACLED(tc.code, tc.cx); got != tc.want {
				t.Errorf("ACLED(%s) = %q, want %q", tc.code, got, tc.want)
			}
		})
	}
}

func TestVerbDictionary(t *testing.T) {
	v, err := VerbDictionary()
	if err != nil {
		t.Fatal(err)
	}
	if len(v.Defaults) < 500 || len(v.Patterns) < 300 {
		t.Fatalf("dictionary too small: %d defaults, %d pattern verbs", len(v.Defaults), len(v.Patterns))
	}
	for _, lemma := range []string{"visit", "invade", "besiege"} {
		if _, ok := v.Defaults[lemma]; !ok {
			t.Errorf("no default code for %q", lemma)
		}
	}
	for lemma, ps := range v.Patterns {
		for _, p := range ps {
			if _, ok := Lookup(p.Code); !ok && QuadClass(p.Code) < 0 {
				t.Errorf("%s: pattern code %q is not CAMEO", lemma, p.Code)
			}
		}
	}
}

func TestCAMEOIntent(t *testing.T) {
	for code, want := range map[string]string{"042": "036", "141": "133", "164": "131", "072": "0332", "190": "1384"} {
		if got := CAMEOIntent(code); got != want {
			t.Errorf("CAMEOIntent(%s) = %s, want %s", code, got, want)
		}
	}
}

func TestIntent(t *testing.T) {
	for code, want := range map[string]string{"072": "0332", "042": "042", "046": "046", "141": "141", "164": "164", "0841": "0353", "192": "1382", "1951": "1384", "186": "138", "100": "100", "130": "130", "045": "039"} {
		if got := Intent(code); got != want {
			t.Errorf("Intent(%s) = %s, want %s", code, got, want)
		}
		if _, ok := Lookup(Intent(code)); !ok {
			t.Errorf("Intent(%s) = %s is not a known code", code, Intent(code))
		}
	}
}

func TestRejectAndDemand(t *testing.T) {
	for _, tc := range []struct{ code, rej, dem string }{
		{"0841", "1243", "1053"}, {"0831", "1231", "1041"}, {"073", "1223", "1033"}, {"040", "125", "106"}, {"190", "190", "190"},
	} {
		if got := Reject(tc.code); got != tc.rej {
			t.Errorf("Reject(%s) = %s, want %s", tc.code, got, tc.rej)
		}
		if got := Demand(tc.code); got != tc.dem {
			t.Errorf("Demand(%s) = %s, want %s", tc.code, got, tc.dem)
		}
		for _, c := range []string{Reject(tc.code), Demand(tc.code)} {
			if _, ok := Lookup(c); !ok {
				t.Errorf("%s is not a known code", c)
			}
		}
	}
}

func TestAppeal(t *testing.T) {
	for code, want := range map[string]string{"072": "0232", "0841": "0253", "040": "026", "190": "190"} {
		if got := Appeal(code); got != want {
			t.Errorf("Appeal(%s) = %s, want %s", code, got, want)
		}
		if _, ok := Lookup(Appeal(code)); !ok {
			t.Errorf("Appeal(%s) = %s is not known", code, Appeal(code))
		}
	}
}
