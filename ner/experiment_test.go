package ner

import (
	"context"
	"os"
	"strconv"
	"testing"
	"time"
)

// TestExperiment trains on eng.train and scores eng.testa; only with
// SITREP_NER_EXPERIMENT=1 (used while developing the features).
func TestExperiment(t *testing.T) {
	if os.Getenv("SITREP_NER_EXPERIMENT") == "" {
		t.Skip("set SITREP_NER_EXPERIMENT=1")
	}
	tr, err := ReadCoNLLFile("/work/shared/data/conll2003/eng.train")
	if err != nil {
		t.Fatal(err)
	}
	dv, err := ReadCoNLLFile("/work/shared/data/conll2003/eng.testa")
	if err != nil {
		t.Fatal(err)
	}
	ep, _ := strconv.Atoi(os.Getenv("EPOCHS"))
	drop, _ := strconv.ParseFloat(os.Getenv("DROP"), 64)
	start := time.Now()
	m, err := Train(context.Background(), TrainDocs(tr), TrainOptions{Epochs: ep, Seed: 1, POSDropout: drop, Constrained: os.Getenv("CONSTR") != "", Progress: func(e, n, k int) { t.Logf("epoch %d err %.4f %v", e, float64(n)/float64(k), time.Since(start)) }})
	if err != nil {
		t.Fatal(err)
	}
	dd := TrainDocs(dv)
	t.Logf("rows %d", len(m.index))
	t.Logf("dev POS:   %s", Evaluate(m, dd, false).String())
	t.Logf("dev noPOS: %s", Evaluate(m, dd, true).Describe())
}
