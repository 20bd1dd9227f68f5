package ingest

import (
	"context"
	"errors"
	"io"
	"strings"
	"testing"
	"unicode/utf8"
)

// drain reads a source to its end, checking the error contract: every
// error is io.EOF or a one-line bad-input report, and messages are
// well-formed.
func drain(t *testing.T, src Source) {
	t.Helper()
	for i := 0; i < 10000; i++ {
		m, _, err := src.Next(context.Background())
		if errors.Is(err, io.EOF) {
			return
		}
		if err != nil {
			var be *BadInputError
			if !errors.As(err, &be) {
				t.Fatalf("error %v is not a bad-input report", err)
			}
			if strings.Contains(be.Error(), "\n") {
				t.Fatalf("report spans lines: %q", be.Error())
			}
			continue
		}
		if m == nil || len(m.Raw) == 0 {
			t.Fatalf("empty message %+v", m)
		}
		if m.Published != "" && (len(m.Published) != 10 || !utf8.ValidString(m.Published)) {
			t.Fatalf("published %q", m.Published)
		}
	}
	t.Fatal("source never ended")
}

func FuzzRSS(f *testing.F) {
	f.Add([]byte(rss))
	f.Add([]byte(atom))
	f.Add([]byte(`<?xml version="1.0"?><rss><channel><item><title>unclosed`))
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><content type="xhtml"><div>x</div></content></entry></feed>`))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1","items":[{"content_html":"<p>x</p>"}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		src, err := ParseFeed("fuzz.xml", b)
		if err != nil {
			var be *BadInputError
			if !errors.As(err, &be) {
				t.Fatalf("error %v is not a bad-input report", err)
			}
			return
		}
		drain(t, src)
	})
}

func FuzzWARC(f *testing.F) {
	good := []warcRecord{{uri: "https://x.example/1", date: "2020-05-05T00:00:00Z", body: "<p>Story.</p>"},
		{uri: "https://x.example/2", date: "2020-05-05T00:00:00Z", ctype: "text/plain", body: "Plain story."}}
	f.Add(warcBytes(good, false))
	f.Add(warcBytes(good, true))
	f.Add(warcBytes([]warcRecord{good[0], {raw: "WARC/1.1\r\nthis is no header\r\n\r\n"}, good[1]}, false))
	f.Add([]byte("WARC/1.1\r\nWARC-Type: resource\r\nContent-Type: text/html\r\nContent-Length: 12\r\n\r\n<p>Res.</p>\n\r\n\r\n"))
	f.Add([]byte("WARC/"))
	f.Fuzz(func(t *testing.T, b []byte) {
		src, err := NewWARC("fuzz.warc", strings.NewReader(string(b)), 1<<20)
		if err != nil {
			return
		}
		defer src.Close()
		drain(t, src)
	})
}

func FuzzJSONL(f *testing.F) {
	f.Add([]byte(`{"id":"1","url":"https://x.example/1","title":"T","published":"2020-01-01","text":"Some text."}` + "\n"))
	f.Add([]byte("not json\n{\"text\":5}\n{\"text\":\"a\",\"published\":\"2020-01-01T10:00:00+02:00\"}"))
	f.Fuzz(func(t *testing.T, b []byte) {
		drain(t, NewJSONL("fuzz.jsonl", strings.NewReader(string(b)), 4096))
	})
}
