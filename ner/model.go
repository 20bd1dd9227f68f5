package ner

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
)

// The tag set: O plus BILOU prefixes for the four CoNLL types.
const (
	nTypes = 4
	nClass = 1 + 4*nTypes
	// startClass stands for "before the sentence" in tag-history features.
	startClass = nClass
)

// conllTypes are the model's entity types, in class order.
var conllTypes = [nTypes]string{"PER", "ORG", "LOC", "MISC"}

const (
	bB = iota
	bI
	bL
	bU
)

func class(typ, bilou int) int { return 1 + 4*typ + bilou }

// classType returns the type index of a class, -1 for O.
func classType(c int) int {
	if c <= 0 || c >= nClass {
		return -1
	}
	return (c - 1) / 4
}

func classBILOU(c int) int { return (c - 1) % 4 }

// open reports whether a class leaves an entity open (B or I).
func open(c int) bool {
	if c <= 0 || c >= nClass {
		return false
	}
	b := classBILOU(c)
	return b == bB || b == bI
}

// allowed reports whether class c may follow class prev; last marks the
// final token of a sentence.
func allowed(prev, c int, last bool) bool {
	if open(prev) {
		if c == 0 || classType(c) != classType(prev) {
			return false
		}
		b := classBILOU(c)
		if b != bI && b != bL {
			return false
		}
	} else if c != 0 {
		b := classBILOU(c)
		if b != bB && b != bU {
			return false
		}
	}
	if last && open(c) {
		return false
	}
	return true
}

// typeIndex maps a CoNLL type name to its index, -1 if unknown.
func typeIndex(t string) int {
	for i, x := range conllTypes {
		if x == t {
			return i
		}
	}
	return -1
}

// bilouFromSpans converts spans to BILOU classes.
func bilouFromSpans(spans []TypedSpan, n int) []int {
	out := make([]int, n)
	for _, s := range spans {
		ti := typeIndex(s.Type)
		if ti < 0 {
			continue
		}
		if s.End-s.Start == 1 {
			out[s.Start] = class(ti, bU)
			continue
		}
		for i := s.Start; i < s.End; i++ {
			switch i {
			case s.Start:
				out[i] = class(ti, bB)
			case s.End - 1:
				out[i] = class(ti, bL)
			default:
				out[i] = class(ti, bI)
			}
		}
	}
	return out
}

// spansFromClasses reads spans back from BILOU classes, leniently: a span
// opens at B (or at I/L that does not continue one) and closes at L, U, or
// before any tag that does not continue it.
func spansFromClasses(tags []int) []TypedSpan {
	var out []TypedSpan
	start, typ := -1, -1
	closeAt := func(end int) {
		if start >= 0 {
			out = append(out, TypedSpan{Start: start, End: end, Type: conllTypes[typ]})
		}
		start, typ = -1, -1
	}
	for i, c := range tags {
		if c == 0 {
			closeAt(i)
			continue
		}
		ty, b := classType(c), classBILOU(c)
		cont := start >= 0 && ty == typ && (b == bI || b == bL)
		if !cont {
			closeAt(i)
			start, typ = i, ty
		}
		if b == bL || b == bU {
			closeAt(i + 1)
		}
	}
	closeAt(len(tags))
	return out
}

// Model is the trained tagger: averaged perceptron weights over hashed
// features, read-only once loaded and safe for concurrent use.
type Model struct {
	table *featTable // feature hash -> weight row
	w     []float32  // len(index)*nClass
	gaz   *gazetteer
	clus  map[string][]uint64 // hashed path prefixes of clusPaths
	// clusPaths maps lowered words to their cluster bit strings.
	clusPaths map[string]string
	// ablate switches feature groups off ("gaz", "doc"); set only when
	// measuring what a group brings (TrainOptions.Ablate), never saved.
	ablate map[string]bool
}

// scores adds the weights of the features into out.
func (m *Model) scores(feats []uint64, out *[nClass]float32) {
	for i := range out {
		out[i] = 0
	}
	for _, f := range feats {
		r, ok := m.table.get(f)
		if !ok {
			continue
		}
		row := m.w[int(r)*nClass : int(r)*nClass+nClass : int(r)*nClass+nClass]
		for c := range out {
			out[c] += row[c]
		}
	}
}

// setIndex builds the lookup table from a feature -> row map; called once
// when a model is made (Train, Prune) before it is shared.
func (m *Model) setIndex(index map[uint64]int32) {
	t := newFeatTable(len(index))
	for k, r := range index {
		t.put(k, r)
	}
	m.table = t
}

// each calls f for every feature and its row, in key order.
func (m *Model) each(f func(key uint64, row int)) {
	var ks []slot
	for _, sl := range m.table.slots {
		if sl.key != 0 {
			ks = append(ks, sl)
		}
	}
	sort.Slice(ks, func(i, j int) bool { return ks[i].key < ks[j].key })
	for _, sl := range ks {
		f(sl.key, int(sl.row))
	}
}

// Features returns the number of weight rows.
func (m *Model) Features() int { return m.table.n }

func argmax(sc *[nClass]float32) int {
	c := 0
	for k := 1; k < nClass; k++ {
		if sc[k] > sc[c] {
			c = k
		}
	}
	return c
}

func best(sc *[nClass]float32, prev int, last bool) int {
	bi := -1
	var bv float32
	for c := 0; c < nClass; c++ {
		if !allowed(prev, c, last) {
			continue
		}
		if bi < 0 || sc[c] > bv {
			bi, bv = c, sc[c]
		}
	}
	return bi
}

// prepare turns a document's sentences into token infos.
func (m *Model) prepare(sents [][]Input, usePOS bool) [][]tokInfo {
	out := make([][]tokInfo, len(sents))
	for si, s := range sents {
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
		out[si] = ti
	}
	return out
}

// TagDocument tags the sentences of one document and returns the spans of
// each sentence. POS tags are used when every token has one.
func (m *Model) TagDocument(sents [][]Input) [][]TypedSpan {
	usePOS := true
	for _, s := range sents {
		for _, t := range s {
			if t.POS == "" {
				usePOS = false
			}
		}
	}
	info := m.prepare(sents, usePOS)
	d := newDocState(info, sents)
	if m.ablate["doc"] {
		d = nil
	}
	out := make([][]TypedSpan, len(sents))
	var bs beamState
	for si, s := range info {
		head := headline(s)
		tags := m.decode(&bs, s, head, d)
		d.record(s, tags)
		out[si] = spansFromClasses(tags)
	}
	return out
}

// beamSize is how many partial tag sequences decoding keeps.
const beamSize = 4

type hyp struct {
	score  float32
	p1, p2 int
	back   int // index of the previous hypothesis, -1 at the start
	class  int
}

// beamState holds decoding buffers reused across sentences.
type beamState struct {
	buf, dyn []uint64
	hist     [][]hyp
	next     []hyp
}

// decode tags one sentence with a small beam search over the BILOU lattice
// (summing the perceptron scores; the tag-history features are rescored for
// each hypothesis, the rest once per token).
func (m *Model) decode(bs *beamState, s []tokInfo, head bool, d *docState) []int {
	tags := make([]int, len(s))
	if len(s) == 0 {
		return tags
	}
	var base, dsc [nClass]float32
	cur := []hyp{{p1: startClass, p2: startClass, back: -1}}
	bs.hist = bs.hist[:0]
	for i := range s {
		bs.buf = staticFeatures(bs.buf[:0], s, i, head, d)
		m.scores(bs.buf, &base)
		last := i == len(s)-1
		bs.next = bs.next[:0]
		for hi, h := range cur {
			bs.dyn = dynFeatures(bs.dyn[:0], s, i, h.p1, h.p2)
			m.scores(bs.dyn, &dsc)
			for c := 0; c < nClass; c++ {
				if !allowed(h.p1, c, last) {
					continue
				}
				bs.next = pushBeam(bs.next, hyp{score: h.score + base[c] + dsc[c], p1: c, p2: h.p1, back: hi, class: c})
			}
		}
		bs.hist = append(bs.hist, cur)
		cur = append([]hyp(nil), bs.next...)
	}
	// follow back-pointers from the best final hypothesis
	h := cur[0]
	for i := len(s) - 1; i >= 0; i-- {
		tags[i] = h.class
		if i > 0 {
			h = bs.hist[i][h.back]
		}
	}
	return tags
}

// pushBeam inserts h into the beam kept sorted by descending score.
func pushBeam(b []hyp, h hyp) []hyp {
	if len(b) == beamSize && h.score <= b[len(b)-1].score {
		return b
	}
	if len(b) < beamSize {
		b = append(b, h)
	} else {
		b[len(b)-1] = h
	}
	for k := len(b) - 1; k > 0 && b[k].score > b[k-1].score; k-- {
		b[k], b[k-1] = b[k-1], b[k]
	}
	return b
}

// Model file: gzip is applied by the caller. Layout (all integers uvarint
// unless said): magic, version, step (float32 bits), rows: count then for
// each row in key order the key delta, a class bitmask and zigzag varint
// weights for the set bits; then the cluster table: count, then word and
// bit-path strings.
const modelMagic = "SRNER\x00v1"

// WriteTo writes the model.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	bw := bufio.NewWriter(w)
	var n int64
	put := func(v uint64) {
		var b [binary.MaxVarintLen64]byte
		k := binary.PutUvarint(b[:], v)
		bw.Write(b[:k])
		n += int64(k)
	}
	putS := func(s string) { put(uint64(len(s))); bw.WriteString(s); n += int64(len(s)) }
	bw.WriteString(modelMagic)
	n += int64(len(modelMagic))
	var maxAbs float32
	for _, x := range m.w {
		if a := float32(math.Abs(float64(x))); a > maxAbs {
			maxAbs = a
		}
	}
	step := maxAbs / 30000
	if step == 0 {
		step = 1
	}
	put(uint64(math.Float32bits(step)))
	type row struct {
		key  uint64
		mask uint64
		q    [nClass]int64
	}
	var rows []row
	m.each(func(k uint64, r int) {
		var x row
		x.key = k
		for c := 0; c < nClass; c++ {
			q := int64(math.Round(float64(m.w[r*nClass+c] / step)))
			if q != 0 {
				x.mask |= 1 << c
				x.q[c] = q
			}
		}
		if x.mask != 0 {
			rows = append(rows, x)
		}
	})
	put(uint64(len(rows)))
	var prev uint64
	for _, x := range rows {
		put(x.key - prev)
		prev = x.key
		put(x.mask)
		for c := 0; c < nClass; c++ {
			if x.mask&(1<<c) != 0 {
				put(uint64((x.q[c] << 1) ^ (x.q[c] >> 63)))
			}
		}
	}
	words := make([]string, 0, len(m.clusPaths))
	for k := range m.clusPaths {
		words = append(words, k)
	}
	sort.Strings(words)
	put(uint64(len(words)))
	for _, wd := range words {
		putS(wd)
		putS(m.clusPaths[wd])
	}
	return n, bw.Flush()
}

// ReadModel reads a model written by WriteTo.
func ReadModel(r io.Reader) (*Model, error) {
	br := bufio.NewReader(r)
	magic := make([]byte, len(modelMagic))
	if _, err := io.ReadFull(br, magic); err != nil || string(magic) != modelMagic {
		return nil, errors.New("ner model: bad header")
	}
	var rerr error
	get := func() uint64 {
		if rerr != nil {
			return 0
		}
		v, err := binary.ReadUvarint(br)
		if err != nil {
			rerr = err
		}
		return v
	}
	step := math.Float32frombits(uint32(get()))
	nrows := get()
	if rerr != nil || nrows > 1<<26 {
		return nil, fmt.Errorf("ner model: bad row count: %v", rerr)
	}
	m := &Model{table: newFeatTable(int(nrows)), w: make([]float32, int(nrows)*nClass), gaz: defaultGazetteer()}
	var key uint64
	for i := 0; i < int(nrows); i++ {
		key += get()
		mask := get()
		m.table.put(key, int32(i))
		for c := 0; c < nClass; c++ {
			if mask&(1<<c) != 0 {
				z := get()
				q := int64(z>>1) ^ -int64(z&1)
				m.w[i*nClass+c] = float32(q) * step
			}
		}
	}
	nw := get()
	if rerr != nil || nw > 1<<24 {
		return nil, fmt.Errorf("ner model: bad cluster table: %v", rerr)
	}
	getS := func() (string, error) {
		l := get()
		if rerr != nil || l > 1<<16 {
			return "", fmt.Errorf("ner model: bad cluster table: %v", rerr)
		}
		b := make([]byte, l)
		if _, err := io.ReadFull(br, b); err != nil {
			return "", fmt.Errorf("ner model: %w", err)
		}
		return string(b), nil
	}
	if nw > 0 {
		m.clusPaths = make(map[string]string, nw)
	}
	for i := 0; i < int(nw); i++ {
		w, err := getS()
		if err != nil {
			return nil, err
		}
		p, err := getS()
		if err != nil {
			return nil, err
		}
		m.clusPaths[w] = p
	}
	if len(m.clusPaths) > 0 {
		m.clus = clusterFeatures(m.clusPaths)
	}
	if rerr != nil {
		return nil, fmt.Errorf("ner model: %w", rerr)
	}
	return m, nil
}
