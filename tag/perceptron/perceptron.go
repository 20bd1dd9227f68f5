// Package perceptron owns the averaged multiclass perceptron shared by the
// tagger and the dependency parser: hashed features, sparse training
// weights with lazy averaging, and a compact read-only Model (quantised
// weights, open-addressing feature table) with its binary file format.
//
// It knows nothing of words, tags or trees: callers turn their inputs into
// feature hashes with Hash. A Model is immutable after loading and safe for
// concurrent use; a Trainer is not.
package perceptron

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
)

// Hash builds a 32-bit feature hash from a template number and values
// (FNV-1a over the bytes, with a separator between parts).
type Hash uint64

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// NewHash starts the hash of a feature of template t.
func NewHash(t int) Hash {
	h := Hash(fnvOffset)
	h ^= Hash(t & 0xff)
	h *= fnvPrime
	h ^= Hash(t >> 8)
	h *= fnvPrime
	return h
}

// Str adds a string part.
func (h Hash) Str(s string) Hash {
	for i := 0; i < len(s); i++ {
		h ^= Hash(s[i])
		h *= fnvPrime
	}
	h ^= 0xff
	h *= fnvPrime
	return h
}

// Int adds an integer part.
func (h Hash) Int(n int) Hash {
	v := uint32(n)
	for i := 0; i < 4; i++ {
		h ^= Hash(v & 0xff)
		h *= fnvPrime
		v >>= 8
	}
	return h
}

// Sum folds the hash to the 32-bit feature key.
func (h Hash) Sum() uint32 { return uint32(h) ^ uint32(h>>32) }

// entry is one class weight of a feature during training.
type entry struct {
	class uint16
	w     int32
	total int64 // sum of w over the steps before ts
	ts    int64 // step of the last change
}

// Trainer holds sparse weights while training.
type Trainer struct {
	NClasses int
	index    map[uint32]int32
	rows     [][]entry
	step     int64
}

// NewTrainer returns a trainer for n classes (at most 255).
func NewTrainer(n int) *Trainer {
	if n > 255 {
		panic("perceptron: too many classes")
	}
	return &Trainer{NClasses: n, index: map[uint32]int32{}}
}

// Score adds the current weights of feats to scores (len NClasses).
func (t *Trainer) Score(feats []uint32, scores []float32) {
	for _, f := range feats {
		r, ok := t.index[f]
		if !ok {
			continue
		}
		for _, e := range t.rows[r] {
			scores[e.class] += float32(e.w)
		}
	}
}

// Tick advances the step counter: call once per training instance.
func (t *Trainer) Tick() { t.step++ }

// Update rewards class gold and penalises class pred on feats.
func (t *Trainer) Update(feats []uint32, gold, pred int) {
	if gold == pred {
		return
	}
	for _, f := range feats {
		t.add(f, gold, 1)
		t.add(f, pred, -1)
	}
}

func (t *Trainer) add(f uint32, class int, d int32) {
	r, ok := t.index[f]
	if !ok {
		r = int32(len(t.rows))
		t.index[f] = r
		t.rows = append(t.rows, nil)
	}
	row := t.rows[r]
	for i := range row {
		if int(row[i].class) == class {
			e := &row[i]
			e.total += int64(e.w) * (t.step - e.ts)
			e.ts = t.step
			e.w += d
			return
		}
	}
	t.rows[r] = append(row, entry{class: uint16(class), w: d, ts: t.step})
}

// Features reports how many features have weights.
func (t *Trainer) Features() int { return len(t.rows) }

// Average returns the averaged model, dropping weights whose absolute
// value is below prune.
func (t *Trainer) Average(prune float64) *Model {
	keys := make([]uint32, 0, len(t.index))
	for k := range t.index {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	steps := float64(t.step)
	if steps == 0 {
		steps = 1
	}
	type cw struct {
		c uint8
		w float64
	}
	var maxAbs float64
	rows := make([][]cw, len(keys))
	for i, k := range keys {
		for _, e := range t.rows[t.index[k]] {
			tot := e.total + int64(e.w)*(t.step-e.ts)
			avg := float64(tot) / steps
			if math.Abs(avg) < prune || avg == 0 {
				continue
			}
			rows[i] = append(rows[i], cw{uint8(e.class), avg})
			maxAbs = max(maxAbs, math.Abs(avg))
		}
	}
	scale := maxAbs / 32000
	if scale == 0 {
		scale = 1
	}
	m := &Model{NClasses: t.NClasses, Scale: float32(scale)}
	for i, k := range keys {
		start := len(m.classes)
		for _, e := range rows[i] {
			q := math.Round(e.w / scale)
			if q == 0 {
				continue
			}
			m.classes = append(m.classes, e.c)
			m.weights = append(m.weights, int16(q))
		}
		if len(m.classes) == start {
			continue
		}
		m.keys = append(m.keys, k)
		m.starts = append(m.starts, uint32(start))
	}
	m.starts = append(m.starts, uint32(len(m.classes)))
	m.buildTable()
	return m
}

// Model is an averaged, quantised perceptron, read-only.
type Model struct {
	NClasses int
	// Scale turns the int16 weights back into averaged weights.
	Scale   float32
	keys    []uint32 // sorted feature keys
	starts  []uint32 // len(keys)+1 offsets into classes/weights
	classes []uint8
	weights []int16
	// table is an open-addressing index over keys (load at most 2/3) of
	// 8-byte slots, eight to a cache line. Most features carry one class
	// weight (EWT parser: 1.7 on average), so a slot holds that weight
	// itself and scoring it touches one cache line; longer rows live in
	// spill.
	table []slot
	mask  uint32
	// spill holds the rows of more than one weight: a header entry whose
	// w is the row length, then the row.
	spill []packedWeight
}

type packedWeight struct {
	w int16
	c uint8
}

// slot is one entry of the feature table. v == 0 marks an empty slot;
// otherwise v is either one class weight (class<<16 | uint16(weight), the
// weight never 0) or spillRow | the index of the row's header in spill.
type slot struct {
	key, v uint32
}

const spillRow = 1 << 31

// Features reports how many features the model holds.
func (m *Model) Features() int { return len(m.keys) }

// Weights reports how many class weights the model holds.
func (m *Model) Weights() int { return len(m.weights) }

func (m *Model) buildTable() {
	n := uint32(16)
	for n < uint32(len(m.keys))*3/2 {
		n <<= 1
	}
	m.table = make([]slot, n)
	m.mask = n - 1
	m.spill = m.spill[:0]
	var row []packedWeight
	for i, k := range m.keys {
		row = row[:0]
		for j := m.starts[i]; j < m.starts[i+1]; j++ {
			if m.weights[j] != 0 {
				row = append(row, packedWeight{w: m.weights[j], c: m.classes[j]})
			}
		}
		var v uint32
		switch len(row) {
		case 0:
			continue
		case 1:
			v = uint32(row[0].c)<<16 | uint32(uint16(row[0].w))
		default:
			v = spillRow | uint32(len(m.spill))
			m.spill = append(m.spill, packedWeight{w: int16(len(row))})
			m.spill = append(m.spill, row...)
		}
		s := mix(k) & m.mask
		for m.table[s].v != 0 {
			s = (s + 1) & m.mask
		}
		m.table[s] = slot{key: k, v: v}
	}
}

func mix(k uint32) uint32 {
	k ^= k >> 16
	k *= 0x7feb352d
	k ^= k >> 15
	return k
}

// scoreChunk is how many features Score looks up at once: their first
// table slots are loaded in a loop without branches, so the cache misses
// overlap instead of waiting on one another.
const scoreChunk = 32

// Score adds the weights of feats to scores (len NClasses), in units of
// Scale.
func (m *Model) Score(feats []uint32, scores []int32) {
	table, mask, spill := m.table, m.mask, m.spill
	var first [scoreChunk]slot
	var rows [scoreChunk]uint32
	var lens [scoreChunk]int16
	for len(feats) > 0 {
		fs := feats[:min(len(feats), scoreChunk)]
		feats = feats[len(fs):]
		for i, f := range fs {
			first[i] = table[mix(f)&mask]
		}
		nrows := 0
		for i, f := range fs {
			e := first[i]
			if e.key != f || e.v == 0 {
				if e.v == 0 {
					continue
				}
				s := mix(f) & mask
				for {
					s = (s + 1) & mask
					e = table[s]
					if e.v == 0 || e.key == f {
						break
					}
				}
				if e.v == 0 {
					continue
				}
			}
			if e.v&spillRow == 0 {
				scores[uint8(e.v>>16)] += int32(int16(uint16(e.v)))
				continue
			}
			rows[nrows] = e.v &^ spillRow
			nrows++
		}
		// The spilled rows' headers, loaded together for the same reason.
		for i, h := range rows[:nrows] {
			lens[i] = spill[h].w
		}
		for i, h := range rows[:nrows] {
			for _, pw := range spill[h+1 : h+1+uint32(lens[i])] {
				scores[pw.c] += int32(pw.w)
			}
		}
	}
}

const magic = "SRPC1\n"

// WriteTo writes the model in its binary format.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	bw := bufio.NewWriter(w)
	var buf [binary.MaxVarintLen64]byte
	n := int64(0)
	put := func(v uint64) {
		k := binary.PutUvarint(buf[:], v)
		bw.Write(buf[:k])
		n += int64(k)
	}
	bw.WriteString(magic)
	n += int64(len(magic))
	put(uint64(m.NClasses))
	put(uint64(math.Float32bits(m.Scale)))
	put(uint64(len(m.keys)))
	prev := uint32(0)
	for _, k := range m.keys {
		put(uint64(k - prev))
		prev = k
	}
	for i := range m.keys {
		put(uint64(m.starts[i+1] - m.starts[i]))
	}
	// Classes then weights, in separate runs: they compress better apart.
	bw.Write(m.classes)
	n += int64(len(m.classes))
	for _, x := range m.weights {
		put(uint64(uint32(int32(x)<<1) ^ uint32(int32(x)>>31)))
	}
	return n, bw.Flush()
}

// ErrFormat marks a model file that is not in the expected format.
var ErrFormat = errors.New("perceptron: bad model file")

// Read reads a model written by WriteTo.
func Read(r io.Reader) (*Model, error) {
	br := bufio.NewReaderSize(r, 1<<16)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, fmt.Errorf("%w: no header", ErrFormat)
	}
	get := func() (uint64, error) { return binary.ReadUvarint(br) }
	var vals [3]uint64
	for i := range vals {
		v, err := get()
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrFormat, err)
		}
		vals[i] = v
	}
	if vals[0] == 0 || vals[0] > 255 || vals[2] > 1<<28 {
		return nil, fmt.Errorf("%w: bad sizes", ErrFormat)
	}
	m := &Model{NClasses: int(vals[0]), Scale: math.Float32frombits(uint32(vals[1]))}
	nk := int(vals[2])
	m.keys = make([]uint32, nk)
	prev := uint32(0)
	for i := range m.keys {
		d, err := get()
		if err != nil {
			return nil, fmt.Errorf("%w: keys: %w", ErrFormat, err)
		}
		prev += uint32(d)
		m.keys[i] = prev
	}
	m.starts = make([]uint32, nk+1)
	for i := 0; i < nk; i++ {
		c, err := get()
		if err != nil || c > 255 {
			return nil, fmt.Errorf("%w: row sizes", ErrFormat)
		}
		m.starts[i+1] = m.starts[i] + uint32(c)
	}
	total := int(m.starts[nk])
	m.classes = make([]uint8, total)
	if _, err := io.ReadFull(br, m.classes); err != nil {
		return nil, fmt.Errorf("%w: classes: %w", ErrFormat, err)
	}
	for _, c := range m.classes {
		if int(c) >= m.NClasses {
			return nil, fmt.Errorf("%w: class out of range", ErrFormat)
		}
	}
	m.weights = make([]int16, total)
	for i := range m.weights {
		v, err := get()
		if err != nil {
			return nil, fmt.Errorf("%w: weights: %w", ErrFormat, err)
		}
		if v > 0xffff {
			return nil, fmt.Errorf("%w: weight out of range", ErrFormat)
		}
		m.weights[i] = int16(int32(v>>1) ^ -int32(v&1))
	}
	m.buildTable()
	return m, nil
}

// Pruned returns a copy of m without the weights whose absolute averaged
// value is below min (features left with no weight are dropped).
func (m *Model) Pruned(min float64) *Model {
	out := &Model{NClasses: m.NClasses, Scale: m.Scale}
	for i, k := range m.keys {
		start := len(out.classes)
		for j := m.starts[i]; j < m.starts[i+1]; j++ {
			if math.Abs(float64(m.weights[j])*float64(m.Scale)) < min {
				continue
			}
			out.classes = append(out.classes, m.classes[j])
			out.weights = append(out.weights, m.weights[j])
		}
		if len(out.classes) > start {
			out.keys = append(out.keys, k)
			out.starts = append(out.starts, uint32(start))
		}
	}
	out.starts = append(out.starts, uint32(len(out.classes)))
	out.buildTable()
	return out
}

// Add adds delta to the weight of class on every feature (global,
// sequence-level updates).
func (t *Trainer) Add(feats []uint32, class int, delta int32) {
	for _, f := range feats {
		t.add(f, class, delta)
	}
}

// Sum returns one model whose scores are the sums of the scores of ms
// (in averaged-weight units): an ensemble of perceptrons over the same
// features and classes is itself a linear model, scored with one table
// lookup per feature instead of one per member. Weights are quantised
// again on the sum's own scale.
func Sum(ms ...*Model) (*Model, error) {
	if len(ms) == 0 {
		return nil, fmt.Errorf("perceptron: nothing to sum")
	}
	nc := ms[0].NClasses
	for _, m := range ms[1:] {
		if m.NClasses != nc {
			return nil, fmt.Errorf("perceptron: cannot sum models of %d and %d classes", nc, m.NClasses)
		}
	}
	// a k-way merge of the sorted key lists, rows kept sparse
	type cw struct {
		c uint8
		w float64
	}
	pos := make([]int, len(ms))
	var keys []uint32
	var rows [][]cw
	var maxAbs float64
	row := make([]float64, nc)
	for {
		next, any := uint32(0), false
		for i, m := range ms {
			if pos[i] < len(m.keys) && (!any || m.keys[pos[i]] < next) {
				next, any = m.keys[pos[i]], true
			}
		}
		if !any {
			break
		}
		var touched []uint8
		for i, m := range ms {
			if pos[i] < len(m.keys) && m.keys[pos[i]] == next {
				k := pos[i]
				for j := m.starts[k]; j < m.starts[k+1]; j++ {
					c := m.classes[j]
					if row[c] == 0 {
						touched = append(touched, c)
					}
					row[c] += float64(m.weights[j]) * float64(m.Scale)
				}
				pos[i]++
			}
		}
		slices.Sort(touched)
		var r []cw
		for _, c := range slices.Compact(touched) {
			if row[c] != 0 {
				r = append(r, cw{c, row[c]})
				maxAbs = max(maxAbs, math.Abs(row[c]))
			}
			row[c] = 0
		}
		keys = append(keys, next)
		rows = append(rows, r)
	}
	scale := maxAbs / 32000
	if scale == 0 {
		scale = 1
	}
	out := &Model{NClasses: nc, Scale: float32(scale)}
	for i, k := range keys {
		start := len(out.classes)
		for _, e := range rows[i] {
			if q := math.Round(e.w / scale); q != 0 {
				out.classes = append(out.classes, e.c)
				out.weights = append(out.weights, int16(q))
			}
		}
		if len(out.classes) > start {
			out.keys = append(out.keys, k)
			out.starts = append(out.starts, uint32(start))
		}
	}
	out.starts = append(out.starts, uint32(len(out.classes)))
	out.buildTable()
	return out, nil
}
