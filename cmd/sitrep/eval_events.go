package main

import (
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/sitrep/sitrep/actor"
	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/event"
	"github.com/sitrep/sitrep/event/eventeval"
	"github.com/sitrep/sitrep/internal/shareddata"
	"github.com/sitrep/sitrep/ontology"
	"github.com/sitrep/sitrep/parse"
	"github.com/sitrep/sitrep/pipeline"
	"github.com/sitrep/sitrep/tag"
)

func init() {
	registerEvaluator(subcommand{name: "events", summary: "event coding on the PLOVER gold records and the PETRARCH unit tests", run: runEvalEvents})
}

func runEvalEvents(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval events", "", "Runs the full pipeline over the PLOVER gold-standard sentences (event type accuracy in the\nolder PLOVER set the file uses, actor span token F1) and the PETRARCH unit-test records (share\nof records whose event codes and source/target codes are reproduced, with the suite's own\ndictionaries read at evaluation time). Even-numbered PLOVER records are the dev split, odd the test split.")
	shared := fs.String("shared", "", "the shared data folder (default: ../shared beside the checkout, or $SITREP_SHARED)")
	set := fs.String("set", "all", "which suite: gsr, petr or all")
	split := fs.String("split", "all", "PLOVER records scored: dev (even), test (odd) or all")
	limit := fs.Int("limit", 0, "score at most this many records of each suite (0: all)")
	misses := fs.Int("misses", 0, "print this many misses of each suite")
	taggerPath := fs.String("tagger", "", "use this tagger model file (gzip) instead of the embedded one")
	parserPath := fs.String("parser", "", "use this parser model file (gzip) instead of the embedded one")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	dir := *shared
	if dir == "" {
		d, ok := shareddata.Dir()
		if !ok {
			return errors.New("the shared data folder was not found (give --shared DIR or set SITREP_SHARED)")
		}
		dir = d
	}
	ev := filepath.Join(dir, "data", "events")
	mo := modelOverrides{tagger: *taggerPath, parser: *parserPath}
	if *set == "all" || *set == "gsr" {
		s, err := evalGSR(ctx, filepath.Join(ev, "plover", "PLOVER_GSR_CAMEO.json"), *split, *limit, mo)
		if err != nil {
			return err
		}
		s.Report(e.stdout, "PLOVER GSR "+*split)
		printMisses(e, s.Misses, *misses)
	}
	if *set == "all" || *set == "petr" {
		for _, mode := range []string{"dictionary", "lexicon"} {
			s, err := evalPETR(ctx, filepath.Join(ev, "petrarch2"), mode == "dictionary", *limit, mo)
			if err != nil {
				return err
			}
			s.Report(e.stdout, "PETRARCH unit tests ("+mode+")")
			printMisses(e, s.Misses, *misses)
		}
	}
	return nil
}

func printMisses(e *env, ms []string, n int) {
	for i, m := range ms {
		if i >= n {
			break
		}
		fmt.Fprintf(e.stdout, "  miss %s\n", m)
	}
}

// modelOverrides name tagger and parser model files to use instead of the
// embedded ones (to measure a model before it is committed).
type modelOverrides struct{ tagger, parser string }

func (m modelOverrides) stages() (tagStage, parseStage pipeline.Stage, err error) {
	if m.tagger != "" {
		f, err := os.Open(m.tagger)
		if err != nil {
			return nil, nil, err
		}
		defer f.Close()
		t, err := tag.ReadGzip(f)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", m.tagger, err)
		}
		tagStage = tag.NewWith(t)
	}
	if m.parser != "" {
		f, err := os.Open(m.parser)
		if err != nil {
			return nil, nil, err
		}
		defer f.Close()
		zr, err := gzip.NewReader(f)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", m.parser, err)
		}
		p, err := parse.ReadParser(zr)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", m.parser, err)
		}
		parseStage = parse.NewWith(p)
	}
	return tagStage, parseStage, nil
}

// eventPipeline returns a Process over the extract pipeline with the event
// stage replaced by ev (and the tagger and parser by the overrides).
func eventPipeline(ev *event.Stage, mo modelOverrides) (eventeval.Process, error) {
	stages, err := extractStages(stageOptions{})
	if err != nil {
		return nil, err
	}
	tagStage, parseStage, err := mo.stages()
	if err != nil {
		return nil, err
	}
	var list []pipeline.Stage
	for _, s := range stages {
		switch {
		case s.Name() == "event":
		case s.Name() == "tag" && tagStage != nil, s.Name() == "parse" && parseStage != nil:
		default:
			list = append(list, s)
		}
		if s.Name() == "segment" {
			if tagStage != nil {
				list = append(list, tagStage)
			}
			if parseStage != nil {
				list = append(list, parseStage)
			}
		}
	}
	list = append(list, ev)
	p, err := pipeline.New(list...)
	if err != nil {
		return nil, fmt.Errorf("the event evaluation needs the full pipeline: %w", err)
	}
	return func(ctx context.Context, id, text, published string) (*doc.Doc, error) {
		d := doc.FromInput([]byte(text), id)
		d.Meta.Published = &published
		d.Meta.PublishedSource = "flag"
		if err := p.Process(ctx, d); err != nil {
			return nil, err
		}
		return d, nil
	}, nil
}

func evalGSR(ctx context.Context, path, split string, limit int, mo modelOverrides) (eventeval.GSRScore, error) {
	recs, err := eventeval.LoadGSR(path)
	if err != nil {
		return eventeval.GSRScore{}, err
	}
	var sub []eventeval.GSRRecord
	for i, r := range recs {
		if split == "dev" && i%2 == 1 || split == "test" && i%2 == 0 {
			continue
		}
		sub = append(sub, r)
		if limit > 0 && len(sub) >= limit {
			break
		}
	}
	// (a GSR record is a sentence given as stating an event: which events
	// of an article a coder lists, what salience measures, is not asked)
	st, err := event.NewWithOptions(event.Options{MinSalience: -1})
	if err != nil {
		return eventeval.GSRScore{}, err
	}
	proc, err := eventPipeline(st, mo)
	if err != nil {
		return eventeval.GSRScore{}, err
	}
	return eventeval.ScoreGSR(ctx, sub, proc)
}

// evalPETR scores the PETRARCH unit tests with the suite's actor and agent
// dictionaries; dictOnly codes verbs with the suite's verb dictionary
// alone, as PETRARCH does, otherwise with sitrep's lexicon.
func evalPETR(ctx context.Context, dir string, dictOnly bool, limit int, mo modelOverrides) (eventeval.PETRScore, error) {
	f, err := os.Open(filepath.Join(dir, "PETR.UnitTest.records.xml"))
	if err != nil {
		return eventeval.PETRScore{}, err
	}
	recs, err := eventeval.LoadPETR(f)
	f.Close()
	if err != nil {
		return eventeval.PETRScore{}, fmt.Errorf("PETR.UnitTest.records.xml: %w", err)
	}
	if limit > 0 && len(recs) > limit {
		recs = recs[:limit]
	}
	dict := actor.New()
	for _, name := range []string{"PETR.Validate.actors.txt", "PETR.Validate.agents.txt"} {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			return eventeval.PETRScore{}, err
		}
		err = actor.ParsePETR(f, dict)
		f.Close()
		if err != nil {
			return eventeval.PETRScore{}, fmt.Errorf("%s: %w", name, err)
		}
	}
	opts := event.Options{Actors: dict, MinSalience: -1} // (sentences given as stating events, as for GSR)
	if dictOnly {
		f, err := os.Open(filepath.Join(dir, "PETR.Validate.verbs.txt"))
		if err != nil {
			return eventeval.PETRScore{}, err
		}
		v, err := ontology.ParsePETRVerbs(f)
		f.Close()
		if err != nil {
			return eventeval.PETRScore{}, fmt.Errorf("PETR.Validate.verbs.txt: %w", err)
		}
		opts.Verbs, opts.DictionaryOnly = v, true
	}
	st, err := event.NewWithOptions(opts)
	if err != nil {
		return eventeval.PETRScore{}, err
	}
	proc, err := eventPipeline(st, mo)
	if err != nil {
		return eventeval.PETRScore{}, err
	}
	return eventeval.ScorePETR(ctx, recs, proc)
}
