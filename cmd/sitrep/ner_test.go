package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestNERCommand(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.conll")
	os.WriteFile(good, []byte("-DOCSTART- -X- O O\n\nVoters NNS I-NP O\nin IN I-PP O\nOhio NNP I-NP I-LOC\n\n"), 0o644)
	bad := filepath.Join(dir, "bad.conll")
	os.WriteFile(bad, []byte("Voters NNS I-NP O\nin IN\n"), 0o644)
	cases := []struct {
		name    string
		args    []string
		stdin   string
		code    int
		out     string
		errPart string
	}{
		{"file", []string{"ner", "--conll", good}, "", 0, "-DOCSTART- -X- O O O\n\nVoters NNS I-NP O O\nin IN I-PP O O\nOhio NNP I-NP I-LOC B-LOC\n\n", ""},
		{"stdin one column", []string{"ner", "--conll", "-"}, "Ohio\n", 0, "Ohio B-LOC\n", ""},
		{"malformed", []string{"ner", "--conll", bad}, "", 1, "", bad + ":2: "},
		{"missing file", []string{"ner", "--conll", filepath.Join(dir, "none")}, "", 1, "", "no such file"},
		{"no flag", []string{"ner"}, "", 2, "", "Usage"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			code := run(context.Background(), &env{stdin: strings.NewReader(c.stdin), stdout: &out, stderr: &errb}, c.args)
			if code != c.code {
				t.Fatalf("exit %d, want %d (stderr %q)", code, c.code, errb.String())
			}
			if out.String() != c.out {
				t.Errorf("stdout %q, want %q", out.String(), c.out)
			}
			if c.errPart != "" && !strings.Contains(errb.String(), c.errPart) {
				t.Errorf("stderr %q lacks %q", errb.String(), c.errPart)
			}
			if c.code == 1 && strings.Count(errb.String(), "\n") != 1 {
				t.Errorf("error is not one line: %q", errb.String())
			}
		})
	}
}
