package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"text/tabwriter"

	"golang.org/x/term"

	"github.com/sitrep/sitrep/store"
	"github.com/sitrep/sitrep/store/sqlite"
)

func init() {
	register(command{name: "stats", summary: "count the articles, clusters and events in the corpus database", run: runStats})
}

func runStats(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "stats", "", "Counts what the corpus database holds: inputs read, articles, story clusters, event reports and\n"+
		"merged events; with --by, merged events per day, place or type.")
	db := fs.String("db", defaultDB, "the corpus database `file`")
	by := fs.String("by", "", "group merged events by `day|place|type`")
	defFormat := "json"
	if f, ok := e.stdout.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		defFormat = "table"
	}
	format := fs.String("format", defFormat, "output `format`: table or json")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	switch store.GroupBy(*by) {
	case store.ByNone, store.ByDay, store.ByPlace, store.ByType:
	default:
		return fmt.Errorf("--by %q: want day, place or type", *by)
	}
	if *format != "table" && *format != "json" {
		return fmt.Errorf("--format %q: want table or json", *format)
	}
	st, err := sqlite.Open(ctx, *db, sqlite.Options{ReadOnly: true})
	if err != nil {
		return err
	}
	defer st.Close()
	s, err := st.Stats(ctx, store.GroupBy(*by))
	if err != nil {
		return err
	}
	if *format == "json" {
		if s.Groups == nil && *by != "" {
			s.Groups = []store.Group{}
		}
		b, err := json.Marshal(s)
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(e.stdout, "%s\n", b)
		return err
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "inputs\t%d\narticles\t%d\nstory clusters\t%d\nevent reports\t%d\nevents (merged)\t%d\nplaces\t%d\n",
		s.Inputs, s.Articles, s.Clusters, s.EventReports, s.Events, s.Places)
	if *by != "" {
		fmt.Fprintf(tw, "\n%s\tevents\tmentions\tarticles\n", *by)
		for _, g := range s.Groups {
			key := g.Key
			if key == "" {
				key = "(unknown)"
			}
			fmt.Fprintf(tw, "%s\t%d\t%d\t%d\n", key, g.Events, g.Mentions, g.Articles)
		}
	}
	return tw.Flush()
}
