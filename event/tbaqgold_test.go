package event_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/shareddata"
	"github.com/sitrep/sitrep/timeml"
)

// TestTBAQGold scores the full pipeline on conflict, crime and diplomacy
// stories of the TempEval-3 TBAQ corpus (TimeBank and AQUAINT newswire and
// broadcast news, 1989-2000) whose events were hand-coded blind in
// testdata/tbaqgold (dev_* studied, test_* held out, train_* for the
// salience model; see its README). The file names the article by "docid",
// the .tml file name without its extension.
func TestTBAQGold(t *testing.T) {
	p := goldPipeline(t)
	scores := scoreGoldSet(t, p, tbaqItems(t))
	// floors under the scores when the set was made (docs/bench/event.md)
	checkFloors(t, scores, 0.45, 0.30)
}

// tbaqItems reads the coded TBAQ stories of testdata/tbaqgold with their
// texts from ../shared.
func tbaqItems(t *testing.T) []goldItem {
	return docidItems(t, "testdata/tbaqgold/*.gold.json", "TBAQ", tbaqArticles(t))
}

// tbaqArticles reads the TEXT of every TimeML file of the TBAQ corpus by
// its file name without ".tml".
func tbaqArticles(t *testing.T) map[string]string {
	t.Helper()
	dir := shareddata.Path(t, "data/tempeval3/TBAQ-cleaned")
	files, err := filepath.Glob(filepath.Join(dir, "*", "*.tml"))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		g, err := timeml.ParseBytes(b)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		out[strings.TrimSuffix(filepath.Base(f), ".tml")] = g.Text
	}
	return out
}
