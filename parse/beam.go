package parse

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"

	"github.com/sitrep/sitrep/tag/perceptron"
)

// Beam search: the parser keeps the K best transition sequences by summed
// score; a model trained for it (TrainBeam, max-violation global perceptron
// updates, Huang et al. 2012) is used with the same beam width.

type bitem struct {
	st     *state
	score  float64
	parent *bitem
	trans  int
	gold   bool
}

func (s *state) clone() *state {
	c := newState(s.in)
	s.copyTo(c)
	return c
}

// copyTo makes c, a state of the same sentence, a copy of s.
func (s *state) copyTo(c *state) {
	c.b = s.b
	c.stack = append(c.stack[:0], s.stack...)
	copy(c.ints, s.ints)
	copy(c.sets, s.sets)
	copy(c.inStack, s.inStack)
}

// statePool recycles the states of a finished beam step while decoding, so
// a step copies into old states instead of allocating new ones.
type statePool struct{ free []*state }

func (p *statePool) clone(s *state) *state {
	if n := len(p.free); n > 0 {
		c := p.free[n-1]
		p.free = p.free[:n-1]
		s.copyTo(c)
		return c
	}
	return s.clone()
}

type cand struct {
	from  int
	class int
	score float64
}

// beamSearch holds what one beam search needs between steps.
type beamSearch struct {
	k, L, root, nc int
	score          func(feats []uint32, out []float64)
	// clone copies a state for a new item: (*state).clone, or a
	// statePool's.
	clone func(*state) *state
	// merge, when decoding, expands only the best of the items whose
	// states have the same features: they score every transition alike,
	// so the others can only fill the beam with copies of its futures.
	merge bool
	feats []uint32
	cands []cand
	sc    []float64
	seen  []uint64
}

func newBeamSearch(k, L, root, nc int, score func(feats []uint32, out []float64), clone func(*state) *state, merge bool) *beamSearch {
	return &beamSearch{k: k, L: L, root: root, nc: nc, score: score, clone: clone, merge: merge,
		feats: make([]uint32, 0, 128), sc: make([]float64, nc)}
}

// featureKey hashes a feature vector.
func featureKey(feats []uint32) uint64 {
	h := uint64(14695981039346656037)
	for _, f := range feats {
		h = (h ^ uint64(f)) * 1099511628211
	}
	return h
}

// step expands beam (best first) by one transition and keeps the k best
// (ties go to the earlier item and the lower class, so the search is
// deterministic).
func (b *beamSearch) step(beam []*bitem) []*bitem {
	k, L, root := b.k, b.L, b.root
	cands := b.cands[:0]
	b.seen = b.seen[:0]
	for bi, it := range beam {
		feats := it.st.features(b.feats[:0])
		b.feats = feats
		if b.merge {
			key := featureKey(feats)
			if slices.Contains(b.seen, key) {
				continue
			}
			b.seen = append(b.seen, key)
		}
		sc := b.sc
		clear(sc)
		b.score(feats, sc)
		st := it.st
		canShift := st.valid(shift, L, root)
		canRight := len(st.stack) >= 2
		for c := 0; c < b.nc; c++ {
			var ok bool
			switch {
			case c == shift:
				ok = canShift
			case c <= L:
				ok = st.valid(c, L, root)
			default:
				ok = canRight && c-1-L != root
			}
			if !ok {
				continue
			}
			v := it.score + sc[c]
			if len(cands) == k && v <= cands[k-1].score {
				continue
			}
			// insert in score order, keeping at most k
			pos := len(cands)
			for pos > 0 && cands[pos-1].score < v {
				pos--
			}
			if len(cands) < k {
				cands = append(cands, cand{})
			}
			copy(cands[pos+1:], cands[pos:len(cands)-1])
			cands[pos] = cand{bi, c, v}
		}
	}
	b.cands = cands
	next := make([]*bitem, len(cands))
	for i, c := range cands {
		from := beam[c.from]
		st := b.clone(from.st)
		st.apply(c.class, L)
		next[i] = &bitem{st: st, score: c.score, parent: from, trans: c.class}
	}
	return next
}

// parseBeam parses with a beam of width k.
func (p *Parser) parseBeam(in *input, k int) *state {
	L := len(p.Labels)
	nc := p.nClasses()
	part := make([]int32, nc)
	score := func(feats []uint32, out []float64) {
		for _, m := range p.models {
			clear(part)
			m.Score(feats, part)
			for c, v := range part {
				out[c] += float64(v) * float64(m.Scale)
			}
		}
	}
	var pool statePool
	search := newBeamSearch(k, L, p.root, nc, score, pool.clone, !p.noMerge)
	beam := []*bitem{{st: newState(in)}}
	for !beam[0].st.terminal() {
		next := search.step(beam)
		if len(next) == 0 {
			break
		}
		// Decoding needs no history: drop the parents and reuse their
		// states in the next step.
		for _, it := range next {
			it.parent = nil
		}
		for _, it := range beam {
			pool.free = append(pool.free, it.st)
		}
		beam = next
	}
	return beam[0].st
}

// staticOracle returns the canonical transition sequence that builds a
// projective gold tree, or nil when the tree is not projective.
func staticOracle(in *input, gh, gl []int, L, root int) []int {
	s := newState(in)
	costs := make([]int, 1+2*L)
	var seq []int
	for !s.terminal() {
		s.costs(gh, gl, L, root, costs)
		next := -1
		// Prefer arcs (LEFT, RIGHT) over SHIFT when they cost nothing.
		for c := 1; c < len(costs); c++ {
			if costs[c] == 0 {
				next = c
				break
			}
		}
		if next < 0 && costs[shift] == 0 {
			next = shift
		}
		if next < 0 {
			return nil
		}
		seq = append(seq, next)
		s.apply(next, L)
	}
	for i := 0; i < in.n; i++ {
		if s.heads[i] != gh[i] || s.labels[i] != gl[i] {
			return nil
		}
	}
	return seq
}

// TrainBeam trains a beam parser of width opt.Beam with max-violation
// updates, keeping the iteration that scores best (LAS) on dev.
func TrainBeam(ctx context.Context, train, dev []Example, opt TrainOptions) (*Parser, error) {
	if opt.Iterations <= 0 {
		opt.Iterations = 8
	}
	k := max(opt.Beam, 2)
	var labels []string
	seen := map[string]int{}
	for _, ex := range train {
		for _, l := range ex.Deprels {
			if _, ok := seen[l]; !ok {
				seen[l] = len(labels)
				labels = append(labels, l)
			}
		}
	}
	if _, ok := seen["root"]; !ok || len(labels) > 64 {
		return nil, fmt.Errorf("parse: bad relation set (%d, root present: %v)", len(labels), ok)
	}
	root := seen["root"]
	L := len(labels)
	nc := 1 + 2*L
	tr := perceptron.NewTrainer(nc)
	type prepared struct {
		in  *input
		seq []int
	}
	var data []prepared
	skipped, liftedN := 0, 0
	for _, ex := range train {
		n := len(ex.Words)
		if n == 0 {
			continue
		}
		in := newInput(ex.Words, ex.UPOS, ex.XPOS)
		gh, gl := make([]int, n), make([]int, n)
		ok := true
		for i, h := range ex.Heads {
			if h < -1 || h >= n {
				ok = false
				break
			}
			if h < 0 {
				h = n
			}
			gh[i], gl[i] = h, seen[ex.Deprels[i]]
		}
		var seq []int
		if ok {
			seq = staticOracle(in, gh, gl, L, root)
			if seq == nil && opt.Lift {
				if lifted := liftToProjective(ex.Heads); lifted != nil {
					for i, h := range lifted {
						if h < 0 {
							h = n
						}
						gh[i] = h
					}
					seq = staticOracle(in, gh, gl, L, root)
					if seq != nil {
						liftedN++
					}
				}
			}
		}
		if seq == nil {
			skipped++
			continue
		}
		data = append(data, prepared{in, seq})
	}
	if opt.Progress != nil {
		fmt.Fprintf(opt.Progress, "beam %d: %d training sentences (%d made projective by lifting; %d non-projective or bad skipped)\n", k, len(data), liftedN, skipped)
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 0xbea3))
	fsc := make([]float32, nc)
	score := func(feats []uint32, out []float64) {
		clear(fsc)
		tr.Score(feats, fsc)
		for c, v := range fsc {
			out[c] += float64(v)
		}
	}
	search := newBeamSearch(k, L, root, nc, score, (*state).clone, false)
	feats := make([]uint32, 0, 128)
	sc := make([]float64, nc)
	var best bestOnDev
	for it := 1; it <= opt.Iterations; it++ {
		rng.Shuffle(len(data), func(i, j int) { data[i], data[j] = data[j], data[i] })
		for di, d := range data {
			if di%500 == 0 {
				if err := ctx.Err(); err != nil {
					return nil, err
				}
			}
			beam := []*bitem{{st: newState(d.in), gold: true}}
			gold := &bitem{st: newState(d.in), gold: true}
			maxV := math.Inf(-1)
			var vPred, vGold *bitem
			for step, gt := range d.seq {
				// advance the gold item
				feats = gold.st.features(feats[:0])
				clear(sc)
				score(feats, sc)
				gs := gold.st.clone()
				gs.apply(gt, L)
				gold = &bitem{st: gs, score: gold.score + sc[gt], parent: gold, trans: gt, gold: true}
				beam = search.step(beam)
				in := false
				for _, b := range beam {
					b.gold = b.parent.gold && b.trans == gt
					in = in || b.gold
				}
				last := step == len(d.seq)-1
				if (!in || last && !beam[0].gold) && beam[0].score-gold.score > maxV {
					maxV, vPred, vGold = beam[0].score-gold.score, beam[0], gold
				}
				if !in && opt.EarlyUpdate {
					break
				}
			}
			tr.Tick()
			if vPred != nil && maxV >= 0 {
				updatePaths(tr, d.in, L, vGold, vPred)
			}
		}
		cand := &Parser{Labels: slices.Clone(labels), root: root, models: []*perceptron.Model{tr.Average(opt.Prune)}, Beam: k}
		if err := best.offer(cand, it, dev, opt); err != nil {
			return nil, err
		}
	}
	return best.p, nil
}

func path(b *bitem) []int {
	var out []int
	for ; b != nil && b.parent != nil; b = b.parent {
		out = append(out, b.trans)
	}
	slices.Reverse(out)
	return out
}

// updatePaths rewards the gold prefix and penalises the predicted one,
// step by step, from where they part.
func updatePaths(tr *perceptron.Trainer, in *input, L int, gold, pred *bitem) {
	gp, pp := path(gold), path(pred)
	gs, ps := newState(in), newState(in)
	var gf, pf []uint32
	same := true
	for j := 0; j < len(gp) && j < len(pp); j++ {
		if same && gp[j] == pp[j] {
			gs.apply(gp[j], L)
			ps.apply(pp[j], L)
			continue
		}
		same = false
		gf = gs.features(gf[:0])
		pf = ps.features(pf[:0])
		tr.Add(gf, gp[j], 1)
		tr.Add(pf, pp[j], -1)
		gs.apply(gp[j], L)
		ps.apply(pp[j], L)
	}
}
