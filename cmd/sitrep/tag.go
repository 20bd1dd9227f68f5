package main

import (
	"context"
	"io"
	"os"
	"strconv"

	"github.com/sitrep/sitrep/conllu"
	"github.com/sitrep/sitrep/parse"
	"github.com/sitrep/sitrep/tag"
)

func init() {
	register(command{name: "tag", summary: "tag and parse CoNLL-U: predicted UPOS, XPOS, LEMMA, HEAD, DEPREL", run: runTag})
}

func runTag(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "tag", "--conllu FILE", "Reads CoNLL-U (sentences and tokens kept as given; comments, multiword-token lines and\nempty nodes copied through) and writes it back with predicted LEMMA, UPOS, XPOS, HEAD\nand DEPREL; the other columns are copied. - reads standard input.")
	path := fs.String("conllu", "", "CoNLL-U input `FILE` (- for standard input)")
	noParse := fs.Bool("no-parse", false, "tag only: leave HEAD and DEPREL as given")
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
	var in io.Reader
	name := *path
	if name == "-" {
		in, name = e.stdin, "<stdin>"
	} else {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		in = f
	}
	sents, err := conllu.ReadAll(in, name)
	if err != nil {
		return err
	}
	tagger, err := tag.Load()
	if err != nil {
		return err
	}
	var parser *parse.Parser
	if !*noParse {
		if parser, err = parse.Load(); err != nil {
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
