package ingest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

// jsonl is a source over a JSON Lines file: one object per line with the
// fields id, url, title, published and text (text required).
type jsonl struct {
	path     string
	f        *os.File
	r        *bufio.Reader
	line     int
	maxBytes int64
}

// jsonlRecord is one line.
type jsonlRecord struct {
	ID        string          `json:"id"`
	URL       string          `json:"url"`
	Title     string          `json:"title"`
	Published json.RawMessage `json:"published"`
	Text      *string         `json:"text"`
	Format    string          `json:"format"`
}

// OpenJSONL opens a JSON Lines file; a line longer than maxBytes or not an
// object with a text is reported (with its line number) and skipped.
func OpenJSONL(path string, maxBytes int64) (Source, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, &BadInputError{Pos: path, Err: unwrapPath(err)}
	}
	return NewJSONL(path, f, maxBytes), nil
}

// NewJSONL reads JSON Lines from r (closed by Close when it is a file).
func NewJSONL(name string, r io.Reader, maxBytes int64) Source {
	j := &jsonl{path: name, r: bufio.NewReaderSize(r, 64<<10), maxBytes: maxBytes}
	if f, ok := r.(*os.File); ok {
		j.f = f
	}
	return j
}

func (j *jsonl) Next(ctx context.Context) (*Message, Ack, error) {
	for {
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		line, tooLong, err := j.readLine()
		if len(line) == 0 && !tooLong && err != nil {
			if errors.Is(err, io.EOF) {
				return nil, nil, io.EOF
			}
			return nil, nil, &BadInputError{Pos: fmt.Sprintf("%s: line %d", j.path, j.line+1), Err: err}
		}
		j.line++
		pos := fmt.Sprintf("%s: line %d", j.path, j.line)
		if tooLong {
			return nil, nil, bad(pos, "line longer than %d bytes", j.maxBytes)
		}
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		m, berr := parseJSONLine(pos, line)
		if berr != nil {
			return nil, nil, berr
		}
		return m, noAck, nil
	}
}

// readLine reads one line, dropping the rest of one over the limit.
func (j *jsonl) readLine() ([]byte, bool, error) {
	var buf []byte
	for {
		chunk, err := j.r.ReadSlice('\n')
		if int64(len(buf)+len(chunk)) > j.maxBytes && j.maxBytes > 0 {
			// Skip to the end of the line.
			for errors.Is(err, bufio.ErrBufferFull) {
				_, err = j.r.ReadSlice('\n')
			}
			if errors.Is(err, io.EOF) {
				err = nil
			}
			return nil, true, err
		}
		buf = append(buf, chunk...)
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return buf, false, err
	}
}

func parseJSONLine(pos string, line []byte) (*Message, *BadInputError) {
	var rec jsonlRecord
	dec := json.NewDecoder(bytes.NewReader(line))
	if err := dec.Decode(&rec); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return nil, bad(pos, "invalid JSON at byte %d: %s", se.Offset, se.Error())
		}
		return nil, bad(pos, "invalid JSON: %s", err.Error())
	}
	if dec.More() {
		return nil, bad(pos, "more than one JSON value on the line")
	}
	if rec.ID != "" {
		pos += " (id " + rec.ID + ")"
	}
	if rec.Text == nil || strings.TrimSpace(*rec.Text) == "" {
		return nil, bad(pos, `no "text"`)
	}
	m := &Message{Raw: []byte(*rec.Text), Format: "text", URL: strings.TrimSpace(rec.URL), Title: strings.TrimSpace(rec.Title), Pos: pos}
	if rec.Format == "html" {
		m.Format = "html"
	}
	if len(rec.Published) > 0 && string(rec.Published) != "null" {
		var s string
		if err := json.Unmarshal(rec.Published, &s); err != nil {
			return nil, bad(pos, `"published" is not a string`)
		}
		d, err := ParseDate(s)
		if err != nil {
			return nil, bad(pos, `"published": %v`, err)
		}
		m.Published = d
	}
	return m, nil
}

// ParseDate accepts a date as YYYY-MM-DD or an RFC 3339 time and returns
// the day.
func ParseDate(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", nil
	}
	for _, layout := range []string{"2006-01-02", time.RFC3339, time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01-02"), nil
		}
	}
	return "", fmt.Errorf("date %q: want YYYY-MM-DD or RFC 3339", s)
}

func (j *jsonl) Close() error {
	if j.f != nil {
		return j.f.Close()
	}
	return nil
}
