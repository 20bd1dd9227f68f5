package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/sitrep/sitrep/timex/timexeval"
)

func init() {
	registerEvaluator(subcommand{name: "timex", summary: "score temporal expressions against TimeML gold (TempEval-3 TBAQ)", run: runEvalTimex})
}

func runEvalTimex(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval timex", "DIR", "Scores the timex stage on TimeML files under DIR (e.g. ../shared/data/tempeval3/TBAQ-cleaned),\nusing each file's DCT as the document date. Subfolders (TimeBank, AQUAINT) are scored apart and together.\nValue F1 is the TempEval-3 measure: overlapping spans match, values must be equal.")
	showErrors := fs.Bool("errors", false, "print every disagreement (gold vs predicted) on standard output")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("want one directory of .tml files, got %d arguments", fs.NArg())
	}
	dir := fs.Arg(0)
	if _, err := os.Stat(dir); err != nil {
		return err
	}
	groups := []string{}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	for _, en := range entries {
		if en.IsDir() {
			groups = append(groups, en.Name())
		}
	}
	// The table is written only once every file was scored: a bad file
	// leaves no half table.
	var out bytes.Buffer
	fmt.Fprintf(&out, "%-10s %5s %5s %5s  %-7s %-7s %-7s %-7s %-7s %-7s\n", "set", "docs", "gold", "pred", "valP", "valR", "valF1", "typeF1", "relF1", "strF1")
	line := func(name string, r timexeval.Result) {
		s := r.Scores
		p, rc, f := s.F1(s.ValueRight)
		fmt.Fprintf(&out, "%-10s %5d %5d %5d  %-7.4f %-7.4f %-7.4f %-7.4f %-7.4f %-7.4f\n", name, r.Files, s.Gold, s.Pred, p, rc, f, s.TypeF1(), s.RelaxedF1(), s.StrictF1())
	}
	var all timexeval.Result
	for _, g := range groups {
		files, err := timexeval.Files(filepath.Join(dir, g))
		if err != nil {
			return err
		}
		if len(files) == 0 {
			continue
		}
		r, err := timexeval.Run(ctx, files, *showErrors)
		if err != nil {
			return err
		}
		line(g, r)
		all.Files += r.Files
		all.Scores.Merge(r.Scores)
		all.Errors = append(all.Errors, r.Errors...)
	}
	if len(groups) == 0 {
		files, err := timexeval.Files(dir)
		if err != nil {
			return err
		}
		if all, err = timexeval.Run(ctx, files, *showErrors); err != nil {
			return err
		}
	}
	if all.Files == 0 {
		return fmt.Errorf("%s: no .tml files", dir)
	}
	line("all", all)
	if *showErrors {
		for _, er := range all.Errors {
			g, p := "-", "-"
			if er.Gold != nil {
				g = fmt.Sprintf("%s %q %s", er.Gold.Type, er.Gold.Text, er.Gold.Value)
			}
			if er.Pred != nil {
				p = fmt.Sprintf("%s %q %s", er.Pred.Type, er.Pred.Text, er.Pred.Value)
			}
			fmt.Fprintf(&out, "%s\tgold: %s\tpred: %s\n", filepath.Base(er.File), g, p)
		}
	}
	_, err = e.stdout.Write(out.Bytes())
	return err
}
