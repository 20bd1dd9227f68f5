package clean

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/internal/shareddata"
)

// benchVocab builds n pseudo-words from syllables.
func benchVocab(n int) []string {
	syl := strings.Fields("ba ka ra shi mo lu te an ir qa za de vo ni su el ma ho pi ta")
	r := rand.New(rand.NewPCG(3, 3))
	out := make([]string, n)
	for i := range out {
		k := 1 + r.IntN(4)
		var b strings.Builder
		for range k {
			b.WriteString(syl[r.IntN(len(syl))])
		}
		out[i] = b.String()
	}
	return out
}

// synthParagraphs returns n paragraphs of words drawn from a Zipf
// distribution over a 20,000-word vocabulary (as in news text); one
// paragraph in ten repeats an earlier one.
func synthParagraphs(n int, seed uint64) []string {
	vocab := benchVocab(20000)
	r := rand.New(rand.NewPCG(seed, 7))
	zipf := rand.NewZipf(r, 1.1, 2, uint64(len(vocab)-1))
	out := make([]string, 0, n)
	for i := range n {
		if i%10 == 9 {
			out = append(out, out[r.IntN(len(out))])
			continue
		}
		k := 15 + r.IntN(50)
		w := make([]string, k)
		for j := range w {
			w[j] = vocab[zipf.Uint64()]
		}
		w[0] = strings.ToUpper(w[0][:1]) + w[0][1:]
		out = append(out, strings.Join(w, " ")+".")
	}
	return out
}

func synthText(size int) string {
	var b strings.Builder
	b.WriteString("KHAZNA, IRAQ —\n")
	for _, p := range synthParagraphs(size/200+1, 1) {
		if b.Len() > size {
			break
		}
		b.WriteString(p)
		b.WriteByte('\n')
	}
	return b.String()
}

func synthHTML(size int) string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html><head><title>Report</title><meta property="article:published_time" content="2014-06-21T10:00:00Z"></head><body><nav><a href="/">Home</a></nav><article><h1>Report</h1>`)
	for _, p := range synthParagraphs(size/230+1, 2) {
		if b.Len() > size {
			break
		}
		fmt.Fprintf(&b, "<p>%s <a href=\"/x\">link</a></p>\n", p)
	}
	b.WriteString(`</article><footer>Copyright</footer></body></html>`)
	return b.String()
}

func benchClean(b *testing.B, raw []byte) {
	b.Helper()
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	c := New()
	ctx := context.Background()
	for b.Loop() {
		d := doc.FromInput(raw, "bench")
		if err := c.Process(ctx, d); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkClean measures the clean stage on plain text and HTML of
// several sizes (MB/s from b.SetBytes).
func BenchmarkClean(b *testing.B) {
	b.Run("text/seed", func(b *testing.B) {
		raw, err := os.ReadFile(shareddata.Path(b, "seed/000_01a986955927ca01.txt"))
		if err != nil {
			b.Fatal(err)
		}
		benchClean(b, raw)
	})
	for _, size := range []int{5 << 10, 1 << 20, 16 << 20} {
		b.Run(fmt.Sprintf("text/%dKB", size>>10), func(b *testing.B) { benchClean(b, []byte(synthText(size))) })
	}
	for _, size := range []int{5 << 10, 1 << 20, 16 << 20} {
		b.Run(fmt.Sprintf("html/%dKB", size>>10), func(b *testing.B) { benchClean(b, []byte(synthHTML(size))) })
	}
}

// BenchmarkMarkRepeats measures repeat detection alone on 1 MB of text.
func BenchmarkMarkRepeats(b *testing.B) {
	text := synthText(1 << 20)
	paras := Paragraphs(text, 0)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		MarkRepeats(text, paras)
	}
}

// BenchmarkCleanWikinews cleans the 295 Wikinews articles of the shared
// data folder (skipped without it): real news text, one document at a
// time.
func BenchmarkCleanWikinews(b *testing.B) {
	arts := shareddata.Wikinews(b)
	raws := make([][]byte, len(arts))
	size := 0
	for i, a := range arts {
		raws[i] = []byte(a.Text)
		size += len(raws[i])
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	c := New()
	ctx := context.Background()
	for b.Loop() {
		for _, raw := range raws {
			if err := c.Process(ctx, doc.FromInput(raw, "bench")); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(len(raws)*b.N)/b.Elapsed().Seconds(), "docs/s")
}
