package geoeval

import (
	"context"
	"fmt"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/geo/gazetteer"
	"github.com/sitrep/sitrep/pipeline"
)

// E2E is end-to-end geoparsing: toponyms found in raw text and resolved.
// A predicted mention is correct when it overlaps a gold toponym placed
// within 161 km of the gold point.
type E2E struct {
	Predicted, Gold    int
	CorrectP, CorrectR int // predicted mentions correct; gold toponyms found
	Found              int // gold toponyms overlapped by a prediction, wherever placed
	Failed             int // documents the pipeline failed on
}

// Precision, Recall and F1 within 161 km.
func (e E2E) Precision() float64 { return ratio(e.CorrectP, e.Predicted) }
func (e E2E) Recall() float64    { return ratio(e.CorrectR, e.Gold) }
func (e E2E) F1() float64 {
	p, r := e.Precision(), e.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (e E2E) String() string {
	return fmt.Sprintf("P %.4f R %.4f F1 %.4f (predicted %d, gold %d, gold spans found %.4f, failed docs %d)",
		e.Precision(), e.Recall(), e.F1(), e.Predicted, e.Gold, ratio(e.Found, e.Gold), e.Failed)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// EvaluateEndToEnd runs p (which must assign doc.AnnPlaces) on each
// article's text and scores the places against the gold toponyms that have
// coordinates.
func EvaluateEndToEnd(ctx context.Context, p *pipeline.Pipeline, arts []Article) E2E {
	var s E2E
	for _, a := range arts {
		d := doc.FromInput([]byte(a.Text), a.DocID)
		if err := p.Process(ctx, d); err != nil || d.Text != a.Text {
			s.Failed++
			continue
		}
		type pm struct {
			start, end int
			lat, lon   float64
		}
		var preds []pm
		for _, pl := range d.Places {
			for _, m := range pl.Mentions {
				preds = append(preds, pm{m[0], m[1], pl.Lat, pl.Lon})
			}
		}
		s.Predicted += len(preds)
		goodPred := make([]bool, len(preds))
		for _, t := range a.Toponyms {
			if !t.HasCoord {
				continue
			}
			s.Gold++
			found, right := false, false
			for i, q := range preds {
				if q.start < t.End && t.Start < q.end {
					found = true
					if gazetteer.DistanceKm(q.lat, q.lon, t.Lat, t.Lon) <= 161 {
						right = true
						goodPred[i] = true
					}
				}
			}
			if found {
				s.Found++
			}
			if right {
				s.CorrectR++
			}
		}
		for _, g := range goodPred {
			if g {
				s.CorrectP++
			}
		}
	}
	return s
}
