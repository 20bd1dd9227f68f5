package clean

import (
	"cmp"
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/doc"
	"golang.org/x/text/unicode/norm"
)

// Repeat detection thresholds.
const (
	// shortWords: paragraphs with fewer words are flagged only when they
	// repeat an earlier one exactly (after Fold).
	shortWords = 4
	// shingleWords: paragraphs with at least this many words are also
	// compared by word 3-shingles.
	shingleWords = 8
	// jaccardMin is the shingle-set Jaccard similarity at or above which a
	// paragraph repeats an earlier one.
	jaccardMin = 0.9
	// maxVerify bounds the candidate pairs checked per paragraph, keeping
	// the work linear on adversarial input.
	maxVerify = 64
	// maxScan bounds the index entries looked at per paragraph.
	maxScan = 4096
	// dfBuckets caps the shingle-count table (2 MB) so that it stays in
	// cache on huge documents; more shingles than that share buckets.
	dfBuckets = 1 << 20
)

// MarkRepeats sets DupOf on every paragraph that repeats an earlier one to
// the index of its first occurrence (-1 otherwise). A paragraph repeats
// another when
//   - both have fewer than 4 words and their Fold forms are equal (exact
//     repeats up to white space and quote style);
//   - both have 4 or more words and the same normalised word sequence
//     (letters and digits only, lower-cased, NFC, apostrophes dropped), so
//     that white space, punctuation, quote style and case do not matter;
//   - both have 8 or more words and the Jaccard similarity of their sets
//     of word 3-shingles is at least 0.9.
//
// Exact forms go through hash maps. Shingle sets go through an inverted
// index of each set's prefix (AllPairs prefix filtering: under one fixed
// order of shingles, two sets with Jaccard >= t share one of their first
// |s| - ceil(t|s|) + 1 shingles); the order puts the shingles rarest in
// the document first (counted per hash bucket), so posting lists stay short and the cost is linear
// in the text for ordinary documents. Word sequences and shingles are
// compared by 64-bit hashes. On adversarial input (thousands of paragraphs
// sharing their rarest shingles) at most maxScan index entries and
// maxVerify candidates are looked at per paragraph, so a near-repeat may
// then go unflagged; exact repeats never do.
func MarkRepeats(text string, paras []doc.Paragraph) {
	type info struct {
		words int
		seq   uint64
		set   []uint64 // shingle hashes, ascending (>= shingleWords words)
	}
	infos := make([]info, len(paras))
	var words []uint64
	total := 0
	for i, p := range paras {
		words = wordHashes(text[p.Start:p.End], words[:0])
		in := info{words: len(words), seq: seqHash(words)}
		if len(words) >= shingleWords {
			in.set = shingles(words)
			total += len(in.set)
		}
		infos[i] = in
	}
	// df counts, per hash bucket, the paragraphs a shingle occurs in
	// (saturating; buckets may be shared, which only blurs the order,
	// never its consistency).
	size := 64
	for size < 2*total && size < dfBuckets {
		size *= 2
	}
	df := make([]uint16, size)
	mask := uint64(size - 1)
	for _, in := range infos {
		for _, h := range in.set {
			if df[h&mask] < 0xFFFF {
				df[h&mask]++
			}
		}
	}
	short := map[string]int{}
	seqs := map[uint64]int{}
	index := map[uint64][]int{}      // shingle -> unique paragraphs with it in their prefix
	stamp := make([]int, len(paras)) // i+1 when j was already a candidate for i
	var cands []int
	type ranked struct {
		df uint16
		h  uint64
	}
	var order []ranked
	var prefix []uint64
	for i := range paras {
		p := &paras[i]
		p.DupOf = -1
		in := infos[i]
		if in.words < shortWords {
			key := Fold(text[p.Start:p.End])
			if j, ok := short[key]; ok {
				p.DupOf = j
			} else {
				short[key] = i
			}
			continue
		}
		if j, ok := seqs[in.seq]; ok {
			p.DupOf = j
			continue
		}
		seqs[in.seq] = i
		if in.set == nil {
			continue
		}
		set := in.set
		order = order[:0]
		for _, h := range set {
			order = append(order, ranked{df[h&mask], h})
		}
		slices.SortFunc(order, func(a, b ranked) int {
			if a.df != b.df {
				return cmp.Compare(a.df, b.df)
			}
			return cmp.Compare(a.h, b.h)
		})
		prefix = prefix[:0]
		for _, r := range order[:prefixLen(len(set))] {
			prefix = append(prefix, r.h)
		}
		cands = cands[:0]
		scanned := 0
	scan:
		for _, h := range prefix {
			for _, j := range index[h] {
				if scanned++; scanned > maxScan {
					break scan
				}
				if stamp[j] != i+1 {
					stamp[j] = i + 1
					cands = append(cands, j)
				}
			}
		}
		slices.Sort(cands)
		checked := 0
		for _, j := range cands {
			other := infos[j].set
			if float64(len(other)) < jaccardMin*float64(len(set)) || float64(len(set)) < jaccardMin*float64(len(other)) {
				continue
			}
			if checked++; checked > maxVerify {
				break
			}
			if jaccard(set, other) >= jaccardMin {
				p.DupOf = j
				break
			}
		}
		if p.DupOf >= 0 {
			delete(seqs, in.seq)
			continue
		}
		for _, h := range prefix {
			index[h] = append(index[h], i)
		}
	}
}

// prefixLen is how many of a set's smallest shingles go into the index:
// n - ceil(0.9 n) + 1.
func prefixLen(n int) int {
	return n - (9*n+9)/10 + 1
}

// wordHashes appends the FNV-1a hash of each normalised word of s: runs of
// letters, digits and combining marks, lower-cased, with apostrophes inside
// words dropped; everything else separates words.
func wordHashes(s string, out []uint64) []uint64 {
	if !isPlainASCII(s) && !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	const offset, prime = 14695981039346656037, 1099511628211
	h, in := uint64(offset), false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			// ASCII fast path.
			i++
			switch {
			case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			case c >= 'A' && c <= 'Z':
				c += 'a' - 'A'
			case in && c == '\'' && i < len(s) && nextIsLetter(s[i:]):
				continue
			default:
				if in {
					out = append(out, h)
					h, in = offset, false
				}
				continue
			}
			h ^= uint64(c)
			h *= prime
			in = true
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || (in && unicode.Is(unicode.M, r)):
			r = unicode.ToLower(r)
			for r > 0 {
				h ^= uint64(r & 0xFF)
				h *= prime
				r >>= 8
			}
			in = true
		case in && isApostrophe(r) && i < len(s) && nextIsLetter(s[i:]):
			// inside a word: Shi'ite = Shi’ite = Shiite
		default:
			if in {
				out = append(out, h)
				h, in = offset, false
			}
		}
	}
	if in {
		out = append(out, h)
	}
	return out
}

func nextIsLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// seqHash hashes a word sequence.
func seqHash(words []uint64) uint64 {
	h := uint64(len(words))
	for _, w := range words {
		h = mix(h ^ w)
	}
	return h
}

// shingles returns the sorted, distinct hashes of the word 3-shingles.
func shingles(words []uint64) []uint64 {
	out := make([]uint64, 0, len(words)-2)
	for i := 0; i+2 < len(words); i++ {
		out = append(out, mix(mix(mix(words[i])^words[i+1])^words[i+2]))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// mix is the splitmix64 finaliser.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// jaccard is |a ∩ b| / |a ∪ b| for sorted distinct sets.
func jaccard(a, b []uint64) float64 {
	i, j, both := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			both++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	union := len(a) + len(b) - both
	if union == 0 {
		return 1
	}
	return float64(both) / float64(union)
}
