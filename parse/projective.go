package parse

// projective reports whether a tree (heads 0-based, -1 root) has no
// crossing arcs: every word between a word and its head is dominated by
// that head.
func projective(heads []int) bool {
	return shortestCrossingArc(heads) < 0
}

// shortestCrossingArc returns the dependent of the shortest arc that some
// word between its ends escapes (a non-projective arc), or -1 if there is
// none.
func shortestCrossingArc(heads []int) int {
	n := len(heads)
	best, bestLen := -1, n+2
	for i, h := range heads {
		if h < 0 {
			h = n
		}
		a, b := min(i, h), max(i, h)
		if b-a >= bestLen {
			continue
		}
		for j := a + 1; j < b; j++ {
			if !dominates(heads, h, j) {
				best, bestLen = i, b-a
				break
			}
		}
	}
	return best
}

// dominates reports whether h is an ancestor of j (n, one past the last
// word, is the root).
func dominates(heads []int, h, j int) bool {
	n := len(heads)
	k := j
	for steps := 0; k != h && k >= 0 && k < n && steps <= n; steps++ {
		k = heads[k]
		if k < 0 {
			k = n
		}
	}
	return k == h
}

// liftToProjective returns a copy of heads made projective by lifting
// (Nivre and Nilsson's pseudo-projective parsing without the label
// encoding): the shortest crossing arc is hung on its head's head until
// no arc crosses. Labels stay; the lifted words keep their relation under
// the higher head. Malformed trees (cycles) come back as nil.
func liftToProjective(heads []int) []int {
	n := len(heads)
	for j := range heads {
		if !dominates(heads, n, j) {
			return nil // a cycle or a head out of range
		}
	}
	out := append([]int(nil), heads...)
	for range len(out) * len(out) {
		d := shortestCrossingArc(out)
		if d < 0 {
			return out
		}
		h := out[d]
		if h < 0 {
			return nil // the root arc cannot cross
		}
		out[d] = out[h]
	}
	return nil
}
