package clean

import (
	"context"
	"testing"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/internal/shareddata"
)

// TestWikinews cleans every Wikinews article: none may fail, every
// invariant must hold, and a date given on a line of its own at the top
// must be read as the publication date (the CSV's date column is the
// reference; the two may differ by a day or two when an article was
// written before it was published).
func TestWikinews(t *testing.T) {
	arts := shareddata.Wikinews(t)
	var paras, unique, titles, fromDate, exact, close, datelines int
	for _, a := range arts {
		d := doc.FromInput([]byte(a.Text), a.URL)
		if err := New().Process(context.Background(), d); err != nil {
			t.Errorf("%s: %v", a.URL, err)
			continue
		}
		checkDoc(t, d)
		paras += len(d.Paragraphs)
		unique += d.UniqueParagraphs()
		if d.Meta.Title != nil {
			titles++
			t.Logf("title %q in %s", *d.Meta.Title, a.URL)
		}
		if d.Meta.Dateline != nil {
			datelines++
			t.Logf("dateline %q in %s", d.Meta.Dateline.Text, a.URL)
		}
		if d.Meta.PublishedSource == "dateline" {
			fromDate++
			switch got := *d.Meta.Published; {
			case got == a.Date:
				exact++
			case daysApart(got, a.Date) <= 3:
				close++
			default:
				t.Errorf("%s: published %s from the text, the CSV says %s", a.URL, got, a.Date)
			}
		}
	}
	t.Logf("%d articles: %d paragraphs, %d unique; %d titles, %d datelines; published read from a date line in %d (%d equal to the CSV date, %d within 3 days)",
		len(arts), paras, unique, titles, datelines, fromDate, exact, close)
	if fromDate < len(arts)/4 {
		t.Errorf("a date line was read in only %d of %d articles", fromDate, len(arts))
	}
}

func daysApart(a, b string) int {
	ta, err1 := timeParse(a)
	tb, err2 := timeParse(b)
	if err1 != nil || err2 != nil {
		return 1 << 30
	}
	d := int(ta.Sub(tb).Hours() / 24)
	if d < 0 {
		d = -d
	}
	return d
}
