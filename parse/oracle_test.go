package parse

import (
	"testing"

	"github.com/sitrep/sitrep/internal/shareddata"
	"github.com/sitrep/sitrep/tag"
)

// projective reports whether a tree (heads 0-based, -1 root) has no
// crossing arcs.
func projective(heads []int) bool {
	n := len(heads)
	for i, h := range heads {
		if h < 0 {
			h = n
		}
		a, b := min(i, h), max(i, h)
		for j := a + 1; j < b; j++ {
			// every word between must be dominated by h
			k := j
			for steps := 0; k != h && k >= 0 && k < n && steps <= n; steps++ {
				k = heads[k]
				if k < 0 {
					k = n
				}
			}
			if k != h {
				return false
			}
		}
	}
	return true
}

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
