package gazetteer

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"math"
	"os"
	"path/filepath"
	"runtime/debug"
	"sync"

	"github.com/sitrep/sitrep/datadir"
)

// FormatVersion changes whenever the index layout or the way it is built
// changes; a cache of another version is rebuilt.
const FormatVersion = 23

// CacheFile is the index file's name inside the data folder.
const CacheFile = "sitrep-gazetteer.bin"

var magic = [8]byte{'S', 'I', 'T', 'R', 'G', 'A', 'Z', 0}

var crcTable = crc32.MakeTable(crc32.Castagnoli)

func pathIn(dir, rel string) string { return filepath.Join(dir, filepath.FromSlash(rel)) }

// sourceSum fingerprints the sources: their names, sizes and modification
// times, and the format version.
func sourceSum(dir string) ([32]byte, error) {
	h := sha256.New()
	fmt.Fprintf(h, "v%d\n", FormatVersion)
	for _, rel := range []string{Cities500Path, Admin1Path, Admin2Path, CitiesPath} {
		st, err := os.Stat(pathIn(dir, rel))
		if err != nil {
			return [32]byte{}, fmt.Errorf("gazetteer: %s not found in data folder %s (set %s or %w)", rel, dir, datadir.EnvVar, datadir.ErrMissing)
		}
		fmt.Fprintf(h, "%s %d %d\n", rel, st.Size(), st.ModTime().UnixNano())
	}
	var sum [32]byte
	copy(sum[:], h.Sum(nil))
	return sum, nil
}

// Open returns the gazetteer of the data folder dir: the cached index when
// it is present, of this format version, built from the sources as they
// are now, and undamaged; otherwise it builds the index and rewrites the
// cache. A missing source gives an error naming `make setup`.
func Open(ctx context.Context, dir string) (*Gazetteer, error) {
	sum, err := sourceSum(dir)
	if err != nil {
		return nil, err
	}
	cache := filepath.Join(dir, CacheFile)
	if data, err := os.ReadFile(cache); err == nil {
		if g, err := decode(data, sum); err == nil {
			return g, nil
		}
	}
	defer debug.SetGCPercent(debug.SetGCPercent(50))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(380 << 20)) // see Build
	g, err := Build(ctx, dir)
	if err != nil {
		return nil, err
	}
	if err := writeCache(cache, g, sum); err != nil {
		// an unwritable data folder is not fatal: the index is in memory
		return g, nil
	}
	return g, nil
}

var (
	defaultOnce sync.Once
	defaultG    *Gazetteer
	defaultErr  error
)

// Default returns the gazetteer of the data folder (datadir.Dir), opened
// once per process and shared read-only.
func Default(ctx context.Context) (*Gazetteer, error) {
	defaultOnce.Do(func() {
		// datadir.Path gives the project's message for missing data
		if _, err := datadir.Path(Cities500Path); err != nil {
			defaultErr = fmt.Errorf("gazetteer: %w", err)
			return
		}
		defaultG, defaultErr = Open(ctx, datadir.Dir())
	})
	return defaultG, defaultErr
}

func writeCache(path string, g *Gazetteer, sum [32]byte) error {
	payload := encode(g)
	hdr := make([]byte, 0, 64)
	hdr = append(hdr, magic[:]...)
	hdr = binary.LittleEndian.AppendUint32(hdr, FormatVersion)
	hdr = append(hdr, sum[:]...)
	hdr = binary.LittleEndian.AppendUint64(hdr, uint64(len(payload)))
	hdr = binary.LittleEndian.AppendUint32(hdr, crc32.Checksum(payload, crcTable))
	tmp, err := os.CreateTemp(filepath.Dir(path), ".gazetteer-*")
	if err != nil {
		return err
	}
	_, err1 := tmp.Write(hdr)
	_, err2 := tmp.Write(payload)
	err3 := tmp.Close()
	err4 := os.Chmod(tmp.Name(), 0o644)
	if err := errors.Join(err1, err2, err3, err4); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return os.Rename(tmp.Name(), path)
}

const headerLen = 8 + 4 + 32 + 8 + 4

// errCorrupt marks a cache that cannot be used.
var errCorrupt = errors.New("gazetteer cache: damaged or stale")

func decode(data []byte, sum [32]byte) (*Gazetteer, error) {
	if len(data) < headerLen || [8]byte(data[:8]) != magic {
		return nil, errCorrupt
	}
	if binary.LittleEndian.Uint32(data[8:]) != FormatVersion || [32]byte(data[12:44]) != sum {
		return nil, errCorrupt
	}
	n := binary.LittleEndian.Uint64(data[44:])
	crc := binary.LittleEndian.Uint32(data[52:])
	payload := data[headerLen:]
	if uint64(len(payload)) != n || crc32.Checksum(payload, crcTable) != crc {
		return nil, errCorrupt
	}
	r := &reader{s: string(payload)}
	g := &Gazetteer{}
	ne := r.uvarint()
	if ne > uint64(len(payload)) {
		return nil, errCorrupt
	}
	g.entries = make([]Entry, ne)
	intern := map[string]string{}
	in := func(s string) string {
		if v, ok := intern[s]; ok {
			return v
		}
		intern[s] = s
		return s
	}
	for i := range g.entries {
		e := &g.entries[i]
		e.ID = int(r.varint())
		e.Lat = r.float()
		e.Lon = r.float()
		e.Pop = r.varint()
		e.RadiusKm = r.float()
		e.Class = r.byte()
		e.Name = r.str()
		e.Country = in(r.str())
		e.Admin1 = in(r.str())
		e.Admin2 = r.str()
		e.Feature = in(r.str())
	}
	g.exact = r.table(len(g.entries))
	g.phon = r.table(len(g.entries))
	if r.err || r.pos != len(r.s) {
		return nil, errCorrupt
	}
	g.finish()
	return g, nil
}

func encode(g *Gazetteer) []byte {
	var b []byte
	b = binary.AppendUvarint(b, uint64(len(g.entries)))
	for i := range g.entries {
		e := &g.entries[i]
		b = binary.AppendVarint(b, int64(e.ID))
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(e.Lat))
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(e.Lon))
		b = binary.AppendVarint(b, e.Pop)
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(e.RadiusKm))
		b = append(b, e.Class)
		for _, s := range []string{e.Name, e.Country, e.Admin1, e.Admin2, e.Feature} {
			b = binary.AppendUvarint(b, uint64(len(s)))
			b = append(b, s...)
		}
	}
	for _, t := range []*keyTable{&g.exact, &g.phon} {
		b = binary.AppendUvarint(b, uint64(len(t.keys)))
		for i, k := range t.keys {
			b = binary.AppendUvarint(b, uint64(len(k)))
			b = append(b, k...)
			b = binary.AppendUvarint(b, uint64(t.start[i+1]-t.start[i]))
		}
		b = binary.AppendUvarint(b, uint64(len(t.post)))
		for _, p := range t.post {
			b = binary.LittleEndian.AppendUint32(b, uint32(p))
		}
	}
	return b
}

// reader decodes the payload; strings are substrings of one string, so
// they cost no allocation each.
type reader struct {
	s   string
	pos int
	err bool
}

func (r *reader) uvarint() uint64 {
	var x uint64
	var shift uint
	for r.pos < len(r.s) {
		c := r.s[r.pos]
		r.pos++
		if c < 0x80 {
			if shift > 63 {
				r.err = true
				return 0
			}
			return x | uint64(c)<<shift
		}
		x |= uint64(c&0x7f) << shift
		shift += 7
	}
	r.err = true
	return 0
}

func (r *reader) varint() int64 {
	u := r.uvarint()
	x := int64(u >> 1)
	if u&1 != 0 {
		x = ^x
	}
	return x
}

func (r *reader) u32() uint32 {
	if r.pos+4 > len(r.s) {
		r.err = true
		r.pos = len(r.s)
		return 0
	}
	s := r.s[r.pos:]
	r.pos += 4
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

func (r *reader) float() float64 {
	lo, hi := r.u32(), r.u32()
	return math.Float64frombits(uint64(lo) | uint64(hi)<<32)
}

func (r *reader) byte() byte {
	if r.pos >= len(r.s) {
		r.err = true
		return 0
	}
	r.pos++
	return r.s[r.pos-1]
}

func (r *reader) str() string {
	n := r.uvarint()
	if r.err || n > uint64(len(r.s)-r.pos) {
		r.err = true
		r.pos = len(r.s)
		return ""
	}
	s := r.s[r.pos : r.pos+int(n)]
	r.pos += int(n)
	return s
}

func (r *reader) table(entries int) keyTable {
	var t keyTable
	nk := r.uvarint()
	if r.err || nk > uint64(len(r.s)) {
		r.err = true
		return t
	}
	t.keys = make([]string, nk)
	t.start = make([]uint32, nk+1)
	var total uint32
	for i := range t.keys {
		t.keys[i] = r.str()
		t.start[i] = total
		total += uint32(r.uvarint())
		if i > 0 && t.keys[i] <= t.keys[i-1] {
			r.err = true
		}
		if r.err {
			return t
		}
	}
	t.start[nk] = total
	np := r.uvarint()
	if r.err || np != uint64(total) || np*4 > uint64(len(r.s)-r.pos) {
		r.err = true
		return t
	}
	t.post = make([]Posting, np)
	for i := range t.post {
		p := Posting(r.u32())
		if p.Entry() >= entries {
			r.err = true
			return t
		}
		t.post[i] = p
	}
	return t
}
