// Package timexeval scores the timex stage against TimeML gold (TempEval-3
// TBAQ): it reads .tml files, runs clean, segment and timex with the gold
// document creation time as the document date, and tallies relaxed/strict
// extent, type and value agreement. It is for `sitrep eval timex` and
// tests only; it writes nothing and owns no annotation.
package timexeval

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/sitrep/sitrep/clean"
	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/pipeline"
	"github.com/sitrep/sitrep/segment"
	"github.com/sitrep/sitrep/timeml"
	"github.com/sitrep/sitrep/timex"
)

// Error is one disagreement, for inspection.
type Error struct {
	File       string
	Gold, Pred *timeml.Timex
}

// Result is the tally for a set of files.
type Result struct {
	Files  int
	Scores timeml.Scores
	Errors []Error
}

// Files lists the .tml files under dir (sorted).
func Files(dir string) ([]string, error) {
	var out []string
	err := filepath.WalkDir(dir, func(p string, de os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !de.IsDir() && filepath.Ext(p) == ".tml" {
			out = append(out, p)
		}
		return nil
	})
	sort.Strings(out)
	return out, err
}

// Run scores the timex stage on files; keepErrors collects mismatches.
func Run(ctx context.Context, files []string, keepErrors bool) (Result, error) {
	p, err := pipeline.New(clean.New(), segment.New(), timex.New())
	if err != nil {
		return Result{}, err
	}
	var res Result
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return res, err
		}
		b, err := os.ReadFile(f)
		if err != nil {
			return res, err
		}
		g, err := timeml.ParseBytes(b)
		if err != nil {
			return res, fmt.Errorf("%s: %w", f, err)
		}
		d := doc.FromInput([]byte(g.Text), f)
		if len(g.DCT) >= 10 {
			dct := g.DCT[:10]
			d.Meta.Published = &dct
			d.Meta.PublishedSource = "flag"
		}
		if err := p.Process(ctx, d); err != nil {
			return res, fmt.Errorf("%s: %w", f, err)
		}
		if d.Text != g.Text {
			return res, fmt.Errorf("%s: the clean stage changed the text; offsets would not match", f)
		}
		pred := make([]timeml.Timex, 0, len(d.Times))
		for _, t := range d.Times {
			v := ""
			if t.Value != nil {
				v = *t.Value
			}
			pred = append(pred, timeml.Timex{Type: t.Type, Value: v, Mod: t.Mod, Start: t.Start, End: t.End, Text: t.Text})
		}
		res.Files++
		res.Scores.Add(g.Timexes, pred)
		if keepErrors {
			res.Errors = append(res.Errors, diff(f, g.Timexes, pred)...)
		}
	}
	return res, nil
}

func diff(f string, gold, pred []timeml.Timex) []Error {
	var out []Error
	used := make([]bool, len(pred))
	for gi := range gold {
		g := &gold[gi]
		var m *timeml.Timex
		for pi := range pred {
			p := &pred[pi]
			if !used[pi] && p.Start < g.End && g.Start < p.End {
				used[pi], m = true, p
				break
			}
		}
		if m == nil || m.Value != g.Value {
			out = append(out, Error{File: f, Gold: g, Pred: m})
		}
	}
	for pi := range pred {
		if !used[pi] {
			out = append(out, Error{File: f, Pred: &pred[pi]})
		}
	}
	return out
}
