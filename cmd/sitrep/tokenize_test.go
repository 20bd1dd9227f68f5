package main

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite the golden files in testdata/golden")
	}
}

func tokenizeRun(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errs bytes.Buffer
	code := run(context.Background(), &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errs}, append([]string{"tokenize"}, args...))
	return code, out.String(), errs.String()
}

// TestTokenizeGolden compares the whole CoNLL-U output for the reference-
// like article with testdata/golden/tokenize_border_town.conllu
// (rewrite with -update).
func TestTokenizeGolden(t *testing.T) {
	in := "../../testdata/articles/border_town.txt"
	golden := "../../testdata/golden/tokenize_border_town.conllu"
	code, out, errs := tokenizeRun(t, "", in)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if f := flag.Lookup("update"); f != nil && f.Value.String() == "true" {
		if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (create it with -update)", err)
	}
	if out != string(want) {
		t.Errorf("output differs from %s; run with -update after checking the change", filepath.Base(golden))
	}
}

// TestTokenizeOffsets checks the CoNLL-U: every FORM is the input at its
// TokenRange, SpaceAfter=No exactly where no space follows, # text per
// sentence.
func TestTokenizeOffsets(t *testing.T) {
	text := "Rebels took Qaim, the U.S. said. He said \"Go.\" Then…\nCalls for new government\n"
	code, out, errs := tokenizeRun(t, text)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	sents, words := 0, 0
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, "# text = ") {
			sents++
			continue
		}
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 10 {
			t.Fatalf("line %q: %d columns", line, len(f))
		}
		for i, c := range f {
			if i != 0 && i != 1 && i != 9 && c != "_" {
				t.Errorf("line %q: column %d is %q, want _", line, i+1, c)
			}
		}
		misc := f[9]
		rng, ok := strings.CutPrefix(strings.Split(misc, "|")[0], "TokenRange=")
		if !ok {
			t.Fatalf("line %q: no TokenRange", line)
		}
		a, b, _ := strings.Cut(rng, ":")
		s, err1 := strconv.Atoi(a)
		e, err2 := strconv.Atoi(b)
		if err1 != nil || err2 != nil || s < 0 || e > len(text) || s >= e {
			t.Fatalf("line %q: bad range", line)
		}
		if text[s:e] != f[1] {
			t.Errorf("FORM %q but the input at %d:%d is %q", f[1], s, e, text[s:e])
		}
		noSpace := e < len(text) && text[e] != ' ' && text[e] != '\n'
		if noSpace != strings.Contains(misc, "SpaceAfter=No") {
			t.Errorf("line %q: SpaceAfter wrong", line)
		}
		words++
	}
	if sents != 4 {
		t.Errorf("%d sentences, want 4:\n%s", sents, out)
	}
	if words < 20 {
		t.Errorf("%d words", words)
	}
}

func TestTokenizeBadInput(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "bin")
	os.WriteFile(bin, []byte("text\x00\x01\x02"), 0o644)
	cases := []struct {
		name, stdin string
		args        []string
		want        string
	}{
		{"invalid UTF-8", "good text \xff\xfe", nil, "byte offset 10: invalid UTF-8"},
		{"binary", "", []string{bin}, "byte offset 4"},
		{"empty", " \n\n ", nil, "empty input"},
		{"missing file", "", []string{filepath.Join(dir, "nope")}, "no such file"},
		{"directory", "", []string{dir}, "is a directory"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, out, errs := tokenizeRun(t, c.stdin, c.args...)
			if code == 0 {
				t.Fatalf("exit 0, want failure")
			}
			if out != "" {
				t.Errorf("stdout not empty: %q", out)
			}
			if !strings.Contains(errs, c.want) || strings.Count(strings.TrimRight(errs, "\n"), "\n") != 0 {
				t.Errorf("stderr %q, want one line with %q", errs, c.want)
			}
		})
	}
}
