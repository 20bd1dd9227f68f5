package event_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"testing"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/event"
	"github.com/sitrep/sitrep/pipeline"
)

func zzStage(t *testing.T) *pipeline.Pipeline {
	opts := event.Options{}
	if os.Getenv("ALL") == "1" {
		opts.MinSalience = -1
	}
	ev, err := event.NewWithOptions(opts)
	if err != nil {
		t.Fatal(err)
	}
	return goldPipelineWith(t, ev)
}

func zzPrint(t *testing.T, d *doc.Doc) {
	if os.Getenv("PARSE") == "1" {
		for i, tk := range d.Tokens {
			hn := ""
			if tk.Head >= 0 {
				hn = d.Tokens[tk.Head].Norm
			}
			fmt.Printf("%d %s %s %s %d(%s) %s s%d\n", i, tk.Norm, tk.Lemma, tk.XPOS, tk.Head, hn, tk.Deprel, tk.Sent)
		}
	}
	if os.Getenv("PLACES") == "1" {
		for _, p := range d.Places {
			fmt.Printf("PLACE %s %s %s %s %v %s\n", p.Name, p.Country, p.Admin1, p.Feature, p.Text, p.Relation)
		}
	}
	if os.Getenv("TIMES") == "1" {
		for _, tm := range d.Times {
			v := ""
			if tm.Value != nil {
				v = *tm.Value
			}
			fmt.Printf("TIME %q %s\n", tm.Text, v)
		}
	}
	for _, ev := range d.Events {
		b, _ := json.Marshal(ev)
		fmt.Printf("EV %s\n", b)
	}
}

func TestZZText(t *testing.T) {
	text := os.Getenv("TEXT")
	if text == "" {
		t.Skip()
	}
	p := zzStage(t)
	d := doc.FromInput([]byte(text), "zz")
	pub := os.Getenv("PUB")
	if pub == "" {
		pub = "2024-05-10"
	}
	d.Meta.Published = &pub
	d.Meta.PublishedSource = "flag"
	if err := p.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	zzPrint(t, d)
}

func TestZZArt(t *testing.T) {
	art := os.Getenv("ART")
	if art == "" {
		t.Skip()
	}
	p := zzStage(t)
	for _, it := range composedItems(t) {
		if it.name != art {
			continue
		}
		d := processGold(t, p, it)
		zzPrint(t, d)
	}
}

func TestZZSubset(t *testing.T) {
	re := os.Getenv("SUBSET")
	if re == "" {
		t.Skip()
	}
	rx := regexp.MustCompile(re)
	var items []goldItem
	for _, it := range composedItems(t) {
		if rx.MatchString(it.name + "_") {
			items = append(items, it)
		}
	}
	scoreGoldSet(t, zzStage(t), items)
}
