package ner

import (
	"context"
	"fmt"
	"math/rand/v2"
)

// TrainDoc is one gold document: its sentences and the entity spans in each.
type TrainDoc struct {
	Sents [][]Input
	Gold  [][]TypedSpan
}

// TrainOptions controls training.
type TrainOptions struct {
	Epochs int
	Seed   uint64
	// POSDropout is the share of sentences trained without POS features, so
	// that the model works with and without a tagger.
	POSDropout float64
	// Clusters maps lowered words to bit-string cluster paths (optional).
	Clusters map[string]string
	// Constrained decodes with the BILOU transition constraints while
	// training too.
	Constrained bool
	// Ablate lists feature groups to leave out ("gaz", "doc"), to measure
	// what each brings.
	Ablate []string
	// Progress, when set, is called after each epoch.
	Progress func(epoch int, errors, tokens int)
}

// trainer holds the weights while training: w are the current weights, u
// the update-time-weighted sums for averaging (w_avg = w - u/c).
type trainer struct {
	index map[uint64]int32
	w     []int32
	u     []int64
	c     int64
}

func (t *trainer) row(f uint64, create bool) int {
	r, ok := t.index[f]
	if !ok {
		if !create {
			return -1
		}
		r = int32(len(t.index))
		t.index[f] = r
		t.w = append(t.w, make([]int32, nClass)...)
		t.u = append(t.u, make([]int64, nClass)...)
	}
	return int(r)
}

func (t *trainer) scores(feats []uint64, out *[nClass]float32) {
	for i := range out {
		out[i] = 0
	}
	for _, f := range feats {
		r, ok := t.index[f]
		if !ok {
			continue
		}
		row := t.w[int(r)*nClass : int(r)*nClass+nClass]
		for c := range out {
			out[c] += float32(row[c])
		}
	}
}

func (t *trainer) update(feats []uint64, gold, pred int) {
	for _, f := range feats {
		r := t.row(f, true) * nClass
		t.w[r+gold]++
		t.u[r+gold] += t.c
		t.w[r+pred]--
		t.u[r+pred] -= t.c
	}
}

// Train learns a model from gold documents with a greedy averaged
// perceptron (left to right, BILOU classes, the model's own previous
// predictions as history). It is deterministic for a given Seed.
func Train(ctx context.Context, docs []TrainDoc, opt TrainOptions) (*Model, error) {
	if opt.Epochs <= 0 {
		opt.Epochs = 10
	}
	m := &Model{gaz: defaultGazetteer(), ablate: map[string]bool{}}
	for _, a := range opt.Ablate {
		m.ablate[a] = true
	}
	if len(opt.Clusters) > 0 {
		m.clusPaths = opt.Clusters
		m.clus = clusterFeatures(opt.Clusters)
	}
	t := &trainer{index: map[uint64]int32{}}
	rng := rand.New(rand.NewPCG(opt.Seed, opt.Seed^0x5eed))
	order := make([]int, len(docs))
	for i := range order {
		order[i] = i
	}
	gold := make([][][]int, len(docs))
	for di, d := range docs {
		gold[di] = make([][]int, len(d.Sents))
		for si, s := range d.Sents {
			var g []TypedSpan
			if si < len(d.Gold) {
				g = d.Gold[si]
			}
			gold[di][si] = bilouFromSpans(g, len(s))
		}
	}
	var buf []uint64
	var sc [nClass]float32
	for ep := 0; ep < opt.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		nerr, ntok := 0, 0
		for _, di := range order {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			d := docs[di]
			info := make([][]tokInfo, len(d.Sents))
			for si, s := range d.Sents {
				usePOS := rng.Float64() >= opt.POSDropout
				ti := make([]tokInfo, len(s))
				for i, in := range s {
					ti[i] = newTokInfo(in, usePOS)
					if m.clus != nil {
						ti[i].clus = m.clus[ti[i].lower]
					}
				}
				if !m.ablate["gaz"] {
					m.gaz.annotate(ti)
				}
				info[si] = ti
			}
			ds := newDocState(info, d.Sents)
			if m.ablate["doc"] {
				ds = nil
			}
			for si, s := range info {
				g := gold[di][si]
				head := headline(s)
				pred := make([]int, len(s))
				p1, p2 := startClass, startClass
				for i := range s {
					t.c++
					buf = features(buf[:0], s, i, p1, p2, head, ds)
					t.scores(buf, &sc)
					var c int
					if opt.Constrained {
						c = best(&sc, p1, i == len(s)-1)
					} else {
						c = argmax(&sc)
					}
					if c != g[i] {
						t.update(buf, g[i], c)
						nerr++
					}
					ntok++
					pred[i] = c
					p2, p1 = p1, c
				}
				ds.record(s, pred)
			}
		}
		if opt.Progress != nil {
			opt.Progress(ep+1, nerr, ntok)
		}
	}
	if len(t.index) == 0 {
		return nil, fmt.Errorf("ner: no training data")
	}
	m.index = t.index
	m.w = make([]float32, len(t.w))
	c := float64(t.c)
	for i := range t.w {
		m.w[i] = float32(float64(t.w[i]) - float64(t.u[i])/c)
	}
	m.buildTable()
	return m, nil
}

// Prune drops weights whose magnitude is below min and rows left empty,
// returning how many rows remain.
func (m *Model) Prune(min float32) int {
	idx := make(map[uint64]int32, len(m.index))
	var w []float32
	for k, r := range m.index {
		row := m.w[int(r)*nClass : int(r)*nClass+nClass]
		keep := false
		for c := range row {
			if row[c] < min && row[c] > -min {
				row[c] = 0
			} else {
				keep = true
			}
		}
		if keep {
			idx[k] = int32(len(w) / nClass)
			w = append(w, row...)
		}
	}
	m.index, m.w = idx, w
	m.buildTable()
	return len(idx)
}
