package timexeval

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/sitrep/sitrep/internal/shareddata"
)

// TestEvalTempEval scores the timex stage on the TempEval-3 training
// TimeML (TimeBank + AQUAINT) and fails when value F1 on the combined set
// drops below 0.78 (HeidelTime's platinum score is 0.776). Rules were
// developed on TimeBank; AQUAINT is reported apart as held-out text.
func TestEvalTempEval(t *testing.T) {
	dir := shareddata.Path(t, "data/tempeval3/TBAQ-cleaned")
	var all Result
	for _, set := range []string{"TimeBank", "AQUAINT"} {
		files, err := Files(filepath.Join(dir, set))
		if err != nil {
			t.Fatal(err)
		}
		if len(files) == 0 {
			t.Fatalf("no .tml files in %s", set)
		}
		r, err := Run(context.Background(), files, false)
		if err != nil {
			t.Fatal(err)
		}
		s := r.Scores
		t.Logf("%-8s docs %d gold %d pred %d value F1 %.4f type F1 %.4f extent F1 relaxed %.4f strict %.4f",
			set, r.Files, s.Gold, s.Pred, s.ValueF1(), s.TypeF1(), s.RelaxedF1(), s.StrictF1())
		all.Files += r.Files
		all.Scores.Merge(r.Scores)
	}
	s := all.Scores
	t.Logf("all      docs %d gold %d pred %d value F1 %.4f type F1 %.4f extent F1 relaxed %.4f strict %.4f",
		all.Files, s.Gold, s.Pred, s.ValueF1(), s.TypeF1(), s.RelaxedF1(), s.StrictF1())
	if f := s.ValueF1(); f < 0.78 {
		t.Errorf("value F1 %.4f on TimeBank+AQUAINT, want >= 0.78", f)
	}
}
