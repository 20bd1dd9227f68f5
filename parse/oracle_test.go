package parse

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/shareddata"
	"github.com/sitrep/sitrep/tag"
)

// followOracle parses a sentence taking, at each step, the first zero-cost
// transition, and returns the tree it builds.
func followOracle(t *testing.T, heads []int, rels []string, labels []string) ([]int, []string) {
	t.Helper()
	idx := map[string]int{}
	for i, l := range labels {
		idx[l] = i
	}
	n := len(heads)
	words := make([]string, n)
	tags := make([]string, n)
	for i := range words {
		words[i], tags[i] = "w", "X"
	}
	in := newInput(words, tags, tags)
	gh, gl := make([]int, n), make([]int, n)
	for i, h := range heads {
		if h < 0 {
			h = n
		}
		gh[i], gl[i] = h, idx[rels[i]]
	}
	L := len(labels)
	root := idx["root"]
	s := newState(in)
	costs := make([]int, 1+2*L)
	for steps := 0; !s.terminal(); steps++ {
		if steps > 4*n+4 {
			t.Fatal("oracle does not terminate")
		}
		s.costs(gh, gl, L, root, costs)
		next := -1
		for c, v := range costs {
			if v == 0 {
				next = c
				break
			}
		}
		if next < 0 {
			t.Fatalf("no zero-cost transition at step %d (costs %v)", steps, costs)
		}
		s.apply(next, L)
	}
	outH, outR := make([]int, n), make([]string, n)
	for i := 0; i < n; i++ {
		outH[i] = s.heads[i]
		if outH[i] == n {
			outH[i] = -1
		}
		outR[i] = labels[s.labels[i]]
	}
	return outH, outR
}

func TestOracleRebuildsProjectiveTrees(t *testing.T) {
	labels := []string{"root", "nsubj", "obj", "det", "punct", "case", "obl"}
	cases := []struct {
		name  string
		heads []int
		rels  []string
	}{
		{"single", []int{-1}, []string{"root"}},
		{"svo", []int{1, -1, 3, 1, 1}, []string{"nsubj", "root", "det", "obj", "punct"}},
		{"left chain", []int{1, 2, 3, -1}, []string{"det", "nsubj", "obj", "root"}},
		{"right chain", []int{-1, 0, 1, 2}, []string{"root", "obj", "obl", "case"}},
		{"root last", []int{2, 2, -1}, []string{"nsubj", "obj", "root"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			h, r := followOracle(t, c.heads, c.rels, labels)
			for i := range h {
				if h[i] != c.heads[i] || r[i] != c.rels[i] {
					t.Fatalf("oracle built %v %v, want %v %v", h, r, c.heads, c.rels)
				}
			}
		})
	}
}

// TestOracleOnEWT checks the dynamic oracle against every projective tree of
// EWT dev: following zero-cost transitions must rebuild the gold tree.
func TestOracleOnEWT(t *testing.T) {
	path := shareddata.Path(t, "data/ud-ewt/en_ewt-ud-dev.conllu")
	gold, err := tag.ReadGold(path)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	var labels []string
	for _, g := range gold {
		for _, r := range g.Deprels {
			if !seen[r] {
				seen[r] = true
				labels = append(labels, r)
			}
		}
	}
	checked := 0
	for _, g := range gold {
		if !projective(g.Heads) {
			continue
		}
		h, r := followOracle(t, g.Heads, g.Deprels, labels)
		for i := range h {
			if h[i] != g.Heads[i] || r[i] != g.Deprels[i] {
				t.Fatalf("sentence %q: oracle tree differs at word %d", g.Words, i)
			}
		}
		checked++
	}
	if checked < 1500 {
		t.Fatalf("only %d projective sentences checked", checked)
	}
}

func TestStaticOracle(t *testing.T) {
	labels := []string{"root", "nsubj", "obj", "det"}
	words := []string{"the", "rebels", "took", "the", "town"}
	heads := []int{1, 2, -1, 4, 2}
	rels := []int{3, 1, 0, 3, 2}
	in := newInput(words, words, words)
	gh := make([]int, len(heads))
	for i, h := range heads {
		if h < 0 {
			h = len(heads)
		}
		gh[i] = h
	}
	seq := staticOracle(in, gh, rels, len(labels), 0)
	if len(seq) != 2*len(words) {
		t.Fatalf("oracle sequence %v: want %d transitions", seq, 2*len(words))
	}
	// A crossing tree has no static-oracle sequence.
	cross := []int{2, 3, -1, 2}
	gc := []int{2, 3, 4, 2}
	if staticOracle(newInput(words[:4], words[:4], words[:4]), gc, []int{1, 1, 0, 1}, len(labels), 0) != nil {
		t.Errorf("non-projective tree %v got a sequence", cross)
	}
}

// TestTrainSmall trains greedy and beam parsers on a toy treebank: both
// must learn it and be deterministic for a seed.
func TestTrainSmall(t *testing.T) {
	var data []Example
	subj := []string{"rebels", "troops", "police", "gunmen"}
	verb := []string{"took", "held", "left", "seized"}
	obj := []string{"town", "city", "base", "road"}
	for i := 0; i < 32; i++ {
		data = append(data, Example{
			Words:   []string{"the", subj[i%4], verb[(i/4)%4], "the", obj[(i/2)%4], "."},
			UPOS:    []string{"DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"},
			XPOS:    []string{"DT", "NNS", "VBD", "DT", "NN", "."},
			Heads:   []int{1, 2, -1, 4, 2, 2},
			Deprels: []string{"det", "nsubj", "root", "det", "obj", "punct"},
		})
	}
	for _, beam := range []int{1, 4} {
		train := Train
		if beam > 1 {
			train = TrainBeam
		}
		var files [2][]byte
		for k := range files {
			p, err := train(context.Background(), data[:24], data[24:], TrainOptions{Iterations: 4, Seed: 3, Explore: 0.9, Beam: beam})
			if err != nil {
				t.Fatal(err)
			}
			if sc := p.Evaluate(data[24:]); sc.LAS < 0.99 {
				t.Errorf("beam %d: toy LAS %.3f", beam, sc.LAS)
			}
			var buf bytes.Buffer
			if _, err := p.WriteTo(&buf); err != nil {
				t.Fatal(err)
			}
			back, err := ReadParser(bytes.NewReader(buf.Bytes()))
			if err != nil {
				t.Fatal(err)
			}
			if back.Beam != max(beam, 1) {
				t.Errorf("beam width %d after round trip, want %d", back.Beam, beam)
			}
			files[k] = buf.Bytes()
		}
		if !bytes.Equal(files[0], files[1]) {
			t.Errorf("beam %d: two trainings with one seed differ", beam)
		}
	}
}

func TestReadParserRejectsGarbage(t *testing.T) {
	for _, in := range []string{"", "SRPAR3\n", "SRPAR3\n\x01\x04root\x00\x01", "junk"} {
		if _, err := ReadParser(strings.NewReader(in)); err == nil {
			t.Errorf("ReadParser(%q) succeeded", in)
		}
	}
}

func TestLiftToProjective(t *testing.T) {
	// "A hearing is scheduled on the issue today": "on the issue" (3-5)
	// hangs on "hearing" (1) across "is scheduled" (2-3), whose head is
	// "scheduled"; word 6 "today" hangs on scheduled.
	//   0 A  1 hearing  2 is  3 scheduled  4 on  5 the  6 issue  7 today
	heads := []int{1, 3, 3, -1, 6, 6, 1, 3}
	if projective(heads) {
		t.Fatal("issue→hearing spans the root 'scheduled', which hearing does not dominate: the tree must count as non-projective")
	}
	got := liftToProjective(heads)
	if got == nil || !projective(got) {
		t.Fatalf("lifted %v: not projective", got)
	}
	want := []int{1, 3, 3, -1, 6, 6, 3, 3}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("lifted %v, want %v (issue rehung on scheduled)", got, want)
		}
	}
	if p := []int{1, 2, -1}; liftToProjective(p) == nil || !projective(p) {
		t.Fatal("a projective tree must come back as it is")
	}
	if got := liftToProjective([]int{1, 0, -1}); got != nil {
		t.Fatalf("a cycle came back as %v, want nil", got)
	}
}
