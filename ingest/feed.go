package ingest

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/mmcdole/gofeed"
)

// feed is a source over the items of one RSS or Atom feed.
type feed struct {
	path  string
	title string
	items []*gofeed.Item
	i     int
}

// ParseFeed parses an RSS or Atom document (read whole); each item's
// content, else its description, becomes one HTML message with the item's
// link, title and published (else updated) date. A feed that does not parse
// is a *BadInputError.
func ParseFeed(path string, b []byte) (s Source, err error) {
	defer func() {
		if r := recover(); r != nil {
			s, err = nil, bad(path, "malformed feed: parser failed: %v", r)
		}
	}()
	f, err := gofeed.NewParser().Parse(bytes.NewReader(b))
	if err != nil {
		return nil, bad(path, "malformed feed: %s", oneLine(err.Error()))
	}
	return &feed{path: path, title: strings.TrimSpace(f.Title), items: f.Items}, nil
}

func (f *feed) Next(context.Context) (*Message, Ack, error) {
	if f.i >= len(f.items) {
		return nil, nil, io.EOF
	}
	it := f.items[f.i]
	f.i++
	pos := fmt.Sprintf("%s: item %d", f.path, f.i)
	if it == nil {
		return nil, nil, bad(pos, "empty item")
	}
	body := it.Content
	if strings.TrimSpace(body) == "" {
		body = it.Description
	}
	if strings.TrimSpace(body) == "" {
		return nil, nil, bad(pos, "item has neither content nor description")
	}
	m := &Message{Raw: []byte(body), Format: "html", URL: strings.TrimSpace(it.Link), Title: strings.TrimSpace(it.Title),
		Pos: pos, Outlet: f.title}
	switch {
	case it.PublishedParsed != nil:
		m.Published = it.PublishedParsed.Format("2006-01-02")
	case it.UpdatedParsed != nil:
		m.Published = it.UpdatedParsed.Format("2006-01-02")
	}
	return m, noAck, nil
}

func (f *feed) Close() error { return nil }
