package clean

import (
	"context"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/sitrep/sitrep/doc"
)

// checkDoc asserts the invariants every cleaned document holds.
func checkDoc(t *testing.T, d *doc.Doc) {
	t.Helper()
	if d.ID != doc.ContentID(d.Text) {
		t.Fatalf("ID is not the content hash")
	}
	prevEnd := 0
	for i, p := range d.Paragraphs {
		if p.Start < prevEnd || p.End < p.Start || p.End > len(d.Text) {
			t.Fatalf("paragraph %d [%d,%d) out of bounds or order (previous end %d, text %d bytes)", i, p.Start, p.End, prevEnd, len(d.Text))
		}
		if p.Start == p.End {
			t.Fatalf("paragraph %d is empty", i)
		}
		if !utf8.ValidString(d.Text[p.Start:p.End]) {
			t.Fatalf("paragraph %d cuts a rune", i)
		}
		if p.DupOf >= i || p.DupOf < -1 {
			t.Fatalf("paragraph %d: DupOf = %d", i, p.DupOf)
		}
		if p.DupOf >= 0 && d.Paragraphs[p.DupOf].DupOf != -1 {
			t.Fatalf("paragraph %d repeats %d, which is itself a repeat", i, p.DupOf)
		}
		prevEnd = p.End
	}
	if dl := d.Meta.Dateline; dl != nil {
		if dl.Start < 0 || dl.End > len(d.Text) || dl.Start >= dl.End || d.Text[dl.Start:dl.End] != dl.Text {
			t.Fatalf("dateline %+v does not match the text", *dl)
		}
		if dl.Date != nil {
			if _, err := time.Parse("2006-01-02", *dl.Date); err != nil {
				t.Fatalf("dateline date %q", *dl.Date)
			}
		}
	}
	if p := d.Meta.Published; p != nil {
		if _, err := time.Parse("2006-01-02", *p); err != nil {
			t.Fatalf("published %q", *p)
		}
	}
}

func FuzzClean(f *testing.F) {
	for _, s := range []string{
		"KHAZNA, IRAQ —\nSunni fighters have seized an Iraqi town.\nSunni fighters have seized an Iraqi town.",
		"WASHINGTON, June 3, 2014 (AP) — The president said.",
		"\uFEFFBAGHDAD (Reuters) - text\r\n\r\nmore text",
		"line one of wrapped text that goes on\nand on without stopping here\nuntil the end.\n\nNext.",
		"<p>html</p><div>x</div>",
		"", "\x00", "\xff\xfe", "a\xc3", "MOSUL, Iraq, June 12 (Reuters) -", "Calls\u2029\u2028\x85x",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		d := doc.FromInput(append([]byte(nil), raw...), "fuzz")
		err := New().Process(context.Background(), d)
		if err != nil {
			if strings.Contains(err.Error(), "\n") {
				t.Fatalf("multi-line error %q", err)
			}
			return
		}
		if d.Format == FormatText && d.Text != string(raw) {
			t.Fatalf("plain text changed")
		}
		checkDoc(t, d)
	})
}

func FuzzHTML(f *testing.F) {
	f.Add([]byte(page(`<meta property="article:published_time" content="2014-06-21">`, storyParas...)))
	f.Add([]byte("<html><body><div><p>Fighters took <b>the town<p>Officials <i>said so."))
	f.Add([]byte("<table><tr><td>a<td>b</table><time datetime=2014-06-21>x</time>"))
	f.Add([]byte("<svg><math><mi>x</mi></math></svg><script type=math/tex>x</script>"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		d := doc.FromInput(append([]byte(nil), raw...), "fuzz.html")
		d.Format = FormatHTML
		err := New().Process(context.Background(), d)
		if err != nil {
			if strings.Contains(err.Error(), "\n") {
				t.Fatalf("multi-line error %q", err)
			}
			return
		}
		if d.Format != FormatHTML || !utf8.ValidString(d.Text) {
			t.Fatalf("format %s, valid text %v", d.Format, utf8.ValidString(d.Text))
		}
		checkDoc(t, d)
	})
}

func FuzzNormalizeDate(f *testing.F) {
	for _, s := range []string{"2014-06-21T01:30:00+03:00", "Sat, 21 Jun 2014", "20140621", "1403344800", "June 3rd, 2014"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := NormalizeDate(s)
		if got == "" {
			return
		}
		if _, err := time.Parse("2006-01-02", got); err != nil {
			t.Fatalf("NormalizeDate(%q) = %q", s, got)
		}
	})
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"Iraq’s “top”  cleric", "cafe\u0301", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Fold(s)
		if strings.Contains(got, "  ") || strings.TrimSpace(got) != got {
			t.Fatalf("Fold(%q) = %q leaves extra space", s, got)
		}
		if Fold(got) != got && utf8.ValidString(s) {
			t.Fatalf("Fold is not idempotent on %q: %q then %q", s, got, Fold(got))
		}
	})
}

func timeParse(s string) (time.Time, error) { return time.Parse("2006-01-02", s) }

func FuzzDateline(f *testing.F) {
	for _, s := range []string{"KHAZNA, IRAQ —", "WASHINGTON, June 3, 2014 (AP) — The president said.",
		"MOSUL, Iraq, June 12 (Reuters) - x", "LONDON (CNN)Text", "GENEVA, Monday (AFP) — x", "Friday, January 4, 2019"} {
		f.Add(s, "2014-06-21")
	}
	f.Fuzz(func(t *testing.T, s, published string) {
		dp, ok := parseDateline(s)
		if ok {
			if dp.placeEnd <= 0 || dp.placeEnd > len(s) || !utf8.ValidString(s[:dp.placeEnd]) && utf8.ValidString(s) {
				t.Fatalf("place end %d in %q", dp.placeEnd, s)
			}
			if dp.headEnd < dp.placeEnd || dp.headEnd > len(s) {
				t.Fatalf("head end %d (place end %d) in %q", dp.headEnd, dp.placeEnd, s)
			}
			if iso, ok := dp.resolveDate(&published); ok {
				if _, err := time.Parse("2006-01-02", iso); err != nil {
					t.Fatalf("date %q from %q", iso, s)
				}
			}
		}
		if iso, ok := dateLine(s); ok {
			if _, err := time.Parse("2006-01-02", iso); err != nil {
				t.Fatalf("date line %q from %q", iso, s)
			}
		}
	})
}
