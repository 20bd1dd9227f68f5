package main

import (
	"context"
	"fmt"
	"sort"
	"strings"
)

// subcommand is one trainer or evaluator under `sitrep train` / `sitrep eval`.
type subcommand struct {
	name, summary string
	run           func(ctx context.Context, e *env, args []string) error
}

var (
	trainers   = map[string]subcommand{}
	evaluators = map[string]subcommand{}
)

// registerTrainer adds `sitrep train NAME`; called from init in its file.
func registerTrainer(s subcommand) { trainers[s.name] = s }

// registerEvaluator adds `sitrep eval NAME`; called from init in its file.
func registerEvaluator(s subcommand) { evaluators[s.name] = s }

func init() {
	register(command{name: "train", summary: "train a model from gold data (tagger, parser, ner, ...)", run: func(ctx context.Context, e *env, args []string) error {
		return dispatch(ctx, e, "train", trainers, args)
	}})
	register(command{name: "eval", summary: "score sitrep against gold data", run: func(ctx context.Context, e *env, args []string) error {
		return dispatch(ctx, e, "eval", evaluators, args)
	}})
}

func dispatch(ctx context.Context, e *env, verb string, subs map[string]subcommand, args []string) error {
	names := make([]string, 0, len(subs))
	for n := range subs {
		names = append(names, n)
	}
	sort.Strings(names)
	if len(args) == 0 {
		fmt.Fprintf(e.stderr, "sitrep %s: no target given: want one of %s (see sitrep %s --help)\n", verb, strings.Join(names, ", "), verb)
		return errUsage
	}
	if args[0] == "-h" || args[0] == "--help" {
		fmt.Fprintf(e.stderr, "Usage: sitrep %s NAME [flags]\n\n", verb)
		for _, n := range names {
			fmt.Fprintf(e.stderr, "  %-10s %s\n", n, subs[n].summary)
		}
		return nil
	}
	s, ok := subs[args[0]]
	if !ok {
		return fmt.Errorf("unknown %s target %q (see sitrep %s --help)", verb, args[0], verb)
	}
	return s.run(ctx, e, args[1:])
}
