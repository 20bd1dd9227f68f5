package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/input"
	"github.com/sitrep/sitrep/pipeline"
)

func init() {
	register(command{name: "extract", summary: "extract entities, places, times, counts and events from news files (JSON Lines)", run: runExtract})
}

func runExtract(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "extract", "[FILE ...|-]", "Reads news articles (plain text or HTML; directories are walked; - or nothing reads standard input)\nand writes one JSON object per document: entities, places, times, quantities, events.")
	published := fs.String("published", "", "the document date `YYYY-MM-DD` (default: from the document itself, else unknown)")
	format := fs.String("format", "json", "output format: json (JSON Lines) or text (a readable brief)")
	workers := fs.Int("workers", 0, "documents processed at once (default: GOMAXPROCS)")
	maxBytes := fs.Int64("max-bytes", input.MaxBytes, "refuse documents larger than this many bytes")
	explain := fs.Bool("explain", false, "keep the place resolver's candidate scores (debugging)")
	parseBeam := fs.Int("parse-beam", 0, "dependency parser beam width: 1 is the fast greedy model; wider widths decode the news parser (parser-news) more thoroughly, up to its own width, 12 (default 2)")
	minSalience := fs.Float64("min-salience", 0, "report only events at least this salient (0..1: how likely a coder lists the event; default: the model's threshold; a negative value reports every event the rules find)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if !(*minSalience < 1) { // (NaN too)
		return fmt.Errorf("--min-salience %g: want a value below 1", *minSalience)
	}
	if *published != "" || flagSet(fs, "published") {
		if _, err := time.Parse("2006-01-02", *published); err != nil {
			return fmt.Errorf("--published %q: want a date as YYYY-MM-DD", *published)
		}
	}
	if *maxBytes <= 0 {
		return fmt.Errorf("--max-bytes %d: want a positive number of bytes", *maxBytes)
	}
	if *format != "json" && *format != "text" {
		return fmt.Errorf("--format %q: want json or text", *format)
	}
	paths := fs.Args()
	if len(paths) == 0 {
		paths = []string{"-"}
	}
	entries := input.ExpandEach(paths)
	stages, err := extractStages(stageOptions{explain: *explain, parseBeam: *parseBeam, minSalience: *minSalience})
	if err != nil {
		return err
	}
	p, err := pipeline.New(stages...)
	if err != nil {
		return err
	}
	jobs := make([]pipeline.Job, len(entries))
	for i, en := range entries {
		jobs[i] = pipeline.Job{Name: displayName(en.Path), Load: fileLoader(e, en, *maxBytes, *published)}
	}
	out := bufio.NewWriter(e.stdout)
	defer out.Flush()
	bar := newProgress(e, len(jobs), "extract")
	failed := 0
	runner := &pipeline.Runner{Pipeline: p, Workers: *workers}
	err = runner.Run(ctx, jobs, func(r pipeline.Result) {
		if bar != nil {
			bar.Add(1)
		}
		if r.Err != nil {
			failed++
			fmt.Fprintf(e.stderr, "sitrep extract: %s: %s\n", r.Name, oneLine(r.Err.Error()))
			return
		}
		line, err := encodeDoc(r.Doc, *format)
		if err != nil {
			failed++
			fmt.Fprintf(e.stderr, "sitrep extract: %s: %s\n", r.Name, oneLine(err.Error()))
			return
		}
		out.Write(line)
		out.Flush()
	})
	if bar != nil {
		bar.Finish()
	}
	if err != nil {
		return err
	}
	if failed > 0 {
		return exitError{code: 1}
	}
	return nil
}

// fileLoader returns a Load function that reads one input into a Doc; an
// entry that could not be listed fails with its error, as a document of
// its own, so that the rest of the run goes on.
func fileLoader(e *env, en input.Entry, limit int64, published string) func(context.Context) (*doc.Doc, error) {
	return func(context.Context) (*doc.Doc, error) {
		if en.Err != nil {
			return nil, en.Err
		}
		var b []byte
		var err error
		if en.Path == "-" {
			b, err = input.ReadLimited(e.stdin, "<stdin>", limit)
		} else {
			b, err = input.ReadFile(en.Path, limit)
		}
		if err != nil {
			return nil, err
		}
		d := doc.FromInput(b, displayName(en.Path))
		if published != "" {
			p := published
			d.Meta.Published = &p
			d.Meta.PublishedSource = "flag"
		}
		return d, nil
	}
}

// encodeDoc renders one document whole, so that a failure never leaves a
// partial line.
func encodeDoc(d *doc.Doc, format string) ([]byte, error) {
	if format == "text" {
		return []byte(brief(d)), nil
	}
	b, err := json.Marshal(d)
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

func displayName(path string) string {
	if path == "-" {
		return "<stdin>"
	}
	return path
}

// newProgress returns a progress bar on stderr when it is a terminal and
// there are many documents, else nil.
func newProgress(e *env, n int, what string) *progressbar.ProgressBar {
	f, ok := e.stderr.(*os.File)
	if !ok || n < 20 || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	return progressbar.NewOptions(n, progressbar.OptionSetWriter(f), progressbar.OptionSetDescription(what),
		progressbar.OptionShowCount(), progressbar.OptionShowIts(), progressbar.OptionSetItsString("docs"),
		progressbar.OptionClearOnFinish())
}
