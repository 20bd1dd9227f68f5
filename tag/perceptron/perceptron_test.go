package perceptron

import (
	"bytes"
	"math"
	"slices"
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

// TestScoreMatchesRows checks the table's two row forms (one weight kept in
// its slot, longer rows spilled) against a plain sum over the model's rows,
// for features present and absent, repeated, and more than one lookup
// chunk at a time; key 0 is a real key, not an empty slot.
func TestScoreMatchesRows(t *testing.T) {
	const nc = 40
	tr := NewTrainer(nc)
	var feats []uint32
	state := uint32(12345)
	next := func() uint32 { state = state*1664525 + 1013904223; return state }
	for i := 0; i < 3000; i++ {
		f := next()
		if i == 0 {
			f = 0
		}
		feats = append(feats, f)
		rows := 1 + int(next()%4)
		if i%3 == 0 {
			rows = 1
		}
		for r := 0; r < rows; r++ {
			tr.Tick()
			tr.add(f, int(next()%nc), int32(next()%7)-3)
		}
	}
	m := tr.Average(0)
	singles, spilled := 0, 0
	for _, s := range m.table {
		switch {
		case s.v == 0:
		case s.v&spillRow == 0:
			singles++
		default:
			spilled++
		}
	}
	if singles == 0 || spilled == 0 || singles+spilled != m.Features() {
		t.Fatalf("table: %d single rows, %d spilled, %d features", singles, spilled, m.Features())
	}
	want := func(fs []uint32) []int32 {
		out := make([]int32, nc)
		for _, f := range fs {
			i, ok := slices.BinarySearch(m.keys, f)
			if !ok {
				continue
			}
			for j := m.starts[i]; j < m.starts[i+1]; j++ {
				out[m.classes[j]] += int32(m.weights[j])
			}
		}
		return out
	}
	for trial := 0; trial < 200; trial++ {
		n := int(next() % 100)
		fs := make([]uint32, n)
		for i := range fs {
			if next()%3 == 0 {
				fs[i] = next() // most likely absent
			} else {
				fs[i] = feats[next()%uint32(len(feats))]
			}
		}
		got := make([]int32, nc)
		m.Score(fs, got)
		if w := want(fs); !slices.Equal(got, w) {
			t.Fatalf("trial %d: Score %v, want %v", trial, got, w)
		}
	}
}

// TestSum checks that a summed model scores as its parts together, within
// the rounding of the weights, and refuses models of other class counts.
func TestSum(t *testing.T) {
	const nc = 12
	state := uint32(777)
	next := func() uint32 { state = state*1664525 + 1013904223; return state }
	train := func(n int) *Model {
		tr := NewTrainer(nc)
		for i := 0; i < n; i++ {
			tr.Tick()
			tr.add(next()%500, int(next()%nc), int32(next()%9)-4)
		}
		return tr.Average(0)
	}
	a, b := train(2000), train(3000)
	sum, err := Sum(a, b)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Features() < max(a.Features(), b.Features()) || sum.Features() > a.Features()+b.Features() {
		t.Fatalf("summed features %d from %d and %d", sum.Features(), a.Features(), b.Features())
	}
	for trial := 0; trial < 100; trial++ {
		fs := make([]uint32, 1+next()%40)
		for i := range fs {
			fs[i] = next() % 600
		}
		sa, sb, ss := make([]int32, nc), make([]int32, nc), make([]int32, nc)
		a.Score(fs, sa)
		b.Score(fs, sb)
		sum.Score(fs, ss)
		for c := 0; c < nc; c++ {
			want := float64(sa[c])*float64(a.Scale) + float64(sb[c])*float64(b.Scale)
			got := float64(ss[c]) * float64(sum.Scale)
			if diff := math.Abs(got - want); diff > float64(len(fs))*float64(sum.Scale) {
				t.Fatalf("trial %d class %d: summed %.4f, parts %.4f", trial, c, got, want)
			}
		}
	}
	if _, err := Sum(a, NewTrainer(nc+1).Average(0)); err == nil {
		t.Errorf("summing models of different class counts: no error")
	}
}
