// Package pipeline owns the Stage interface and the order stages run in.
//
// A Pipeline is an ordered list of stages; New checks, before any document
// flows, that each stage's requirements are assigned by a stage before it.
// Runner processes many documents concurrently with bounded parallelism,
// honours context cancellation and reports a failed document without
// stopping the batch. The package knows nothing of what the stages do.
package pipeline

import (
	"context"
	"fmt"
	"runtime/debug"
	"sort"
	"strings"

	"github.com/sitrep/sitrep/doc"
)

// Stage is one step of the analysis: it reads what it Requires from a Doc
// and adds what it Assigns.
type Stage interface {
	Name() string
	Requires() []string
	Assigns() []string
	Process(ctx context.Context, d *doc.Doc) error
}

// Pipeline is a checked, ordered list of stages. It is safe for concurrent
// use when its stages are (stages hold read-only models).
type Pipeline struct {
	stages []Stage
}

// New checks that every stage's requirements are met by earlier stages and
// returns the pipeline.
func New(stages ...Stage) (*Pipeline, error) {
	have := map[string]string{doc.AnnText: "input"}
	for _, s := range stages {
		for _, r := range s.Requires() {
			if _, ok := have[r]; !ok {
				return nil, fmt.Errorf("pipeline: stage %q requires %q, which no earlier stage assigns (have %s)", s.Name(), r, keys(have))
			}
		}
		for _, a := range s.Assigns() {
			have[a] = s.Name()
		}
	}
	return &Pipeline{stages: stages}, nil
}

// Names lists the stages in order.
func (p *Pipeline) Names() []string {
	out := make([]string, len(p.stages))
	for i, s := range p.stages {
		out[i] = s.Name()
	}
	return out
}

// Process runs every stage on d in order. A panic inside a stage is turned
// into an error naming the stage, so one bad document never takes a batch
// down.
func (p *Pipeline) Process(ctx context.Context, d *doc.Doc) (err error) {
	for _, s := range p.stages {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := runStage(ctx, s, d); err != nil {
			return err
		}
		d.Annotations = append(d.Annotations, s.Assigns()...)
	}
	return nil
}

func runStage(ctx context.Context, s Stage, d *doc.Doc) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: internal error: %v\n%s", s.Name(), r, firstLines(string(debug.Stack()), 12))
		}
	}()
	if err := s.Process(ctx, d); err != nil {
		return fmt.Errorf("%s: %w", s.Name(), err)
	}
	return nil
}

func firstLines(s string, n int) string {
	lines := strings.SplitN(s, "\n", n+1)
	if len(lines) > n {
		lines = lines[:n]
	}
	return strings.Join(lines, "\n")
}

func keys(m map[string]string) string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return strings.Join(out, ", ")
}
