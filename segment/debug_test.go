package segment

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/doc"
)

// dumpErrors writes token and sentence-end disagreements with context to
// the file named by $SEGMENT_DEBUG (for developing the tokenizer).
func dumpErrors(t testing.TB, g Gold, toks []doc.Token, ss []doc.Sentence) {
	sys := map[[2]int]bool{}
	for _, tk := range toks {
		sys[[2]int{tk.Start, tk.End}] = true
	}
	gold := map[[2]int]bool{}
	for _, w := range g.Words {
		gold[w] = true
	}
	ctx := func(a, e int) string {
		lo, hi := max(0, a-30), min(len(g.Text), e+30)
		return strings.ReplaceAll(g.Text[lo:a]+"[["+g.Text[a:e]+"]]"+g.Text[e:hi], "\n", "¶")
	}
	var lines []string
	for _, w := range g.Words {
		if !sys[w] {
			lines = append(lines, fmt.Sprintf("MISS %q\t%s", g.Text[w[0]:w[1]], ctx(w[0], w[1])))
		}
	}
	for _, tk := range toks {
		if !gold[[2]int{tk.Start, tk.End}] {
			lines = append(lines, fmt.Sprintf("XTRA %q\t%s", g.Text[tk.Start:tk.End], ctx(tk.Start, tk.End)))
		}
	}
	ge := map[int]bool{}
	for _, e := range g.SentEnds {
		ge[e] = true
	}
	se := map[int]bool{}
	for _, s := range ss {
		se[s.End] = true
		if !ge[s.End] {
			lines = append(lines, fmt.Sprintf("SENT-FP\t%s", ctx(s.End, s.End)))
		}
	}
	for _, e := range g.SentEnds {
		if !se[e] {
			lines = append(lines, fmt.Sprintf("SENT-FN\t%s", ctx(e, e)))
		}
	}
	sort.Strings(lines)
	if err := os.WriteFile(os.Getenv("SEGMENT_DEBUG"), []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
}
