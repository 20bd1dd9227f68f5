package event_test

import "testing"

// TestLGLGold scores the full pipeline on conflict and crime stories of the
// LGL geoparsing corpus whose events were hand-coded blind in
// testdata/lglgold (dev_* studied, test_* held out; see its README). The
// file names the article by "docid", as in testdata/trnewsgold.
func TestLGLGold(t *testing.T) {
	p := goldPipeline(t)
	scores := scoreGoldSet(t, p, lglItems(t))
	// floors under the scores when the set was made (dev 73.3% / 47.5%,
	// held out 65.2% / 33.8%; docs/bench/event.md)
	checkFloors(t, scores, 0.55, 0.30)
}

// lglItems reads the coded LGL stories of testdata/lglgold with their
// texts from ../shared.
func lglItems(t *testing.T) []goldItem {
	return docidItems(t, "testdata/lglgold/*.gold.json", "LGL", geoCorpusArticles(t, "data/geo/lgl.xml"))
}
