package ner

// featTable is an open-addressing hash table from feature hash to weight
// row, faster than a Go map for this read-only lookup. Keys are already
// well mixed, so the low bits index the table; key 0 marks an empty slot
// (a real key 0 is stored as 1).
type featTable struct {
	slots []slot
	mask  uint64
	n     int
}

type slot struct {
	key uint64
	row int32
}

func fixKey(k uint64) uint64 {
	if k == 0 {
		return 1
	}
	return k
}

func newFeatTable(n int) *featTable {
	size := 1
	for size < 2*n+2 {
		size <<= 1
	}
	return &featTable{slots: make([]slot, size), mask: uint64(size - 1)}
}

func (t *featTable) put(k uint64, row int32) {
	k = fixKey(k)
	for i := k & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.key == 0 {
			s.key, s.row = k, row
			t.n++
			return
		}
		if s.key == k {
			s.row = row
			return
		}
	}
}

func (t *featTable) get(k uint64) (int32, bool) {
	k = fixKey(k)
	for i := k & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.key == k {
			return s.row, true
		}
		if s.key == 0 {
			return 0, false
		}
	}
}
