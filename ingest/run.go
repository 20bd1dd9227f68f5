package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"github.com/sitrep/sitrep/dedup"
	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/pipeline"
	"github.com/sitrep/sitrep/store"
)

// Options configure Run.
type Options struct {
	Store    store.Store
	Pipeline *pipeline.Pipeline
	// Workers is how many messages are analysed at once (default
	// GOMAXPROCS).
	Workers int
	// Published is the date (YYYY-MM-DD) given to messages whose source
	// has none.
	Published string
	// Skipped is called (from one goroutine at a time) for each input
	// that was reported and skipped.
	Skipped func(err *BadInputError)
	// Done is called after each message is finished (committed, known or
	// skipped), with the running totals.
	Done func(Summary)
}

// Summary counts what a run did.
type Summary struct {
	Read       int // messages read
	Added      int // new articles committed
	Duplicates int // identical text already stored
	Known      int // inputs already ingested
	NearDups   int // added articles that joined another's story cluster
	Skipped    int // inputs or records reported and skipped
	Reports    int // event reports stored
	Merged     int // event reports merged into an existing event
}

type job struct {
	seq  int
	msg  *Message
	ack  Ack
	hash string
}

type result struct {
	job
	known   bool
	article *store.Article
	err     error // the message failed: reported, skipped
	fatal   error // the store failed: the run stops
}

// Run reads src to its end, analyses each new message with the pipeline on
// Workers goroutines and commits each article, with its annotations, in its
// own transaction, in the order the source gave them. A message is acked
// only after its commit. Bad inputs are reported through Skipped and
// counted; a store failure or a cancelled ctx stops the run and is
// returned, everything committed before it staying committed.
func Run(ctx context.Context, src Source, opt Options) (Summary, error) {
	var sum Summary
	if opt.Store == nil || opt.Pipeline == nil {
		return sum, errors.New("ingest: a store and a pipeline are required")
	}
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	window := make(chan struct{}, 4*workers) // messages in flight
	jobs := make(chan job)
	results := make(chan result, 4*workers)
	skipped := make(chan *BadInputError, 16)
	var readErr error

	// Reader: one goroutine owns the source.
	go func() {
		defer close(jobs)
		seq := 0
		for {
			select {
			case window <- struct{}{}:
			case <-ctx.Done():
				return
			}
			m, ack, err := src.Next(ctx)
			if err != nil {
				<-window
				var be *BadInputError
				switch {
				case errors.As(err, &be):
					select {
					case skipped <- be:
					case <-ctx.Done():
						return
					}
					continue
				case errors.Is(err, io.EOF):
				case ctx.Err() != nil:
				default:
					readErr = err
				}
				return
			}
			select {
			case jobs <- job{seq: seq, msg: m, ack: ack, hash: m.Hash()}:
				seq++
			case <-ctx.Done():
				return
			}
		}
	}()

	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				r := analyse(ctx, j, opt)
				select {
				case results <- r:
				case <-ctx.Done():
				}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	// Committer: this goroutine, in source order.
	pending := map[int]result{}
	next := 0
	var fatal error
	finish := func(r result) {
		<-window
		sum.Read++
		switch {
		case r.fatal != nil:
			sum.Read--
			if ctx.Err() != nil {
				fatal = ctx.Err()
			} else {
				fatal = r.fatal
			}
			return
		case r.err != nil:
			sum.Skipped++
			r.ack(ctx, r.err)
			if opt.Skipped != nil {
				opt.Skipped(&BadInputError{Pos: r.msg.Pos, Err: r.err})
			}
		case r.known:
			sum.Known++
			r.ack(ctx, nil)
		default:
			res, err := opt.Store.PutArticle(ctx, r.article)
			if err != nil {
				r.ack(ctx, err)
				sum.Read--
				if ctx.Err() != nil {
					fatal = ctx.Err()
				} else {
					fatal = fmt.Errorf("%s: %w", r.msg.Pos, err)
				}
				return
			}
			switch res.Status {
			case store.Added:
				sum.Added++
				if res.NearDuplicateOf != "" {
					sum.NearDups++
				}
				sum.Reports += res.Reports
				sum.Merged += res.Merged
			case store.Duplicate:
				sum.Duplicates++
			case store.Known:
				sum.Known++
			}
			r.ack(ctx, nil)
		}
		if opt.Done != nil {
			opt.Done(sum)
		}
	}
	for fatal == nil {
		select {
		case be := <-skipped:
			sum.Skipped++
			if opt.Skipped != nil {
				opt.Skipped(be)
			}
			if opt.Done != nil {
				opt.Done(sum)
			}
			continue
		case r, ok := <-results:
			if !ok {
				results = nil
				break
			}
			pending[r.seq] = r
			for fatal == nil {
				p, ok := pending[next]
				if !ok {
					break
				}
				delete(pending, next)
				next++
				finish(p)
			}
			continue
		case <-ctx.Done():
			fatal = ctx.Err()
			continue
		}
		break
	}
	// Drain reports of skipped inputs that raced with the end.
	for done := false; !done && fatal == nil; {
		select {
		case be := <-skipped:
			sum.Skipped++
			if opt.Skipped != nil {
				opt.Skipped(be)
			}
		default:
			done = true
		}
	}
	cancel()
	if results != nil {
		for range results {
		}
	}
	if fatal == nil && readErr != nil {
		fatal = readErr
	}
	return sum, fatal
}

// analyse runs on a worker: skip known inputs, else build and process the
// document and prepare its article.
func analyse(ctx context.Context, j job, opt Options) (r result) {
	r.job = j
	defer func() {
		if p := recover(); p != nil {
			r.err = fmt.Errorf("internal error: %v", p)
		}
	}()
	known, err := opt.Store.HasInput(ctx, j.hash)
	if err != nil {
		r.fatal = err
		return r
	}
	if known {
		r.known = true
		return r
	}
	m := j.msg
	d := doc.FromInput(m.Raw, m.Pos)
	d.Format = m.Format
	d.Meta.URL = m.URL
	if m.Title != "" {
		t := m.Title
		d.Meta.Title = &t
	}
	switch {
	case m.Published != "":
		p := m.Published
		d.Meta.Published, d.Meta.PublishedSource = &p, "input"
	case opt.Published != "":
		p := opt.Published
		d.Meta.Published, d.Meta.PublishedSource = &p, "flag"
	}
	if err := opt.Pipeline.Process(ctx, d); err != nil {
		r.err = err
		return r
	}
	if d.Meta.Title == nil && m.Title != "" {
		t := m.Title
		d.Meta.Title = &t
	}
	if d.ID == "" {
		d.ID = doc.ContentID(d.Text)
	}
	out := d.Output()
	a := &store.Article{InputHash: j.hash, Doc: out, Text: d.Text, URL: firstNonEmpty(d.Meta.URL, m.URL),
		Published: d.Meta.Published, Source: m.Pos, Signature: dedup.MinHash(d.Text), LeadEnd: leadEnd(d)}
	if d.Meta.Title != nil {
		a.Title = *d.Meta.Title
	}
	a.Outlet = Outlet(a.URL, m.Outlet, d.Meta.Dateline, m.Pos)
	r.article = a
	return r
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}

// leadEnd is where the first paragraph of body text ends: events stated
// before it are root events.
func leadEnd(d *doc.Doc) int {
	for _, p := range d.Paragraphs {
		if !p.Heading && !p.Repeat() {
			return p.End
		}
	}
	return 0
}

// Outlet names the publisher an article is counted under for an event's
// number of sources: the URL's host (without "www."), else the outlet the
// source names (a feed's title), else the wire agency of the dateline, else
// the file the article was read from.
func Outlet(rawURL, named string, dl *doc.Dateline, pos string) string {
	if u, err := url.Parse(rawURL); err == nil && u.Host != "" {
		return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	}
	if named != "" {
		return named
	}
	if dl != nil && dl.Agency != "" {
		return dl.Agency
	}
	file := pos
	if i := strings.Index(pos, ": "); i >= 0 {
		file = pos[:i]
	}
	return "file:" + filepath.Base(file)
}
