package segment

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"unicode"
	"unicode/utf8"
)

// Model is the sentence-boundary classifier: an averaged perceptron over
// hashed features of each candidate boundary (a . ! ? run, an abbreviation
// with its period, an emoticon), plus the abbreviations learned from the
// training data. It is read-only once built and safe to share.
type Model struct {
	weights map[uint64]float32
	abbrevs map[string]bool
}

const modelMagic = "sitrep-segment-v1\n"

// WriteTo writes the model in its binary form (before compression):
// magic, feature count, (hash, weight) pairs sorted by hash, then the
// learned abbreviations.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	bw := bufio.NewWriter(w)
	var n int64
	k, _ := bw.WriteString(modelMagic)
	n += int64(k)
	keys := make([]uint64, 0, len(m.weights))
	for h := range m.weights {
		keys = append(keys, h)
	}
	slices.Sort(keys)
	var b [12]byte
	binary.LittleEndian.PutUint32(b[:4], uint32(len(keys)))
	bw.Write(b[:4])
	n += 4
	for _, h := range keys {
		binary.LittleEndian.PutUint64(b[:8], h)
		binary.LittleEndian.PutUint32(b[8:], math.Float32bits(m.weights[h]))
		bw.Write(b[:])
		n += 12
	}
	abbr := make([]string, 0, len(m.abbrevs))
	for a := range m.abbrevs {
		abbr = append(abbr, a)
	}
	slices.Sort(abbr)
	binary.LittleEndian.PutUint32(b[:4], uint32(len(abbr)))
	bw.Write(b[:4])
	n += 4
	for _, a := range abbr {
		bw.WriteByte(byte(len(a)))
		bw.WriteString(a)
		n += int64(1 + len(a))
	}
	return n, bw.Flush()
}

// ReadModel reads a model written by WriteTo.
func ReadModel(r io.Reader) (*Model, error) {
	br := bufio.NewReader(r)
	magic := make([]byte, len(modelMagic))
	if _, err := io.ReadFull(br, magic); err != nil || string(magic) != modelMagic {
		return nil, errors.New("segment model: bad header")
	}
	var b [12]byte
	if _, err := io.ReadFull(br, b[:4]); err != nil {
		return nil, fmt.Errorf("segment model: %w", err)
	}
	nf := binary.LittleEndian.Uint32(b[:4])
	if nf > 1<<24 {
		return nil, fmt.Errorf("segment model: %d features is too many", nf)
	}
	m := &Model{weights: make(map[uint64]float32, nf), abbrevs: map[string]bool{}}
	for i := uint32(0); i < nf; i++ {
		if _, err := io.ReadFull(br, b[:]); err != nil {
			return nil, fmt.Errorf("segment model: feature %d: %w", i, err)
		}
		m.weights[binary.LittleEndian.Uint64(b[:8])] = math.Float32frombits(binary.LittleEndian.Uint32(b[8:]))
	}
	if _, err := io.ReadFull(br, b[:4]); err != nil {
		return nil, fmt.Errorf("segment model: abbreviations: %w", err)
	}
	na := binary.LittleEndian.Uint32(b[:4])
	if na > 1<<20 {
		return nil, fmt.Errorf("segment model: %d abbreviations is too many", na)
	}
	for i := uint32(0); i < na; i++ {
		l, err := br.ReadByte()
		if err != nil {
			return nil, fmt.Errorf("segment model: abbreviation %d: %w", i, err)
		}
		s := make([]byte, l)
		if _, err := io.ReadFull(br, s); err != nil {
			return nil, fmt.Errorf("segment model: abbreviation %d: %w", i, err)
		}
		m.abbrevs[string(s)] = true
	}
	return m, nil
}

// NumFeatures is the number of weighted features.
func (m *Model) NumFeatures() int { return len(m.weights) }

func (m *Model) score(feats []uint64) float32 {
	var s float32
	for _, f := range feats {
		s += m.weights[f]
	}
	return s
}

// FNV-1a, 64 bits: features are hashed, never stored as strings.
const (
	fnvOffset uint64 = 14695981039346656037
	fnvPrime  uint64 = 1099511628211
)

func hashStr(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// hashFold hashes s with ASCII letters lower-cased.
func hashFold(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

func hashByte(h uint64, c byte) uint64 {
	h ^= uint64(c)
	return h * fnvPrime
}

// Feature templates: one byte each, hashed first.
const (
	fBias byte = iota + 1
	fCand
	fWord
	fWordShape
	fWordLen
	fWordAbbr
	fNext
	fNextShape
	fNext2Shape
	fSpace
	fClosers
	fCandNextShape
	fWordNextShape
	fShapeShape
	fPrev2
	fNextCase
	fCandNext
	fSentLen
	fAbbrNextCase
	fNextStarter
	fKnownAbbr
	fCandNextCase
	fNext2
)

// shape maps a token to a short pattern: X upper, x lower, d digit, other
// characters as themselves, repeats collapsed, at most 8 bytes.
func shape(s string, buf *[8]byte) []byte {
	n := 0
	var last byte
	for i := 0; i < len(s) && n < len(buf); {
		r, k := decode(s, i)
		i += k
		var c byte
		switch {
		case r < utf8.RuneSelf && r >= 'a' && r <= 'z':
			c = 'x'
		case r < utf8.RuneSelf && r >= 'A' && r <= 'Z':
			c = 'X'
		case r < utf8.RuneSelf && r >= '0' && r <= '9':
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		default:
			c = '~'
		}
		if c == last {
			continue
		}
		buf[n] = c
		n++
		last = c
	}
	return buf[:n]
}

func hashBytes(h uint64, b []byte) uint64 {
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// caseOf classifies the first letter of a token: 'U' upper, 'l' lower,
// 'd' digit, 'p' other.
func caseOf(s string) byte {
	if s == "" {
		return 'p'
	}
	r, _ := decode(s, 0)
	switch {
	case unicode.IsUpper(r):
		return 'U'
	case unicode.IsLower(r):
		return 'l'
	case unicode.IsDigit(r):
		return 'd'
	}
	return 'p'
}

// sentenceStarters are words that often open a sentence in news English;
// a capitalised one after an abbreviation's period signals a boundary.
var sentenceStarters = setOf(
	"he", "she", "it", "they", "we", "i", "you", "the", "a", "an", "this", "that", "these",
	"those", "there", "but", "and", "in", "on", "at", "as", "after", "before", "when", "while",
	"his", "her", "its", "their", "our", "my", "if", "so", "yet", "however", "meanwhile", "also",
	"some", "many", "most", "no", "one", "two", "officials", "police", "what", "why", "how",
	"where", "who", "according", "since", "for", "last", "earlier", "later", "during", "then",
)

// candidate describes one possible sentence end: token i (the
// punctuation or abbreviation), j (the last closer attached to it) and
// the paragraph's tokens.
type candidate struct {
	i, j int
}

// features hashes the features of candidate c into buf.
func (t *tokenizer) features(s string, raw []rawTok, c candidate, sentStart int, buf []uint64) []uint64 {
	buf = buf[:0]
	ct := raw[c.i]
	cand := s[ct.start:ct.end]
	var word string
	switch ct.kind {
	case kAbbr:
		word = cand[:len(cand)-1]
		cand = "<abbr>"
	default:
		if c.i > 0 {
			word = s[raw[c.i-1].start:raw[c.i-1].end]
		} else {
			word = "<s>"
		}
		if ct.kind == kEmo {
			cand = "<emo>"
		} else if len(cand) > 4 {
			cand = cand[:4]
		}
	}
	prev2 := "<s>"
	if ct.kind == kAbbr && c.i > 0 {
		prev2 = s[raw[c.i-1].start:raw[c.i-1].end]
	} else if ct.kind != kAbbr && c.i > 1 {
		prev2 = s[raw[c.i-2].start:raw[c.i-2].end]
	}
	nt := raw[c.j+1]
	next := s[nt.start:nt.end]
	next2 := "</s>"
	if c.j+2 < len(raw) {
		next2 = s[raw[c.j+2].start:raw[c.j+2].end]
	}
	var sb1, sb2, sb3 [8]byte
	wShape := shape(word, &sb1)
	nShape := shape(next, &sb2)
	n2Shape := shape(next2, &sb3)
	nCase := caseOf(next)
	space := byte('n')
	if nt.start > raw[c.j].end {
		space = 'y'
	}
	add := func(h uint64) { buf = append(buf, h) }
	add(hashByte(fnvOffset, fBias))
	hc := hashStr(hashByte(fnvOffset, fCand), cand)
	add(hc)
	add(hashFold(hashByte(fnvOffset, fWord), word))
	add(hashBytes(hashByte(fnvOffset, fWordShape), wShape))
	wl := len(word)
	if wl > 6 {
		wl = 6
	}
	add(hashByte(hashByte(fnvOffset, fWordLen), byte(wl)))
	lw := t.fold(word)
	known := byte('n')
	if len(word) <= len(t.lower) && (abbreviations[string(lw)] || t.abbr[string(lw)]) {
		known = 'y'
	}
	add(hashByte(hashByte(fnvOffset, fKnownAbbr), known))
	add(hashByte(hashByte(hashByte(fnvOffset, fWordAbbr), known), nCase))
	add(hashFold(hashByte(fnvOffset, fNext), next))
	add(hashBytes(hashByte(fnvOffset, fNextShape), nShape))
	add(hashBytes(hashByte(fnvOffset, fNext2Shape), n2Shape))
	add(hashFold(hashByte(fnvOffset, fNext2), next2))
	add(hashByte(hashByte(fnvOffset, fSpace), space))
	var cl uint64 = hashByte(fnvOffset, fClosers)
	for k := c.i + 1; k <= c.j; k++ {
		cl = hashStr(cl, s[raw[k].start:raw[k].end])
	}
	add(cl)
	add(hashBytes(hashByte(hc, fCandNextShape), nShape))
	add(hashByte(hashByte(hc, fCandNextCase), nCase))
	add(hashFold(hashByte(hc, fCandNext), next))
	add(hashBytes(hashFold(hashByte(fnvOffset, fWordNextShape), word), nShape))
	add(hashBytes(hashBytes(hashByte(fnvOffset, fShapeShape), wShape), nShape))
	add(hashFold(hashByte(fnvOffset, fPrev2), prev2))
	add(hashByte(hashByte(hashByte(fnvOffset, fNextCase), nCase), space))
	sl := c.i - sentStart
	if sl > 12 {
		sl = 12 + (sl-12)/8
		if sl > 20 {
			sl = 20
		}
	}
	add(hashByte(hashByte(fnvOffset, fSentLen), byte(sl)))
	starter := byte('n')
	if nCase == 'U' && t.inSet(sentenceStarters, next) {
		starter = 'y'
	}
	add(hashByte(hashByte(hashByte(fnvOffset, fNextStarter), starter), ct.kind))
	add(hashByte(hashByte(hashByte(hashByte(fnvOffset, fAbbrNextCase), ct.kind), nCase), starter))
	return buf
}

// ruleBoundary decides a candidate without a model: a . ! ? run ends a
// sentence before a capitalised word, a digit or an opening quote; an
// abbreviation ends one only before a capitalised sentence starter.
func (t *tokenizer) ruleBoundary(s string, raw []rawTok, c candidate) bool {
	nt := raw[c.j+1]
	next := s[nt.start:nt.end]
	nc := caseOf(next)
	switch raw[c.i].kind {
	case kAbbr:
		return nc == 'U' && t.inSet(sentenceStarters, next)
	case kEmo:
		return nc == 'U'
	}
	return nc == 'U' || nc == 'd' || nt.kind == kOpen || nt.kind == kQuote
}

// titles are abbreviations written before a name; they never end a
// sentence.
var titles = setOf(
	"mr", "mrs", "ms", "messrs", "mme", "dr", "prof", "rev", "fr", "hon", "gen", "lt", "col",
	"maj", "capt", "cpt", "cmdr", "adm", "sgt", "cpl", "pvt", "brig", "gov", "sen", "rep", "reps",
	"sens", "pres", "supt", "insp", "det", "amb", "atty", "lieut", "msgr", "gens",
)

// nameContinues reports whether the abbreviation of candidate c goes on
// with a name: a title ("Gen. Martin"), or an initial ("Gordon S. Barrass")
// before a capitalised word that is not a common sentence opener.
func (t *tokenizer) nameContinues(s string, raw []rawTok, c candidate) bool {
	if c.j != c.i {
		return false
	}
	w := s[raw[c.i].start : raw[c.i].end-1]
	if t.inSet(titles, w) {
		return true
	}
	r, n := decode(w, 0)
	if n != len(w) || !unicode.IsUpper(r) {
		return false
	}
	nt := raw[c.j+1]
	next := s[nt.start:nt.end]
	return caseOf(next) == 'U' && !t.inSet(sentenceStarters, next)
}

// dayNames follow abbreviations inside a sentence ("at 3 p.m. Sunday",
// "Inc. Monday").
var dayNames = setOf("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun")

// dayFollows reports whether the token after candidate c names a day.
func (t *tokenizer) dayFollows(s string, raw []rawTok, c candidate) bool {
	nt := raw[c.j+1]
	return t.inSet(dayNames, s[nt.start:nt.end])
}
