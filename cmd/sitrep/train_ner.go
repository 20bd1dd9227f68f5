package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"github.com/sitrep/sitrep/models"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/sitrep/sitrep/internal/shareddata"
	"github.com/sitrep/sitrep/ner"
)

func init() {
	registerTrainer(subcommand{name: "ner", summary: "train the named-entity tagger on CoNLL-2003 (models/files/ner.gz)", run: runTrainNER})
	registerEvaluator(subcommand{name: "ner", summary: "score the named-entity tagger on CoNLL-2003 gold (eng.testa by default)", run: runEvalNER})
}

// nerPaths returns the CoNLL-2003 train and dev files under the shared data
// folder (flag value, else ../shared found from the working folder).
func nerPaths(data string) (train, dev string, err error) {
	if data == "" {
		d, ok := shareddata.Dir()
		if !ok {
			return "", "", fmt.Errorf("the shared data folder is absent: pass --data DIR or set $%s", shareddata.EnvVar)
		}
		data = d
	}
	base := filepath.Join(data, "data", "conll2003")
	train, dev = filepath.Join(base, "eng.train"), filepath.Join(base, "eng.testa")
	for _, p := range []string{train, dev} {
		if _, err := os.Stat(p); err != nil {
			return "", "", fmt.Errorf("CoNLL-2003: %w", err)
		}
	}
	return train, dev, nil
}

// nerReadGold reads a gold CoNLL file and its SHA-256.
func nerReadGold(path string) ([]ner.TrainDoc, string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, "", err
	}
	f, err := ner.ReadCoNLL(bytes.NewReader(b), path, true)
	if err != nil {
		return nil, "", err
	}
	sum := sha256.Sum256(b)
	return ner.TrainDocs(f), hex.EncodeToString(sum[:]), nil
}

func nerScoreMap(s *ner.Score) map[string]any {
	r := func(f float64) float64 { return float64(int64(f*10000+0.5)) / 10000 }
	by := map[string]any{}
	for t, x := range s.ByType {
		by[t] = map[string]float64{"p": r(x.P()), "r": r(x.R()), "f1": r(x.F1())}
	}
	return map[string]any{"p": r(s.P()), "r": r(s.R()), "f1": r(s.F1()), "by_type": by}
}

func runTrainNER(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "train ner", "", "Trains the named-entity tagger (averaged perceptron, beam search, BILOU) on CoNLL-2003 eng.train,\nscores eng.testa with and without POS tags, and writes OUT/ner.gz and OUT/ner.meta.json.")
	data := fs.String("data", "", "the shared data folder (default: ../shared found from here, or $"+shareddata.EnvVar+")")
	out := fs.String("out", "models/files", "folder to write the model into")
	epochs := fs.Int("epochs", 12, "training epochs")
	beam := fs.Bool("beam", true, "train with beam search and early updates (false: greedy per-token updates)")
	seed := fs.Uint64("seed", 1, "shuffling seed")
	dropout := fs.Float64("pos-dropout", 0.5, "share of training sentences seen without POS tags")
	prune := fs.Float64("prune", 0.05, "drop weights smaller than this")
	clusters := fs.Int("clusters", 0, "induce word clusters from eng.train + the Wikinews CSV text, for words seen at least this often (0: no clusters)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	trainP, devP, err := nerPaths(*data)
	if err != nil {
		return err
	}
	train, trainSum, err := nerReadGold(trainP)
	if err != nil {
		return err
	}
	dev, devSum, err := nerReadGold(devP)
	if err != nil {
		return err
	}
	var clus map[string]string
	if *clusters > 0 {
		sents, err := nerClusterText(*data, train)
		if err != nil {
			return err
		}
		clus, err = ner.InduceClusters(ctx, sents, ner.ClusterOptions{Seed: *seed, MinCount: *clusters})
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stderr, "clusters: %d words from %d sentences\n", len(clus), len(sents))
	}
	start := time.Now()
	m, err := ner.Train(ctx, train, ner.TrainOptions{Epochs: *epochs, Seed: *seed, POSDropout: *dropout, Clusters: clus, Beam: *beam,
		Progress: func(ep, nerr, ntok int) {
			fmt.Fprintf(e.stderr, "epoch %d: %d errors in %d tokens (%.2f%%) %s\n", ep, nerr, ntok, 100*float64(nerr)/float64(ntok), time.Since(start).Round(time.Millisecond))
		}})
	if err != nil {
		return err
	}
	trainTime := time.Since(start)
	rows := m.Prune(float32(*prune))
	var raw bytes.Buffer
	if _, err := m.WriteTo(&raw); err != nil {
		return err
	}
	// Score the model as it will be read back (quantised weights).
	m, err = ner.ReadModel(bytes.NewReader(raw.Bytes()))
	if err != nil {
		return err
	}
	withPOS, noPOS := ner.Evaluate(m, dev, false), ner.Evaluate(m, dev, true)
	fmt.Fprintf(e.stderr, "dev (eng.testa) with POS:\n%s", withPOS)
	fmt.Fprintf(e.stderr, "dev (eng.testa) without POS: %s\n", noPOS.Describe())
	var gz bytes.Buffer
	zw, err := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	if err != nil {
		return err
	}
	zw.Write(raw.Bytes())
	if err := zw.Close(); err != nil {
		return err
	}
	msum := sha256.Sum256(gz.Bytes())
	cmd := "sitrep train ner " + strings.Join(args, " ")
	meta := map[string]any{
		"name":    "ner",
		"kind":    "averaged structured perceptron, left-to-right beam search (4) with early updates, BILOU classes over PER ORG LOC MISC, hashed features (words, affixes, shapes, POS, tag history, document casing, extended prediction history, built-in word lists)",
		"command": strings.TrimSpace(cmd),
		"data": map[string]string{
			"train": "CoNLL-2003 eng.train", "train_sha256": trainSum,
			"dev": "CoNLL-2003 eng.testa", "dev_sha256": devSum,
		},
		"epochs": *epochs, "beam_training": *beam, "beam_size": 4, "seed": *seed, "pos_dropout": *dropout, "prune": *prune, "cluster_words": len(clus),
		"features":         rows,
		"raw_bytes":        raw.Len(),
		"gzip_bytes":       gz.Len(),
		"train_seconds":    float64(trainTime.Round(100*time.Millisecond)) / 1e9,
		"model_sha256":     hex.EncodeToString(msum[:]),
		"scores":           map[string]any{"dev_with_pos": nerScoreMap(withPOS), "dev_without_pos": nerScoreMap(noPOS)},
		"scores_note":      "exact-span F1 (conlleval) on eng.testa; test (eng.testb) is kept back and scored outside",
		"output_types_map": "PER->PERSON; LOC->GPE, LOC (geographic features) or FAC (facility head nouns); ORG->ORG or FAC; MISC->NORP (nationalities, religions, groups) or MISC",
	}
	mb, err := json.MarshalIndent(meta, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return err
	}
	if err := models.WriteFileAtomic(filepath.Join(*out, ner.ModelName+".gz"), gz.Bytes()); err != nil {
		return err
	}
	if err := models.WriteFileAtomic(filepath.Join(*out, ner.ModelName+".meta.json"), append(mb, '\n')); err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "wrote %s (%d bytes, %d features)\n", filepath.Join(*out, ner.ModelName+".gz"), gz.Len(), rows)
	return nil
}

// nerClusterText returns unlabelled sentences for cluster induction: the
// words of the training documents and the Wikinews articles' text.
func nerClusterText(data string, train []ner.TrainDoc) ([][]string, error) {
	var sents [][]string
	for _, d := range train {
		for _, s := range d.Sents {
			ws := make([]string, len(s))
			for i, t := range s {
				ws[i] = t.Norm
			}
			sents = append(sents, ws)
		}
	}
	if data == "" {
		d, ok := shareddata.Dir()
		if !ok {
			return nil, fmt.Errorf("the shared data folder is absent")
		}
		data = d
	}
	files, _ := filepath.Glob(filepath.Join(data, "data", "news", "wikinews", "*.csv"))
	sort.Strings(files)
	for _, p := range files {
		fh, err := os.Open(p)
		if err != nil {
			return nil, err
		}
		recs, err := csv.NewReader(fh).ReadAll()
		fh.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		for i, r := range recs {
			if i == 0 || len(r) < 4 {
				continue
			}
			for _, line := range strings.Split(r[3], "\n") {
				if ws := ner.SimpleTokens(line); len(ws) > 0 {
					sents = append(sents, ws)
				}
			}
		}
	}
	return sents, nil
}

func runEvalNER(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval ner", "[GOLD.conll]", "Tags a gold CoNLL-2003 file with the built-in model and prints a conlleval-style report\n(exact spans). Default: eng.testa from the shared data folder.")
	data := fs.String("data", "", "the shared data folder (default: ../shared found from here, or $"+shareddata.EnvVar+")")
	noPOS := fs.Bool("no-pos", false, "ignore the POS column")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	path := fs.Arg(0)
	if path == "" {
		_, dev, err := nerPaths(*data)
		if err != nil {
			return err
		}
		path = dev
	}
	docs, _, err := nerReadGold(path)
	if err != nil {
		return err
	}
	m, err := ner.DefaultModel()
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	fmt.Fprint(e.stdout, ner.Evaluate(m, docs, *noPOS).String())
	return nil
}
