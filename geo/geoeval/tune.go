package geoeval

import (
	"context"
	"fmt"
	"io"

	"github.com/sitrep/sitrep/geo"
)

// objective is what tuning maximises: accuracy, with the log-error area as
// a tie-breaker.
func objective(s Score) float64 {
	return s.Accuracy() - 0.001*s.AUC/float64(max(1, s.Toponyms))
}

// nonNegative are features whose direction is known: evidence for a
// candidate can be weighed, not turned against it. Tuning keeps their
// weights at zero or above so the resolver stays explainable.
var nonNegative = map[string]bool{"name": true, "alt": true, "demonym": true, "abbrev": true, "pop": true,
	"country": true, "adm1": true, "capital": true, "region": true, "ctx_city": true, "ctx_admin": true,
	"ctx_country": true, "container": true, "share_country": true, "share_admin1": true, "near": true,
	"relation": true, "admin_pop": true, "facility_town": true}

// Tune improves the resolver's weights by coordinate ascent on arts (the
// tune split only) and returns the best weights found. Progress is written
// to log when it is not nil.
func Tune(ctx context.Context, r *geo.Resolver, arts []Article, rounds int, log io.Writer) geo.Weights {
	best := r.W
	r2 := *r
	r2.Explain = false
	eval := func(w geo.Weights) float64 {
		r2.W = w
		return objective(Evaluate(&r2, arts, nil))
	}
	bestObj := eval(best)
	names := geo.FeatureNames()
	steps := []float64{-1, -0.5, -0.25, 0.25, 0.5, 1}
	for round := 0; round < rounds; round++ {
		improved := false
		for i := range best.F {
			if ctx.Err() != nil {
				return best
			}
			scale := 1.0
			if round > 0 {
				scale = 0.5 / float64(round)
			}
			for _, st := range steps {
				w := best
				w.F[i] += st * scale
				if nonNegative[names[i]] && w.F[i] < 0 {
					continue
				}
				if o := eval(w); o > bestObj+1e-9 {
					best, bestObj, improved = w, o, true
					if log != nil {
						fmt.Fprintf(log, "round %d: %s = %.3f -> %.4f\n", round, names[i], w.F[i], o)
					}
				}
			}
		}
		for _, t := range []float64{0.5, 0.75, 1.5, 2} {
			w := best
			w.Temp *= t
			if o := eval(w); o > bestObj+1e-9 {
				best, bestObj, improved = w, o, true
				if log != nil {
					fmt.Fprintf(log, "round %d: temp = %.3f -> %.4f\n", round, w.Temp, o)
				}
			}
		}
		if !improved {
			break
		}
	}
	return best
}

// GoWeights renders weights as the Go literal of geo.DefaultWeights.
func GoWeights(w geo.Weights) string {
	s := "Weights{\n\tF: [numFeatures]float64{\n"
	for i, n := range geo.FeatureNames() {
		s += fmt.Sprintf("\t\t%.3f, // %s\n", w.F[i], n)
	}
	return s + fmt.Sprintf("\t},\n\tTemp: %.3f,\n}\n", w.Temp)
}
