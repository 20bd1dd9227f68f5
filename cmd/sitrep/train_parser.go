package main

import (
	"bytes"
	"context"
	"fmt"
	"github.com/sitrep/sitrep/models"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/sitrep/sitrep/parse"
	"github.com/sitrep/sitrep/tag"
)

func init() {
	registerTrainer(subcommand{name: "parser", summary: "train the dependency parser on UD English EWT (models/files/parser.gz)", run: runTrainParser})
}

func runTrainParser(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "train parser", "", "Trains the arc-hybrid perceptron parser on EWT train with tags predicted by the tagger\n(jackknifed on train), picks the iteration by dev LAS, scores dev and test and writes\nmodels/files/parser.gz with parser.meta.json.")
	dir := fs.String("data", defaultUDDir(), "folder with en_ewt-ud-{train,dev,test}.conllu")
	out := fs.String("out", filepath.Join("models", "files"), "folder to write parser.gz and parser.meta.json into")
	taggerPath := fs.String("tagger", filepath.Join("models", "files", "tagger.gz"), "tagger model used for dev/test tags")
	iters := fs.Int("iterations", 13, "training passes (the best on dev is kept)")
	seed := fs.Uint64("seed", 1, "shuffling and exploration seed (jackknife too)")
	seedList := fs.String("seeds", "", "comma-separated seeds: train one model per seed and score them together (default: --seed)")
	prune := fs.Float64("prune", 1.0, "drop averaged weights smaller than this")
	explore := fs.Float64("explore", 0.9, "probability of following a wrong prediction after the first pass")
	folds := fs.Int("jackknife", 4, "train-set tags from a tagger trained on the other folds (0: gold tags)")
	taggerIters := fs.Int("tagger-iterations", 7, "tagger passes for each jackknife fold")
	twoPass := fs.Bool("jackknife-two-pass", false, "jackknife with two-pass taggers (like the shipped tagger; slower)")
	beam := fs.Int("beam", 1, "beam width: >1 trains a globally scored beam parser (max-violation updates)")
	limit := fs.Int("limit", 0, "use only the first N training sentences (0: all)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	train, dev, test, err := loadEWT(*dir, *limit)
	if err != nil {
		return err
	}
	tagger, err := readTaggerFile(*taggerPath)
	if err != nil {
		return err
	}
	start := time.Now()
	trainEx := parse.Examples(train, nil)
	if *folds > 1 {
		fmt.Fprintf(e.stderr, "parser: jackknifing train tags over %d folds\n", *folds)
		if err := jackknife(ctx, train, trainEx, *folds, *taggerIters, *seed, *twoPass); err != nil {
			return err
		}
	}
	devEx, testEx := parse.Examples(dev, tagger), parse.Examples(test, tagger)
	seeds := []uint64{*seed}
	if *seedList != "" {
		seeds = seeds[:0]
		for _, f := range strings.Split(*seedList, ",") {
			v, err := strconv.ParseUint(strings.TrimSpace(f), 10, 64)
			if err != nil {
				return fmt.Errorf("--seeds: %q is not a number", f)
			}
			seeds = append(seeds, v)
		}
	}
	var parts []*parse.Parser
	for _, sd := range seeds {
		fmt.Fprintf(e.stderr, "parser: training with seed %d\n", sd)
		opts := parse.TrainOptions{Iterations: *iters, Seed: sd, Prune: *prune, Explore: *explore, Beam: *beam, Progress: e.stderr}
		if len(seeds) == 1 {
			// Keep the best model so far on disk (NAME.partial.gz) so that a
			// long run can be stopped and its best iteration used.
			opts.Checkpoint = func(p *parse.Parser, s parse.Score) error {
				var raw bytes.Buffer
				if _, err := p.WriteTo(&raw); err != nil {
					return err
				}
				return models.WriteFileAtomic(filepath.Join(*out, "parser.partial.raw"), raw.Bytes())
			}
		}
		train := parse.Train
		if *beam > 1 {
			train = parse.TrainBeam
		}
		p, err := train(ctx, trainEx, devEx, opts)
		if err != nil {
			return err
		}
		parts = append(parts, p)
	}
	p, err := parse.Combine(parts...)
	if err != nil {
		return err
	}
	elapsed := time.Since(start)
	devSc, testSc := p.Evaluate(devEx), p.Evaluate(testEx)
	goldDev, goldTest := p.Evaluate(parse.Examples(dev, nil)), p.Evaluate(parse.Examples(test, nil))
	fmt.Fprintf(e.stderr, "parser: dev %s\nparser: test %s\nparser: gold-tag test %s\n", devSc, testSc, goldTest)
	var raw bytes.Buffer
	if _, err := p.WriteTo(&raw); err != nil {
		return err
	}
	sums, err := checksums(udPath(*dir, "train"), udPath(*dir, "dev"), *taggerPath)
	if err != nil {
		return err
	}
	sc := func(s parse.Score) map[string]float64 {
		return map[string]float64{"uas": s.UAS, "las": s.LAS, "uas_no_punct": s.UASNoPunct, "las_no_punct": s.LASNoPunct, "tokens": float64(s.Tokens)}
	}
	meta := map[string]any{
		"model":        "parser",
		"method":       "greedy labelled arc-hybrid, averaged perceptron, dynamic oracle with exploration, hashed features; tags from the tagger (jackknifed on train)",
		"training":     sums,
		"command":      "sitrep train parser " + strings.Join(args, " "),
		"seed":         *seed,
		"seeds":        seeds,
		"beam":         *beam,
		"jackknife":    map[string]any{"folds": *folds, "tagger_iterations": *taggerIters, "two_pass": *twoPass},
		"iterations":   *iters,
		"date":         time.Now().UTC().Format(time.RFC3339),
		"train_time_s": elapsed.Seconds(),
		"features":     p.Features(),
		"scores": map[string]any{
			"dev": sc(devSc), "test": sc(testSc),
			"dev_gold_tags": sc(goldDev), "test_gold_tags": sc(goldTest),
		},
	}
	return writeModel(*out, "parser", raw.Bytes(), meta, e.stderr)
}

func readTaggerFile(path string) (*tag.Tagger, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("tagger model: %w (train it first with `sitrep train tagger`)", err)
	}
	defer f.Close()
	return tag.ReadGzip(f)
}

// jackknife replaces the tags of exs with predictions of taggers trained on
// the other folds, so the parser trains on tags as noisy as at run time.
func jackknife(ctx context.Context, gold []tag.Gold, exs []parse.Example, k, iters int, seed uint64, twoPass bool) error {
	for f := 0; f < k; f++ {
		var tr []tag.Gold
		for i, g := range gold {
			if i%k != f {
				tr = append(tr, g)
			}
		}
		t, err := tag.Train(ctx, tr, nil, tag.TrainOptions{Iterations: iters, Seed: seed + uint64(f), TwoPass: twoPass})
		if err != nil {
			return err
		}
		for i := f; i < len(gold); i += k {
			out := t.Tag(gold[i].Words)
			exs[i].UPOS, exs[i].XPOS = out.UPOS, out.XPOS
		}
	}
	return nil
}
