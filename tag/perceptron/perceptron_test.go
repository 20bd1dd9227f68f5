package perceptron

import (
	"bytes"
	"strings"
	"testing"
)

// TestLearnAndRoundTrip trains on a separable toy problem and checks the
// averaged model predicts it, survives a write/read and rejects garbage.
func TestLearnAndRoundTrip(t *testing.T) {
	tr := NewTrainer(3)
	feat := func(w string) []uint32 { return []uint32{NewHash(1).Str(w).Sum(), NewHash(2).Sum()} }
	data := []struct {
		w string
		c int
	}{{"a", 0}, {"b", 1}, {"c", 2}, {"d", 0}, {"e", 1}}
	scores := make([]float32, 3)
	for it := 0; it < 5; it++ {
		for _, d := range data {
			clear(scores)
			tr.Score(feat(d.w), scores)
			best := 0
			for c := range scores {
				if scores[c] > scores[best] {
					best = c
				}
			}
			tr.Tick()
			tr.Update(feat(d.w), d.c, best)
		}
	}
	m := tr.Average(0)
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := Read(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	for _, mm := range []*Model{m, back} {
		for _, d := range data {
			sc := make([]int32, 3)
			mm.Score(feat(d.w), sc)
			best := 0
			for c := range sc {
				if sc[c] > sc[best] {
					best = c
				}
			}
			if best != d.c {
				t.Errorf("%q: predicted %d, want %d (%v)", d.w, best, d.c, sc)
			}
		}
	}
	if back.Features() != m.Features() || back.Weights() != m.Weights() {
		t.Errorf("round trip changed sizes")
	}
	for _, bad := range []string{"", "SRPC1\n", "XXXXX\n\x03", buf.String()[:buf.Len()-3]} {
		if _, err := Read(strings.NewReader(bad)); err == nil {
			t.Errorf("Read(%q) succeeded", bad)
		}
	}
}

func TestHashDistinguishesParts(t *testing.T) {
	a := NewHash(1).Str("ab").Str("c").Sum()
	b := NewHash(1).Str("a").Str("bc").Sum()
	c := NewHash(2).Str("ab").Str("c").Sum()
	if a == b || a == c {
		t.Fatal("hash collides on part boundaries or templates")
	}
}
