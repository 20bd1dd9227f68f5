package pipeline

import (
	"context"
	"runtime"
	"sync"

	"github.com/sitrep/sitrep/doc"
)

// Job is one document to process. Load builds the Doc (reading and cleaning
// happen inside it, so that they run concurrently too); Name identifies the
// job in errors.
type Job struct {
	Name string
	Load func(ctx context.Context) (*doc.Doc, error)
}

// Result is the outcome of one Job, in input order.
type Result struct {
	Index int
	Name  string
	Doc   *doc.Doc
	Err   error
}

// Runner processes jobs with at most Workers at once (GOMAXPROCS when 0).
type Runner struct {
	Pipeline *Pipeline
	Workers  int
}

// Run processes jobs and calls emit for each result in input order. emit is
// called from one goroutine at a time. A failed job is reported through its
// Result and the batch goes on; Run returns ctx.Err() if the context was
// cancelled, after in-flight jobs have finished.
func (r *Runner) Run(ctx context.Context, jobs []Job, emit func(Result)) error {
	workers := r.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	if workers > len(jobs) {
		workers = len(jobs)
	}
	results := make([]chan Result, len(jobs))
	for i := range results {
		results[i] = make(chan Result, 1)
	}
	next := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i] <- r.one(ctx, i, jobs[i])
			}
		}()
	}
	go func() {
		defer close(next)
		for i := range jobs {
			select {
			case next <- i:
			case <-ctx.Done():
				for j := i; j < len(jobs); j++ {
					results[j] <- Result{Index: j, Name: jobs[j].Name, Err: ctx.Err()}
				}
				return
			}
		}
	}()
	for i := range jobs {
		emit(<-results[i])
	}
	wg.Wait()
	return ctx.Err()
}

func (r *Runner) one(ctx context.Context, i int, j Job) (res Result) {
	res = Result{Index: i, Name: j.Name}
	defer func() {
		if p := recover(); p != nil {
			res.Doc = nil
			res.Err = &loadPanic{v: p}
		}
	}()
	d, err := j.Load(ctx)
	if err != nil {
		res.Err = err
		return res
	}
	if err := r.Pipeline.Process(ctx, d); err != nil {
		res.Err = err
		return res
	}
	res.Doc = d
	return res
}

type loadPanic struct{ v any }

func (e *loadPanic) Error() string { return "internal error while loading: " + toString(e.v) }

func toString(v any) string {
	switch x := v.(type) {
	case error:
		return x.Error()
	case string:
		return x
	default:
		return "panic"
	}
}
