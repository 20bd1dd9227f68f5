package event

import (
	"context"
	"testing"
)

var fuzzRels = []string{"nsubj", "nsubj:pass", "obj", "iobj", "obl", "nmod", "nmod:poss", "appos", "conj", "acl", "acl:relcl",
	"advcl", "ccomp", "xcomp", "parataxis", "compound", "compound:prt", "amod", "det", "case", "mark", "aux", "aux:pass", "cop", "punct", "root", "obl:tmod", "fixed", "flat"}

// FuzzProcess scrambles the parse of composed sentences (heads, relations,
// parts of speech) and checks the stage never fails or panics on a parse
// that is well-formed in range, however odd.
func FuzzProcess(f *testing.F) {
	f.Add([]byte{1, 2, 3, 4, 5, 6, 7, 8})
	f.Add([]byte{0, 0, 0, 0})
	f.Add([]byte{255, 17, 3, 9, 200, 45, 6, 6, 6})
	src := passiveAttributed + "\n" + appositionAndPronoun + "\n" + relativeClause + "\n" + restatement + "\n" + claimed
	s, err := New()
	if err != nil {
		f.Fatal(err)
	}
	upos := []string{"NOUN", "VERB", "PROPN", "PRON", "ADJ", "ADP", "AUX", "NUM", "DET"}
	f.Fuzz(func(t *testing.T, b []byte) {
		d := buildDoc(t, "2015-03-17", src)
		for i := 0; i+2 < len(b); i += 3 {
			k := int(b[i]) % len(d.Tokens)
			sent := d.Sentences[d.Tokens[k].Sent]
			n := sent.TokEnd - sent.TokStart
			h := int(b[i+1]) % (n + 1)
			if h == n {
				d.Tokens[k].Head = -1
			} else {
				d.Tokens[k].Head = sent.TokStart + h
			}
			d.Tokens[k].Deprel = fuzzRels[int(b[i+2])%len(fuzzRels)]
			d.Tokens[k].UPOS = upos[int(b[i+2])%len(upos)]
		}
		if err := s.Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		for _, e := range d.Events {
			if e.Sentence.Start > e.Sentence.End || e.Trigger == nil {
				t.Fatalf("bad event %+v", e)
			}
			if e.Source != nil && (e.Source.Start > e.Source.End || e.Source.End > len(d.Text)) {
				t.Fatalf("bad source span %+v", e.Source)
			}
			if e.Target != nil && (e.Target.Start > e.Target.End || e.Target.End > len(d.Text)) {
				t.Fatalf("bad target span %+v", e.Target)
			}
		}
	})
}
