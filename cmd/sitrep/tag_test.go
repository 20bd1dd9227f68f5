package main

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite the golden files in testdata/golden")
	}
}

func tagRun(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errs bytes.Buffer
	code := run(context.Background(), &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errs}, append([]string{"tag"}, args...))
	return code, out.String(), errs.String()
}

const tagInput = `# newdoc id = n1
# sent_id = 1
# text = Rebels didn't hold the town.
1	Rebels	_	_	_	_	_	_	_	TokenRange=0:6
2-3	didn't	_	_	_	_	_	_	_	_
2	did	_	_	_	_	_	_	_	_
3	n't	_	_	_	_	_	_	_	_
4	hold	_	_	_	_	_	_	_	_
5	the	_	_	_	_	_	_	_	_
5.1	x	_	_	_	_	_	_	_	_
6	town	_	_	_	Number=Sing	_	_	_	SpaceAfter=No
7	.	_	_	_	_	_	_	_	_

# sent_id = 2
# text = It fell.
1	It	_	_	_	_	_	_	_	_
2	fell	_	_	_	_	_	_	_	SpaceAfter=No
3	.	_	_	_	_	_	_	_	_

`

// TestTagCoNLLU checks that `sitrep tag` keeps the sentence split, tokens,
// comments, multiword and empty-node lines and the untouched columns, and
// fills LEMMA, UPOS, XPOS, HEAD, DEPREL with one root per sentence.
func TestTagCoNLLU(t *testing.T) {
	code, out, errs := tagRun(t, tagInput, "--conllu", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	in := strings.Split(tagInput, "\n")
	got := strings.Split(out, "\n")
	if len(in) != len(got) {
		t.Fatalf("%d lines out, %d in:\n%s", len(got), len(in), out)
	}
	roots := 0
	for i := range in {
		if in[i] == "" || strings.HasPrefix(in[i], "#") || !isWordLine(in[i]) {
			if got[i] != in[i] {
				t.Errorf("line %d changed: %q -> %q", i+1, in[i], got[i])
			}
			if in[i] == "" && i > 0 && got[i-1] != "" && roots != 1 && !strings.HasPrefix(got[i-1], "#") {
				t.Errorf("sentence ending at line %d has %d roots", i+1, roots)
			}
			if in[i] == "" {
				roots = 0
			}
			continue
		}
		ic, gc := strings.Split(in[i], "\t"), strings.Split(got[i], "\t")
		for _, k := range []int{0, 1, 5, 8, 9} {
			if ic[k] != gc[k] {
				t.Errorf("line %d column %d changed: %q -> %q", i+1, k+1, ic[k], gc[k])
			}
		}
		for _, k := range []int{2, 3, 4, 6, 7} {
			if gc[k] == "_" || gc[k] == "" {
				t.Errorf("line %d column %d not filled: %q", i+1, k+1, got[i])
			}
		}
		if gc[6] == "0" {
			roots++
			if gc[7] != "root" {
				t.Errorf("line %d: HEAD 0 with DEPREL %s", i+1, gc[7])
			}
		}
	}
	if !strings.Contains(out, "3\tn't\tnot\tPART\tRB\t") {
		t.Errorf("n't not tagged as PART/RB with lemma not:\n%s", out)
	}
}

func isWordLine(l string) bool {
	id, _, _ := strings.Cut(l, "\t")
	return !strings.ContainsAny(id, "-.")
}

// TestTagGolden compares the whole output for testdata/conllu/news.conllu
// with testdata/golden/tag_news.conllu (rewrite with -update).
func TestTagGolden(t *testing.T) {
	in := "../../testdata/conllu/news.conllu"
	golden := "../../testdata/golden/tag_news.conllu"
	code, out, errs := tagRun(t, "", "--conllu", in)
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

// TestTagMalformed checks one-line FILE:LINE errors, exit 1 and nothing on
// standard output.
func TestTagMalformed(t *testing.T) {
	dir := t.TempDir()
	good := "1\tA\t_\t_\t_\t_\t_\t_\t_\t_\n\n"
	cases := []struct{ name, in, want string }{
		{"columns", good + "1\tB\t_\n", "bad.conllu:3: want 10 tab-separated columns, got 3"},
		{"id", good + "x\tB\t_\t_\t_\t_\t_\t_\t_\t_\n", `bad.conllu:3: bad ID "x"`},
		{"head", good + "1\tB\t_\t_\t_\t_\tqq\t_\t_\t_\n", `bad.conllu:3: bad HEAD "qq"`},
		{"utf8", good + "1\tB\xff\t_\t_\t_\t_\t_\t_\t_\t_\n", "bad.conllu:3: invalid UTF-8"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := filepath.Join(dir, "bad.conllu")
			if err := os.WriteFile(p, []byte(c.in), 0o644); err != nil {
				t.Fatal(err)
			}
			code, out, errs := tagRun(t, "", "--conllu", p)
			if code == 0 {
				t.Fatal("exit 0 on malformed input")
			}
			if out != "" {
				t.Errorf("half-written output: %q", out)
			}
			if strings.Count(errs, "\n") != 1 || !strings.Contains(errs, c.want) {
				t.Errorf("stderr %q, want one line with %q", errs, c.want)
			}
		})
	}
	if code, _, _ := tagRun(t, ""); code != 2 {
		t.Errorf("no file: exit %d, want 2", code)
	}
	if code, _, errs := tagRun(t, "", "--conllu", filepath.Join(dir, "absent.conllu")); code != 1 || !strings.Contains(errs, "absent.conllu") {
		t.Errorf("absent file: exit %d, %q", code, errs)
	}
}
