package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"github.com/sitrep/sitrep/models"
	"os"
	"path/filepath"
	"strings"

	"github.com/sitrep/sitrep/internal/shareddata"
	"github.com/sitrep/sitrep/segment"
)

func init() {
	registerTrainer(subcommand{name: "segment", summary: "train the sentence-boundary model on UD EWT (models/files/segment.gz)", run: runTrainSegment})
	registerEvaluator(subcommand{name: "segment", summary: "score tokens and sentence ends on UD EWT raw text", run: runEvalSegment})
}

// segEWTPaths returns the UD EWT train, dev and test files under the shared
// data folder (flag value, else ../shared found from the working folder).
func segEWTPaths(data string) (train, dev, test string, err error) {
	if data == "" {
		d, ok := shareddata.Dir()
		if !ok {
			return "", "", "", fmt.Errorf("the shared data folder is absent: pass --data DIR or set $%s", shareddata.EnvVar)
		}
		data = d
	}
	base := filepath.Join(data, "data", "ud-ewt")
	train = filepath.Join(base, "en_ewt-ud-train.conllu")
	dev = filepath.Join(base, "en_ewt-ud-dev.conllu")
	test = filepath.Join(base, "en_ewt-ud-test.conllu")
	for _, p := range []string{train, dev, test} {
		if _, err := os.Stat(p); err != nil {
			return "", "", "", fmt.Errorf("UD EWT: %w", err)
		}
	}
	return train, dev, test, nil
}

func segReadGold(path string) ([]segment.GoldSentence, string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, "", err
	}
	s, err := segment.ReadCoNLLU(bytes.NewReader(b))
	if err != nil {
		return nil, "", fmt.Errorf("%s: %w", path, err)
	}
	sum := sha256.Sum256(b)
	return s, hex.EncodeToString(sum[:]), nil
}

// segLayoutScores scores a segmenter on gold sentences in every layout.
func segLayoutScores(sg *segment.Segmenter, sents []segment.GoldSentence) map[string]map[string]float64 {
	out := map[string]map[string]float64{}
	for _, l := range []segment.Layout{segment.Paragraphs, segment.Joined, segment.Lines} {
		g := segment.BuildGold(sents, l)
		toks, ss := sg.Text(g.Text)
		sc := segment.Evaluate(g, toks, ss)
		out[l.String()] = map[string]float64{
			"token_p": segRound4(sc.TokP), "token_r": segRound4(sc.TokR), "token_f1": segRound4(sc.TokF1),
			"sentence_p": segRound4(sc.SentP), "sentence_r": segRound4(sc.SentR), "sentence_f1": segRound4(sc.SentF1),
		}
	}
	return out
}

func segRound4(f float64) float64 { return float64(int64(f*10000+0.5)) / 10000 }

func runTrainSegment(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "train segment", "", "Trains the sentence-boundary classifier on UD EWT train, keeps the epoch best on dev,\nscores dev and test, and writes OUT/segment.gz and OUT/segment.meta.json.")
	data := fs.String("data", "", "the shared data folder (default: ../shared found from here, or $"+shareddata.EnvVar+")")
	out := fs.String("out", "models/files", "folder to write the model into")
	epochs := fs.Int("epochs", 12, "training epochs")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	trainP, devP, testP, err := segEWTPaths(*data)
	if err != nil {
		return err
	}
	train, trainSum, err := segReadGold(trainP)
	if err != nil {
		return err
	}
	dev, devSum, err := segReadGold(devP)
	if err != nil {
		return err
	}
	test, testSum, err := segReadGold(testP)
	if err != nil {
		return err
	}
	m, rep, err := segment.Train(ctx, train, dev, segment.TrainOptions{Epochs: *epochs, Log: func(s string) { fmt.Fprintln(e.stderr, s) }})
	if err != nil {
		return err
	}
	var raw bytes.Buffer
	if _, err := m.WriteTo(&raw); err != nil {
		return err
	}
	var gz bytes.Buffer
	zw, err := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	if err != nil {
		return err
	}
	zw.Write(raw.Bytes())
	if err := zw.Close(); err != nil {
		return err
	}
	sg := segment.NewWith(m, segment.Options{})
	meta := map[string]any{
		"name":    "segment",
		"kind":    "averaged perceptron over candidate sentence boundaries, hashed features",
		"command": "sitrep train " + strings.Join(append([]string{"segment"}, args...), " "),
		"data": map[string]string{
			"train":        "UD English EWT en_ewt-ud-train.conllu",
			"train_sha256": trainSum,
			"dev":          "UD English EWT en_ewt-ud-dev.conllu",
			"dev_sha256":   devSum,
			"test":         "UD English EWT en_ewt-ud-test.conllu",
			"test_sha256":  testSum,
		},
		"raw_text":      "rebuilt from # text: sentences joined by a space, # newpar/# newdoc as a blank line (paragraphs); also all joined by spaces (joined) and one sentence per line (lines)",
		"epochs":        *epochs,
		"best_epoch":    rep.BestEpoch,
		"candidates":    rep.Candidates,
		"positives":     rep.Positives,
		"features":      rep.Features,
		"abbreviations": rep.Abbreviations,
		"model_sha256":  segSHA(gz.Bytes()),
		"scores": map[string]any{
			"dev":  segLayoutScores(sg, dev),
			"test": segLayoutScores(sg, test),
		},
	}
	mj, err := json.MarshalIndent(meta, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return err
	}
	if err := models.WriteFileAtomic(filepath.Join(*out, "segment.gz"), gz.Bytes()); err != nil {
		return err
	}
	if err := models.WriteFileAtomic(filepath.Join(*out, "segment.meta.json"), append(mj, '\n')); err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "segment: best epoch %d, dev %s\nsegment: wrote %s (%d bytes, %d features)\n", rep.BestEpoch, rep.Dev, filepath.Join(*out, "segment.gz"), gz.Len(), rep.Features)
	return nil
}

func segSHA(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

func runEvalSegment(_ context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval segment", "", "Scores the built-in tokenizer and sentence splitter on the raw text of UD EWT dev and test\nin three layouts (paragraphs, joined, lines). Prints JSON.")
	data := fs.String("data", "", "the shared data folder (default: ../shared found from here, or $"+shareddata.EnvVar+")")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	_, devP, testP, err := segEWTPaths(*data)
	if err != nil {
		return err
	}
	dev, _, err := segReadGold(devP)
	if err != nil {
		return err
	}
	test, _, err := segReadGold(testP)
	if err != nil {
		return err
	}
	m, err := segment.DefaultModel()
	if err != nil {
		return err
	}
	sg := segment.NewWith(m, segment.Options{})
	res := map[string]any{"model": m != nil, "dev": segLayoutScores(sg, dev), "test": segLayoutScores(sg, test)}
	b, err := json.MarshalIndent(res, "", "  ")
	if err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, string(b))
	return nil
}
