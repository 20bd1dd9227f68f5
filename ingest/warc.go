package ingest

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/http/httputil"
	"os"
	"strings"

	"github.com/nlnwa/gowarc"

	"github.com/sitrep/sitrep/input"
)

// maxWARCErrors is how many unreadable records in a row end a WARC file.
const maxWARCErrors = 20

// warc is a source over the HTML pages in a WARC file (plain or record-wise
// gzipped): response records with a 200 HTML HTTP response, and resource
// records holding HTML or plain text. Other records (requests, metadata,
// redirects, images...) are passed over silently.
type warc struct {
	path     string
	r        *gowarc.WarcFileReader
	in       *eofOnError
	closer   io.Closer
	unzipped bool
	maxBytes int64
	errs     int
	lastOff  int64
	done     bool
	reported bool
}

// OpenWARC opens a WARC file.
func OpenWARC(path string) (Source, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, &BadInputError{Pos: path, Err: unwrapPath(err)}
	}
	return NewWARC(path, f, input.MaxBytes)
}

// NewWARC reads WARC records from r (closed by Close when it is a Closer).
//
// A gzipped file (record-wise gzip members, as .warc.gz files are) is
// decompressed here as one stream, and read errors reach the WARC parser as
// a plain end of input: the parser is lenient and would retry a failing
// gzip stream forever. The error is reported after the last record read.
func NewWARC(name string, r io.Reader, maxBytes int64) (Source, error) {
	w := &warc{path: name, maxBytes: maxBytes, lastOff: -1, closer: asCloser(r)}
	br := bufio.NewReader(r)
	var in io.Reader = br
	if head, _ := br.Peek(2); len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			w.Close()
			return nil, &BadInputError{Pos: name, Err: fmt.Errorf("gzip: %w", err)}
		}
		in, w.unzipped = zr, true
	}
	w.in = &eofOnError{r: in}
	wr, err := gowarc.NewWarcFileReaderFromStream(w.in, 0, gowarc.WithBufferMaxMemBytes(8<<20))
	if err != nil {
		w.Close()
		return nil, &BadInputError{Pos: name, Err: err}
	}
	w.r = wr
	return w, nil
}

// eofOnError turns any read error into io.EOF, keeping the first real one.
type eofOnError struct {
	r   io.Reader
	n   int64
	err error
}

func (e *eofOnError) Read(p []byte) (int, error) {
	if e.err != nil {
		return 0, io.EOF
	}
	n, err := e.r.Read(p)
	e.n += int64(n)
	if err != nil && !errors.Is(err, io.EOF) {
		e.err = err
		return n, io.EOF
	}
	return n, err
}

func asCloser(r io.Reader) io.Closer {
	if c, ok := r.(io.Closer); ok {
		return c
	}
	return nil
}

func (w *warc) Next(ctx context.Context) (m *Message, ack Ack, err error) {
	defer func() {
		if r := recover(); r != nil {
			w.done = true
			m, ack, err = nil, nil, bad(w.path, "malformed WARC: reader failed: %v", r)
		}
	}()
	for {
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		if w.done {
			if w.in != nil && w.in.err != nil && !w.reported {
				w.reported = true
				where := "byte"
				if w.unzipped {
					where = "uncompressed byte"
				}
				return nil, nil, bad(fmt.Sprintf("%s: %s %d", w.path, where, w.in.n), "unreadable, reading stops here: %s", oneLine(w.in.err.Error()))
			}
			return nil, nil, io.EOF
		}
		rec, off, v, err := w.r.Next()
		where := "byte"
		if w.unzipped {
			where = "uncompressed byte"
		}
		pos := fmt.Sprintf("%s: record at %s %d", w.path, where, off)
		if err != nil {
			if errors.Is(err, io.EOF) && rec == nil {
				w.done = true
				continue
			}
			w.errs++
			if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) || w.errs >= maxWARCErrors || off <= w.lastOff {
				w.done = true
				return nil, nil, bad(pos, "malformed WARC record (reading stops here): %s", oneLine(err.Error()))
			}
			w.lastOff = off
			return nil, nil, bad(pos, "malformed WARC record: %s", oneLine(err.Error()))
		}
		w.errs = 0
		w.lastOff = off
		if rec.Type().String() == "unknown" {
			why := "no WARC-Type"
			if v != nil && len(*v) > 0 {
				why = oneLine((*v)[0].Error())
			}
			return nil, nil, bad(pos, "malformed WARC record: %s", why)
		}
		m, err := w.message(rec, pos)
		if err != nil {
			return nil, nil, bad(pos, "%v", err)
		}
		if m == nil {
			continue
		}
		return m, noAck, nil
	}
}

// message turns a record into a message, nil for records that hold no
// article.
func (w *warc) message(rec gowarc.WarcRecord, pos string) (*Message, error) {
	h := rec.WarcHeader()
	var body io.Reader
	var ctype, encoding, transfer string
	switch rec.Type() {
	case gowarc.Response:
		blk, ok := rec.Block().(gowarc.HttpResponseBlock)
		if !ok {
			if strings.HasPrefix(strings.ToLower(h.Get(gowarc.ContentType)), "application/http") {
				return nil, fmt.Errorf("malformed WARC record: its HTTP response does not parse")
			}
			return nil, nil
		}
		if blk.HttpStatusCode() != 200 || blk.HttpHeader() == nil {
			return nil, nil
		}
		hh := blk.HttpHeader()
		ctype, encoding, transfer = hh.Get("Content-Type"), hh.Get("Content-Encoding"), hh.Get("Transfer-Encoding")
		if transfer == "" {
			// The parsed header may leave Transfer-Encoding out; read the
			// raw one.
			transfer = rawHeader(blk.ProtocolHeaderBytes(), "transfer-encoding")
		}
		r, err := blk.PayloadBytes()
		if err != nil {
			return nil, fmt.Errorf("payload: %w", err)
		}
		body = r
	case gowarc.Resource:
		ctype = h.Get(gowarc.ContentType)
		r, err := rec.Block().RawBytes()
		if err != nil {
			return nil, fmt.Errorf("block: %w", err)
		}
		body = r
	default:
		return nil, nil
	}
	if strings.TrimSpace(ctype) != "" && pageFormat(ctype) == "" {
		return nil, nil // an image, a script...: not an article
	}
	raw, err := input.ReadLimited(body, pos, w.maxBytes)
	if err != nil {
		return nil, fmt.Errorf("content: %w", err)
	}
	// Some crawlers keep the Transfer-Encoding header of a body they
	// stored de-chunked: decode only when the body really is chunked.
	if strings.Contains(strings.ToLower(transfer), "chunked") {
		if b, err := io.ReadAll(httputil.NewChunkedReader(bytes.NewReader(raw))); err == nil {
			raw = b
		}
	}
	switch strings.ToLower(strings.TrimSpace(encoding)) {
	case "", "identity":
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			return nil, fmt.Errorf("gzip content: %w", err)
		}
		raw, err = input.ReadLimited(zr, pos, w.maxBytes)
		if err != nil {
			return nil, fmt.Errorf("gzip content: %w", err)
		}
	case "deflate":
		raw, err = input.ReadLimited(flate.NewReader(bytes.NewReader(raw)), pos, w.maxBytes)
		if err != nil {
			return nil, fmt.Errorf("deflate content: %w", err)
		}
	default:
		return nil, fmt.Errorf("unsupported content encoding %q", encoding)
	}
	if strings.TrimSpace(ctype) == "" {
		ctype = http.DetectContentType(raw)
	}
	format := pageFormat(ctype)
	if format == "" {
		return nil, nil
	}
	if len(bytes.TrimSpace(raw)) == 0 {
		return nil, nil
	}
	m := &Message{Raw: raw, Format: format, URL: h.Get(gowarc.WarcTargetURI), Pos: pos}
	if t, err := h.GetTime(gowarc.WarcDate); err == nil && !t.IsZero() {
		m.Published = t.UTC().Format("2006-01-02")
	}
	return m, nil
}

// rawHeader returns a header's value from raw HTTP header bytes.
func rawHeader(h []byte, name string) string {
	for _, line := range strings.Split(string(h), "\n") {
		k, v, ok := strings.Cut(line, ":")
		if ok && strings.EqualFold(strings.TrimSpace(k), name) {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// pageFormat is "html" or "text" for a media type that can hold an
// article, else "".
func pageFormat(ctype string) string {
	mt, _, err := mime.ParseMediaType(ctype)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(strings.Split(ctype, ";")[0]))
	}
	switch mt {
	case "text/html", "application/xhtml+xml":
		return "html"
	case "text/plain":
		return "text"
	}
	return ""
}

func (w *warc) Close() error {
	var err error
	if w.r != nil {
		err = w.r.Close()
		w.r = nil
	}
	if w.closer != nil {
		if e := w.closer.Close(); err == nil {
			err = e
		}
		w.closer = nil
	}
	return err
}
