package main

import (
	"context"

	"github.com/sitrep/sitrep/clean"
	"github.com/sitrep/sitrep/event"
	"github.com/sitrep/sitrep/geo"
	"github.com/sitrep/sitrep/ner"
	"github.com/sitrep/sitrep/parse"
	"github.com/sitrep/sitrep/pipeline"
	"github.com/sitrep/sitrep/quantity"
	"github.com/sitrep/sitrep/segment"
	"github.com/sitrep/sitrep/tag"
	"github.com/sitrep/sitrep/timex"
)

// stageOptions are the settings the extract pipeline is built with.
type stageOptions struct {
	explain bool // keep the resolver's candidate scores
	// parseBeam is the parser's beam width (0: parse.DefaultBeam; 1:
	// greedy, fastest; 8: the width the model was trained for).
	parseBeam int
	// minSalience is the salience an event needs to be reported (0: the
	// model's threshold; negative: every event the rules find).
	minSalience float64
}

// extractStages lists the stages of the full extract pipeline, in order:
// clean, segment, tag, parse, ner, timex, quantity, geo, event. Each stage
// package owns its model loading (models are loaded once and shared
// read-only); a failure names the missing model or data and how to get it.
func extractStages(opts stageOptions) ([]pipeline.Stage, error) {
	tagStage, err := tag.New()
	if err != nil {
		return nil, err
	}
	parseStage, err := parse.NewBeam(opts.parseBeam)
	if err != nil {
		return nil, err
	}
	nerStage, err := ner.New()
	if err != nil {
		return nil, err
	}
	geoStage, err := geo.NewStage(context.Background(), geo.Options{Explain: opts.explain})
	if err != nil {
		return nil, err
	}
	eventStage, err := event.NewWithOptions(event.Options{MinSalience: opts.minSalience})
	if err != nil {
		return nil, err
	}
	stages := []pipeline.Stage{
		clean.New(),
		segment.New(),
		tagStage, parseStage, // tag, parse
		nerStage,                    // ner
		timex.New(), quantity.New(), // timex, quantity
		geoStage,
		eventStage, // event
	}
	return stages, nil
}
