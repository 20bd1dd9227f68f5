package event

import (
	"context"
	"strings"
	"testing"
)

// BenchmarkProcess runs the stage over a document of 300 parsed sentences
// (the test constructions repeated).
func BenchmarkProcess(b *testing.B) {
	one := strings.Join([]string{passiveAttributed, appositionAndPronoun, relativeClause, condition, plan, offer, restatement, denial, protestNoun, lockedInFighting, claimed, ruledOut}, "\n")
	var sb strings.Builder
	for i := 0; i < 23; i++ {
		sb.WriteString(one)
		sb.WriteString("\n")
	}
	d := buildDoc(b, "2015-03-17", sb.String())
	s, err := New()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(len(d.Tokens)), "tokens/doc")
	b.SetBytes(int64(len(d.Text)))
	for b.Loop() {
		d.Events = nil
		if err := s.Process(context.Background(), d); err != nil {
			b.Fatal(err)
		}
	}
}
