package ner

import (
	"context"
	"math"
	"math/rand/v2"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Word clusters induced from unlabelled text, a cheap stand-in for Brown
// clusters: each word is described by the words seen just before and after
// it (positive PMI, randomly projected to a few hundred dimensions), and the
// words are split in two again and again by spherical 2-means. The path of
// left/right choices is the word's bit string; its prefixes are features.

// ClusterOptions controls cluster induction.
type ClusterOptions struct {
	MinCount int // words seen fewer times get no cluster (default 3)
	Contexts int // the most frequent words used as contexts (default 600)
	Dims     int // projected dimensions (default 160)
	Depth    int // bits per path (default 12)
	Seed     uint64
}

// SimpleTokens splits raw text into CoNLL-like tokens: on spaces, with
// punctuation at either end of a word and a final "'s" split off.
func SimpleTokens(text string) []string {
	var out []string
	for _, w := range strings.Fields(foldQuotes(text)) {
		var tail []string
		for w != "" {
			r, n := utf8.DecodeRuneInString(w)
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				break
			}
			out = append(out, w[:n])
			w = w[n:]
		}
		for w != "" {
			r, n := utf8.DecodeLastRuneInString(w)
			if unicode.IsLetter(r) || unicode.IsDigit(r) || (r == '.' && strings.Count(w, ".") > 1) {
				break
			}
			tail = append(tail, w[len(w)-n:])
			w = w[:len(w)-n]
		}
		if strings.HasSuffix(w, "'s") && len(w) > 2 {
			out = append(out, w[:len(w)-2])
			w = "'s"
		}
		if w != "" {
			out = append(out, w)
		}
		for i := len(tail) - 1; i >= 0; i-- {
			out = append(out, tail[i])
		}
	}
	return out
}

// InduceClusters returns a bit-string path for each frequent word (keys
// are lowered as the tagger looks them up). Deterministic for a seed.
func InduceClusters(ctx context.Context, sents [][]string, opt ClusterOptions) (map[string]string, error) {
	if opt.MinCount <= 0 {
		opt.MinCount = 3
	}
	if opt.Contexts <= 0 {
		opt.Contexts = 600
	}
	if opt.Dims <= 0 {
		opt.Dims = 160
	}
	if opt.Depth <= 0 {
		opt.Depth = 12
	}
	count := map[string]int{}
	low := make([][]string, len(sents))
	for si, s := range sents {
		l := make([]string, len(s))
		for i, w := range s {
			l[i] = lowerForm(w)
			count[l[i]]++
		}
		low[si] = l
	}
	var vocab []string
	for w, c := range count {
		if c >= opt.MinCount {
			vocab = append(vocab, w)
		}
	}
	sort.Slice(vocab, func(i, j int) bool {
		if count[vocab[i]] != count[vocab[j]] {
			return count[vocab[i]] > count[vocab[j]]
		}
		return vocab[i] < vocab[j]
	})
	nctx := min(opt.Contexts, len(vocab))
	ctxID := map[string]int{"<s>": nctx, "</s>": nctx + 1}
	for i := 0; i < nctx; i++ {
		ctxID[vocab[i]] = i
	}
	wordID := map[string]int{}
	for i, w := range vocab {
		wordID[w] = i
	}
	// co-occurrence counts: context index (left: c, right: c+K) per word
	K := nctx + 2
	co := make([]map[int32]float32, len(vocab))
	colTot := make([]float64, 2*K)
	total := 0.0
	for _, s := range low {
		for i, w := range s {
			id, ok := wordID[w]
			if !ok {
				continue
			}
			if co[id] == nil {
				co[id] = map[int32]float32{}
			}
			left, right := "<s>", "</s>"
			if i > 0 {
				left = s[i-1]
			}
			if i+1 < len(s) {
				right = s[i+1]
			}
			if c, ok := ctxID[left]; ok {
				co[id][int32(c)]++
				colTot[c]++
				total++
			}
			if c, ok := ctxID[right]; ok {
				co[id][int32(c+K)]++
				colTot[c+K]++
				total++
			}
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	// random projection of PPMI vectors
	rng := rand.New(rand.NewPCG(opt.Seed, 0xc105))
	proj := make([][]float32, 2*K)
	for c := range proj {
		v := make([]float32, opt.Dims)
		for d := range v {
			if rng.IntN(2) == 0 {
				v[d] = 1
			} else {
				v[d] = -1
			}
		}
		proj[c] = v
	}
	vecs := make([][]float32, len(vocab))
	for id := range vocab {
		v := make([]float32, opt.Dims)
		rowTot := 0.0
		for _, n := range co[id] {
			rowTot += float64(n)
		}
		keys := make([]int32, 0, len(co[id]))
		for c := range co[id] {
			keys = append(keys, c)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		for _, c := range keys {
			n := float64(co[id][c])
			pmi := math.Log(n * total / (rowTot * colTot[c]))
			if pmi <= 0 {
				continue
			}
			for d, p := range proj[c] {
				v[d] += float32(pmi) * p
			}
		}
		normalize(v)
		vecs[id] = v
	}
	paths := make([][]byte, len(vocab))
	idx := make([]int, len(vocab))
	for i := range idx {
		idx[i] = i
	}
	if err := bisect(ctx, vecs, idx, paths, opt.Depth, rng); err != nil {
		return nil, err
	}
	out := make(map[string]string, len(vocab))
	for i, w := range vocab {
		out[w] = string(paths[i])
	}
	return out, nil
}

func normalize(v []float32) {
	s := 0.0
	for _, x := range v {
		s += float64(x) * float64(x)
	}
	if s == 0 {
		return
	}
	n := float32(1 / math.Sqrt(s))
	for i := range v {
		v[i] *= n
	}
}

func dot(a, b []float32) float32 {
	var s float32
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

// bisect splits the words idx in two by spherical 2-means and recurses,
// appending '0' or '1' to each word's path.
func bisect(ctx context.Context, vecs [][]float32, idx []int, paths [][]byte, depth int, rng *rand.Rand) error {
	if depth == 0 || len(idx) < 4 {
		return nil
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	dims := len(vecs[idx[0]])
	// seeds: a random word and the word least like it
	a := idx[rng.IntN(len(idx))]
	b, worst := a, float32(2)
	for _, i := range idx {
		if d := dot(vecs[i], vecs[a]); d < worst {
			worst, b = d, i
		}
	}
	c0 := append([]float32(nil), vecs[a]...)
	c1 := append([]float32(nil), vecs[b]...)
	side := make([]bool, len(idx))
	for it := 0; it < 8; it++ {
		s0 := make([]float32, dims)
		s1 := make([]float32, dims)
		n1 := 0
		for k, i := range idx {
			side[k] = dot(vecs[i], c1) > dot(vecs[i], c0)
			t := s0
			if side[k] {
				t = s1
				n1++
			}
			for d, x := range vecs[i] {
				t[d] += x
			}
		}
		if n1 == 0 || n1 == len(idx) {
			break
		}
		normalize(s0)
		normalize(s1)
		c0, c1 = s0, s1
	}
	var left, right []int
	for k, i := range idx {
		if side[k] {
			paths[i] = append(paths[i], '1')
			right = append(right, i)
		} else {
			paths[i] = append(paths[i], '0')
			left = append(left, i)
		}
	}
	if len(left) == 0 || len(right) == 0 {
		return nil
	}
	if err := bisect(ctx, vecs, left, paths, depth-1, rng); err != nil {
		return err
	}
	return bisect(ctx, vecs, right, paths, depth-1, rng)
}
