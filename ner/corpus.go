package ner

import (
	"fmt"
	"os"
	"sort"
)

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// DocInputs returns the tagger inputs of a CoNLL document.
func DocInputs(d CoNLLDocument) [][]Input {
	out := make([][]Input, len(d.Sentences))
	for si, s := range d.Sentences {
		in := make([]Input, len(s))
		for i, t := range s {
			pos := t.POS
			if pos == "-X-" {
				pos = ""
			}
			in[i] = Input{Norm: foldQuotes(t.Word), POS: pos}
		}
		out[si] = in
	}
	return out
}

// TrainDocs converts a gold CoNLL file to training documents.
func TrainDocs(f *CoNLLFile) []TrainDoc {
	out := make([]TrainDoc, len(f.Documents))
	for di, d := range f.Documents {
		td := TrainDoc{Sents: DocInputs(d)}
		for _, s := range d.Sentences {
			tags := make([]string, len(s))
			for i, t := range s {
				tags[i] = t.Gold
			}
			td.Gold = append(td.Gold, SpansFromIOB(tags))
		}
		out[di] = td
	}
	return out
}

// ReadCoNLLFile reads and parses a gold CoNLL file.
func ReadCoNLLFile(path string) (*CoNLLFile, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	return ReadCoNLL(fh, path, true)
}

// Evaluate tags the documents and scores them against their gold spans.
// When noPOS is true the POS column is ignored.
func Evaluate(m *Model, docs []TrainDoc, noPOS bool) *Score {
	sc := NewScore()
	for _, d := range docs {
		sents := d.Sents
		if noPOS {
			sents = make([][]Input, len(d.Sents))
			for si, s := range d.Sents {
				c := make([]Input, len(s))
				for i, t := range s {
					c[i] = Input{Norm: t.Norm}
				}
				sents[si] = c
			}
		}
		pred := m.TagDocument(sents)
		for si, s := range d.Sents {
			sc.Add(IOB2(d.Gold[si], len(s)), IOB2(pred[si], len(s)))
		}
	}
	return sc
}

// Describe summarises a score in one line.
func (s *Score) Describe() string {
	return fmt.Sprintf("F1 %.4f (P %.4f R %.4f; %d gold, %d predicted, %d correct)", s.F1(), s.P(), s.R(), s.Gold, s.Pred, s.Correct)
}
