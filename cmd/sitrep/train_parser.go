package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"github.com/sitrep/sitrep/models"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
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
	out := fs.String("out", filepath.Join("models", "files"), "folder to write NAME.gz and NAME.meta.json into")
	name := fs.String("name", "parser", "model name: parser (the most accurate beam model, sitrep tag's), "+parse.NewsModel+" (the beam model sitrep extract decodes) or "+parse.FastModel+" (the greedy one --parse-beam 1 uses)")
	taggerPath := fs.String("tagger", filepath.Join("models", "files", "tagger.gz"), "tagger model used for dev/test tags")
	iters := fs.Int("iterations", 13, "training passes (the best on dev is kept)")
	seed := fs.Uint64("seed", 1, "shuffling and exploration seed (jackknife too)")
	seedList := fs.String("seeds", "", "comma-separated seeds: train one model per seed and score them together (default: --seed)")
	prune := fs.Float64("prune", 1.0, "drop averaged weights smaller than this")
	explore := fs.Float64("explore", 0.9, "probability of following a wrong prediction after the first pass")
	folds := fs.Int("jackknife", 4, "train-set tags from a tagger trained on the other folds (0: gold tags)")
	taggerIters := fs.Int("tagger-iterations", 7, "tagger passes for each jackknife fold")
	twoPass := fs.Bool("jackknife-two-pass", false, "jackknife with two-pass taggers (like the shipped tagger; slower)")
	nonProj := fs.String("nonprojective", "skip", "beam training on non-projective trees: skip them, or lift their crossing arcs until projective")
	beam := fs.Int("beam", 1, "beam width: >1 trains a globally scored beam parser (max-violation updates)")
	partList := fs.String("parts", "", "comma-separated per-seed models (the NAME[.seedN].partial.raw files of earlier runs) to combine instead of training; the meta file records them with the --seeds command that makes the same models")
	decodeWidths := fs.String("decode-widths", "", "comma-separated beam widths to try on dev after training; the best (LAS) is the model's decoding width (default: the training width)")
	limit := fs.Int("limit", 0, "use only the first N training sentences (0: all)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *nonProj != "skip" && *nonProj != "lift" {
		return fmt.Errorf("--nonprojective: %q is neither skip nor lift", *nonProj)
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
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
	if *folds > 1 && *partList == "" {
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
	partSums := map[string]string{}
	if *partList != "" {
		for _, f := range strings.Split(*partList, ",") {
			p, sum, err := readParserPart(strings.TrimSpace(f))
			if err != nil {
				return err
			}
			parts = append(parts, p)
			partSums[filepath.Join(filepath.Base(filepath.Dir(f)), filepath.Base(f))] = sum
		}
	} else if parts, err = trainSeeds(ctx, e, trainEx, devEx, seeds, *name, *out, parse.TrainOptions{Iterations: *iters, Prune: *prune, Explore: *explore, Beam: *beam, Lift: *nonProj == "lift"}); err != nil {
		return err
	}
	p, err := parse.Combine(parts...)
	if err != nil {
		return err
	}
	// an ensemble of linear models is one linear model: its weights
	// summed score the same at the cost of one
	if p, err = p.Summed(); err != nil {
		return err
	}
	elapsed := time.Since(start)
	// The decoding width: the one of --decode-widths best on dev (LAS);
	// wider than the training beam often parses better still.
	widths := map[string]float64{}
	if *beam > 1 && *decodeWidths != "" {
		bestW, bestLAS := p.Beam, -1.0
		for _, f := range strings.Split(*decodeWidths, ",") {
			w, err := strconv.Atoi(strings.TrimSpace(f))
			if err != nil || w < 1 {
				return fmt.Errorf("--decode-widths: %q is not a width", f)
			}
			s := p.WithBeam(w).Evaluate(devEx)
			fmt.Fprintf(e.stderr, "parser: width %d: dev %s\n", w, s)
			widths[strconv.Itoa(w)] = s.LAS
			if s.LAS > bestLAS {
				bestW, bestLAS = w, s.LAS
			}
		}
		p = p.WithBeam(bestW)
	}
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
	method := "greedy labelled arc-hybrid, averaged perceptron, dynamic oracle with exploration, hashed features; tags from the tagger (jackknifed on train)"
	if *beam > 1 {
		method = fmt.Sprintf("labelled arc-hybrid with beam search (training width %d), globally scored averaged perceptron, max-violation updates, static oracle (non-projective trees %s), hashed features; tags from the tagger (jackknifed on train)", *beam, map[string]string{"skip": "skipped", "lift": "made projective by lifting"}[*nonProj])
	}
	if len(seeds) > 1 {
		method += fmt.Sprintf("; an ensemble of %d models, one per seed, their weights summed into one model", len(parts))
	}
	meta := map[string]any{
		"model":                   *name,
		"method":                  method,
		"training":                sums,
		"command":                 "sitrep train parser " + strings.Join(withoutFlag(args, "parts"), " "),
		"seed":                    *seed,
		"seeds":                   seeds,
		"beam":                    *beam,
		"decode_width":            p.Beam,
		"dev_las_by_decode_width": widths,
		"parts":                   partSums,
		"jackknife":               map[string]any{"folds": *folds, "tagger_iterations": *taggerIters, "two_pass": *twoPass},
		"iterations":              *iters,
		"date":                    time.Now().UTC().Format(time.RFC3339),
		"train_time_s":            elapsed.Seconds(),
		"features":                p.Features(),
		"scores": map[string]any{
			"dev": sc(devSc), "test": sc(testSc),
			"dev_gold_tags": sc(goldDev), "test_gold_tags": sc(goldTest),
		},
	}
	return writeModel(*out, *name, raw.Bytes(), meta, e.stderr)
}

// trainSeeds trains one parser per seed, at once, one goroutine each (each
// run is deterministic for its seed, so the result does not depend on the
// scheduling). Each keeps its best model so far on disk
// (NAME[.seedN].partial.raw in out) so that a long run can be stopped and
// its best iterations used (--parts).
func trainSeeds(ctx context.Context, e *env, trainEx, devEx []parse.Example, seeds []uint64, name, out string, base parse.TrainOptions) ([]*parse.Parser, error) {
	parts := make([]*parse.Parser, len(seeds))
	errs := make([]error, len(seeds))
	var wg sync.WaitGroup
	var logMu sync.Mutex
	for i, sd := range seeds {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Fprintf(e.stderr, "parser: training with seed %d\n", sd)
			part := name
			if len(seeds) > 1 {
				part = fmt.Sprintf("%s.seed%d", name, sd)
			}
			opts := base
			opts.Seed = sd
			opts.Progress = prefixWriter(e.stderr, &logMu, fmt.Sprintf("seed %d: ", sd))
			opts.Checkpoint = func(p *parse.Parser, s parse.Score) error {
				var raw bytes.Buffer
				if _, err := p.WriteTo(&raw); err != nil {
					return err
				}
				return models.WriteFileAtomic(filepath.Join(out, part+".partial.raw"), raw.Bytes())
			}
			train := parse.Train
			if opts.Beam > 1 {
				train = parse.TrainBeam
			}
			parts[i], errs[i] = train(ctx, trainEx, devEx, opts)
		}()
	}
	wg.Wait()
	return parts, errors.Join(errs...)
}

// withoutFlag drops flag name (-name V, --name V, --name=V) from args:
// the command that reproduces a model combined from parts is the one that
// trains them.
func withoutFlag(args []string, name string) []string {
	var out []string
	for i := 0; i < len(args); i++ {
		a := strings.TrimLeft(args[i], "-")
		switch {
		case a == name && strings.HasPrefix(args[i], "-"):
			i++
		case strings.HasPrefix(a, name+"=") && strings.HasPrefix(args[i], "-"):
		default:
			out = append(out, args[i])
		}
	}
	return out
}

// readParserPart reads a per-seed parser model (raw, as checkpoints are
// written) and its sha256.
func readParserPart(path string) (*parse.Parser, string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, "", fmt.Errorf("--parts: %w", err)
	}
	p, err := parse.ReadParser(bytes.NewReader(b))
	if err != nil {
		return nil, "", fmt.Errorf("--parts: %s: %w", path, err)
	}
	return p, fmt.Sprintf("sha256:%x", sha256.Sum256(b)), nil
}

// prefixWriter returns a writer that prefixes each line written to w;
// writers sharing mu may write at once (one line per Write, as
// fmt.Fprintf gives).
func prefixWriter(w io.Writer, mu *sync.Mutex, prefix string) io.Writer {
	return &linePrefixer{w: w, mu: mu, prefix: prefix}
}

type linePrefixer struct {
	w      io.Writer
	mu     *sync.Mutex
	prefix string
}

func (l *linePrefixer) Write(b []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if _, err := io.WriteString(l.w, l.prefix); err != nil {
		return 0, err
	}
	return l.w.Write(b)
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
