package tag

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"math"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep/conllu"
	"github.com/sitrep/sitrep/tag/perceptron"
)

// Gold is one annotated sentence of a treebank: syntactic words only
// (multiword-token lines and empty nodes left out). Heads are 0-based word
// indexes, -1 for the root.
type Gold struct {
	Words, UPOS, XPOS, Lemma []string
	Heads                    []int
	Deprels                  []string
}

// FromCoNLLU returns the gold annotation of a CoNLL-U sentence. A HEAD of
// "_" becomes -2 (unknown).
func FromCoNLLU(s *conllu.Sentence) Gold {
	var g Gold
	for _, i := range s.Words() {
		c := s.Lines[i].Cols
		g.Words = append(g.Words, c[conllu.FORM])
		g.UPOS = append(g.UPOS, c[conllu.UPOS])
		g.XPOS = append(g.XPOS, c[conllu.XPOS])
		g.Lemma = append(g.Lemma, c[conllu.LEMMA])
		h := -2
		if v, err := strconv.Atoi(c[conllu.HEAD]); err == nil {
			h = v - 1
		}
		g.Heads = append(g.Heads, h)
		g.Deprels = append(g.Deprels, c[conllu.DEPREL])
	}
	return g
}

// ReadGold reads a CoNLL-U treebank file.
func ReadGold(path string) ([]Gold, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sents, err := conllu.ReadAll(f, path)
	if err != nil {
		return nil, err
	}
	out := make([]Gold, len(sents))
	for i, s := range sents {
		out[i] = FromCoNLLU(s)
	}
	return out, nil
}

// TrainOptions control training.
type TrainOptions struct {
	Iterations int     // passes over the training data (best on dev kept)
	Seed       uint64  // shuffling seed
	Prune      float64 // drop averaged weights below this
	TwoPass    bool    // add a second pass that sees first-pass labels on both sides
	Folds      int     // jackknife folds for the second pass (default 4)
	Log        *slog.Logger
	Progress   io.Writer
}

// Score is tagging accuracy over a set of sentences.
type Score struct {
	Tokens               int
	UPOS, XPOS, Lemma    float64
	UPOSXPOS, AllCorrect float64
}

func (s Score) String() string {
	return fmt.Sprintf("UPOS %.4f XPOS %.4f lemma %.4f (%d tokens)", s.UPOS, s.XPOS, s.Lemma, s.Tokens)
}

// Train trains a tagger on train, keeping the iteration that scores best on
// dev (joint UPOS+XPOS accuracy). With TwoPass it then trains a second
// model that also sees the first pass's labels of the words around each
// word (right context included), on first-pass labels jackknifed over
// Folds folds of train. It is deterministic for a given seed.
func Train(ctx context.Context, train, dev []Gold, opt TrainOptions) (*Tagger, error) {
	if opt.Iterations <= 0 {
		opt.Iterations = 8
	}
	if opt.Folds < 2 {
		opt.Folds = 4
	}
	log := opt.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	idx := map[string]int{}
	var labels []string
	lemmas := map[string]bool{}
	for _, g := range train {
		for i := range g.Words {
			l := g.UPOS[i] + "\t" + g.XPOS[i]
			if _, ok := idx[l]; !ok {
				idx[l] = len(labels)
				labels = append(labels, l)
			}
			if lemmaWorthKeeping(g.UPOS[i]) {
				lemmas[lexClass(g.UPOS[i])+strings.ToLower(g.Lemma[i])] = true
				if g.UPOS[i] == "ADJ" && g.Lemma[i] != strings.ToLower(g.Lemma[i]) {
					lemmas["A:"+g.Lemma[i]] = true // proper adjectives keep their capital
				}
			}
		}
	}
	if len(labels) == 0 {
		return nil, fmt.Errorf("tag: no training data")
	}
	if len(labels) > 255 {
		return nil, fmt.Errorf("tag: %d labels, at most 255", len(labels))
	}
	newTagger := func(m1, m2 *perceptron.Model) *Tagger {
		t := &Tagger{model: m1, model2: m2, lemmas: lemmas}
		t.setLabels(slices.Clone(labels))
		return t
	}
	progress := func(pass int) func(it int, acc float64, t *Tagger) float64 {
		return func(it int, acc float64, t *Tagger) float64 {
			sc := t.Evaluate(dev)
			log.Info("tagger iteration", "pass", pass, "iter", it, "train_acc", acc, "dev", sc.String())
			if opt.Progress != nil {
				fmt.Fprintf(opt.Progress, "pass %d iter %d: train %.4f dev %s\n", pass, it, acc, sc)
			}
			return sc.UPOSXPOS
		}
	}
	eval1 := progress(1)
	m1, bestIt, err := trainModel(ctx, train, nil, idx, len(labels), opt, opt.Iterations, func(it int, acc float64, m *perceptron.Model) float64 {
		if len(dev) == 0 {
			return float64(it)
		}
		return eval1(it, acc, newTagger(m, nil))
	})
	if err != nil || !opt.TwoPass {
		return newTagger(m1, nil), err
	}
	// First-pass labels for train, each fold tagged by a model trained on
	// the other folds.
	prev := make([][]int, len(train))
	for f := 0; f < opt.Folds; f++ {
		var sub []Gold
		for i, g := range train {
			if i%opt.Folds != f {
				sub = append(sub, g)
			}
		}
		fo := opt
		fo.Seed = opt.Seed + uint64(f) + 1
		mf, _, err := trainModel(ctx, sub, nil, idx, len(labels), fo, bestIt, func(it int, _ float64, _ *perceptron.Model) float64 { return float64(it) })
		if err != nil {
			return nil, err
		}
		for i := f; i < len(train); i += opt.Folds {
			prev[i] = predictWith(mf, nil, newSentence(train[i].Words), nil, len(labels))
		}
	}
	eval2 := progress(2)
	m2, _, err := trainModel(ctx, train, prev, idx, len(labels), opt, opt.Iterations, func(it int, acc float64, m *perceptron.Model) float64 {
		if len(dev) == 0 {
			return float64(it)
		}
		return eval2(it, acc, newTagger(m1, m))
	})
	if err != nil {
		return nil, err
	}
	return newTagger(m1, m2), nil
}

// trainModel runs iters passes of perceptron training and returns the
// averaged model of the pass that score rates highest, and that pass.
// prev, when not nil, holds first-pass labels for second-pass features.
func trainModel(ctx context.Context, train []Gold, prev [][]int, idx map[string]int, nLabels int, opt TrainOptions, iters int, score func(it int, acc float64, m *perceptron.Model) float64) (*perceptron.Model, int, error) {
	tr := perceptron.NewTrainer(nLabels)
	rng := rand.New(rand.NewPCG(opt.Seed, 0x7a6))
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	scores := make([]float32, nLabels)
	feats := make([]uint32, 0, 48)
	var best *perceptron.Model
	bestIt, bestScore := 0, math.Inf(-1)
	for it := 1; it <= iters; it++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		correct, total := 0, 0
		for n, k := range order {
			if n%1000 == 0 {
				if err := ctx.Err(); err != nil {
					return nil, 0, err
				}
			}
			g := train[k]
			s := newSentence(g.Words)
			var pv []int
			if prev != nil {
				pv = prev[k]
			}
			p1, p2 := -1, -1
			for i := range g.Words {
				gold := idx[g.UPOS[i]+"\t"+g.XPOS[i]]
				clear(scores)
				feats = s.features(feats[:0], i, p1, p2)
				if pv != nil {
					feats = s.features2(feats, i, pv, p1)
				}
				tr.Score(feats, scores)
				pred := argmax(scores)
				tr.Tick()
				tr.Update(feats, gold, pred)
				if pred == gold {
					correct++
				}
				total++
				p2, p1 = p1, pred
			}
		}
		m := tr.Average(opt.Prune)
		if sc := score(it, float64(correct)/float64(max(total, 1)), m); sc > bestScore {
			best, bestIt, bestScore = m, it, sc
		}
	}
	return best, bestIt, nil
}

func argmax(s []float32) int {
	b := 0
	for i := 1; i < len(s); i++ {
		if s[i] > s[b] {
			b = i
		}
	}
	return b
}

// Evaluate tags the words of gold and scores them.
func (t *Tagger) Evaluate(gold []Gold) Score {
	var sc Score
	var up, xp, lem, both int
	for _, g := range gold {
		out := t.Tag(g.Words)
		for i := range g.Words {
			sc.Tokens++
			u, x := out.UPOS[i] == g.UPOS[i], out.XPOS[i] == g.XPOS[i]
			if u {
				up++
			}
			if x {
				xp++
			}
			if u && x {
				both++
			}
			if out.Lemma[i] == g.Lemma[i] {
				lem++
			}
		}
	}
	if sc.Tokens > 0 {
		n := float64(sc.Tokens)
		sc.UPOS, sc.XPOS, sc.Lemma, sc.UPOSXPOS = float64(up)/n, float64(xp)/n, float64(lem)/n, float64(both)/n
	}
	return sc
}

// EvaluateLemmas scores the lemmatiser alone on gold tags.
func (t *Tagger) EvaluateLemmas(gold []Gold) float64 {
	n, ok := 0, 0
	for _, g := range gold {
		for i := range g.Words {
			n++
			if t.Lemmatize(Norm(g.Words[i]), g.UPOS[i], g.XPOS[i]) == g.Lemma[i] {
				ok++
			}
		}
	}
	if n == 0 {
		return 0
	}
	return float64(ok) / float64(n)
}

func sortStrings(s []string) { slices.Sort(s) }
