package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Feature extraction for the tagger. Every feature is a 64-bit hash
// of a template number and one to three precomputed string hashes, so that
// nothing is allocated per feature.

// Input is one token as the tagger sees it.
type Input struct {
	// Norm is the token text with curly quotes folded.
	Norm string
	// POS is a Penn Treebank tag, or "" when unknown.
	POS string
}

// feature templates
const (
	fBias = iota + 1
	fW
	fLW
	fLWm1
	fLWp1
	fLWm2
	fLWp2
	fBim1
	fBip1
	fPre1
	fPre2
	fPre3
	fPre4
	fSuf1
	fSuf2
	fSuf3
	fSuf4
	fShape
	fShortm1
	fShort
	fShortp1
	fShortm1_0
	fShort0_p1
	fPOS
	fPOSm1
	fPOSp1
	fPOSm1_0
	fPOS0_p1
	fPOSShort
	fT1
	fT2T1
	fT1LW
	fT1Short
	fHeadShort
	fHeadLW
	fInitCap
	fSeenLower
	fHist
	fHistShort
	fHistp1
	fHistm1
	fGaz
	fGazCap
	fGazm1
	fGazp1
	fClus
	fClusm1
	fClusp1
	fLen
	fT1Gaz
	fSeenUpperRatio
)

const (
	mulA = 0x9E3779B97F4A7C15
	fnvO = 14695981039346656037
	fnvP = 1099511628211
)

func mix(h uint64) uint64 {
	h ^= h >> 31
	h *= 0x7fb5d329728ea185
	h ^= h >> 27
	h *= 0x81dadef4bc2dd44d
	h ^= h >> 33
	return h
}

func feat1(t int, a uint64) uint64 { return mix(uint64(t)*mulA ^ a) }
func feat2(t int, a, b uint64) uint64 {
	return mix(mix(uint64(t)*mulA^a) ^ b*0xc2b2ae3d27d4eb4f)
}

func hashStr(s string) uint64 {
	h := uint64(fnvO)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvP
	}
	return h
}

// tokInfo is what is precomputed for one token.
type tokInfo struct {
	lower              string
	hW, hLW            uint64
	hShape, hShort     uint64
	pre, suf           [4]uint64
	hPOS               uint64
	cap, allCap, alpha bool
	gaz                []uint64 // gazetteer list ids (with position)
	clus               []uint64 // cluster path prefixes
}

// foldQuotes replaces curly quotes with ASCII ones.
func foldQuotes(s string) string {
	if !strings.ContainsAny(s, "\u2018\u2019\u201c\u201d\u02bc\u2032") {
		return s
	}
	r := strings.NewReplacer("\u2018", "'", "\u2019", "'", "\u02bc", "'", "\u2032", "'", "\u201c", "\"", "\u201d", "\"")
	return r.Replace(s)
}

// lowerForm lowercases and maps digits to 0.
func lowerForm(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		b := []byte(s)
		for i, c := range b {
			switch {
			case c >= 'A' && c <= 'Z':
				b[i] = c + 32
			case c >= '1' && c <= '9':
				b[i] = '0'
			}
		}
		return string(b)
	}
	var b strings.Builder
	for _, r := range s {
		if unicode.IsDigit(r) {
			r = '0'
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// shapes returns the word shape (Xxxx, dd-dd) capped at 12 runes and the
// short shape with repeats collapsed.
func shapes(s string) (string, string) {
	var long, short []byte
	var last byte
	n := 0
	for _, r := range s {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = '*'
		}
		if n < 12 {
			long = append(long, c)
		}
		n++
		if c != last {
			short = append(short, c)
			last = c
		}
	}
	return string(long), string(short)
}

// affixes returns the hashes of the 1..4 rune prefixes and suffixes.
func affixes(s string) (pre, suf [4]uint64) {
	// prefixes
	i, k := 0, 0
	for k < 4 {
		if i >= len(s) {
			pre[k] = hashStr(s) ^ uint64(k+1)
			k++
			continue
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
		pre[k] = hashStr(s[:i])
		k++
	}
	j, k := len(s), 0
	for k < 4 {
		if j <= 0 {
			suf[k] = hashStr(s) ^ uint64(k+1)<<8
			k++
			continue
		}
		_, n := utf8.DecodeLastRuneInString(s[:j])
		j -= n
		suf[k] = hashStr(s[j:])
		k++
	}
	return
}

func newTokInfo(in Input, usePOS bool) tokInfo {
	w := foldQuotes(in.Norm)
	lw := lowerForm(w)
	sh, short := shapes(w)
	t := tokInfo{lower: lw, hW: hashStr(w), hLW: hashStr(lw), hShape: hashStr(sh), hShort: hashStr(short)}
	t.pre, t.suf = affixes(lw)
	if usePOS && in.POS != "" {
		t.hPOS = hashStr(in.POS)
	}
	r, _ := utf8.DecodeRuneInString(w)
	t.cap = unicode.IsUpper(r)
	t.alpha = unicode.IsLetter(r)
	if t.cap {
		t.allCap = true
		for _, r := range w {
			if unicode.IsLower(r) {
				t.allCap = false
				break
			}
		}
	}
	return t
}

// docState holds the document-level context: casing statistics and the
// labels predicted so far for each word (extended prediction history).
type docState struct {
	lowerSeen map[string]int // lowercase occurrences of each lowered form
	capSeen   map[string]int // capitalised, not sentence-initial
	hist      map[string]*[nTypes + 1]int32
}

func newDocState(sents [][]tokInfo, raw [][]Input) *docState {
	d := &docState{lowerSeen: map[string]int{}, capSeen: map[string]int{}, hist: map[string]*[nTypes + 1]int32{}}
	for si, s := range sents {
		head := headline(s)
		for i, t := range s {
			if !t.alpha {
				continue
			}
			w := raw[si][i].Norm
			r, _ := utf8.DecodeRuneInString(w)
			if unicode.IsLower(r) {
				d.lowerSeen[t.lower]++
			} else if t.cap && i > 0 && !head {
				d.capSeen[t.lower]++
			}
		}
	}
	return d
}

// headline reports whether a sentence is written in capitals.
func headline(s []tokInfo) bool {
	letters, caps := 0, 0
	for _, t := range s {
		if t.alpha {
			letters++
			if t.allCap {
				caps++
			}
		}
	}
	return letters >= 2 && caps*10 >= letters*8
}

// histFeature returns the majority type predicted earlier for a word.
func (d *docState) histType(lw string) int {
	h := d.hist[lw]
	if h == nil {
		return -1
	}
	best, bi := int32(0), -1
	for i, c := range h {
		if c > best {
			best, bi = c, i
		}
	}
	return bi
}

func (d *docState) record(s []tokInfo, tags []int) {
	if d == nil {
		return
	}
	for i, t := range s {
		if !t.cap {
			continue
		}
		h := d.hist[t.lower]
		if h == nil {
			h = new([nTypes + 1]int32)
			d.hist[t.lower] = h
		}
		h[classType(tags[i])+1]++
	}
}

var (
	hNone  = hashStr("<none>")
	hStart = hashStr("<s>")
	hEnd   = hashStr("</s>")
)

// features appends the features of token i of sentence s, given the two
// previous predicted classes.
func features(buf []uint64, s []tokInfo, i int, p1, p2 int, head bool, d *docState) []uint64 {
	buf = staticFeatures(buf, s, i, head, d)
	return dynFeatures(buf, s, i, p1, p2)
}

// dynFeatures appends the features that depend on the previous classes.
func dynFeatures(buf []uint64, s []tokInfo, i int, p1, p2 int) []uint64 {
	t := &s[i]
	buf = append(buf,
		feat1(fT1, uint64(p1)),
		feat2(fT2T1, uint64(p2), uint64(p1)),
		feat2(fT1LW, uint64(p1), t.hLW),
		feat2(fT1Short, uint64(p1), t.hShort),
	)
	for _, g := range t.gaz {
		buf = append(buf, feat2(fT1Gaz, g, uint64(p1)))
	}
	return buf
}

// staticFeatures appends the features that do not depend on the classes.
func staticFeatures(buf []uint64, s []tokInfo, i int, head bool, d *docState) []uint64 {
	t := &s[i]
	lw := func(j int) uint64 {
		if j < 0 {
			return hStart
		}
		if j >= len(s) {
			return hEnd
		}
		return s[j].hLW
	}
	short := func(j int) uint64 {
		if j < 0 {
			return hStart
		}
		if j >= len(s) {
			return hEnd
		}
		return s[j].hShort
	}
	buf = append(buf,
		feat1(fBias, 0),
		feat1(fW, t.hW),
		feat1(fLW, t.hLW),
		feat1(fLWm1, lw(i-1)),
		feat1(fLWp1, lw(i+1)),
		feat1(fLWm2, lw(i-2)),
		feat1(fLWp2, lw(i+2)),
		feat2(fBim1, lw(i-1), t.hLW),
		feat2(fBip1, t.hLW, lw(i+1)),
		feat1(fPre1, t.pre[0]), feat1(fPre2, t.pre[1]), feat1(fPre3, t.pre[2]), feat1(fPre4, t.pre[3]),
		feat1(fSuf1, t.suf[0]), feat1(fSuf2, t.suf[1]), feat1(fSuf3, t.suf[2]), feat1(fSuf4, t.suf[3]),
		feat1(fShape, t.hShape),
		feat1(fShortm1, short(i-1)),
		feat1(fShort, t.hShort),
		feat1(fShortp1, short(i+1)),
		feat2(fShortm1_0, short(i-1), t.hShort),
		feat2(fShort0_p1, t.hShort, short(i+1)),
	)
	if t.hPOS != 0 {
		pos := func(j int) uint64 {
			if j < 0 {
				return hStart
			}
			if j >= len(s) {
				return hEnd
			}
			if s[j].hPOS == 0 {
				return hNone
			}
			return s[j].hPOS
		}
		buf = append(buf,
			feat1(fPOS, t.hPOS),
			feat1(fPOSm1, pos(i-1)),
			feat1(fPOSp1, pos(i+1)),
			feat2(fPOSm1_0, pos(i-1), t.hPOS),
			feat2(fPOS0_p1, t.hPOS, pos(i+1)),
			feat2(fPOSShort, t.hPOS, t.hShort),
		)
	}
	if head {
		buf = append(buf, feat1(fHeadShort, t.hShort), feat1(fHeadLW, t.hLW))
	}
	if t.cap && d != nil {
		_, low := d.lowerSeen[t.lower]
		_, capd := d.capSeen[t.lower]
		var k uint64
		if low {
			k |= 1
		}
		if capd {
			k |= 2
		}
		if i == 0 {
			k |= 4
		}
		if head {
			k |= 8
		}
		buf = append(buf, feat1(fSeenLower, k))
		if ht := d.histType(t.lower); ht >= 0 {
			buf = append(buf, feat1(fHist, uint64(ht)), feat2(fHistShort, uint64(ht), t.hShort))
		}
	}
	if d != nil {
		if i+1 < len(s) && s[i+1].cap {
			if ht := d.histType(s[i+1].lower); ht >= 0 {
				buf = append(buf, feat1(fHistp1, uint64(ht)))
			}
		}
		if i > 0 && s[i-1].cap {
			if ht := d.histType(s[i-1].lower); ht >= 0 {
				buf = append(buf, feat1(fHistm1, uint64(ht)))
			}
		}
	}
	var capBit uint64
	if t.cap {
		capBit = 1
	}
	for _, g := range t.gaz {
		buf = append(buf, feat1(fGaz, g), feat2(fGazCap, g, capBit))
	}
	if i > 0 {
		for _, g := range s[i-1].gaz {
			buf = append(buf, feat1(fGazm1, g))
		}
	}
	if i+1 < len(s) {
		for _, g := range s[i+1].gaz {
			buf = append(buf, feat1(fGazp1, g))
		}
	}
	for _, c := range t.clus {
		buf = append(buf, feat1(fClus, c))
	}
	if i > 0 && len(s[i-1].clus) > 0 {
		buf = append(buf, feat1(fClusm1, s[i-1].clus[0]))
	}
	if i+1 < len(s) && len(s[i+1].clus) > 0 {
		buf = append(buf, feat1(fClusp1, s[i+1].clus[0]))
	}
	return buf
}
