package segment

import (
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/shareddata"
	"github.com/sitrep/sitrep/models"
)

// builtinText is news-style text written for the benchmark, repeated to
// about 1 MB.
var builtinText = func() string {
	const para = "TAL AFAR, IRAQ — Armed rebels captured a town on the Turkish border early Sunday, forcing thousands of families to flee, local officials said Monday.\n" +
		"Prime Minister Haider al-Abadi said the army would retake the town \"within days\" and asked the U.S. for more air support. About 25,000 people have fled since Thursday, the U.N. refugee agency said.\n" +
		"Rear Adm. John Kirby told reporters on Jan. 5 that the 10,000-strong force hadn't moved. \"We're watching,\" he said. It cost $5.2bn, or 3.5% of the budget... See http://example.com/news?id=1.\n" +
		"Fighting continues\n"
	return strings.Repeat(para, 1<<20/len(para)+1)
}()

func benchText(b *testing.B, text string) {
	m, err := DefaultModel()
	if err != nil {
		b.Fatal(err)
	}
	sg := NewWith(m, Options{})
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	var ntok int
	cpu0 := cpuTime()
	for b.Loop() {
		toks, _ := sg.Text(text)
		ntok = len(toks)
	}
	cpu := (cpuTime() - cpu0).Seconds()
	b.ReportMetric(float64(ntok)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	// The machine is shared: CPU time (all threads, GC included) says
	// what one core does better than wall time.
	if cpu > 0 {
		b.ReportMetric(float64(len(text))*float64(b.N)/cpu/1e6, "MB/cpu-s")
	}
}

// BenchmarkSegmentBuiltin tokenizes and splits the built-in news text.
func BenchmarkSegmentBuiltin(b *testing.B) { benchText(b, builtinText) }

// BenchmarkSegment tokenizes and splits the Wikinews articles of
// ../shared (skipped when absent).
func BenchmarkSegment(b *testing.B) {
	var sb strings.Builder
	for _, a := range shareddata.Wikinews(b) {
		sb.WriteString(a.Text)
		sb.WriteString("\n\n")
	}
	benchText(b, sb.String())
}

// cpuTime is the process's user plus system CPU time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkLoadModel reads the embedded sentence model (gunzip + decode).
func BenchmarkLoadModel(b *testing.B) {
	for b.Loop() {
		rc, err := models.Open(ModelName)
		if err != nil {
			b.Skip("no embedded model")
		}
		if _, err := ReadModel(rc); err != nil {
			b.Fatal(err)
		}
		rc.Close()
	}
}
