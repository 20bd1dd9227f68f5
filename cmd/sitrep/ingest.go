package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/sitrep/sitrep/ingest"
	"github.com/sitrep/sitrep/input"
	"github.com/sitrep/sitrep/pipeline"
	"github.com/sitrep/sitrep/store/sqlite"
)

// defaultDB is the corpus file ingest writes and query reads.
const defaultDB = "sitrep.db"

func init() {
	register(command{name: "ingest", summary: "analyse news files (text, HTML, RSS/Atom, WARC, JSON Lines) into the corpus database", run: runIngest})
}

func runIngest(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "ingest", "PATH...", "Reads articles from files and directories (recursively): .txt, .html, RSS/Atom feeds,\n"+
		"WARC files (.warc, .warc.gz: HTML responses) and JSON Lines ({id, url, title, published, text}),\n"+
		"runs the extract pipeline on each and stores the article, its annotations and its events in\n"+
		"the database, merging events reported by several articles. Each article is committed on its own:\n"+
		"an interrupted run loses nothing it committed, and running it again adds only what is new.\n"+
		"Unreadable files and bad records are reported and skipped; the exit status is then 1.")
	db := fs.String("db", defaultDB, "the corpus database `file` (SQLite; created if missing)")
	published := fs.String("published", "", "the date `YYYY-MM-DD` for articles whose source gives none")
	workers := fs.Int("workers", 0, "articles analysed at once (default: GOMAXPROCS)")
	maxBytes := fs.Int64("max-bytes", input.MaxBytes, "skip articles and files larger than this many bytes")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *published != "" || flagSet(fs, "published") {
		if _, err := time.Parse("2006-01-02", *published); err != nil {
			return fmt.Errorf("--published %q: want a date as YYYY-MM-DD", *published)
		}
	}
	paths := fs.Args()
	if len(paths) == 0 {
		fmt.Fprintln(e.stderr, "sitrep ingest: no input: give files or directories (see sitrep ingest --help)")
		return errUsage
	}
	for _, p := range paths {
		if p == "-" {
			return fmt.Errorf("standard input is not supported: give files or directories")
		}
	}
	src, err := ingest.OpenFiles(paths, *maxBytes)
	if err != nil {
		return err
	}
	defer src.Close()
	stages, err := extractStages(stageOptions{})
	if err != nil {
		return err
	}
	p, err := pipeline.New(stages...)
	if err != nil {
		return err
	}
	st, err := sqlite.Open(ctx, *db, sqlite.Options{})
	if err != nil {
		return err
	}
	defer st.Close()

	bar := ingestProgress(e)
	start := time.Now()
	sum, err := ingest.Run(ctx, src, ingest.Options{Store: st, Pipeline: p, Workers: *workers, Published: *published,
		Skipped: func(be *ingest.BadInputError) {
			if bar != nil {
				bar.Clear()
			}
			fmt.Fprintf(e.stderr, "sitrep ingest: skipped %s\n", be.Error())
		},
		Done: func(s ingest.Summary) {
			if bar != nil {
				bar.Set(s.Read)
			}
		}})
	if bar != nil {
		bar.Finish()
	}
	secs := time.Since(start).Seconds()
	rate := 0.0
	if secs > 0 {
		rate = float64(sum.Added) / secs
	}
	fmt.Fprintf(e.stderr, "sitrep ingest: ingested %d new articles (%d near-duplicates clustered, %d identical, %d already stored), "+
		"%d event reports (%d merged), skipped %d; %.1f articles/s into %s\n",
		sum.Added, sum.NearDups, sum.Duplicates, sum.Known, sum.Reports, sum.Merged, sum.Skipped, rate, *db)
	if err != nil {
		if errors.Is(err, context.Canceled) {
			return fmt.Errorf("interrupted: everything committed so far is kept; run the same command again to continue")
		}
		return err
	}
	if sum.Skipped > 0 {
		return exitError{code: 1}
	}
	return nil
}

// ingestProgress returns a progress bar (articles read, articles/s) on
// stderr when it is a terminal, else nil.
func ingestProgress(e *env) *progressbar.ProgressBar {
	f, ok := e.stderr.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	return progressbar.NewOptions(-1, progressbar.OptionSetWriter(f), progressbar.OptionSetDescription("ingest"),
		progressbar.OptionShowCount(), progressbar.OptionShowIts(), progressbar.OptionSetItsString("articles"),
		progressbar.OptionClearOnFinish())
}
