package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"time"
	"unicode/utf8"

	"github.com/sitrep/sitrep/geo"
	"github.com/sitrep/sitrep/geo/gazetteer"
	"github.com/sitrep/sitrep/input"
)

func init() {
	register(command{name: "resolve", summary: "resolve given toponym spans to GeoNames places (JSON Lines in and out)", run: runResolve})
}

// maxResolveLine bounds one input line.
const maxResolveLine = 64 << 20

func runResolve(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "resolve", "[FILE|-]", "Reads JSON Lines {\"id\",\"text\",\"published\",\"spans\":[{\"start\",\"end\"}]} (byte offsets) and writes\n{\"id\",\"spans\":[{\"start\",\"end\",\"name\",\"geonameid\",\"lat\",\"lon\",\"country\",\"feature\"}]}, one span per input span;\nunresolved spans have lat/lon null. A bad line is reported (line N) and skipped; the exit status is then 1.")
	explain := fs.Bool("explain", false, "add each span's scored candidates (debugging)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 1 {
		return fmt.Errorf("at most one input file, got %d", fs.NArg())
	}
	in := e.stdin
	name := "<stdin>"
	if fs.NArg() == 1 && fs.Arg(0) != "-" {
		f, err := input.Open(fs.Arg(0), math.MaxInt64)
		if err != nil {
			return fmt.Errorf("%s: %w", fs.Arg(0), err)
		}
		defer f.Close()
		in, name = f, fs.Arg(0)
	}
	g, err := gazetteer.Default(ctx)
	if err != nil {
		return err
	}
	r := geo.New(g)
	r.Explain = *explain
	out := bufio.NewWriter(e.stdout)
	defer out.Flush()
	br := bufio.NewReaderSize(in, 1<<16)
	bad := 0
	for lineNo := 1; ; lineNo++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		line, err := readLine(br, maxResolveLine)
		if errors.Is(err, io.EOF) && len(line) == 0 {
			break
		}
		if err != nil && !errors.Is(err, io.EOF) {
			if errors.Is(err, errLineTooLong) {
				// No resynchronising: a stream without line breaks (a device)
				// would be read forever.
				return fmt.Errorf("%s: line %d: longer than %d bytes; stopping", name, lineNo, maxResolveLine)
			}
			return fmt.Errorf("%s: line %d: %w", name, lineNo, err)
		}
		if len(trimSpace(line)) == 0 {
			continue
		}
		req, perr := geo.ParseRequest(line)
		if perr == nil {
			perr = checkRequest(line, req)
		}
		if perr != nil {
			fmt.Fprintf(e.stderr, "sitrep resolve: %s: line %d: %s\n", name, lineNo, oneLine(perr.Error()))
			bad++
			continue
		}
		b, merr := json.Marshal(r.Answer(req))
		if merr != nil {
			fmt.Fprintf(e.stderr, "sitrep resolve: %s: line %d: %s\n", name, lineNo, merr)
			bad++
			continue
		}
		out.Write(append(b, '\n'))
	}
	if bad > 0 {
		return exitError{code: 1}
	}
	return nil
}

// checkRequest adds the checks geo.ParseRequest leaves to its callers: the
// line is one JSON object, published is a date, and every span starts and
// ends on a character boundary of the text.
func checkRequest(line []byte, req geo.Request) error {
	if b := trimSpace(line); len(b) == 0 || b[0] != '{' {
		return fmt.Errorf("bad JSON: want an object {\"id\", \"text\", \"spans\"}")
	}
	if p := req.Published; p != nil && *p != "" {
		if _, err := time.Parse("2006-01-02", *p); err != nil {
			if _, err := time.Parse(time.RFC3339, *p); err != nil {
				return fmt.Errorf("published %q: want YYYY-MM-DD or RFC 3339", *p)
			}
		}
	}
	for i, sp := range req.Spans {
		for _, off := range []int{sp.Start, sp.End} {
			if off < len(req.Text) && !utf8.RuneStart(req.Text[off]) {
				return fmt.Errorf("span %d: [%d,%d): byte offset %d is inside a UTF-8 sequence", i, sp.Start, sp.End, off)
			}
		}
	}
	return nil
}

var errLineTooLong = errors.New("line too long")

// readLine reads one line (without its newline), at most limit bytes; a
// longer line is reported as errLineTooLong, and reading must stop.
func readLine(br *bufio.Reader, limit int) ([]byte, error) {
	var buf []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if len(buf)+len(chunk) > limit {
			return nil, errLineTooLong // the rest is not read: it may never end
		}
		buf = append(buf, chunk...)
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if n := len(buf); n > 0 && buf[n-1] == '\n' {
			buf = buf[:n-1]
			if n := len(buf); n > 0 && buf[n-1] == '\r' {
				buf = buf[:n-1]
			}
		}
		return buf, err
	}
}

func trimSpace(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t' || b[0] == '\r') {
		b = b[1:]
	}
	for len(b) > 0 && (b[len(b)-1] == ' ' || b[len(b)-1] == '\t' || b[len(b)-1] == '\r') {
		b = b[:len(b)-1]
	}
	return b
}
