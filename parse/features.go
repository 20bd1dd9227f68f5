package parse

import "github.com/sitrep/sitrep/tag/perceptron"

// Feature templates, numbered; the numbers are part of the model format.
const (
	tS0w = iota + 1
	tS0p
	tS0wp
	tS1w
	tS1p
	tS1wp
	tS2p
	tS2w
	tB0w
	tB0p
	tB0wp
	tB1w
	tB1p
	tB1wp
	tB2p
	tB2w
	tS0wpB0wp
	tS0wpB0w
	tS0wB0wp
	tS0wpB0p
	tS0pB0wp
	tS0wB0w
	tS0pB0p
	tB0pB1p
	tS1pS0p
	tS1wS0w
	tS1pS0wp
	tS1wpS0p
	tB0pB1pB2p
	tS0pB0pB1p
	tS1pS0pB0p
	tS0pS0lpB0p
	tS0pS0rpB0p
	tS0pB0pB0lp
	tS1pS1rpS0p
	tS2pS1pS0p
	tS1pS0pS0lp
	tS0wD
	tS0pD
	tB0wD
	tB0pD
	tS0wB0wD
	tS0pB0pD
	tS1pS0pD
	tS0wNr
	tS0pNr
	tS0wNl
	tS0pNl
	tB0wNl
	tB0pNl
	tS1pNr
	tS1pNl
	tS0lw
	tS0lp
	tS0ll
	tS0rw
	tS0rp
	tS0rl
	tB0lw
	tB0lp
	tB0ll
	tS1rw
	tS1rp
	tS1rl
	tS1lp
	tS1ll
	tS0l2w
	tS0l2p
	tS0l2l
	tS0r2w
	tS0r2p
	tS0r2l
	tB0l2w
	tB0l2p
	tB0l2l
	tS0pS0lpS0l2p
	tS0pS0rpS0r2p
	tB0pB0lpB0l2p
	tS0wLs
	tS0pLs
	tS0wRs
	tS0pRs
	tB0wLs
	tB0pLs
	tS1wB0w
	tS1pB0p
	tS1wpB0p
	tS0uB0u
	tS1uS0uB0u
	tS0wB0wB1p
	tS0pB0wB1w
	tB0wB1w
	tS0rlS0p
	tS1rlS1pS0p
	tBias
)

const (
	none   = "<none>"
	noneIx = -1
)

func (s *state) w(i int) string {
	if i < 0 {
		return none
	}
	return s.in.word[i]
}

func (s *state) p(i int) string {
	if i < 0 {
		return none
	}
	return s.in.tag[i]
}

func (s *state) u(i int) string {
	if i < 0 {
		return none
	}
	return s.in.utag[i]
}

func (s *state) l(i int) int {
	if i < 0 {
		return noneIx
	}
	return s.labels[i]
}

func child(arr []int, i int) int {
	if i < 0 || i >= len(arr) {
		return -1
	}
	return arr[i]
}

func dist(a, b int) int {
	if a < 0 || b < 0 {
		return 0
	}
	d := b - a
	if d < 0 {
		d = -d
	}
	switch {
	case d <= 5:
		return d
	case d <= 10:
		return 6
	}
	return 7
}

func at(arr []int, i int) int {
	if i < 0 {
		return -1
	}
	return arr[i]
}

func at64(arr []uint64, i int) uint64 {
	if i < 0 {
		return 0
	}
	return arr[i]
}

// features appends the feature hashes of the state.
func (s *state) features(dst []uint32) []uint32 {
	H := perceptron.NewHash
	s0, s1, s2 := s.s(0), s.s(1), s.s(2)
	b0, b1, b2 := s.bf(0), s.bf(1), s.bf(2)
	s0w, s0p, s1w, s1p, s2w, s2p := s.w(s0), s.p(s0), s.w(s1), s.p(s1), s.w(s2), s.p(s2)
	b0w, b0p, b1w, b1p, b2w, b2p := s.w(b0), s.p(b0), s.w(b1), s.p(b1), s.w(b2), s.p(b2)
	s0l, s0r, b0l, s1r, s1l := child(s.lc1, s0), child(s.rc1, s0), child(s.lc1, b0), child(s.rc1, s1), child(s.lc1, s1)
	s0l2, s0r2, b0l2 := child(s.lc2, s0), child(s.rc2, s0), child(s.lc2, b0)
	d := dist(s0, b0)
	d1 := dist(s1, s0)
	s0nl, s0nr, b0nl, s1nl, s1nr := at(s.nl, s0), at(s.nr, s0), at(s.nl, b0), at(s.nl, s1), at(s.nr, s1)
	lsS0, rsS0, lsB0 := int(at64(s.lset, s0)), int(at64(s.rset, s0)), int(at64(s.lset, b0))
	dst = append(dst,
		H(tBias).Sum(),
		H(tS0w).Str(s0w).Sum(),
		H(tS0p).Str(s0p).Sum(),
		H(tS0wp).Str(s0w).Str(s0p).Sum(),
		H(tS1w).Str(s1w).Sum(),
		H(tS1p).Str(s1p).Sum(),
		H(tS1wp).Str(s1w).Str(s1p).Sum(),
		H(tS2p).Str(s2p).Sum(),
		H(tS2w).Str(s2w).Sum(),
		H(tB0w).Str(b0w).Sum(),
		H(tB0p).Str(b0p).Sum(),
		H(tB0wp).Str(b0w).Str(b0p).Sum(),
		H(tB1w).Str(b1w).Sum(),
		H(tB1p).Str(b1p).Sum(),
		H(tB1wp).Str(b1w).Str(b1p).Sum(),
		H(tB2p).Str(b2p).Sum(),
		H(tB2w).Str(b2w).Sum(),
		H(tS0wpB0wp).Str(s0w).Str(s0p).Str(b0w).Str(b0p).Sum(),
		H(tS0wpB0w).Str(s0w).Str(s0p).Str(b0w).Sum(),
		H(tS0wB0wp).Str(s0w).Str(b0w).Str(b0p).Sum(),
		H(tS0wpB0p).Str(s0w).Str(s0p).Str(b0p).Sum(),
		H(tS0pB0wp).Str(s0p).Str(b0w).Str(b0p).Sum(),
		H(tS0wB0w).Str(s0w).Str(b0w).Sum(),
		H(tS0pB0p).Str(s0p).Str(b0p).Sum(),
		H(tB0pB1p).Str(b0p).Str(b1p).Sum(),
		H(tS1pS0p).Str(s1p).Str(s0p).Sum(),
		H(tS1wS0w).Str(s1w).Str(s0w).Sum(),
		H(tS1pS0wp).Str(s1p).Str(s0w).Str(s0p).Sum(),
		H(tS1wpS0p).Str(s1w).Str(s1p).Str(s0p).Sum(),
		H(tB0pB1pB2p).Str(b0p).Str(b1p).Str(b2p).Sum(),
		H(tS0pB0pB1p).Str(s0p).Str(b0p).Str(b1p).Sum(),
		H(tS1pS0pB0p).Str(s1p).Str(s0p).Str(b0p).Sum(),
		H(tS0pS0lpB0p).Str(s0p).Str(s.p(s0l)).Str(b0p).Sum(),
		H(tS0pS0rpB0p).Str(s0p).Str(s.p(s0r)).Str(b0p).Sum(),
		H(tS0pB0pB0lp).Str(s0p).Str(b0p).Str(s.p(b0l)).Sum(),
		H(tS1pS1rpS0p).Str(s1p).Str(s.p(s1r)).Str(s0p).Sum(),
		H(tS2pS1pS0p).Str(s2p).Str(s1p).Str(s0p).Sum(),
		H(tS1pS0pS0lp).Str(s1p).Str(s0p).Str(s.p(s0l)).Sum(),
		H(tS0wD).Str(s0w).Int(d).Sum(),
		H(tS0pD).Str(s0p).Int(d).Sum(),
		H(tB0wD).Str(b0w).Int(d).Sum(),
		H(tB0pD).Str(b0p).Int(d).Sum(),
		H(tS0wB0wD).Str(s0w).Str(b0w).Int(d).Sum(),
		H(tS0pB0pD).Str(s0p).Str(b0p).Int(d).Sum(),
		H(tS1pS0pD).Str(s1p).Str(s0p).Int(d1).Sum(),
		H(tS0wNr).Str(s0w).Int(s0nr).Sum(),
		H(tS0pNr).Str(s0p).Int(s0nr).Sum(),
		H(tS0wNl).Str(s0w).Int(s0nl).Sum(),
		H(tS0pNl).Str(s0p).Int(s0nl).Sum(),
		H(tB0wNl).Str(b0w).Int(b0nl).Sum(),
		H(tB0pNl).Str(b0p).Int(b0nl).Sum(),
		H(tS1pNr).Str(s1p).Int(s1nr).Sum(),
		H(tS1pNl).Str(s1p).Int(s1nl).Sum(),
		H(tS0lw).Str(s.w(s0l)).Sum(),
		H(tS0lp).Str(s.p(s0l)).Sum(),
		H(tS0ll).Int(s.l(s0l)).Sum(),
		H(tS0rw).Str(s.w(s0r)).Sum(),
		H(tS0rp).Str(s.p(s0r)).Sum(),
		H(tS0rl).Int(s.l(s0r)).Sum(),
		H(tB0lw).Str(s.w(b0l)).Sum(),
		H(tB0lp).Str(s.p(b0l)).Sum(),
		H(tB0ll).Int(s.l(b0l)).Sum(),
		H(tS1rw).Str(s.w(s1r)).Sum(),
		H(tS1rp).Str(s.p(s1r)).Sum(),
		H(tS1rl).Int(s.l(s1r)).Sum(),
		H(tS1lp).Str(s.p(s1l)).Sum(),
		H(tS1ll).Int(s.l(s1l)).Sum(),
		H(tS0l2w).Str(s.w(s0l2)).Sum(),
		H(tS0l2p).Str(s.p(s0l2)).Sum(),
		H(tS0l2l).Int(s.l(s0l2)).Sum(),
		H(tS0r2w).Str(s.w(s0r2)).Sum(),
		H(tS0r2p).Str(s.p(s0r2)).Sum(),
		H(tS0r2l).Int(s.l(s0r2)).Sum(),
		H(tB0l2w).Str(s.w(b0l2)).Sum(),
		H(tB0l2p).Str(s.p(b0l2)).Sum(),
		H(tB0l2l).Int(s.l(b0l2)).Sum(),
		H(tS0pS0lpS0l2p).Str(s0p).Str(s.p(s0l)).Str(s.p(s0l2)).Sum(),
		H(tS0pS0rpS0r2p).Str(s0p).Str(s.p(s0r)).Str(s.p(s0r2)).Sum(),
		H(tB0pB0lpB0l2p).Str(b0p).Str(s.p(b0l)).Str(s.p(b0l2)).Sum(),
		H(tS0wLs).Str(s0w).Int(lsS0).Int(lsS0>>32).Sum(),
		H(tS0pLs).Str(s0p).Int(lsS0).Int(lsS0>>32).Sum(),
		H(tS0wRs).Str(s0w).Int(rsS0).Int(rsS0>>32).Sum(),
		H(tS0pRs).Str(s0p).Int(rsS0).Int(rsS0>>32).Sum(),
		H(tB0wLs).Str(b0w).Int(lsB0).Int(lsB0>>32).Sum(),
		H(tB0pLs).Str(b0p).Int(lsB0).Int(lsB0>>32).Sum(),
		H(tS1wB0w).Str(s1w).Str(b0w).Sum(),
		H(tS1pB0p).Str(s1p).Str(b0p).Sum(),
		H(tS1wpB0p).Str(s1w).Str(s1p).Str(b0p).Sum(),
		H(tS0uB0u).Str(s.u(s0)).Str(s.u(b0)).Sum(),
		H(tS1uS0uB0u).Str(s.u(s1)).Str(s.u(s0)).Str(s.u(b0)).Sum(),
		H(tS0wB0wB1p).Str(s0w).Str(b0w).Str(b1p).Sum(),
		H(tS0pB0wB1w).Str(s0p).Str(b0w).Str(b1w).Sum(),
		H(tB0wB1w).Str(b0w).Str(b1w).Sum(),
		H(tS0rlS0p).Int(s.l(s0r)).Str(s0p).Int(s.l(s0l)).Sum(),
		H(tS1rlS1pS0p).Int(s.l(s1r)).Str(s1p).Str(s0p).Sum(),
	)
	return dst
}
