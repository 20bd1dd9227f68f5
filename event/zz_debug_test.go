package event_test

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/doc"
)

// debug only; never commit
func TestZZDebug(t *testing.T) {
	text := os.Getenv("TEXT")
	if f := os.Getenv("FILE"); f != "" {
		b, _ := os.ReadFile(f)
		text = string(b)
	}
	if text == "" {
		t.Skip()
	}
	p := goldPipeline(t)
	d := doc.FromInput([]byte(text), "dbg")
	pub := os.Getenv("PUB")
	if pub == "" {
		pub = "2014-06-21"
	}
	d.Meta.Published = &pub
	d.Meta.PublishedSource = "flag"
	if err := p.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	grep := os.Getenv("PARSE")
	for _, s := range d.Sentences {
		st := d.Text[s.Start:s.End]
		if grep != "" && (grep == "all" || strings.Contains(st, grep)) {
			fmt.Println("##", st)
			for i := s.TokStart; i < s.TokEnd; i++ {
				tk := d.Tokens[i]
				h := "ROOT"
				if tk.Head >= 0 {
					h = fmt.Sprintf("%d:%s", tk.Head-s.TokStart, d.Tokens[tk.Head].Norm)
				}
				fmt.Printf("  %2d %-14s %-5s %-5s %-10s <- %s\n", i-s.TokStart, tk.Norm, tk.UPOS, tk.XPOS, tk.Deprel, h)
			}
		}
	}
	for _, e := range d.Events {
		src, tgt := "", ""
		if e.Source != nil {
			src = e.Source.Code + "(" + e.Source.Text + ")"
		}
		if e.Target != nil {
			tgt = e.Target.Code + "(" + e.Target.Text + ")"
		}
		pl, dt := "-", "-"
		if e.Place != nil {
			pl = e.Place.Name
		}
		if e.Date != nil {
			f, to := "null", "null"
			if e.Date.From != nil {
				f = *e.Date.From
			}
			if e.Date.To != nil {
				to = *e.Date.To
			}
			dt = e.Date.Text + " " + f + ".." + to
		}
		st := ""
		if e.Attribution != nil {
			st = e.Attribution.Status
		}
		fmt.Printf("%s %q %s -> %s | %s | %s | m=%d %s\n   %s\n", e.CAMEO, e.Trigger.Text, src, tgt, pl, dt, e.Mentions, st, e.Sentence.Text)
	}
}
