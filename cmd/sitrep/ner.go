package main

import (
	"context"
	"fmt"
	"io"

	"github.com/sitrep/sitrep/input"
	"github.com/sitrep/sitrep/ner"
)

func init() {
	register(command{name: "ner", summary: "tag named entities in a CoNLL-2003 file (adds an IOB2 column)", run: runNER})
}

func runNER(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "ner", "--conll FILE", "Reads CoNLL-2003 data (WORD [POS CHUNK NER ...] per line, -DOCSTART- lines, blank lines between\nsentences; - reads standard input) and writes the same lines with one more column: the predicted\nIOB2 tag (B-PER, I-ORG, O; types PER ORG LOC MISC). Documents are tagged as wholes.")
	conll := fs.String("conll", "", "the CoNLL-2003 `FILE` to tag (- for standard input)")
	maxBytes := fs.Int64("max-bytes", maxCoNLLBytes, "refuse inputs larger than this many bytes")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	path := *conll
	if path == "" && fs.NArg() == 1 {
		path = fs.Arg(0)
	}
	if path == "" || fs.NArg() > 1 || (*conll != "" && fs.NArg() > 0) {
		fs.Usage()
		return errUsage
	}
	if *maxBytes <= 0 {
		return fmt.Errorf("--max-bytes %d: want a positive number of bytes", *maxBytes)
	}
	var r io.Reader
	name := "<stdin>"
	var lr *input.LimitReader
	if path == "-" {
		lr = input.NewLimitReader(e.stdin, *maxBytes)
		r = lr
	} else {
		fh, err := input.Open(path, *maxBytes)
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		defer fh.Close()
		r, name = fh, path
	}
	f, err := ner.ReadCoNLL(r, name, false)
	if lr != nil && lr.Exceeded() {
		return fmt.Errorf("%s: %w", name, lr.Err())
	}
	if err != nil {
		return err
	}
	if len(f.Documents) == 0 {
		return fmt.Errorf("%s: empty input: no tokens", name)
	}
	m, err := ner.DefaultModel()
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	out := ner.TagCoNLL(m, f)
	if _, err := e.stdout.Write(out); err != nil {
		return fmt.Errorf("writing output: %w", err)
	}
	return nil
}
