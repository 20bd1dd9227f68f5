package gazetteer

import (
	"encoding/binary"
	"hash/crc32"
	"testing"
)

// tinyIndex returns a small index and the cache bytes for it.
func tinyIndex(sum [32]byte) (*Gazetteer, []byte) {
	b := newBuilder()
	i := b.add(Entry{ID: 99072, Name: "Mosul", Lat: 36.335, Lon: 43.119, Country: "IQ", Admin1: "15", Feature: "PPLA", Class: 'P', Pop: 1683000})
	b.name(i, "Mosul", KindName)
	b.name(i, "Al Mawsil", KindAlt)
	j := b.add(Entry{Name: "Iraq", Lat: 33, Lon: 44, Country: "IQ", Feature: "PCLI", Class: 'A'})
	b.name(j, "Iraq", KindName)
	b.name(j, "Iraqi", KindDemonym)
	g := b.gazetteer()
	payload := encode(g)
	hdr := append([]byte{}, magic[:]...)
	hdr = binary.LittleEndian.AppendUint32(hdr, FormatVersion)
	hdr = append(hdr, sum[:]...)
	hdr = binary.LittleEndian.AppendUint64(hdr, uint64(len(payload)))
	hdr = binary.LittleEndian.AppendUint32(hdr, crc32.Checksum(payload, crcTable))
	return g, append(hdr, payload...)
}

func TestEncodeDecode(t *testing.T) {
	var sum [32]byte
	g, data := tinyIndex(sum)
	g2, err := decode(data, sum)
	if err != nil {
		t.Fatal(err)
	}
	if g2.Len() != g.Len() || g2.Entry(0).Name != "Mosul" || g2.Entry(0).Pop != 1683000 || g2.Entry(1).Feature != "PCLI" {
		t.Fatalf("round trip lost data: %+v %+v", *g2.Entry(0), *g2.Entry(1))
	}
	ps := g2.Lookup("mawsil") // the alt name without its article
	if len(ps) != 1 || ps[0].Entry() != 0 || ps[0].Kind() != KindAlt || !ps[0].Stripped() {
		t.Errorf("Lookup(mawsil) = %v", ps)
	}
	if ps := g2.Lookup("iraqi"); len(ps) != 1 || ps[0].Kind() != KindDemonym {
		t.Errorf("Lookup(iraqi) = %v", ps)
	}
	if g2.Country("IQ") != 1 {
		t.Errorf("Country(IQ) = %d", g2.Country("IQ"))
	}
}

// FuzzDecode feeds damaged cache files to the decoder: it must reject them
// or return a usable index, never panic. The checksums are recomputed so
// that damage reaches the payload decoder.
func FuzzDecode(f *testing.F) {
	var sum [32]byte
	_, data := tinyIndex(sum)
	f.Add(data[headerLen:])
	f.Add([]byte{})
	f.Add([]byte{0xff, 0xff, 0xff, 0xff, 0x0f})
	f.Fuzz(func(t *testing.T, payload []byte) {
		hdr := append([]byte{}, magic[:]...)
		hdr = binary.LittleEndian.AppendUint32(hdr, FormatVersion)
		hdr = append(hdr, sum[:]...)
		hdr = binary.LittleEndian.AppendUint64(hdr, uint64(len(payload)))
		hdr = binary.LittleEndian.AppendUint32(hdr, crc32.Checksum(payload, crcTable))
		g, err := decode(append(hdr, payload...), sum)
		if err != nil {
			return
		}
		for i := 0; i < g.Len(); i++ {
			g.Lookup(Norm(g.Entry(i).Name))
		}
		g.Lookup("mosul")
		g.LookupPhonetic("musul")
	})
}
