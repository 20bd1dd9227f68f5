package parse

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"

	"github.com/sitrep/sitrep/tag"
	"github.com/sitrep/sitrep/tag/perceptron"
)

// Example is a training sentence: words with the tags the parser will see
// (predicted, so training matches use) and the gold tree.
type Example struct {
	Words, UPOS, XPOS []string
	Heads             []int // 0-based, -1 root
	Deprels           []string
}

// TrainOptions control training.
type TrainOptions struct {
	Iterations int
	Seed       uint64
	Prune      float64
	// Explore is the probability of following the model's own (wrong)
	// prediction after the first iteration (dynamic-oracle training).
	Explore float64
	// Beam > 1 trains a beam parser of that width (TrainBeam).
	Beam int
	// EarlyUpdate stops a beam sentence at the first fall-off instead of
	// searching on for the largest violation.
	EarlyUpdate bool
	// Lift trains a beam parser on the non-projective trees too, made
	// projective by lifting their crossing arcs (liftToProjective),
	// instead of skipping them.
	Lift bool
	// Checkpoint, if set, receives each new best model as training goes.
	Checkpoint func(*Parser, Score) error
	Progress   io.Writer
}

// Score is attachment accuracy.
type Score struct {
	Tokens   int
	UAS, LAS float64
	// Without punctuation.
	UASNoPunct, LASNoPunct float64
}

func (s Score) String() string {
	return fmt.Sprintf("UAS %.4f LAS %.4f (no punct: UAS %.4f LAS %.4f; %d tokens)", s.UAS, s.LAS, s.UASNoPunct, s.LASNoPunct, s.Tokens)
}

// Train trains a parser on train, keeping the iteration that scores best
// (LAS) on dev. Deterministic for a given seed.
func Train(ctx context.Context, train, dev []Example, opt TrainOptions) (*Parser, error) {
	if opt.Iterations <= 0 {
		opt.Iterations = 12
	}
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
	if _, ok := seen["root"]; !ok {
		return nil, fmt.Errorf("parse: no root relation in the training data")
	}
	if len(labels) > 64 {
		return nil, fmt.Errorf("parse: %d relations, at most 64", len(labels))
	}
	p := &Parser{Labels: labels, root: seen["root"]}
	L := len(labels)
	nc := p.nClasses()
	tr := perceptron.NewTrainer(nc)
	rng := rand.New(rand.NewPCG(opt.Seed, 0x9a45e))
	var usable []int
	for i, ex := range train {
		ok := len(ex.Words) > 0
		for _, h := range ex.Heads {
			if h < -1 || h >= len(ex.Words) {
				ok = false
			}
		}
		if ok {
			usable = append(usable, i)
		}
	}
	scores := make([]float32, nc)
	costs := make([]int, nc)
	feats := make([]uint32, 0, 128)
	var best bestOnDev
	for it := 1; it <= opt.Iterations; it++ {
		rng.Shuffle(len(usable), func(i, j int) { usable[i], usable[j] = usable[j], usable[i] })
		for k, idx := range usable {
			if k%500 == 0 {
				if err := ctx.Err(); err != nil {
					return nil, err
				}
			}
			ex := train[idx]
			in := newInput(ex.Words, ex.UPOS, ex.XPOS)
			n := in.n
			gh := make([]int, n)
			gl := make([]int, n)
			for i, h := range ex.Heads {
				if h < 0 {
					h = n
				}
				gh[i] = h
				gl[i] = seen[ex.Deprels[i]]
			}
			s := newState(in)
			for !s.terminal() {
				feats = s.features(feats[:0])
				clear(scores)
				tr.Score(feats, scores)
				s.costs(gh, gl, L, p.root, costs)
				pred, gold := -1, -1
				for c := 0; c < nc; c++ {
					if costs[c] < 0 {
						continue
					}
					if pred < 0 || scores[c] > scores[pred] {
						pred = c
					}
					if gold < 0 || costs[c] < costs[gold] || costs[c] == costs[gold] && scores[c] > scores[gold] {
						gold = c
					}
				}
				if pred < 0 {
					break
				}
				tr.Tick()
				next := gold
				if costs[pred] > costs[gold] {
					tr.Update(feats, gold, pred)
					if it > 1 && rng.Float64() < opt.Explore {
						next = pred
					}
				} else {
					next = pred
				}
				s.apply(next, L)
			}
		}
		cand := &Parser{Labels: slices.Clone(labels), root: p.root, models: []*perceptron.Model{tr.Average(opt.Prune)}}
		if err := best.offer(cand, it, dev, opt); err != nil {
			return nil, err
		}
	}
	return best.p, nil
}

// bestOnDev keeps the best model of a training run by LAS on dev (the last
// one when there is no dev set).
type bestOnDev struct {
	p   *Parser
	las float64
}

// offer scores the model of iteration it on dev, reports it, and keeps and
// checkpoints it when it beats the best so far.
func (b *bestOnDev) offer(cand *Parser, it int, dev []Example, opt TrainOptions) error {
	sc := cand.Evaluate(dev)
	if opt.Progress != nil {
		fmt.Fprintf(opt.Progress, "iter %d: dev %s (%d features)\n", it, sc, cand.Features())
	}
	if b.p != nil && sc.LAS <= b.las && len(dev) > 0 {
		return nil
	}
	b.p, b.las = cand, sc.LAS
	if opt.Checkpoint != nil {
		return opt.Checkpoint(cand, sc)
	}
	return nil
}

// costs fills out with the dynamic-oracle cost of each transition class
// (-1 when invalid): how many gold arcs still reachable it makes
// unreachable (Goldberg & Nivre 2013, arc-hybrid), plus one when it adds a
// gold arc with the wrong label.
func (s *state) costs(gh, gl []int, L, root int, out []int) {
	for i := range out {
		out[i] = -1
	}
	n := s.in.n
	s0, s1 := s.s(0), s.s(1)
	b := s.b
	if s.valid(shift, L, root) {
		c := 0
		// b loses heads in the stack below s0 and dependents in the stack.
		if h := gh[b]; h < n && s.inStack[h] && h != s0 {
			c++
		}
		for _, k := range s.stack {
			if gh[k] == b {
				c++
			}
		}
		out[shift] = c
	}
	if s0 < 0 {
		return
	}
	deps := 0 // dependents of s0 still in the buffer
	for d := b; d < n; d++ {
		if gh[d] == s0 {
			deps++
		}
	}
	// LEFT: s0 <- b.
	left := deps
	if h := gh[s0]; h != b && (h == s1 && s1 >= 0 || h > b) {
		left++
	}
	// RIGHT: s1 -> s0.
	right := deps
	if gh[s0] >= b {
		right++
	}
	for l := 0; l < L; l++ {
		if c := 1 + l; s.valid(c, L, root) {
			out[c] = left
			if gh[s0] == b && gl[s0] != l {
				out[c]++
			}
		}
		if c := 1 + L + l; s.valid(c, L, root) {
			out[c] = right
			if gh[s0] == s1 && gl[s0] != l {
				out[c]++
			}
		}
	}
}

// Evaluate parses the examples with their given tags and scores them
// against their gold trees.
func (p *Parser) Evaluate(exs []Example) Score {
	var sc Score
	var u, l, np, unp, lnp int
	for _, ex := range exs {
		heads, rels := p.Parse(ex.Words, ex.UPOS, ex.XPOS)
		for i := range ex.Words {
			sc.Tokens++
			punct := ex.Deprels[i] == "punct"
			if !punct {
				np++
			}
			if heads[i] == ex.Heads[i] {
				u++
				if !punct {
					unp++
				}
				if rels[i] == ex.Deprels[i] {
					l++
					if !punct {
						lnp++
					}
				}
			}
		}
	}
	if sc.Tokens > 0 {
		sc.UAS, sc.LAS = float64(u)/float64(sc.Tokens), float64(l)/float64(sc.Tokens)
	}
	if np > 0 {
		sc.UASNoPunct, sc.LASNoPunct = float64(unp)/float64(np), float64(lnp)/float64(np)
	}
	return sc
}

// Examples turns gold sentences into parser examples. With tagger nil the
// gold tags are used; otherwise the tagger's predictions.
func Examples(gold []tag.Gold, tagger *tag.Tagger) []Example {
	out := make([]Example, len(gold))
	for i, g := range gold {
		ex := Example{Words: g.Words, UPOS: g.UPOS, XPOS: g.XPOS, Heads: g.Heads, Deprels: g.Deprels}
		if tagger != nil {
			t := tagger.Tag(g.Words)
			ex.UPOS, ex.XPOS = t.UPOS, t.XPOS
		}
		out[i] = ex
	}
	return out
}
