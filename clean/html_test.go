package clean

import (
	"context"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/doc"
)

// page builds an HTML news page with the given head elements and a main
// text of several paragraphs surrounded by navigation and footer clutter.
func page(head string, paras ...string) string {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
	b.WriteString(head)
	b.WriteString("\n</head><body>\n<nav class=\"menu\"><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li></ul></nav>\n")
	b.WriteString("<article><h1>Militants seize Iraqi border town</h1>\n")
	for _, p := range paras {
		b.WriteString("<p>" + p + "</p>\n")
	}
	b.WriteString("</article>\n<footer class=\"footer\"><p>Copyright News Corp. All rights reserved.</p></footer>\n<script>var x = 1;</script></body></html>\n")
	return b.String()
}

var storyParas = []string{
	"KHAZNA, Iraq &mdash; Sunni fighters have seized an Iraqi town that borders Syria, allowing the militants to pass freely along with their weapons between the two countries, security officials said Saturday.",
	"Fighters with the breakaway group took the border town of Qaim overnight after a day of heavy fighting on Friday. Officials speaking on the condition of anonymity said people are now crossing back and forth freely.",
	"Insurgents also took control Saturday of Rawah. The fall of Qaim and Rawah solidifies the rebel control of the <b>western</b> province.",
	"The border breach could result in yet more fighters and weaponry flooding into Iraq, as the militants expand their battlefields and pose a growing threat to the capital.",
}

func TestHTMLExtraction(t *testing.T) {
	raw := page(`<title>Militants seize Iraqi border town - The Daily Example</title>
<meta property="article:published_time" content="2014-06-21T09:30:00+03:00">
<link rel="canonical" href="https://news.example.com/2014/06/21/border-town">`, storyParas...)
	d := doc.FromInput([]byte(raw), "page.html")
	if err := New().Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if d.Format != FormatHTML {
		t.Fatalf("format %s", d.Format)
	}
	if string(d.Raw) != raw {
		t.Errorf("Raw changed")
	}
	if got := deref(d.Meta.Title); !strings.Contains(got, "Militants seize Iraqi border town") {
		t.Errorf("title = %q", got)
	}
	if got := deref(d.Meta.Published); got != "2014-06-21" || d.Meta.PublishedSource != "html" {
		t.Errorf("published = %q (%s)", got, d.Meta.PublishedSource)
	}
	if d.Meta.URL != "https://news.example.com/2014/06/21/border-town" {
		t.Errorf("url = %q", d.Meta.URL)
	}
	for _, bad := range []string{"<", "Copyright", "var x", "World"} {
		if strings.Contains(d.Text, bad) {
			t.Errorf("text holds %q:\n%s", bad, d.Text)
		}
	}
	got := paraTexts(d)
	if len(got) < 4 {
		t.Fatalf("paragraphs %q", got)
	}
	last := got[len(got)-1]
	if !strings.HasPrefix(last, "The border breach") {
		t.Errorf("last paragraph %q", last)
	}
	if !strings.Contains(d.Text, "the rebel control of the western province.") {
		t.Errorf("inline markup not flattened:\n%s", d.Text)
	}
	if dl := d.Meta.Dateline; dl == nil || dl.Text != "KHAZNA, Iraq" || d.Text[dl.Start:dl.End] != "KHAZNA, Iraq" {
		t.Errorf("dateline = %+v", dl)
	}
	if d.ID != doc.ContentID(d.Text) {
		t.Errorf("id is not the hash of the extracted text")
	}
	out := d.Output()
	if out.Text == nil || *out.Text != d.Text {
		t.Errorf("output lacks the extracted text")
	}
}

func TestHTMLPublished(t *testing.T) {
	tests := []struct{ name, head, body, want string }{
		{"article:published_time", `<meta property="article:published_time" content="2014-06-21T23:30:00-05:00">`, "", "2014-06-21"},
		{"og:published_time", `<meta property="og:published_time" content="2014-06-20">`, "", "2014-06-20"},
		{"name=date", `<meta name="date" content="June 19, 2014">`, "", "2014-06-19"},
		{"dc.date", `<meta name="DC.date" content="2014/06/18">`, "", "2014-06-18"},
		{"pubdate", `<meta name="pubdate" content="20140617">`, "", "2014-06-17"},
		{"itemprop meta", `<meta itemprop="datePublished" content="2014-06-16T10:00:00Z">`, "", "2014-06-16"},
		{"itemprop element", "", `<span itemprop="datePublished" content="2014-06-15">June 15</span>`, "2014-06-15"},
		{"time datetime", "", `<time datetime="2014-06-14T08:00">Saturday</time>`, "2014-06-14"},
		{"time pubdate beats a plain time", "", `<time datetime="2014-01-01">then</time><time pubdate datetime="2014-06-13">now</time>`, "2014-06-13"},
		{"article beats date", `<meta name="date" content="2014-01-01"><meta property="article:published_time" content="2014-06-12">`, "", "2014-06-12"},
		{"bad value falls through", `<meta property="article:published_time" content="soon"><meta name="date" content="2014-06-11">`, "", "2014-06-11"},
		{"json-ld", `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2014-06-10T12:00:00Z"}</script>`, "", "2014-06-10"},
		{"none", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			paras := append([]string{tt.body}, storyParas...)
			d := doc.FromInput([]byte(page(tt.head, paras...)), "p.html")
			if err := New().Process(context.Background(), d); err != nil {
				t.Fatal(err)
			}
			if got := deref(d.Meta.Published); got != tt.want {
				t.Errorf("published = %q, want %q", got, tt.want)
			}
		})
	}
	t.Run("flag wins", func(t *testing.T) {
		d := doc.FromInput([]byte(page(`<meta property="article:published_time" content="2014-06-21">`, storyParas...)), "p.html")
		flag := "2014-06-22"
		d.Meta.Published, d.Meta.PublishedSource = &flag, "flag"
		if err := New().Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		if *d.Meta.Published != "2014-06-22" || d.Meta.PublishedSource != "flag" {
			t.Errorf("published = %s (%s)", *d.Meta.Published, d.Meta.PublishedSource)
		}
	})
}

func TestHTMLFragmentAndMalformed(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"fragment", "<p>Fighters took the town of Qaim.</p><p>Officials said so.</p>", "Fighters took the town of Qaim."},
		{"unclosed tags", "<html><body><div><p>Fighters took <b>the town<p>Officials <i>said so.", "Fighters took the town"},
		{"stray closers", "<html></div></p><body></span><p>Text survives.</p></table>", "Text survives."},
		{"entities", "<html><body><p>Al-Qa&#39;im &amp; Rawah &lt;fell&gt;</p></body></html>", "Al-Qa'im & Rawah <fell>"},
		{"deep nesting", "<html><body>" + strings.Repeat("<div>", 3000) + "Deep text." + strings.Repeat("</div>", 3000) + "</body></html>", "Deep text."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := doc.FromInput([]byte(tt.in), "x.html")
			if err := New().Process(context.Background(), d); err != nil {
				t.Fatal(err)
			}
			if d.Format != FormatHTML || !strings.Contains(d.Text, tt.want) {
				t.Errorf("format %s text %q, want it to hold %q", d.Format, d.Text, tt.want)
			}
		})
	}
}

func TestNormalizeDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2014-06-21", "2014-06-21"},
		{"2014-06-21T01:30:00+03:00", "2014-06-21"},
		{"2014-6-1", "2014-06-01"},
		{"2014/06/21 10:00", "2014-06-21"},
		{"2014.06.21", "2014-06-21"},
		{"20140621", "2014-06-21"},
		{"20140621T103000Z", "2014-06-21"},
		{"Sat, 21 Jun 2014 10:00:00 GMT", "2014-06-21"},
		{"June 21, 2014", "2014-06-21"},
		{"21 June 2014", "2014-06-21"},
		{"Sept. 3, 2014 5:00 PM", "2014-09-03"},
		{"1403344800", "2014-06-21"},
		{"1403344800000", "2014-06-21"},
		{"2014-02-30", ""},
		{"2014-13-01", ""},
		{"06/07/2014", ""},
		{"yesterday", ""},
		{"", ""},
		{"June 2014", ""},
		{"1066-10-14", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := NormalizeDate(tt.in); got != tt.want {
				t.Errorf("NormalizeDate(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestHTMLDeclaredCharset(t *testing.T) {
	raw := []byte("<html><head><meta charset=\"windows-1252\"><title>Caf\xe9</title></head><body><p>The caf\xe9 owner said \x93no\x94.</p></body></html>")
	d := doc.FromInput(raw, "latin.html")
	if err := New().Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(d.Text, "The café owner said “no”.") {
		t.Errorf("text %q", d.Text)
	}
	if string(d.Raw) != string(raw) {
		t.Errorf("Raw changed")
	}
	// Without a declaration invalid UTF-8 is an error, also in HTML.
	d = doc.FromInput([]byte("<html><body><p>The caf\xe9 owner.</p></body></html>"), "x.html")
	if err := New().Process(context.Background(), d); err == nil || !strings.Contains(err.Error(), "invalid UTF-8 at byte 22 (line 1)") {
		t.Errorf("error %v", err)
	}
}
