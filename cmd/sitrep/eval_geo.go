package main

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"github.com/sitrep/sitrep/clean"
	"github.com/sitrep/sitrep/geo"
	"github.com/sitrep/sitrep/geo/gazetteer"
	"github.com/sitrep/sitrep/geo/geoeval"
	"github.com/sitrep/sitrep/input"
	"github.com/sitrep/sitrep/ner"
	"github.com/sitrep/sitrep/pipeline"
	"github.com/sitrep/sitrep/segment"
)

func init() {
	registerEvaluator(subcommand{name: "geo", summary: "toponym resolution on LGL / TR-News gold spans (accuracy within 161 km)", run: runEvalGeo})
}

func runEvalGeo(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval geo", "[GOLD.xml ...]", "Resolves the gold toponym spans of LGL / TR-News style XML files and reports accuracy within 161 km\n(default files: ../shared/data/geo/lgl.xml and TR-News.xml). Even docids are the tune split, odd the report split.")
	split := fs.String("split", "all", "documents scored: tune (even docids), report (odd docids) or all")
	misses := fs.Int("misses", 0, "print this many of the worst misses")
	e2e := fs.Bool("e2e", false, "also score end to end: toponyms found in the raw text (NER when its model is built in, else capitalised spans) and resolved: P/R/F1 within 161 km")
	swap := fs.Bool("swap", false, "swap the splits (tune = odd docids, report = even): the second fold of a 2-fold cross-validation")
	tune := fs.Int("tune", 0, "tune the weights for this many rounds of coordinate ascent on the tune split, then print them")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	files := fs.Args()
	if len(files) == 0 {
		files = []string{filepath.Join("..", "shared", "data", "geo", "lgl.xml"), filepath.Join("..", "shared", "data", "geo", "TR-News.xml")}
	}
	g, err := gazetteer.Default(ctx)
	if err != nil {
		return err
	}
	r := geo.New(g)
	var all, tuneArts []geoeval.Article
	sets := map[string][]geoeval.Article{}
	for _, f := range files {
		fh, err := input.Open(f, 1<<30)
		if err != nil {
			return fmt.Errorf("%s: %w", f, err)
		}
		fh.Close()
		arts, err := geoeval.Load(f)
		if err != nil {
			return fmt.Errorf("%s: %w", f, err)
		}
		sets[f] = arts
		all = append(all, arts...)
		tuneArts = append(tuneArts, geoeval.Split(arts, !*swap)...)
	}
	if *tune > 0 {
		if *swap {
			r.W = geo.InitialWeights // the second fold must not start from the first's tuning
		}
		w := geoeval.Tune(ctx, r, tuneArts, *tune, e.stderr)
		r.W = w
		fmt.Fprint(e.stdout, geoeval.GoWeights(w))
	}
	for _, f := range files {
		arts := sets[f]
		for _, sp := range []string{"tune", "report", "all"} {
			if *split != "all" && sp != *split {
				continue
			}
			sub := arts
			if sp != "all" {
				sub = geoeval.Split(arts, (sp == "tune") != *swap)
			}
			var ms []geoeval.Miss
			s := geoeval.Evaluate(r, sub, &ms)
			fmt.Fprintf(e.stdout, "%s %s (%d docs): %s\n", filepath.Base(f), sp, len(sub), s)
			if *e2e {
				for _, mode := range []string{"ner", "capitalised"} {
					stages := []pipeline.Stage{clean.New(), segment.New()}
					if mode == "ner" {
						st, err := ner.New()
						if err != nil {
							fmt.Fprintf(e.stdout, "%s %s end to end (%s): skipped: %v\n", filepath.Base(f), sp, mode, err)
							continue
						}
						stages = append(stages, st)
					}
					p, err := pipeline.New(append(stages, geo.NewStageWith(g, geo.Options{}))...)
					if err != nil {
						return err
					}
					fmt.Fprintf(e.stdout, "%s %s end to end (%s): %s\n", filepath.Base(f), sp, mode, geoeval.EvaluateEndToEnd(ctx, p, sub))
				}
			}
			if *misses > 0 && sp == *split {
				sort.Slice(ms, func(i, j int) bool { return ms[i].Km > ms[j].Km })
				for i, m := range ms {
					if i >= *misses {
						break
					}
					fmt.Fprintf(e.stdout, "  %s %-25q gold %s got %s (%.0f km)\n", m.DocID, m.Phrase, m.Gold, strings.TrimSpace(m.Got), m.Km)
				}
			}
		}
	}
	return nil
}
