package main

import (
	"context"
	"fmt"
	"io"
	"strconv"

	"github.com/sitrep/sitrep/conllu"
	"github.com/sitrep/sitrep/input"
	"github.com/sitrep/sitrep/parse"
	"github.com/sitrep/sitrep/tag"
)

func init() {
	register(command{name: "tag", summary: "tag and parse CoNLL-U: predicted UPOS, XPOS, LEMMA, HEAD, DEPREL", run: runTag})
}

// maxCoNLLBytes is the default size limit of a CoNLL or CoNLL-U input,
// which tag and ner read whole before writing anything.
const maxCoNLLBytes = 1 << 30

func runTag(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "tag", "--conllu FILE", "Reads CoNLL-U (sentences and tokens kept as given; comments, multiword-token lines and\nempty nodes copied through) and writes it back with predicted LEMMA, UPOS, XPOS, HEAD\nand DEPREL; the other columns are copied. - reads standard input.")
	path := fs.String("conllu", "", "CoNLL-U input `FILE` (- for standard input)")
	maxBytes := fs.Int64("max-bytes", maxCoNLLBytes, "refuse inputs larger than this many bytes")
	noParse := fs.Bool("no-parse", false, "tag only: leave HEAD and DEPREL as given")
	parseBeam := fs.Int("parse-beam", 0, "dependency parser beam width: 1 is the fast greedy model; wider widths decode the most accurate parser, up to its own width, 12 (default: that width)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *path == "" && fs.NArg() == 1 {
		*path = fs.Arg(0)
	}
	if *path == "" {
		fs.Usage()
		return errUsage
	}
	if *maxBytes <= 0 {
		return fmt.Errorf("--max-bytes %d: want a positive number of bytes", *maxBytes)
	}
	var in io.Reader
	var lr *input.LimitReader
	name := *path
	if name == "-" {
		lr = input.NewLimitReader(e.stdin, *maxBytes)
		in, name = lr, "<stdin>"
	} else {
		f, err := input.Open(name, *maxBytes)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		defer f.Close()
		in = f
	}
	sents, err := conllu.ReadAll(in, name)
	if lr != nil && lr.Exceeded() {
		return fmt.Errorf("%s: %w", name, lr.Err())
	}
	if err != nil {
		return err
	}
	if len(sents) == 0 {
		return fmt.Errorf("%s: empty input: no sentences", name)
	}
	tagger, err := tag.Load()
	if err != nil {
		return err
	}
	var parser *parse.Parser
	if !*noParse {
		if *parseBeam < 0 {
			return fmt.Errorf("--parse-beam %d: want a width of 1 or more", *parseBeam)
		}
		parser, err = parse.AccurateForWidth(*parseBeam)
		if err != nil {
			return err
		}
	}
	var out []byte
	for i, s := range sents {
		if i%256 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		annotate(s, tagger, parser)
		out = conllu.AppendSentence(out, s)
	}
	// Everything was read and annotated before the first byte is written.
	_, err = e.stdout.Write(out)
	return err
}

// annotate fills LEMMA, UPOS, XPOS (and HEAD, DEPREL when parser is not
// nil) of the syntactic words of s.
func annotate(s *conllu.Sentence, tagger *tag.Tagger, parser *parse.Parser) {
	idx := s.Words()
	words := make([]string, len(idx))
	for k, i := range idx {
		words[k] = s.Lines[i].Cols[conllu.FORM]
	}
	t := tagger.Tag(words)
	for k, i := range idx {
		c := &s.Lines[i].Cols
		c[conllu.LEMMA], c[conllu.UPOS], c[conllu.XPOS] = nonEmpty(t.Lemma[k]), t.UPOS[k], t.XPOS[k]
	}
	if parser == nil {
		return
	}
	heads, rels := parser.Parse(words, t.UPOS, t.XPOS)
	for k, i := range idx {
		c := &s.Lines[i].Cols
		c[conllu.HEAD] = strconv.Itoa(heads[k] + 1)
		c[conllu.DEPREL] = rels[k]
	}
}

func nonEmpty(s string) string {
	if s == "" {
		return "_"
	}
	return s
}
