package clean

import (
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
// Exact forms go through a hash map; shingle sets through an inverted index
// of each set's prefix (AllPairs prefix filtering: two sets with Jaccard >=
// t must share one of their first |s| - ceil(t|s|) + 1 shingles in a fixed
// order), so the cost is linear in the text for ordinary documents. Word
// sequences and shingles are compared by 64-bit hashes.
func MarkRepeats(text string, paras []doc.Paragraph) {
	short := map[string]int{}
	seqs := map[uint64]int{}
	index := map[uint64][]int{} // shingle -> unique paragraphs with it in their prefix
	sets := make([][]uint64, len(paras))
	var words []uint64
	stamp := make([]int, len(paras)) // last paragraph for which j was a candidate (+1)
	var cands []int
	for i := range paras {
		p := &paras[i]
		p.DupOf = -1
		s := text[p.Start:p.End]
		words = wordHashes(s, words[:0])
		if len(words) < shortWords {
			key := Fold(s)
			if j, ok := short[key]; ok {
				p.DupOf = j
			} else {
				short[key] = i
			}
			continue
		}
		seq := seqHash(words)
		if j, ok := seqs[seq]; ok {
			p.DupOf = j
			continue
		}
		if len(words) < shingleWords {
			seqs[seq] = i
			continue
		}
		set := shingles(words)
		pre := prefixLen(len(set))
		cands = cands[:0]
		for _, h := range set[:pre] {
			for _, j := range index[h] {
				if stamp[j] != i+1 {
					stamp[j] = i + 1
					cands = append(cands, j)
				}
			}
		}
		slices.Sort(cands)
		checked := 0
		for _, j := range cands {
			other := sets[j]
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
			continue
		}
		seqs[seq] = i
		sets[i] = set
		for _, h := range set[:pre] {
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
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
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
