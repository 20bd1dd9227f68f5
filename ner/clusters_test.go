package ner

import (
	"context"
	"strings"
	"testing"
)

func TestSimpleTokens(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Iraq's army, (ISIL) said: \"no.\"", "Iraq 's army , ( ISIL ) said : \" no . \""},
		{"the U.S. and U.N.", "the U.S. and U.N."},
		{"Shi’ite militias", "Shi'ite militias"},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			if got := strings.Join(SimpleTokens(c.in), " "); got != c.want {
				t.Errorf("got %q want %q", got, c.want)
			}
		})
	}
}

func TestInduceClusters(t *testing.T) {
	var sents [][]string
	for _, day := range []string{"Monday", "Tuesday", "Friday", "Sunday"} {
		for _, who := range []string{"John", "Mary", "Ahmed", "Olga"} {
			sents = append(sents, strings.Fields("on "+day+" "+who+" said the talks failed"))
			sents = append(sents, strings.Fields(who+" met officials on "+day+" in Paris"))
		}
	}
	a, err := InduceClusters(context.Background(), sents, ClusterOptions{Seed: 7, MinCount: 2, Depth: 3})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := InduceClusters(context.Background(), sents, ClusterOptions{Seed: 7, MinCount: 2, Depth: 3})
	if len(a) == 0 || len(a) != len(b) {
		t.Fatalf("sizes %d %d", len(a), len(b))
	}
	for w, p := range a {
		if b[w] != p {
			t.Errorf("not deterministic: %s %s %s", w, p, b[w])
		}
	}
	// words used alike share the first split
	if a["monday"][:1] != a["friday"][:1] || a["john"][:1] != a["olga"][:1] {
		t.Errorf("days %s %s, names %s %s", a["monday"], a["friday"], a["john"], a["olga"])
	}
	if a["monday"] == a["john"] {
		t.Errorf("days and names in one cluster: %s", a["monday"])
	}
}
