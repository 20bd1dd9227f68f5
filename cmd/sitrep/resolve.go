package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/sitrep/sitrep/geo"
	"github.com/sitrep/sitrep/geo/gazetteer"
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
		f, err := os.Open(fs.Arg(0))
		if err != nil {
			return err
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
				fmt.Fprintf(e.stderr, "sitrep resolve: %s: line %d: longer than %d bytes\n", name, lineNo, maxResolveLine)
				bad++
				continue
			}
			return fmt.Errorf("%s: line %d: %w", name, lineNo, err)
		}
		if len(trimSpace(line)) == 0 {
			continue
		}
		req, perr := geo.ParseRequest(line)
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

var errLineTooLong = errors.New("line too long")

// readLine reads one line (without its newline), at most limit bytes; a
// longer line is consumed and reported as errLineTooLong.
func readLine(br *bufio.Reader, limit int) ([]byte, error) {
	var buf []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if len(buf)+len(chunk) > limit {
			for errors.Is(err, bufio.ErrBufferFull) {
				_, err = br.ReadSlice('\n')
			}
			return nil, errLineTooLong
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
