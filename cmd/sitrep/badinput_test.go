//go:build unix

package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/sitrep/sitrep/tag"
)

// zeroReader is standard input fed from /dev/zero: it never ends.
type zeroReader struct{}

func (zeroReader) Read(p []byte) (int, error) {
	clear(p)
	return len(p), nil
}

// badFixtures writes the bad inputs into dir and returns them by name.
func badFixtures(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string][]byte{
		"good.txt":        []byte("BAGHDAD (Reuters) - Gunmen attacked a checkpoint, officials said.\n"),
		"empty.txt":       nil,
		"nul.txt":         []byte("Police said\x00 nothing.\n"),
		"latin1.txt":      []byte("Officials said.\nCaf\xe9 owners fled.\n"),
		"utf16.txt":       []byte("\xff\xfeH\x00e\x00l\x00l\x00o\x00\n\x00"),
		"cr.txt":          []byte("KABUL (AP) - A bomb exploded.\rPolice said five died.\rNobody claimed it.\r"),
		"longline.txt":    bytes.Repeat([]byte("a"), 5<<20),
		"deep.html":       []byte(strings.Repeat("<div>", 100000) + "KABUL (AP) - A bomb exploded near a market, police said." + strings.Repeat("</div>", 100000)),
		"notext.html":     []byte("<html><head><title></title><script>var x = 1;</script></head><body>  </body></html>"),
		"cols.conllu":     []byte("1\tRebels\t_\t_\t_\t_\n\n"),
		"head.conllu":     []byte("1\tRebels\t_\t_\t_\t_\tx\t_\t_\t_\n\n"),
		"cycle.conllu":    []byte("1\tRebels\t_\t_\t_\t_\t2\tnsubj\t_\t_\n2\tfled\t_\t_\t_\t_\t1\tdep\t_\t_\n\n"),
		"nosent.conllu":   []byte("# text = \n\n\n"),
		"good.conll":      []byte("-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n\n"),
		"onecol.conll":    []byte("EU\nrejects\n\n"),
		"ragged.conll":    []byte("EU NNP B-NP B-ORG\nrejects VBZ\n\n"),
		"cr.conllu":       []byte("# text = A B\r1\tA\t_\t_\t_\t_\t0\troot\t_\t_\r2\tB\t_\t_\t_\t_\t1\tdep\t_\t_\r\r"),
		"cr.conll":        []byte("EU NNP B-NP B-ORG\rrejects VBZ B-VP O\r\r"),
		"feed.rss":        []byte("<html><body><p>Not a feed at all.</p></body></html>"),
		"bad.jsonl":       []byte("{\"id\":\"a\",\"text\":\"BAGHDAD (Reuters) - Gunmen attacked a checkpoint, officials said.\"}\n{\"id\":\"b\",\n"),
		"corrupt.db":      bytes.Repeat([]byte("garbage "), 1000),
		"notatree.jsonl":  []byte("[1,2]\nnull\n"),
		"published.jsonl": []byte(`{"id":"p","text":"Paris","published":"2014-13-45","spans":[{"start":0,"end":5}]}` + "\n"),
		"resolve.jsonl": []byte(`{"id":"ok","text":"Troops entered Mosul.","spans":[{"start":15,"end":20}]}` + "\n" +
			`{"id":"out","text":"Mosul","spans":[{"start":0,"end":50}]}` + "\n" +
			`{"id":"rev","text":"Mosul","spans":[{"start":4,"end":1}]}` + "\n" +
			`{"id":"mid","text":"Zürich","spans":[{"start":0,"end":2}]}` + "\n" +
			`{"id":"cut"` + "\n" +
			`{"id":"ok2","text":"Mosul","spans":[{"start":0,"end":5}]}` + "\n"),
		"tml/a.tml": []byte(`<TimeML><TEXT>On <TIMEX3 tid="t1" value="2014-06-20">Friday</TIMEX3>`),
	}
	paths := map[string]string{}
	for name, b := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		paths[name] = p
	}
	// A truncated .warc.gz: a record cut inside the gzip stream.
	var z bytes.Buffer
	zw := gzip.NewWriter(&z)
	zw.Write([]byte("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 500\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>KABUL - A bomb"))
	zw.Close()
	paths["trunc.warc.gz"] = filepath.Join(dir, "trunc.warc.gz")
	if err := os.WriteFile(paths["trunc.warc.gz"], z.Bytes()[:z.Len()/2], 0o644); err != nil {
		t.Fatal(err)
	}
	// 200 MB that take no room: refused from the size, never read.
	paths["sparse.txt"] = filepath.Join(dir, "sparse.txt")
	if err := os.WriteFile(paths["sparse.txt"], nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(paths["sparse.txt"], 200<<20); err != nil {
		t.Fatal(err)
	}
	paths["adir"] = filepath.Join(dir, "adir")
	if err := os.Mkdir(paths["adir"], 0o755); err != nil {
		t.Fatal(err)
	}
	paths["missing"] = filepath.Join(dir, "missing.txt")
	// A FIFO nobody writes to: opening it would block for ever.
	paths["fifo"] = filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(paths["fifo"], 0o644); err != nil {
		t.Fatalf("mkfifo: %v", err)
	}
	// A database path under a read-only folder, and one under a file.
	ro := filepath.Join(dir, "ro")
	if err := os.Mkdir(ro, 0o555); err != nil {
		t.Fatal(err)
	}
	paths["ro.db"] = filepath.Join(ro, "x.db")
	paths["underfile.db"] = filepath.Join(paths["good.txt"], "x.db")
	paths["/dev/zero"] = "/dev/zero"
	paths["tml"] = filepath.Join(dir, "tml")
	return paths
}

// output kinds a failed or partly failed run may leave on stdout.
const (
	outNone   = iota // nothing at all
	outJSONL         // whole JSON objects, one a line
	outCoNLLU        // whole CoNLL-U sentences
	outAny           // a report (eval): not checked beyond panics
)

type badCase struct {
	name  string
	need  string // "", "pipeline", "gazetteer", "models": skipped without them
	args  []string
	stdin io.Reader
	code  int      // wanted exit status; 0 means "any non-zero"
	lines int      // error lines on stderr (ingest: besides its summary line)
	has   []string // in stderr (a "@name" is replaced by the fixture's path)
	out   int      // output kind
	recs  int      // whole records on stdout (JSON lines or sentences)
}

func badCases() []badCase {
	return []badCase{
		// Command line.
		{name: "no command", args: []string{}, code: 2, lines: 1, has: []string{"no command given"}},
		{name: "unknown command", args: []string{"frobnicate"}, code: 2, lines: 1, has: []string{`unknown command "frobnicate"`}},
		{name: "unknown flag", args: []string{"extract", "--bogus"}, code: 2, lines: 1, has: []string{"sitrep extract: flag provided but not defined: -bogus"}},
		{name: "bad flag value", args: []string{"query", "--limit", "many"}, code: 2, lines: 1, has: []string{`invalid value "many"`}},
		{name: "version unknown flag", args: []string{"version", "--bogus"}, code: 2, lines: 1, has: []string{"-bogus"}},
		{name: "version extra argument", args: []string{"version", "extra"}, lines: 1, has: []string{`"extra"`}},
		{name: "train no target", args: []string{"train"}, code: 2, lines: 1, has: []string{"no target given"}},
		{name: "train unknown target", args: []string{"train", "nosuch"}, lines: 1, has: []string{`"nosuch"`}},
		{name: "train tagger missing data", args: []string{"train", "tagger", "--data", "@missing", "--out", "@adir"}, lines: 1, has: []string{"@missing"}},
		{name: "train ner missing data", args: []string{"train", "ner", "--data", "@missing", "--out", "@adir"}, lines: 1, has: []string{"@missing"}},
		{name: "train parser data is a file", args: []string{"train", "parser", "--data", "@good.txt", "--out", "@adir"}, lines: 1, has: []string{"not a directory"}},
		{name: "eval unknown target", args: []string{"eval", "nosuch"}, lines: 1, has: []string{`"nosuch"`}},
		{name: "eval events missing shared", args: []string{"eval", "events", "--shared", "@missing"}, lines: 1, has: []string{"@missing"}},
		{name: "eval segment missing data", args: []string{"eval", "segment", "--data", "@missing"}, lines: 1, has: []string{"@missing"}},
		{name: "eval timex missing", args: []string{"eval", "timex", "@missing"}, lines: 1, has: []string{"@missing"}},
		{name: "eval timex empty folder", args: []string{"eval", "timex", "@adir"}, lines: 1, has: []string{"@adir: no .tml files"}},
		{name: "eval timex malformed", args: []string{"eval", "timex", "@tml"}, lines: 1, has: []string{"a.tml", "line 1"}},
		{name: "eval geo device", need: "gazetteer", args: []string{"eval", "geo", "/dev/zero"}, lines: 1, has: []string{"/dev/zero: not a regular file"}},
		{name: "eval geo fifo", need: "gazetteer", args: []string{"eval", "geo", "@fifo"}, lines: 1, has: []string{"@fifo: not a regular file"}},
		{name: "eval geo binary", need: "gazetteer", args: []string{"eval", "geo", "@nul.txt"}, lines: 1, has: []string{"@nul.txt: ", "XML syntax error on line"}},

		// extract: flags, then documents (each bad one skipped and reported).
		{name: "extract impossible date", args: []string{"extract", "--published", "2014-13-45", "@good.txt"}, lines: 1, has: []string{`--published "2014-13-45"`}},
		{name: "extract day-first date", args: []string{"extract", "--published", "14/06/2014", "@good.txt"}, lines: 1, has: []string{"YYYY-MM-DD"}},
		{name: "extract empty date", args: []string{"extract", "--published", "", "@good.txt"}, lines: 1, has: []string{`--published ""`}},
		{name: "extract bad format", args: []string{"extract", "--format", "xml", "@good.txt"}, lines: 1, has: []string{`--format "xml"`}},
		{name: "extract empty", need: "pipeline", args: []string{"extract", "@empty.txt"}, code: 1, lines: 1, has: []string{"@empty.txt: ", "empty document"}},
		{name: "extract empty stdin", need: "pipeline", args: []string{"extract"}, stdin: strings.NewReader(""), code: 1, lines: 1, has: []string{"<stdin>: ", "empty document"}},
		{name: "extract stdin /dev/zero", need: "pipeline", args: []string{"extract", "--max-bytes", "100000", "-"}, stdin: zeroReader{}, code: 1, lines: 1, has: []string{"<stdin>: input too large"}},
		{name: "extract NUL byte", need: "pipeline", args: []string{"extract", "@nul.txt"}, code: 1, lines: 1, has: []string{"@nul.txt: ", "byte 11"}},
		{name: "extract invalid UTF-8", need: "pipeline", args: []string{"extract", "@latin1.txt"}, code: 1, lines: 1, has: []string{"@latin1.txt: ", "invalid UTF-8 at byte 19 (line 2)"}},
		{name: "extract UTF-16", need: "pipeline", args: []string{"extract", "@utf16.txt"}, code: 1, lines: 1, has: []string{"@utf16.txt: ", "byte 0", "UTF-16"}},
		{name: "extract HTML without text", need: "pipeline", args: []string{"extract", "@notext.html"}, code: 1, lines: 1, has: []string{"@notext.html: ", "no text"}},
		{name: "extract sparse 200 MB", need: "pipeline", args: []string{"extract", "@sparse.txt"}, code: 1, lines: 1, has: []string{"@sparse.txt: input too large: 209715200 bytes"}},
		{name: "extract directory without files", need: "pipeline", args: []string{"extract", "@adir"}, code: 1, lines: 1, has: []string{"@adir: directory holds no files"}},
		{name: "extract missing", need: "pipeline", args: []string{"extract", "@missing"}, code: 1, lines: 1, has: []string{"@missing: no such file"}},
		{name: "extract device", need: "pipeline", args: []string{"extract", "/dev/zero"}, code: 1, lines: 1, has: []string{"/dev/zero: not a regular file"}},
		{name: "extract fifo", need: "pipeline", args: []string{"extract", "@fifo"}, code: 1, lines: 1, has: []string{"@fifo: not a regular file"}},
		{name: "extract good and bad", need: "pipeline", args: []string{"extract", "@nul.txt", "@good.txt", "@missing", "@utf16.txt"}, code: 1, lines: 3, has: []string{"@nul.txt: ", "@missing: ", "@utf16.txt: "}, out: outJSONL, recs: 1},
		{name: "extract lone CR", need: "pipeline", args: []string{"extract", "@cr.txt"}, code: -1, out: outJSONL, recs: 1},
		{name: "extract 5 MB line", need: "pipeline", args: []string{"extract", "@longline.txt"}, code: -1, out: outJSONL, recs: 1},
		{name: "extract deep HTML", need: "pipeline", args: []string{"extract", "@deep.html"}, code: -1, out: outJSONL, recs: 1},

		// tokenize
		{name: "tokenize empty stdin", args: []string{"tokenize"}, stdin: strings.NewReader(""), lines: 1, has: []string{"<stdin>: empty input"}},
		{name: "tokenize stdin /dev/zero", args: []string{"tokenize", "--max-bytes", "100000"}, stdin: zeroReader{}, lines: 1, has: []string{"<stdin>: input too large"}},
		{name: "tokenize NUL byte", args: []string{"tokenize", "@nul.txt"}, lines: 1, has: []string{"@nul.txt: byte offset 11"}},
		{name: "tokenize invalid UTF-8", args: []string{"tokenize", "@latin1.txt"}, lines: 1, has: []string{"@latin1.txt: byte offset 19: invalid UTF-8"}},
		{name: "tokenize UTF-16", args: []string{"tokenize", "@utf16.txt"}, lines: 1, has: []string{"@utf16.txt: byte offset 0"}},
		{name: "tokenize sparse 200 MB", args: []string{"tokenize", "@sparse.txt"}, lines: 1, has: []string{"@sparse.txt: input too large"}},
		{name: "tokenize directory", args: []string{"tokenize", "@adir"}, lines: 1, has: []string{"@adir: is a directory"}},
		{name: "tokenize missing", args: []string{"tokenize", "@missing"}, lines: 1, has: []string{"@missing: no such file"}},
		{name: "tokenize device", args: []string{"tokenize", "/dev/zero"}, lines: 1, has: []string{"/dev/zero: not a regular file"}},
		{name: "tokenize fifo", args: []string{"tokenize", "@fifo"}, lines: 1, has: []string{"@fifo: not a regular file"}},
		{name: "tokenize two files", args: []string{"tokenize", "@good.txt", "@cr.txt"}, code: 2, lines: -1},
		{name: "tokenize lone CR", args: []string{"tokenize", "@cr.txt"}, code: -1, out: outCoNLLU, recs: 3},
		{name: "tokenize 5 MB line", args: []string{"tokenize", "@longline.txt"}, code: -1, out: outCoNLLU, recs: 1},

		// tag --conllu
		{name: "tag no file", args: []string{"tag"}, code: 2, lines: -1},
		{name: "tag wrong column count", args: []string{"tag", "--conllu", "@cols.conllu"}, lines: 1, has: []string{"@cols.conllu:1: want 10 tab-separated columns, got 6"}},
		{name: "tag non-numeric HEAD", args: []string{"tag", "--conllu", "@head.conllu"}, lines: 1, has: []string{"@head.conllu:1: bad HEAD"}},
		{name: "tag empty sentence", args: []string{"tag", "--conllu", "@nosent.conllu"}, lines: 1, has: []string{"@nosent.conllu:1: sentence has no words"}},
		{name: "tag lone CR", args: []string{"tag", "--conllu", "@cr.conllu"}, lines: 1, has: []string{"@cr.conllu:1: byte 12 of the line: a carriage return"}},
		{name: "tag empty file", args: []string{"tag", "--conllu", "@empty.txt"}, lines: 1, has: []string{"@empty.txt: empty input"}},
		{name: "tag empty stdin", args: []string{"tag", "--conllu", "-"}, stdin: strings.NewReader(""), lines: 1, has: []string{"<stdin>: empty input"}},
		{name: "tag stdin /dev/zero", args: []string{"tag", "--conllu", "-"}, stdin: zeroReader{}, lines: 1, has: []string{"<stdin>:1: line longer than"}},
		{name: "tag invalid UTF-8", args: []string{"tag", "--conllu", "@utf16.txt"}, lines: 1, has: []string{"@utf16.txt:1: invalid UTF-8"}},
		{name: "tag sparse 200 MB", args: []string{"tag", "--max-bytes", "1000000", "--conllu", "@sparse.txt"}, lines: 1, has: []string{"@sparse.txt: input too large"}},
		{name: "tag directory", args: []string{"tag", "--conllu", "@adir"}, lines: 1, has: []string{"@adir: is a directory"}},
		{name: "tag missing", args: []string{"tag", "--conllu", "@missing"}, lines: 1, has: []string{"@missing: no such file"}},
		{name: "tag device", args: []string{"tag", "--conllu", "/dev/zero"}, lines: 1, has: []string{"/dev/zero: not a regular file"}},
		{name: "tag fifo", args: []string{"tag", "--conllu", "@fifo"}, lines: 1, has: []string{"@fifo: not a regular file"}},
		// A cycle in the given HEADs is replaced by the predicted tree.
		{name: "tag HEAD cycle", need: "models", args: []string{"tag", "--conllu", "@cycle.conllu"}, code: -1, out: outCoNLLU, recs: 1},

		// ner --conll
		{name: "ner no file", args: []string{"ner"}, code: 2, lines: -1},
		{name: "ner ragged columns", args: []string{"ner", "--conll", "@ragged.conll"}, lines: 1, has: []string{"@ragged.conll:2: 2 columns"}},
		{name: "ner lone CR", args: []string{"ner", "--conll", "@cr.conll"}, lines: 1, has: []string{"@cr.conll:1: byte 17 of the line: a carriage return"}},
		{name: "ner NUL byte", args: []string{"ner", "--conll", "@nul.txt"}, lines: 1, has: []string{"@nul.txt:1: NUL byte"}},
		{name: "ner invalid UTF-8", args: []string{"ner", "--conll", "@latin1.txt"}, lines: 1, has: []string{"@latin1.txt:2: invalid UTF-8"}},
		{name: "ner 5 MB line", args: []string{"ner", "--conll", "@longline.txt"}, lines: 1, has: []string{"@longline.txt:1: line longer than"}},
		{name: "ner empty file", args: []string{"ner", "--conll", "@empty.txt"}, lines: 1, has: []string{"@empty.txt: empty input"}},
		{name: "ner stdin /dev/zero", args: []string{"ner", "--conll", "-"}, stdin: zeroReader{}, lines: 1, has: []string{"<stdin>:1: line longer than"}},
		{name: "ner stdin over the limit", args: []string{"ner", "--max-bytes", "1000", "--conll", "-"}, stdin: strings.NewReader(strings.Repeat("EU NNP B-NP B-ORG\n", 100)), lines: 1, has: []string{"<stdin>: input too large"}},
		{name: "ner sparse 200 MB", args: []string{"ner", "--max-bytes", "1000000", "--conll", "@sparse.txt"}, lines: 1, has: []string{"@sparse.txt: input too large"}},
		{name: "ner directory", args: []string{"ner", "--conll", "@adir"}, lines: 1, has: []string{"@adir: is a directory"}},
		{name: "ner missing", args: []string{"ner", "--conll", "@missing"}, lines: 1, has: []string{"@missing: no such file"}},
		{name: "ner device", args: []string{"ner", "--conll", "/dev/zero"}, lines: 1, has: []string{"/dev/zero: not a regular file"}},
		{name: "ner fifo", args: []string{"ner", "--conll", "@fifo"}, lines: 1, has: []string{"@fifo: not a regular file"}},
		// One column (WORD only) is documented input.
		{name: "ner one column", need: "models", args: []string{"ner", "--conll", "@onecol.conll"}, code: -1},

		// resolve: each bad line is reported and skipped, the good ones written.
		{name: "resolve bad spans", need: "gazetteer", args: []string{"resolve", "@resolve.jsonl"}, code: 1, lines: 4,
			has: []string{"@resolve.jsonl: line 2: span 0: [0,50) is outside", "line 3: span 0: [4,1) is outside", "line 4: span 0: [0,2): byte offset 2 is inside a UTF-8 sequence", "line 5: bad JSON"}, out: outJSONL, recs: 2},
		{name: "resolve not objects", need: "gazetteer", args: []string{"resolve", "@notatree.jsonl"}, code: 1, lines: 2, has: []string{"line 1: bad JSON", "line 2: bad JSON"}},
		{name: "resolve impossible date", need: "gazetteer", args: []string{"resolve", "@published.jsonl"}, code: 1, lines: 1, has: []string{`line 1: published "2014-13-45"`}},
		{name: "resolve binary", need: "gazetteer", args: []string{"resolve", "@nul.txt"}, code: 1, lines: 1, has: []string{"@nul.txt: line 1: bad JSON"}},
		{name: "resolve stdin /dev/zero", need: "gazetteer", args: []string{"resolve"}, stdin: zeroReader{}, code: 1, lines: 1, has: []string{"<stdin>: line 1: longer than"}},
		{name: "resolve directory", need: "gazetteer", args: []string{"resolve", "@adir"}, lines: 1, has: []string{"@adir: is a directory"}},
		{name: "resolve missing", need: "gazetteer", args: []string{"resolve", "@missing"}, lines: 1, has: []string{"@missing: no such file"}},
		{name: "resolve device", need: "gazetteer", args: []string{"resolve", "/dev/zero"}, lines: 1, has: []string{"/dev/zero: not a regular file"}},
		{name: "resolve fifo", need: "gazetteer", args: []string{"resolve", "@fifo"}, lines: 1, has: []string{"@fifo: not a regular file"}},
		{name: "resolve empty stdin", need: "gazetteer", args: []string{"resolve"}, stdin: strings.NewReader(""), code: -1},

		// ingest: flags and databases, then files (skipped and reported).
		{name: "ingest impossible date", args: []string{"ingest", "--db", "@adir/x.db", "--published", "2014-13-45", "@good.txt"}, lines: 1, has: []string{`--published "2014-13-45"`}},
		{name: "ingest empty date", args: []string{"ingest", "--db", "@adir/x.db", "--published", "", "@good.txt"}, lines: 1, has: []string{`--published ""`}},
		{name: "ingest stdin", args: []string{"ingest", "-"}, lines: 1, has: []string{"standard input is not supported"}},
		{name: "ingest no input", args: []string{"ingest"}, code: 2, lines: 1, has: []string{"no input"}},
		{name: "ingest db is a directory", need: "pipeline", args: []string{"ingest", "--db", "@adir", "@good.txt"}, lines: 1, has: []string{"@adir: is a directory"}},
		{name: "ingest corrupt db", need: "pipeline", args: []string{"ingest", "--db", "@corrupt.db", "@good.txt"}, lines: 1, has: []string{"@corrupt.db: not a sitrep database"}},
		{name: "ingest db under a file", need: "pipeline", args: []string{"ingest", "--db", "@underfile.db", "@good.txt"}, lines: 1, has: []string{"@underfile.db"}},
		{name: "ingest read-only folder", need: "pipeline", args: []string{"ingest", "--db", "@ro.db", "@good.txt"}, lines: 1, has: []string{"@ro.db"}},
		{name: "ingest bad files", need: "pipeline", args: []string{"ingest", "--db", "@adir/bad.db", "@feed.rss", "@trunc.warc.gz", "@bad.jsonl", "@nul.txt", "@sparse.txt", "@missing", "/dev/zero", "@fifo"},
			code: 1, lines: 8, has: []string{"skipped @feed.rss: ", "skipped @trunc.warc.gz: ", "byte ", "skipped @bad.jsonl: line 2", "skipped @nul.txt: ", "byte 11", "skipped @sparse.txt: input too large",
				"skipped @missing: no such file", "skipped /dev/zero: not a regular file", "skipped @fifo: not a regular file"}},

		// query and stats on bad databases and flags.
		{name: "query db is a directory", args: []string{"query", "--db", "@adir"}, lines: 1, has: []string{"@adir: is a directory"}},
		{name: "query corrupt db", args: []string{"query", "--db", "@corrupt.db"}, lines: 1, has: []string{"@corrupt.db: not a sitrep database"}},
		{name: "query text file as db", args: []string{"query", "--db", "@good.txt"}, lines: 1, has: []string{"@good.txt: not a sitrep database"}},
		{name: "query device as db", args: []string{"query", "--db", "/dev/zero"}, lines: 1, has: []string{"/dev/zero: "}},
		{name: "query missing db", args: []string{"query", "--db", "@missing"}, lines: 1, has: []string{"@missing: no database"}},
		{name: "query impossible date", args: []string{"query", "--db", "@missing", "--from", "2014-13-45"}, lines: 1, has: []string{`--from: "2014-13-45"`}},
		{name: "query day-first date", args: []string{"query", "--db", "@missing", "--to", "14/06/2014"}, lines: 1, has: []string{`--to: "14/06/2014"`}},
		{name: "query bad format", args: []string{"query", "--db", "@missing", "--format", "xml"}, lines: 1, has: []string{`--format "xml"`}},
		{name: "query bad bbox", args: []string{"query", "--db", "@missing", "--bbox", "1,2"}, lines: 1, has: []string{`--bbox "1,2"`}},
		{name: "query argument", args: []string{"query", "--db", "@missing", "Mosul"}, lines: 1, has: []string{`"Mosul"`}},
		{name: "stats db is a directory", args: []string{"stats", "--db", "@adir"}, lines: 1, has: []string{"@adir: is a directory"}},
		{name: "stats corrupt db", args: []string{"stats", "--db", "@corrupt.db"}, lines: 1, has: []string{"@corrupt.db: not a sitrep database"}},
		{name: "stats missing db", args: []string{"stats", "--db", "@missing"}, lines: 1, has: []string{"@missing: no database"}},
		{name: "stats fifo as db", args: []string{"stats", "--db", "@fifo"}, lines: 1, has: []string{"@fifo: "}},
		{name: "stats bad format", args: []string{"stats", "--db", "@missing", "--format", "xml"}, lines: 1, has: []string{`--format "xml"`}},
		{name: "stats bad group", args: []string{"stats", "--db", "@missing", "--by", "week"}, lines: 1, has: []string{`--by "week"`}},
	}
}

// TestBadInput drives every command over bad input in process and checks
// the rule: a non-zero exit with one error line per failed document that
// names the input (and a position where there is one), or the failed
// document skipped and reported while the good ones are written whole;
// never a panic, never a partial record on stdout.
func TestBadInput(t *testing.T) {
	if os.Getenv("SITREP_DATA") == "" {
		if abs, err := filepath.Abs("../../.cache"); err == nil {
			t.Setenv("SITREP_DATA", abs)
		}
	}
	if _, err := os.Stat("/dev/zero"); err != nil {
		t.Skip("skipped: no /dev/zero here")
	}
	dir := t.TempDir()
	paths := badFixtures(t, dir)
	expand := func(s string) string {
		if !strings.HasPrefix(s, "@") {
			return s
		}
		name, rest, _ := strings.Cut(s[1:], "/")
		p, ok := paths[name]
		if !ok {
			t.Fatalf("no fixture %q", name)
		}
		if rest != "" {
			p = filepath.Join(p, rest)
		}
		return p
	}
	needs := map[string]func() string{
		"pipeline": func() string {
			if _, err := extractStages(stageOptions{}); err != nil {
				return "the extract pipeline cannot be built (run `make setup`): " + err.Error()
			}
			return ""
		},
		"gazetteer": func() string {
			if _, err := extractStages(stageOptions{}); err != nil {
				return "the gazetteer or models are missing (run `make setup`): " + err.Error()
			}
			return ""
		},
		"models": func() string {
			if _, err := tag.Load(); err != nil {
				return "the tagger model is not built in: " + err.Error()
			}
			return ""
		},
	}
	for _, tc := range badCases() {
		t.Run(tc.name, func(t *testing.T) {
			if tc.need != "" {
				if why := needs[tc.need](); why != "" {
					t.Skip("skipped: " + why)
				}
			}
			if tc.name == "ingest read-only folder" && os.Geteuid() == 0 {
				t.Skip("skipped: root writes into read-only folders")
			}
			args := make([]string, len(tc.args))
			for i, a := range tc.args {
				args[i] = expand(a)
			}
			stdin := tc.stdin
			if stdin == nil {
				stdin = strings.NewReader("")
			}
			code, out, errs := runGuarded(t, stdin, args)
			checkBadRun(t, tc, code, out, errs, expand)
		})
	}
}

// runGuarded runs one command line, failing the test (instead of hanging
// it) when the command does not return: a FIFO or device read for ever.
func runGuarded(t *testing.T, stdin io.Reader, args []string) (int, string, string) {
	t.Helper()
	var out, errs bytes.Buffer
	done := make(chan int, 1)
	go func() {
		done <- run(context.Background(), &env{stdin: stdin, stdout: &out, stderr: &errs}, args)
	}()
	select {
	case code := <-done:
		return code, out.String(), errs.String()
	case <-time.After(60 * time.Second):
		t.Fatalf("sitrep %s did not return within 60 s (reading without end?)", strings.Join(args, " "))
		return 0, "", ""
	}
}

func checkBadRun(t *testing.T, tc badCase, code int, out, errs string, expand func(string) string) {
	t.Helper()
	for _, bad := range []string{"panic", "goroutine ", "runtime error"} {
		if strings.Contains(out, bad) || strings.Contains(errs, bad) {
			t.Fatalf("%q in the output:\nstdout %.500s\nstderr %.500s", bad, out, errs)
		}
	}
	switch {
	case tc.code == -1: // accepted input: any status, output checked below
	case tc.code == 0 && code == 0:
		t.Errorf("exit status 0, want non-zero; stderr %q", errs)
	case tc.code > 0 && code != tc.code:
		t.Errorf("exit status %d, want %d; stderr %q", code, tc.code, errs)
	}
	var lines []string
	if errs != "" {
		if !strings.HasSuffix(errs, "\n") {
			t.Errorf("stderr does not end in a line break: %q", errs)
		}
		lines = strings.Split(strings.TrimSuffix(errs, "\n"), "\n")
	}
	if len(args0(tc)) > 0 && args0(tc) == "ingest" && len(lines) > 0 && strings.HasPrefix(lines[len(lines)-1], "sitrep ingest: ingested ") {
		lines = lines[:len(lines)-1] // the run's summary
	}
	if tc.lines >= 0 && len(lines) != tc.lines {
		t.Errorf("%d error lines, want %d:\n%s", len(lines), tc.lines, errs)
	}
	if tc.lines > 0 {
		for _, l := range lines {
			if !strings.HasPrefix(l, "sitrep") || strings.TrimSpace(l) == "" {
				t.Errorf("error line %q does not say it is sitrep's", l)
			}
		}
	}
	for _, h := range tc.has {
		h = expandAll(h, expand)
		if !strings.Contains(errs, h) {
			t.Errorf("stderr lacks %q:\n%s", h, errs)
		}
	}
	switch tc.out {
	case outNone:
		if tc.code != -1 && out != "" {
			t.Errorf("stdout holds output of a failed run: %.300q", out)
		}
	case outJSONL:
		n := 0
		for l := range strings.SplitSeq(out, "\n") {
			if l == "" {
				continue
			}
			var v map[string]any
			if err := json.Unmarshal([]byte(l), &v); err != nil {
				t.Errorf("stdout line %d is not a whole JSON object: %v: %.200q", n+1, err, l)
			}
			n++
		}
		if out != "" && !strings.HasSuffix(out, "\n") {
			t.Errorf("stdout ends inside a line")
		}
		if n != tc.recs {
			t.Errorf("%d JSON lines, want %d", n, tc.recs)
		}
	case outCoNLLU:
		if out != "" && !strings.HasSuffix(out, "\n\n") {
			t.Errorf("stdout ends inside a sentence: %.200q", out[max(0, len(out)-200):])
		}
		n := 0
		for block := range strings.SplitSeq(strings.TrimSuffix(out, "\n\n"), "\n\n") {
			if block == "" {
				continue
			}
			words := 0
			for l := range strings.SplitSeq(block, "\n") {
				if strings.HasPrefix(l, "#") {
					continue
				}
				if cols := strings.Split(l, "\t"); len(cols) != 10 {
					t.Errorf("sentence %d: %d columns in %q", n+1, len(cols), l)
				}
				words++
			}
			if words == 0 {
				t.Errorf("sentence %d has no words", n+1)
			}
			n++
		}
		if n != tc.recs {
			t.Errorf("%d sentences, want %d", n, tc.recs)
		}
	}
}

func args0(tc badCase) string {
	if len(tc.args) == 0 {
		return ""
	}
	return tc.args[0]
}

// expandAll replaces every "@name" word in s with the fixture's path.
func expandAll(s string, expand func(string) string) string {
	if !strings.Contains(s, "@") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if s[i] != '@' {
			b.WriteByte(s[i])
			i++
			continue
		}
		j := i + 1
		for j < len(s) && s[j] != ' ' && s[j] != ':' {
			j++
		}
		b.WriteString(expand(s[i:j]))
		i = j
	}
	return b.String()
}

// TestPanicIsOneLine checks the last line of defence: a panic escaping a
// command becomes one error line and exit status 1, not a stack dump.
func TestPanicIsOneLine(t *testing.T) {
	var out, errs bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errs}
	c := command{name: "boom", run: func(context.Context, *env, []string) error {
		var s []int
		_ = s[3]
		return nil
	}}
	err := runCommand(context.Background(), c, e, nil)
	if err == nil || !strings.Contains(err.Error(), "internal error") || strings.Contains(err.Error(), "\n") {
		t.Fatalf("runCommand = %v, want one-line internal error", err)
	}
}
