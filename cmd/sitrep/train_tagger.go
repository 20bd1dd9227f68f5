package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/sitrep/sitrep/models"

	"github.com/sitrep/sitrep/internal/shareddata"
	"github.com/sitrep/sitrep/tag"
)

func init() {
	registerTrainer(subcommand{name: "tagger", summary: "train the POS tagger on UD English EWT (models/files/tagger.gz)", run: runTrainTagger})
}

// udFiles are the EWT files under the shared data folder.
func udPath(dir, split string) string {
	return filepath.Join(dir, "en_ewt-ud-"+split+".conllu")
}

func defaultUDDir() string {
	if d, ok := shareddata.Dir(); ok {
		return filepath.Join(d, "data", "ud-ewt")
	}
	return filepath.Join("..", "shared", "data", "ud-ewt")
}

func runTrainTagger(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "train tagger", "", "Trains the averaged-perceptron tagger on EWT train, picks the iteration by dev,\nscores dev and test and writes models/files/tagger.gz with tagger.meta.json.")
	dir := fs.String("data", defaultUDDir(), "folder with en_ewt-ud-{train,dev,test}.conllu")
	out := fs.String("out", filepath.Join("models", "files"), "folder to write tagger.gz and tagger.meta.json into")
	iters := fs.Int("iterations", 10, "training passes (the best on dev is kept)")
	seed := fs.Uint64("seed", 1, "shuffling seed")
	prune := fs.Float64("prune", 0.05, "drop averaged weights smaller than this")
	limit := fs.Int("limit", 0, "use only the first N training sentences (0: all)")
	twoPass := fs.Bool("two-pass", true, "add a second pass that sees first-pass tags on both sides")
	folds := fs.Int("folds", 4, "jackknife folds for the second pass")
	partList := fs.String("parts", "", "comma-separated taggers (gzip, as written by this command with other seeds) to sum into one instead of training; the meta file records them")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	train, dev, test, err := loadEWT(*dir, *limit)
	if err != nil {
		return err
	}
	start := time.Now()
	var t *tag.Tagger
	partSums := map[string]string{}
	if *partList != "" {
		var parts []*tag.Tagger
		for _, f := range strings.Split(*partList, ",") {
			f = strings.TrimSpace(f)
			b, err := os.ReadFile(f)
			if err != nil {
				return fmt.Errorf("--parts: %w", err)
			}
			p, err := tag.ReadGzip(bytes.NewReader(b))
			if err != nil {
				return fmt.Errorf("--parts: %s: %w", f, err)
			}
			parts = append(parts, p)
			partSums[f] = fmt.Sprintf("sha256:%x", sha256.Sum256(b))
		}
		if t, err = tag.Combine(parts...); err != nil {
			return err
		}
	} else if t, err = tag.Train(ctx, train, dev, tag.TrainOptions{Iterations: *iters, Seed: *seed, Prune: *prune, TwoPass: *twoPass, Folds: *folds, Progress: e.stderr}); err != nil {
		return err
	}
	elapsed := time.Since(start)
	devSc, testSc := t.Evaluate(dev), t.Evaluate(test)
	fmt.Fprintf(e.stderr, "tagger: dev %s\ntagger: test %s\n", devSc, testSc)
	var raw bytes.Buffer
	if _, err := t.WriteTo(&raw); err != nil {
		return err
	}
	sums, err := checksums(udPath(*dir, "train"), udPath(*dir, "dev"))
	if err != nil {
		return err
	}
	meta := map[string]any{
		"model":        "tagger",
		"method":       "greedy averaged perceptron, joint UPOS|XPOS labels, hashed features, second pass over first-pass labels on both sides (jackknifed); rule+exception lemmatiser keyed by XPOS",
		"training":     sums,
		"command":      "sitrep train tagger " + strings.Join(args, " "),
		"seed":         *seed,
		"iterations":   *iters,
		"two_pass":     *twoPass,
		"date":         time.Now().UTC().Format(time.RFC3339),
		"train_time_s": elapsed.Seconds(),
		"features":     t.Features(),
		"parts":        partSums,
		"scores": map[string]any{
			"dev":             map[string]float64{"upos": devSc.UPOS, "xpos": devSc.XPOS, "lemma": devSc.Lemma, "tokens": float64(devSc.Tokens)},
			"test":            map[string]float64{"upos": testSc.UPOS, "xpos": testSc.XPOS, "lemma": testSc.Lemma, "tokens": float64(testSc.Tokens)},
			"lemma_gold_tags": map[string]float64{"dev": t.EvaluateLemmas(dev), "test": t.EvaluateLemmas(test)},
		},
	}
	return writeModel(*out, "tagger", raw.Bytes(), meta, e.stderr)
}

func loadEWT(dir string, limit int) (train, dev, test []tag.Gold, err error) {
	if train, err = tag.ReadGold(udPath(dir, "train")); err != nil {
		return
	}
	if limit > 0 && limit < len(train) {
		train = train[:limit]
	}
	if dev, err = tag.ReadGold(udPath(dir, "dev")); err != nil {
		return
	}
	test, err = tag.ReadGold(udPath(dir, "test"))
	return
}

// checksums returns the sha256 of each file by base name.
func checksums(paths ...string) (map[string]string, error) {
	out := map[string]string{}
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, err
		}
		h := sha256.New()
		_, err = io.Copy(h, f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		out[filepath.Base(p)] = "sha256:" + hex.EncodeToString(h.Sum(nil))
	}
	return out, nil
}

// writeModel writes NAME.gz (deterministic gzip: no name, no time) and
// NAME.meta.json into dir, each through a temporary file and a rename.
func writeModel(dir, name string, raw []byte, meta map[string]any, log io.Writer) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	var gz bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	if _, err := zw.Write(raw); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	meta["size_bytes"] = map[string]int{"raw": len(raw), "gzip": gz.Len()}
	mj, err := json.MarshalIndent(meta, "", "  ")
	if err != nil {
		return err
	}
	if err := models.WriteFileAtomic(filepath.Join(dir, name+".gz"), gz.Bytes()); err != nil {
		return err
	}
	if err := models.WriteFileAtomic(filepath.Join(dir, name+".meta.json"), append(mj, '\n')); err != nil {
		return err
	}
	fmt.Fprintf(log, "%s: wrote %s (%d bytes gzip, %d raw)\n", name, filepath.Join(dir, name+".gz"), gz.Len(), len(raw))
	return nil
}
