package ontology

import "testing"

// BenchmarkParseVerbs measures parsing the embedded verb dictionary (done
// once per process).
func BenchmarkParseVerbs(b *testing.B) {
	for b.Loop() {
		if _, err := parseVerbs(verbsGz); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLookup(b *testing.B) {
	codes()
	for b.Loop() {
		Lookup("1951")
		PLOVER("0874")
		ACLED("192", ACLEDContext{})
	}
}
