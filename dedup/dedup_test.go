package dedup

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
)

func words(seed uint64, n int) []string {
	r := rand.New(rand.NewPCG(seed, 1))
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("w%d", r.IntN(5000))
	}
	return out
}

// jaccard computes the exact Jaccard similarity of two texts' shingle sets.
func jaccard(a, b string) float64 {
	sa, sb := map[uint64]bool{}, map[uint64]bool{}
	for _, h := range Shingles(a) {
		sa[h] = true
	}
	for _, h := range Shingles(b) {
		sb[h] = true
	}
	inter := 0
	for h := range sa {
		if sb[h] {
			inter++
		}
	}
	return float64(inter) / float64(len(sa)+len(sb)-inter)
}

func TestMinHashEstimatesJaccard(t *testing.T) {
	base := words(1, 600)
	for _, changed := range []int{0, 5, 15, 40, 120, 600} {
		t.Run(fmt.Sprint(changed), func(t *testing.T) {
			w := append([]string(nil), base...)
			step := len(w) / max(changed, 1)
			for i, c := 0, 0; c < changed && i < len(w); i, c = i+step, c+1 {
				w[i] = "changed"
			}
			a, b := strings.Join(base, " "), strings.Join(w, " ")
			want := jaccard(a, b)
			got := Similarity(MinHash(a), MinHash(b))
			if math.Abs(got-want) > 0.12 {
				t.Errorf("estimate %.3f, exact %.3f", got, want)
			}
		})
	}
}

func TestWordsAndShingles(t *testing.T) {
	if got := strings.Join(Words("Hello, WORLD! It's 2014—again."), "|"); got != "hello|world|it|s|2014|again" {
		t.Errorf("Words = %q", got)
	}
	if n := len(Shingles("one two three four five six seven")); n != 3 {
		t.Errorf("7 words give %d shingles, want 3", n)
	}
	if n := len(Shingles("short text")); n != 1 {
		t.Errorf("2 words give %d shingles, want 1", n)
	}
	if MinHash(" ,.; ") != nil {
		t.Error("a text without words has a signature")
	}
	// Case and punctuation do not matter.
	if Similarity(MinHash("The Army, said: fighters attacked the town"), MinHash("the army said fighters attacked the town")) != 1 {
		t.Error("case and punctuation changed the signature")
	}
}

func TestBandsAndBytes(t *testing.T) {
	a := MinHash(strings.Join(words(2, 300), " "))
	if got := FromBytes(a.Bytes()); Similarity(a, got) != 1 {
		t.Fatal("signature does not survive encoding")
	}
	if FromBytes([]byte{1, 2, 3}) != nil {
		t.Error("short blob decoded")
	}
	ka, kb := a.BandKeys(), MinHash(strings.Join(words(3, 300), " ")).BandKeys()
	if len(ka) != Bands {
		t.Fatalf("%d band keys", len(ka))
	}
	same := 0
	for i := range ka {
		if ka[i] < 0 {
			t.Fatal("negative band key")
		}
		if ka[i] == kb[i] {
			same++
		}
	}
	if same != 0 {
		t.Errorf("unrelated texts share %d bands", same)
	}
	if Signature(nil).BandKeys() != nil {
		t.Error("nil signature has bands")
	}
}

func TestSameEvent(t *testing.T) {
	base := EventKey{CAMEO: "190", SourceCode: "SYRMIL", TargetCode: "SYRREB", GeonameID: 170063, HasCoords: true,
		Lat: 36.202, Lon: 37.158, From: "2016-08-01", To: "2016-08-02"}
	with := func(f func(k *EventKey)) EventKey { k := base; f(&k); return k }
	cases := []struct {
		name string
		b    EventKey
		want bool
	}{
		{"identical", base, true},
		{"same root, other code", with(func(k *EventKey) { k.CAMEO = "195" }), true},
		{"other root", with(func(k *EventKey) { k.CAMEO = "180" }), false},
		{"empty cameo", with(func(k *EventKey) { k.CAMEO = "" }), false},
		{"source missing", with(func(k *EventKey) { k.SourceCode = "" }), true},
		{"target missing", with(func(k *EventKey) { k.TargetCode = "" }), true},
		{"other source", with(func(k *EventKey) { k.SourceCode = "TUR" }), false},
		{"other target", with(func(k *EventKey) { k.TargetCode = "SYRCVL" }), false},
		{"same geonameid, no coords", with(func(k *EventKey) { k.HasCoords = false; k.Lat, k.Lon = 0, 0 }), true},
		{"40 km away", with(func(k *EventKey) { k.GeonameID = 0; k.Lat += 0.36 }), true},
		{"60 km away", with(func(k *EventKey) { k.GeonameID = 0; k.Lat += 0.54 }), false},
		{"other geonameid, close", with(func(k *EventKey) { k.GeonameID = 1; k.Lat += 0.01 }), true},
		{"no place", with(func(k *EventKey) { k.GeonameID = 0; k.HasCoords = false }), false},
		{"dates touch", with(func(k *EventKey) { k.From, k.To = "2016-08-02", "2016-08-09" }), true},
		{"dates apart", with(func(k *EventKey) { k.From, k.To = "2016-08-03", "2016-08-03" }), false},
		{"to missing", with(func(k *EventKey) { k.From, k.To = "2016-08-02", "" }), true},
		{"date unknown", with(func(k *EventKey) { k.From, k.To = "", "" }), false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := SameEvent(base, tc.b); got != tc.want {
				t.Errorf("SameEvent = %v, want %v", got, tc.want)
			}
			if got := SameEvent(tc.b, base); got != tc.want {
				t.Errorf("SameEvent is not symmetric: reversed = %v", got)
			}
		})
	}
	noPlace := EventKey{CAMEO: "120", SourceCode: "USA", TargetCode: "RUS", From: "2018-01-01", To: "2018-01-01"}
	if !SameEvent(noPlace, noPlace) {
		t.Error("two unplaced reports with all actor codes did not merge")
	}
	loose := noPlace
	loose.TargetCode = ""
	if SameEvent(loose, noPlace) {
		t.Error("an unplaced report with a missing actor merged")
	}
}

func TestDistance(t *testing.T) {
	// Mosul to Baghdad is about 350 km.
	if d := DistanceKm(36.335, 43.119, 33.3406, 44.4009); d < 340 || d > 365 {
		t.Errorf("Mosul-Baghdad = %.0f km", d)
	}
	if d := DistanceKm(10, 10, 10, 10); d != 0 {
		t.Errorf("zero distance = %v", d)
	}
	minLon, minLat, maxLon, maxLat := BoundingBox(60, 10, 50)
	for _, p := range [][2]float64{{60.44, 10}, {59.56, 10}, {60, 10.89}, {60, 9.11}} {
		if DistanceKm(60, 10, p[0], p[1]) <= 50 && (p[1] < minLon || p[1] > maxLon || p[0] < minLat || p[0] > maxLat) {
			t.Errorf("point %v within 50 km is outside the box", p)
		}
	}
}
