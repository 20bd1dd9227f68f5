package ontology

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"strings"
	"sync"
)

//go:embed verbs.tsv.gz
var verbsGz []byte

// Verbs is the CAMEO verb dictionary in the shape sitrep uses: the default
// code of each verb lemma and its simple patterns; a dictionary read with
// ParsePETRVerbs also keeps its phrase patterns, in dictionary order, and
// the reverse codes of paired verb codes ("ARRIVE [032:033]").
type Verbs struct {
	Defaults map[string]string
	Patterns map[string][]VerbPattern
	Phrases  map[string][]PhrasePattern
	Reverse  map[string]string
}

var (
	verbsOnce sync.Once
	verbs     *Verbs
	verbsErr  error
)

// VerbDictionary returns the embedded verb dictionary, parsed once.
func VerbDictionary() (*Verbs, error) {
	verbsOnce.Do(func() { verbs, verbsErr = parseVerbs(verbsGz) })
	return verbs, verbsErr
}

func parseVerbs(gz []byte) (*Verbs, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, err
	}
	v := &Verbs{Defaults: map[string]string{}, Patterns: map[string][]VerbPattern{}}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		switch {
		case len(f) == 3 && f[0] == "D":
			v.Defaults[f[1]] = f[2]
		case len(f) == 6 && f[0] == "P":
			v.Patterns[f[1]] = append(v.Patterns[f[1]], VerbPattern{Verb: f[1], Obj: f[2], Prep: f[3], PObj: f[4], Code: f[5]})
		}
	}
	return v, sc.Err()
}
