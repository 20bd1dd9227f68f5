package main

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"github.com/sitrep/sitrep/datadir"
	"github.com/sitrep/sitrep/geo"
	"github.com/sitrep/sitrep/geo/gazetteer"
	"github.com/sitrep/sitrep/geo/geoeval"
)

func init() {
	registerEvaluator(subcommand{name: "geo", summary: "toponym resolution on LGL / TR-News gold spans (accuracy within 161 km)", run: runEvalGeo})
}

func runEvalGeo(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval geo", "[GOLD.xml ...]", "Resolves the gold toponym spans of LGL / TR-News style XML files and reports accuracy within 161 km\n(default files: ../shared/data/geo/lgl.xml and TR-News.xml). Even docids are the tune split, odd the report split.")
	split := fs.String("split", "all", "documents scored: tune (even docids), report (odd docids) or all")
	misses := fs.Int("misses", 0, "print this many of the worst misses")
	tune := fs.Int("tune", 0, "tune the weights for this many rounds of coordinate ascent on the tune split, then print them")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	files := fs.Args()
	if len(files) == 0 {
		files = []string{filepath.Join("..", "shared", "data", "geo", "lgl.xml"), filepath.Join("..", "shared", "data", "geo", "TR-News.xml")}
	}
	g, err := gazetteer.Open(ctx, datadir.Dir())
	if err != nil {
		return err
	}
	r := geo.New(g)
	var all, tuneArts []geoeval.Article
	sets := map[string][]geoeval.Article{}
	for _, f := range files {
		arts, err := geoeval.Load(f)
		if err != nil {
			return err
		}
		sets[f] = arts
		all = append(all, arts...)
		tuneArts = append(tuneArts, geoeval.Split(arts, true)...)
	}
	if *tune > 0 {
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
				sub = geoeval.Split(arts, sp == "tune")
			}
			var ms []geoeval.Miss
			s := geoeval.Evaluate(r, sub, &ms)
			fmt.Fprintf(e.stdout, "%s %s (%d docs): %s\n", filepath.Base(f), sp, len(sub), s)
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
