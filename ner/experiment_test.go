package ner

import (
	"context"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/shareddata"
)

// TestExperiment trains on eng.train and scores eng.testa; only with
// SITREP_NER_EXPERIMENT=1 (used to measure choices: EPOCHS, DROP (POS
// dropout), SEED, BEAM=1 (beam training), CONSTR=1 (constrained greedy
// training), ABLATE="gaz doc", CLUSTERS=N (induce clusters, min count N)).
func TestExperiment(t *testing.T) {
	if os.Getenv("SITREP_NER_EXPERIMENT") == "" {
		t.Skip("set SITREP_NER_EXPERIMENT=1")
	}
	tr, err := ReadCoNLLFile(sharedPath(t, "data/conll2003/eng.train"))
	if err != nil {
		t.Fatal(err)
	}
	dv, err := ReadCoNLLFile(sharedPath(t, "data/conll2003/eng.testa"))
	if err != nil {
		t.Fatal(err)
	}
	ep, _ := strconv.Atoi(os.Getenv("EPOCHS"))
	drop, _ := strconv.ParseFloat(os.Getenv("DROP"), 64)
	var clus map[string]string
	if os.Getenv("CLUSTERS") != "" {
		var sents [][]string
		for _, d := range tr.Documents {
			for _, s := range d.Sentences {
				var ws []string
				for _, t := range s {
					ws = append(ws, t.Word)
				}
				sents = append(sents, ws)
			}
		}
		for _, a := range shareddata.Wikinews(t) {
			for _, line := range strings.Split(a.Text, "\n") {
				if ws := SimpleTokens(line); len(ws) > 0 {
					sents = append(sents, ws)
				}
			}
		}
		t0 := time.Now()
		mc, _ := strconv.Atoi(os.Getenv("CLUSTERS"))
		clus, err = InduceClusters(context.Background(), sents, ClusterOptions{Seed: 1, MinCount: mc})
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("clusters: %d words from %d sentences in %v", len(clus), len(sents), time.Since(t0))
		for _, w := range []string{"monday", "germany", "john", "said", "ministry", "clinton", "bank"} {
			t.Logf("cluster %s %s", w, clus[w])
		}
	}
	start := time.Now()
	m, err := Train(context.Background(), TrainDocs(tr), TrainOptions{Epochs: ep, Seed: seedEnv(), POSDropout: drop, Clusters: clus, Constrained: os.Getenv("CONSTR") != "", Beam: os.Getenv("BEAM") != "", Ablate: strings.Fields(os.Getenv("ABLATE")), Progress: func(e, n, k int) { t.Logf("epoch %d err %.4f %v", e, float64(n)/float64(k), time.Since(start)) }})
	if err != nil {
		t.Fatal(err)
	}
	dd := TrainDocs(dv)
	t.Logf("rows %d", m.Features())
	t.Logf("dev POS:   %s", Evaluate(m, dd, false).String())
	t.Logf("dev noPOS: %s", Evaluate(m, dd, true).Describe())
}

func seedEnv() uint64 {
	s, _ := strconv.Atoi(os.Getenv("SEED"))
	if s == 0 {
		s = 1
	}
	return uint64(s)
}
