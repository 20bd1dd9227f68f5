package segment

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"unicode"
)

// TrainOptions controls Train.
type TrainOptions struct {
	// Epochs is the number of passes over the training candidates; the
	// epoch with the best sentence F1 on dev is kept. Default 12.
	Epochs int
	// MinWeight drops features whose averaged weight is smaller in
	// absolute value (a smaller model). Default 1e-3.
	MinWeight float64
	// Layouts are the ways the training sentences are joined into raw
	// text to collect candidates from (default: Paragraphs only).
	Layouts []Layout
	// Log receives one line per epoch; nil for silence.
	Log func(string)
}

// TrainReport describes a training run.
type TrainReport struct {
	Candidates, Positives int
	Abbreviations         int
	BestEpoch             int
	Dev                   Score
	Features              int
}

// LearnAbbreviations returns the words UD writes with a final period in
// the gold sentences ("Dr.", "Sept.", "Arrv."): lower-cased, without the
// period, leaving out those the tokenizer already knows.
func LearnAbbreviations(sents []GoldSentence) map[string]bool {
	out := map[string]bool{}
	var t tokenizer
	for _, s := range sents {
		for _, tk := range s.Tokens {
			for _, w := range tk.Words {
				if len(w) < 2 || len(w) > len(t.lower) || w[len(w)-1] != '.' {
					continue
				}
				base := w[:len(w)-1]
				if strings.Contains(base, ".") || !strings.ContainsFunc(base, unicode.IsLetter) {
					continue
				}
				if strings.ContainsFunc(base, func(r rune) bool { return !isWordRune(r) }) {
					continue
				}
				if t.isAbbrev(base+".", 0, len(base)) {
					continue
				}
				out[strings.ToLower(base)] = true
			}
		}
	}
	return out
}

type example struct {
	feats []uint64
	label bool
}

// Train learns the sentence-boundary model from gold sentences (UD EWT
// train) and keeps the epoch that scores best on dev. It is
// deterministic: the same data gives the same model.
func Train(ctx context.Context, train, dev []GoldSentence, opts TrainOptions) (*Model, TrainReport, error) {
	if opts.Epochs <= 0 {
		opts.Epochs = 12
	}
	if len(opts.Layouts) == 0 {
		opts.Layouts = []Layout{Paragraphs}
	}
	if opts.MinWeight <= 0 {
		opts.MinWeight = 1e-3
	}
	logf := func(format string, a ...any) {
		if opts.Log != nil {
			opts.Log(fmt.Sprintf(format, a...))
		}
	}
	var rep TrainReport
	abbr := LearnAbbreviations(train)
	rep.Abbreviations = len(abbr)
	var exs []example
	for _, l := range opts.Layouts {
		exs = append(exs, collectExamples(BuildGold(train, l), abbr)...)
	}
	rep.Candidates = len(exs)
	for _, e := range exs {
		if e.label {
			rep.Positives++
		}
	}
	logf("segment: %d candidates (%d sentence ends), %d learned abbreviations", len(exs), rep.Positives, len(abbr))
	devGold := BuildGold(dev, Paragraphs)

	w := map[uint64]float64{}
	acc := map[uint64]float64{}
	stamp := map[uint64]int{}
	step := 1
	update := func(f uint64, d float64) {
		acc[f] += float64(step-stamp[f]) * w[f]
		stamp[f] = step
		w[f] += d
	}
	averaged := func() *Model {
		m := &Model{weights: make(map[uint64]float32, len(w)), abbrevs: abbr}
		for f, v := range w {
			a := (acc[f] + float64(step-stamp[f])*v) / float64(step)
			if a > opts.MinWeight || a < -opts.MinWeight {
				m.weights[f] = float32(a)
			}
		}
		return m
	}
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(20140621, 1))
	var best *Model
	bestF := -1.0
	for ep := 1; ep <= opts.Epochs; ep++ {
		if err := ctx.Err(); err != nil {
			return nil, rep, err
		}
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs := 0
		for _, k := range order {
			e := exs[k]
			var s float64
			for _, f := range e.feats {
				s += w[f]
			}
			if (s > 0) != e.label {
				errs++
				d := 1.0
				if !e.label {
					d = -1
				}
				for _, f := range e.feats {
					update(f, d)
				}
			}
			step++
		}
		m := averaged()
		toks, ss := NewWith(m, Options{}).Text(devGold.Text)
		sc := Evaluate(devGold, toks, ss)
		logf("segment: epoch %d: %d training errors; dev %s", ep, errs, sc)
		if sc.SentF1 > bestF {
			bestF, best, rep.BestEpoch, rep.Dev = sc.SentF1, m, ep, sc
		}
	}
	rep.Features = len(best.weights)
	return best, rep, nil
}

// collectExamples tokenizes the gold text line by line, as Text does, and
// labels every candidate boundary with whether a gold sentence ends there.
func collectExamples(g Gold, abbr map[string]bool) []example {
	ends := make(map[int]bool, len(g.SentEnds))
	for _, e := range g.SentEnds {
		ends[e] = true
	}
	t := tokenizer{abbr: abbr}
	var out []example
	var buf []uint64
	s := g.Text
	for start := 0; start < len(s); {
		end := start
		for end < len(s) && s[end] != '\n' {
			end++
		}
		t.out = t.out[:0]
		t.tokenize(s, start, end)
		raw := t.out
		sentStart := 0
		for i := 0; i < len(raw); i++ {
			c, ok := candidateAt(raw, i)
			if !ok {
				continue
			}
			label := ends[raw[c.j].end] || ends[raw[c.i].end]
			buf = t.features(s, raw, c, sentStart, buf)
			out = append(out, example{feats: append([]uint64(nil), buf...), label: label})
			if label {
				sentStart = c.j + 1
				i = c.j
			}
		}
		start = end + 1
	}
	return out
}
