package ner

import (
	"context"
	"io"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/clean"
	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/models"
	"github.com/sitrep/sitrep/segment"
)

// BenchmarkTagCoNLL tags CoNLL-2003 eng.testa (51,362 tokens) with the POS
// column, one goroutine.
func BenchmarkTagCoNLL(b *testing.B) {
	f, err := ReadCoNLLFile(sharedPath(b, "data/conll2003/eng.testa"))
	if err != nil {
		b.Fatal(err)
	}
	m, err := DefaultModel()
	if err != nil {
		b.Fatal(err)
	}
	docs := TrainDocs(f)
	ntok := 0
	for _, d := range docs {
		for _, s := range d.Sents {
			ntok += len(s)
		}
	}
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			m.TagDocument(d.Sents)
		}
	}
	b.ReportMetric(float64(ntok)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkStage runs the ner stage (tagger and rules) on a segmented news
// text written for the tests, repeated to about 4,000 tokens, without POS.
func BenchmarkStage(b *testing.B) {
	text := strings.Repeat(ownParagraph+"\n", 20)
	d := doc.FromInput([]byte(text), "bench")
	ctx := context.Background()
	if err := clean.New().Process(ctx, d); err != nil {
		b.Fatal(err)
	}
	if err := segment.New().Process(ctx, d); err != nil {
		b.Fatal(err)
	}
	st, err := New()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		d.Entities = nil
		if err := st.Process(ctx, d); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(d.Tokens))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkLoadModel decompresses and decodes the embedded model.
func BenchmarkLoadModel(b *testing.B) {
	for b.Loop() {
		rc, err := models.Open(ModelName)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := ReadModel(rc); err != nil {
			b.Fatal(err)
		}
		rc.Close()
	}
}

// BenchmarkDecompress measures gunzip alone, for comparison.
func BenchmarkDecompress(b *testing.B) {
	for b.Loop() {
		rc, err := models.Open(ModelName)
		if err != nil {
			b.Fatal(err)
		}
		io.Copy(io.Discard, rc)
		rc.Close()
	}
}
