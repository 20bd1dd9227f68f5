package actor

import "testing"

// BenchmarkLoad measures parsing the embedded actor dictionary (done once
// per process).
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := load(dictGz); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFind(b *testing.B) {
	d, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	words := []string{"Fighters", "with", "the", "breakaway", "group", ",", "the", "Islamic", "State", "of", "Iraq", "and", "the", "Levant"}
	for b.Loop() {
		d.Find(words, "2014-06-21")
	}
}
