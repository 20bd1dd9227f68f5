package gazetteer

import "testing"

func TestNorm(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Mosul", "mosul"},
		{"Al Qā’im", "al qaim"},
		{"al-Qaim", "al qaim"},
		{"Qa'im", "qaim"},
		{"Qāʾim", "qaim"},
		{"Sant Julià de Lòria", "sant julia de loria"},
		{"U.S.", "us"},
		{"Washington, D.C.", "washington dc"},
		{"  Rapides   Parish ", "rapides parish"},
		{"Ḩadīthah", "hadithah"},
		{"Łódź", "lodz"},
		{"Øresund", "oresund"},
		{"Saint-Étienne", "saint etienne"},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := Norm(tt.in); got != tt.want {
				t.Errorf("Norm(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestStripArticle(t *testing.T) {
	tests := []struct{ in, want string }{
		{"al qaim", "qaim"},
		{"ar ramadi", "ramadi"},
		{"ash sharqat", "sharqat"},
		{"el paso", "paso"},
		{"alabama", "alabama"},
		{"al", "al"},
		{"mosul", "mosul"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := StripArticle(tt.in); got != tt.want {
				t.Errorf("StripArticle(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestPhonetic checks that spelling variants of transliterated names share
// a key and that different names do not.
func TestPhonetic(t *testing.T) {
	same := [][]string{
		{"Beiji", "Baiji", "Bayji", "Beyji"},
		{"Qaim", "Qa'im", "Al Qa'im", "al-Qaim", "Al-Qaim", "Al Qā’im", "Kaim"},
		{"Mosul", "Mousoul", "Mossul"},
		{"Fallujah", "Falluja", "Faluja"},
		{"Rawah", "Rawa"},
		{"Tikrit", "Tikreet"},
		{"Kirkuk", "Kerkuk", "Kirkouk"},
		{"Shiraz", "Chiraz"},
		{"Khazna", "Khazneh"},
		{"Ras al-Ain", "Ras el Ain", "Ras ul Ain"},
	}
	for _, group := range same {
		t.Run(group[0], func(t *testing.T) {
			want := Phonetic(Norm(group[0]))
			for _, v := range group[1:] {
				if got := Phonetic(Norm(v)); got != want {
					t.Errorf("Phonetic(%q) = %q, want %q (as %q)", v, got, want, group[0])
				}
			}
		})
	}
	different := [][2]string{{"Mosul", "Basra"}, {"Beiji", "Baghdad"}, {"Paris", "Perris Island"}, {"Rawah", "Ramadi"}}
	for _, d := range different {
		t.Run(d[0]+"/"+d[1], func(t *testing.T) {
			if Phonetic(Norm(d[0])) == Phonetic(Norm(d[1])) {
				t.Errorf("Phonetic(%q) == Phonetic(%q) = %q", d[0], d[1], Phonetic(Norm(d[0])))
			}
		})
	}
}

func TestDistanceAndDestination(t *testing.T) {
	// Baghdad -> Mosul is about 340 km
	d := DistanceKm(33.34058, 44.40088, 36.335, 43.11889)
	if d < 330 || d > 360 {
		t.Errorf("Baghdad-Mosul = %.0f km, want about 350", d)
	}
	lat, lon := Destination(33.34, 44.40, 0, 241.4)
	if back := DistanceKm(33.34, 44.40, lat, lon); back < 240 || back > 243 {
		t.Errorf("destination is %.1f km away, want 241.4", back)
	}
	if lat <= 33.34 || lon < 44.3 || lon > 44.5 {
		t.Errorf("north of Baghdad = %.3f,%.3f", lat, lon)
	}
}
