// Package dedup owns duplicate detection: MinHash signatures over word
// 5-shingles with LSH banding for near-duplicate articles (syndicated wire
// copies, updated versions), and the rule that decides whether two event
// reports describe the same event. It is pure computation: it holds no state
// and touches no store; stores call it inside their transactions.
package dedup

import (
	"encoding/binary"
	"hash/fnv"
	"strings"
	"unicode"
)

const (
	// ShingleWords is the number of words in one shingle.
	ShingleWords = 5
	// NumHashes is the length of a signature.
	NumHashes = 128
	// Bands and Rows split a signature for LSH: Bands*Rows == NumHashes.
	// With 16 bands of 8 rows a pair with Jaccard similarity 0.8 becomes a
	// candidate with probability 1-(1-0.8^8)^16 ≈ 0.95, one at 0.5 with
	// probability ≈ 0.06.
	Bands = 16
	Rows  = NumHashes / Bands
	// Threshold is the estimated Jaccard similarity at or above which two
	// articles are near-duplicates.
	Threshold = 0.8
)

// Signature is a MinHash signature: for each of NumHashes hash functions,
// the least hash value over the text's shingles. A nil Signature means the
// text had no words.
type Signature []uint32

// Words splits text into lower-cased runs of letters and digits.
func Words(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r)
	})
}

// Shingles returns the hashes of the text's word 5-shingles (a text of
// fewer words is one shingle).
func Shingles(text string) []uint64 {
	w := Words(text)
	if len(w) == 0 {
		return nil
	}
	n := len(w) - ShingleWords + 1
	if n < 1 {
		n = 1
	}
	out := make([]uint64, 0, n)
	for i := 0; i < n; i++ {
		end := i + ShingleWords
		if end > len(w) {
			end = len(w)
		}
		h := fnv.New64a()
		for j := i; j < end; j++ {
			h.Write([]byte(w[j]))
			h.Write([]byte{0})
		}
		out = append(out, h.Sum64())
	}
	return out
}

// splitmix64 is a fast, well-mixing 64-bit permutation.
func splitmix64(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}

// seed returns the i-th hash function's key; it is a pure function so that
// signatures are comparable across runs and machines.
func seed(i int) uint64 { return splitmix64(uint64(i)*0x2545f4914f6cdd1d + 1) }

// MinHash computes the signature of a text.
func MinHash(text string) Signature {
	sh := Shingles(text)
	if len(sh) == 0 {
		return nil
	}
	sig := make(Signature, NumHashes)
	for i := range sig {
		sig[i] = ^uint32(0)
	}
	var seeds [NumHashes]uint64
	for i := range seeds {
		seeds[i] = seed(i)
	}
	for _, s := range sh {
		for i := range sig {
			v := uint32(splitmix64(s^seeds[i]) >> 32)
			if v < sig[i] {
				sig[i] = v
			}
		}
	}
	return sig
}

// Similarity estimates the Jaccard similarity of the shingle sets behind two
// signatures: the share of hash functions whose minima agree.
func Similarity(a, b Signature) float64 {
	if len(a) != NumHashes || len(b) != NumHashes {
		return 0
	}
	same := 0
	for i := range a {
		if a[i] == b[i] {
			same++
		}
	}
	return float64(same) / NumHashes
}

// BandKeys returns one bucket key per band: two signatures that share a key
// in the same band are candidate near-duplicates. Keys are non-negative so
// that they fit a signed 64-bit database column.
func (s Signature) BandKeys() []int64 {
	if len(s) != NumHashes {
		return nil
	}
	out := make([]int64, Bands)
	var buf [4]byte
	for b := 0; b < Bands; b++ {
		h := fnv.New64a()
		for r := 0; r < Rows; r++ {
			binary.LittleEndian.PutUint32(buf[:], s[b*Rows+r])
			h.Write(buf[:])
		}
		out[b] = int64(h.Sum64() >> 1)
	}
	return out
}

// Bytes encodes the signature for storage (little-endian uint32s).
func (s Signature) Bytes() []byte {
	out := make([]byte, 4*len(s))
	for i, v := range s {
		binary.LittleEndian.PutUint32(out[4*i:], v)
	}
	return out
}

// FromBytes decodes a stored signature; a malformed one decodes as nil.
func FromBytes(b []byte) Signature {
	if len(b) != 4*NumHashes {
		return nil
	}
	s := make(Signature, NumHashes)
	for i := range s {
		s[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return s
}
