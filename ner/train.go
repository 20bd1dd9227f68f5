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
	// Beam trains with the decoder's beam search and early updates
	// (structured perceptron) instead of greedy per-token updates.
	Beam bool
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

// Train learns a model from gold documents with an averaged perceptron
// over BILOU classes, left to right with the model's own previous
// predictions as history: per-token greedy updates, or (Beam) the decoder's
// beam search with early updates. It is deterministic for a given Seed.
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
				if opt.Beam {
					pred, bad := t.beamStep(s, g, head, ds)
					nerr += bad
					ntok += len(s)
					ds.record(s, pred)
					continue
				}
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
	m.w = make([]float32, len(t.w))
	c := float64(t.c)
	for i := range t.w {
		m.w[i] = float32(float64(t.w[i]) - float64(t.u[i])/c)
	}
	m.setIndex(t.index)
	return m, nil
}

// Prune drops weights whose magnitude is below min and rows left empty,
// returning how many rows remain.
func (m *Model) Prune(min float32) int {
	idx := make(map[uint64]int32, m.table.n)
	var w []float32
	m.each(func(k uint64, r int) {
		row := m.w[r*nClass : r*nClass+nClass]
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
	})
	m.w = w
	m.setIndex(idx)
	return len(idx)
}

// beamStep decodes one sentence with the beam and, when the gold sequence
// falls out of the beam (or loses at the end), updates towards the gold
// prefix and away from the best hypothesis' prefix. It returns the
// predicted classes and how many tokens were wrong in them.
func (t *trainer) beamStep(s []tokInfo, g []int, head bool, d *docState) ([]int, int) {
	type bh struct {
		score  float32
		p1, p2 int
		back   int
		class  int
		gold   bool
	}
	var base, dsc [nClass]float32
	var buf, dyn []uint64
	cur := []bh{{p1: startClass, p2: startClass, back: -1, gold: true}}
	var hist [][]bh
	stop := len(s) - 1
	for i := range s {
		t.c++
		buf = staticFeatures(buf[:0], s, i, head, d)
		t.scores(buf, &base)
		last := i == len(s)-1
		var next []bh
		for hi, h := range cur {
			dyn = dynFeatures(dyn[:0], s, i, h.p1, h.p2)
			t.scores(dyn, &dsc)
			for c := 0; c < nClass; c++ {
				if !allowed(h.p1, c, last) {
					continue
				}
				x := bh{score: h.score + base[c] + dsc[c], p1: c, p2: h.p1, back: hi, class: c, gold: h.gold && c == g[i]}
				if len(next) == beamSize && x.score <= next[len(next)-1].score {
					continue
				}
				if len(next) < beamSize {
					next = append(next, x)
				} else {
					next[len(next)-1] = x
				}
				for k := len(next) - 1; k > 0 && next[k].score > next[k-1].score; k-- {
					next[k], next[k-1] = next[k-1], next[k]
				}
			}
		}
		hist = append(hist, cur)
		cur = next
		goldIn := false
		for _, h := range cur {
			if h.gold {
				goldIn = true
			}
		}
		if !goldIn {
			stop = i
			break
		}
	}
	// best path up to stop
	path := make([]int, stop+1)
	h := cur[0]
	for i := stop; i >= 0; i-- {
		path[i] = h.class
		if i > 0 {
			h = hist[i][h.back]
		}
	}
	pred := make([]int, len(s))
	copy(pred, path)
	bad := 0
	for i := range pred {
		if pred[i] != g[i] {
			bad++
		}
	}
	if !cur[0].gold || stop < len(s)-1 {
		// update from the first difference to stop
		gp1, gp2, pp1, pp2 := startClass, startClass, startClass, startClass
		same := true
		for i := 0; i <= stop; i++ {
			if same && path[i] == g[i] {
				gp2, gp1, pp2, pp1 = gp1, g[i], pp1, path[i]
				continue
			}
			same = false
			gf := features(nil, s, i, gp1, gp2, head, d)
			pf := features(nil, s, i, pp1, pp2, head, d)
			t.add(gf, g[i], 1)
			t.add(pf, path[i], -1)
			gp2, gp1, pp2, pp1 = gp1, g[i], pp1, path[i]
		}
	}
	return pred, bad
}

func (t *trainer) add(feats []uint64, class int, v int32) {
	for _, f := range feats {
		r := t.row(f, true) * nClass
		t.w[r+class] += v
		t.u[r+class] += int64(v) * t.c
	}
}
