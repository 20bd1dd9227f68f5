// Package ingest owns the sources sitrep reads articles from (plain text
// and HTML files, RSS/Atom feeds, WARC files, JSON Lines) and the run that
// moves their messages through the pipeline into a store. In the spirit of
// Benthos inputs, a source yields a message with an ack: the run acks it only
// after its article is committed, and a restarted run skips inputs the store
// already holds, so nothing committed is lost and nothing is added twice.
// The package does not analyse text (the pipeline's stages do) and does not
// know how a store keeps what it is given.
package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/input"
)

// Message is one article as a source read it.
type Message struct {
	// Raw is the article's bytes: plain text or HTML (Format says which
	// the source believes; the clean stage decides).
	Raw    []byte
	Format string
	URL    string
	Title  string
	// Published is the date the source gives (YYYY-MM-DD), "" if none.
	Published string
	// Pos says where the message was read: "file", "file: item 3",
	// "file: line 12", "file: record at byte 4096".
	Pos string
	// Outlet is the publisher the source names (a feed's title), if any.
	Outlet string
}

// Hash identifies the input for resuming: the content hash of its URL and
// bytes.
func (m *Message) Hash() string {
	return doc.ContentID(m.URL + "\x00" + string(m.Raw))
}

// Ack reports a message's outcome: err is nil once its article is
// committed (or was already stored), else why it was not.
type Ack func(ctx context.Context, err error)

// Source yields messages. Next returns io.EOF at the end; a *BadInputError
// when one record was unreadable and skipped (call Next again for the
// rest); any other error ends the source.
type Source interface {
	Next(ctx context.Context) (*Message, Ack, error)
	Close() error
}

// BadInputError reports an input or record that was skipped.
type BadInputError struct {
	Pos string // file and record, line or byte
	Err error
}

func (e *BadInputError) Error() string { return e.Pos + ": " + oneLine(e.Err.Error()) }
func (e *BadInputError) Unwrap() error { return e.Err }

func bad(pos string, format string, args ...any) *BadInputError {
	return &BadInputError{Pos: pos, Err: fmt.Errorf(format, args...)}
}

func oneLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return s
}

func noAck(context.Context, error) {}

// Kind is a source format.
type Kind string

const (
	KindText  Kind = "text"
	KindHTML  Kind = "html"
	KindFeed  Kind = "feed"
	KindWARC  Kind = "warc"
	KindJSONL Kind = "jsonl"
)

// Detect decides a file's kind from its name, else from its first bytes.
func Detect(name string, head []byte) Kind {
	lower := strings.ToLower(name)
	switch {
	case strings.HasSuffix(lower, ".warc"), strings.HasSuffix(lower, ".warc.gz"):
		return KindWARC
	case strings.HasSuffix(lower, ".jsonl"), strings.HasSuffix(lower, ".ndjson"):
		return KindJSONL
	case strings.HasSuffix(lower, ".rss"), strings.HasSuffix(lower, ".atom"), strings.HasSuffix(lower, ".xml"):
		return KindFeed
	case strings.HasSuffix(lower, ".html"), strings.HasSuffix(lower, ".htm"), strings.HasSuffix(lower, ".xhtml"):
		return KindHTML
	case strings.HasSuffix(lower, ".txt"), strings.HasSuffix(lower, ".text"):
		return KindText
	}
	h := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	lh := bytes.ToLower(h[:min(len(h), 512)])
	switch {
	case bytes.HasPrefix(h, []byte("WARC/")) || (len(h) > 1 && h[0] == 0x1f && h[1] == 0x8b):
		return KindWARC
	case bytes.HasPrefix(lh, []byte("<?xml")) && (bytes.Contains(lh, []byte("<rss")) || bytes.Contains(lh, []byte("<feed")) || bytes.Contains(lh, []byte("<rdf"))),
		bytes.HasPrefix(lh, []byte("<rss")), bytes.HasPrefix(lh, []byte("<feed")):
		return KindFeed
	case bytes.HasPrefix(lh, []byte("<!doctype html")), bytes.HasPrefix(lh, []byte("<html")):
		return KindHTML
	case bytes.HasPrefix(h, []byte("{")):
		return KindJSONL
	}
	return KindText
}

// Files is a source over files and directories (walked recursively, hidden
// entries skipped), each read by the source its kind calls for. A file that
// cannot be read is reported and skipped.
type Files struct {
	maxBytes int64
	cur      Source
	pending  []fileEntry
}

// fileEntry is a file to read, or a path that could not be listed.
type fileEntry struct {
	path string
	err  error
}

// OpenFiles expands paths into a source. A path that cannot be listed (it
// does not exist, a directory is unreadable) is reported by Next in its
// turn and skipped, like an unreadable file; an error is returned only when
// no path was given.
func OpenFiles(paths []string, maxBytes int64) (*Files, error) {
	if maxBytes <= 0 {
		maxBytes = input.MaxBytes
	}
	if len(paths) == 0 {
		return nil, errors.New("no input paths")
	}
	f := &Files{maxBytes: maxBytes}
	for _, p := range paths {
		files, err := input.Expand([]string{p})
		if err != nil {
			f.pending = append(f.pending, fileEntry{path: p, err: err})
			continue
		}
		for _, x := range files {
			f.pending = append(f.pending, fileEntry{path: x})
		}
	}
	return f, nil
}

// Count is how many files (or unlistable paths) the source holds.
func (f *Files) Count() int { return len(f.pending) }

// Next returns the next message of the current file, opening the next file
// when one ends.
func (f *Files) Next(ctx context.Context) (*Message, Ack, error) {
	for {
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		if f.cur == nil {
			if len(f.pending) == 0 {
				return nil, nil, io.EOF
			}
			e := f.pending[0]
			f.pending = f.pending[1:]
			if e.err != nil {
				msg := strings.TrimPrefix(e.err.Error(), e.path+": ")
				return nil, nil, &BadInputError{Pos: e.path, Err: errors.New(msg)}
			}
			path := e.path
			src, err := OpenFile(path, f.maxBytes)
			if err != nil {
				var be *BadInputError
				if errors.As(err, &be) {
					return nil, nil, be
				}
				return nil, nil, &BadInputError{Pos: path, Err: err}
			}
			f.cur = src
		}
		m, ack, err := f.cur.Next(ctx)
		if errors.Is(err, io.EOF) {
			f.cur.Close()
			f.cur = nil
			continue
		}
		return m, ack, err
	}
}

// Close closes the current file.
func (f *Files) Close() error {
	if f.cur != nil {
		return f.cur.Close()
	}
	return nil
}

// OpenFile opens one file as the source its kind calls for.
func OpenFile(path string, maxBytes int64) (Source, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, &BadInputError{Pos: path, Err: unwrapPath(err)}
	}
	if !st.Mode().IsRegular() {
		return nil, bad(path, "not a regular file")
	}
	fh, err := os.Open(path)
	if err != nil {
		return nil, &BadInputError{Pos: path, Err: unwrapPath(err)}
	}
	head := make([]byte, 512)
	n, err := io.ReadFull(fh, head)
	fh.Close()
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return nil, &BadInputError{Pos: path, Err: unwrapPath(err)}
	}
	switch Detect(filepath.Base(path), head[:n]) {
	case KindWARC:
		return OpenWARC(path)
	case KindJSONL:
		return OpenJSONL(path, maxBytes)
	case KindFeed:
		b, err := input.ReadFile(path, maxBytes)
		if err != nil {
			return nil, &BadInputError{Pos: path, Err: err}
		}
		return ParseFeed(path, b)
	case KindHTML:
		return openWhole(path, "html", maxBytes)
	default:
		return openWhole(path, "text", maxBytes)
	}
}

func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// whole is a source of one message: a whole text or HTML file.
type whole struct {
	m    *Message
	done bool
}

func openWhole(path, format string, maxBytes int64) (Source, error) {
	b, err := input.ReadFile(path, maxBytes)
	if err != nil {
		return nil, &BadInputError{Pos: path, Err: err}
	}
	return &whole{m: &Message{Raw: b, Format: format, Pos: path}}, nil
}

func (w *whole) Next(context.Context) (*Message, Ack, error) {
	if w.done {
		return nil, nil, io.EOF
	}
	w.done = true
	return w.m, noAck, nil
}

func (w *whole) Close() error { return nil }

// Slice is a source over messages already in memory (tests, benchmarks,
// other front ends). Acks are recorded in Acked, in ack order.
type Slice struct {
	Msgs  []*Message
	Acked []error
	i     int
}

func (s *Slice) Next(context.Context) (*Message, Ack, error) {
	if s.i >= len(s.Msgs) {
		return nil, nil, io.EOF
	}
	m := s.Msgs[s.i]
	s.i++
	return m, func(_ context.Context, err error) { s.Acked = append(s.Acked, err) }, nil
}

func (s *Slice) Close() error { return nil }
