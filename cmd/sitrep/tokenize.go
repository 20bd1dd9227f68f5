package main

import (
	"bytes"
	"context"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/input"
	"github.com/sitrep/sitrep/segment"
)

func init() {
	register(command{name: "tokenize", summary: "split raw text into sentences and tokens (CoNLL-U with byte offsets)", run: runTokenize})
}

func runTokenize(_ context.Context, e *env, args []string) error {
	fs := newFlags(e, "tokenize", "[FILE|-]", "Reads raw UTF-8 text (a file, or standard input with - or nothing) and writes CoNLL-U:\n"+
		"one sentence per block with # text, FORM the token's exact text, MISC TokenRange=START:END\n"+
		"(byte offsets into the input, end exclusive) and SpaceAfter=No. Every line is a paragraph:\n"+
		"sentences never cross a line break (see --join-wrapped).")
	maxBytes := fs.Int64("max-bytes", input.MaxBytes, "refuse inputs larger than this many bytes")
	joinWrapped := fs.Bool("join-wrapped", false, "let a sentence run on over a single line break when the line ends without punctuation\nand the next starts in lower case (hard-wrapped text)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 1 {
		fs.Usage()
		return errUsage
	}
	path := "-"
	if fs.NArg() == 1 {
		path = fs.Arg(0)
	}
	name := path
	if path == "-" {
		name = "<stdin>"
	}
	var b []byte
	var err error
	if path == "-" {
		b, err = input.ReadLimited(e.stdin, name, *maxBytes)
	} else {
		b, err = input.ReadFile(path, *maxBytes)
	}
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if err := tokenizeCheckText(b); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	text := string(b)
	m, merr := segment.DefaultModel()
	if merr != nil {
		return merr
	}
	toks, sents := segment.NewWith(m, segment.Options{JoinWrapped: *joinWrapped}).Text(text)
	var out bytes.Buffer
	tokenizeWriteCoNLLU(&out, text, toks, sents)
	_, err = e.stdout.Write(out.Bytes())
	return err
}

// tokenizeCheckText refuses input that is not text: invalid UTF-8, NUL bytes or
// other control characters of binary data, or nothing but white space.
func tokenizeCheckText(b []byte) error {
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if c == 0 || c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' {
				return fmt.Errorf("byte offset %d: control byte 0x%02x: binary data, not text", i, c)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return fmt.Errorf("byte offset %d: invalid UTF-8", i)
		}
		i += n
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return fmt.Errorf("empty input: no text to tokenize")
	}
	return nil
}

// tokenizeWriteCoNLLU writes sentences and tokens as CoNLL-U: ID, FORM and MISC
// (TokenRange, SpaceAfter=No), "_" elsewhere.
func tokenizeWriteCoNLLU(w *bytes.Buffer, text string, toks []doc.Token, sents []doc.Sentence) {
	para := -1
	for si, s := range sents {
		if s.Para != para {
			w.WriteString("# newpar\n")
			para = s.Para
		}
		w.WriteString("# sent_id = ")
		w.WriteString(strconv.Itoa(si + 1))
		w.WriteString("\n# text = ")
		w.WriteString(tokenizeFoldLines(text[s.Start:s.End]))
		w.WriteByte('\n')
		for k := s.TokStart; k < s.TokEnd; k++ {
			t := toks[k]
			w.WriteString(strconv.Itoa(k - s.TokStart + 1))
			w.WriteByte('\t')
			w.WriteString(text[t.Start:t.End])
			w.WriteString("\t_\t_\t_\t_\t_\t_\t_\tTokenRange=")
			w.WriteString(strconv.Itoa(t.Start))
			w.WriteByte(':')
			w.WriteString(strconv.Itoa(t.End))
			if !t.SpaceAfter {
				w.WriteString("|SpaceAfter=No")
			}
			w.WriteByte('\n')
		}
		w.WriteByte('\n')
	}
}

// tokenizeFoldLines turns line breaks and tabs inside a sentence into spaces.
func tokenizeFoldLines(s string) string {
	if !strings.ContainsAny(s, "\r\n\t") {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r == '\r' || r == '\n' || r == '\t' {
			return ' '
		}
		return r
	}, s)
}
