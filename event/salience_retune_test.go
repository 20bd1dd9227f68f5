package event_test

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/event"
	"github.com/sitrep/sitrep/models"
	"github.com/sitrep/sitrep/pipeline"
)

var (
	salienceRetune      = flag.Bool("salience.retune", false, "re-choose the salience model's threshold on the composed dev articles it was not trained on (TestRetuneSalience) and rewrite the model and its metadata")
	salienceUnseenAfter = flag.Int("salience.unseen-after", 0, "with -salience.retune: the composed dev articles numbered above this are the ones the model was not trained on (default: the metadata's composed_dev_trained_through)")
)

// composedNumber is the number of a composed article's name ("dev_223_x" → 223).
func composedNumber(name string) (int, bool) {
	parts := strings.SplitN(name, "_", 3)
	if len(parts) < 2 {
		return 0, false
	}
	n, err := strconv.Atoi(parts[1])
	return n, err == nil
}

// TestRetuneSalience keeps the salience model's weights and re-chooses its
// threshold by the rule it was trained with (the highest threshold that
// keeps all but max_recall_cost of the recall the rules have alone), on
// the composed dev articles added after the model was trained: the rules
// have changed since, and how many events they output with them. The
// held-out test articles are scored only to be reported. Run with
//
//	go test ./event -run RetuneSalience -count=1 -timeout 30m -args -salience.retune
func TestRetuneSalience(t *testing.T) {
	if !*salienceRetune {
		t.Skip("re-chooses the salience threshold only with -salience.retune")
	}
	dir := filepath.Join("..", "models", "files")
	metaPath := filepath.Join(dir, event.SalienceModelName+".meta.json")
	mb, err := os.ReadFile(metaPath)
	if err != nil {
		t.Fatal(err)
	}
	var meta map[string]any
	if err := json.Unmarshal(mb, &meta); err != nil {
		t.Fatalf("%s: %v", metaPath, err)
	}
	after := *salienceUnseenAfter
	if after == 0 {
		n, ok := meta["composed_dev_trained_through"].(float64)
		if !ok {
			t.Fatalf("%s names no composed_dev_trained_through: give -salience.unseen-after", metaPath)
		}
		after = int(n)
	}
	maxCost, ok := meta["max_recall_cost"].(float64)
	if !ok || maxCost <= 0 {
		t.Fatalf("%s: no max_recall_cost", metaPath)
	}
	r, err := models.Open(event.SalienceModelName)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := io.ReadAll(r)
	r.Close()
	if err != nil {
		t.Fatal(err)
	}
	m, err := event.ReadSalienceModel(raw)
	if err != nil {
		t.Fatal(err)
	}

	ev, err := event.NewWithOptions(event.Options{NoSalience: true})
	if err != nil {
		t.Fatal(err)
	}
	p := goldPipelineWith(t, ev)
	var unseen, heldOut []goldItem
	last := after
	for _, it := range composedItems(t) {
		n, ok := composedNumber(it.name)
		switch {
		case !ok:
		case strings.HasPrefix(it.name, "dev_") && n > after:
			unseen = append(unseen, it)
			last = max(last, n)
		case strings.HasPrefix(it.name, "test_"):
			heldOut = append(heldOut, it)
		}
	}
	if len(unseen) < 20 {
		t.Fatalf("%d composed dev articles after dev_%d: too few to choose a threshold on", len(unseen), after)
	}
	ua, ha := retuneArticles(t, p, m, unseen), retuneArticles(t, p, m, heldOut)
	before := m.Threshold
	th, s := thresholdWithin(func(th float64) salienceScore { return exactScoreAt(ua, th) }, maxCost)
	t.Logf("dev_%d..dev_%d (%d articles): rules %v | threshold %.2f %v | threshold %.2f %v", after+1, last, len(ua), exactScoreAt(ua, 0), before, exactScoreAt(ua, before), th, s)
	t.Logf("held out (%d articles): rules %v | threshold %.2f %v | threshold %.2f %v", len(ha), exactScoreAt(ha, 0), before, exactScoreAt(ha, before), th, exactScoreAt(ha, th))
	m.Threshold = th

	gz, sum := gzipSalience(t, m)
	data := sha256.New()
	for _, it := range unseen {
		g, _ := json.Marshal(it.gold)
		data.Write(g)
		data.Write(it.text)
	}
	meta["threshold"] = th
	if _, ok := meta["composed_dev_trained_through"]; !ok {
		meta["composed_dev_trained_through"] = after
	}
	meta["model_sha256"] = sum
	meta["gzip_bytes"] = len(gz)
	meta["threshold_retuned"] = map[string]any{
		"command":   "go test ./event -run RetuneSalience -count=1 -timeout 30m -args -salience.retune -salience.unseen-after " + strconv.Itoa(after),
		"note":      "weights as trained; the threshold re-chosen by the training rule (max_recall_cost) on composed dev articles the model was not trained on, with the rules of the time; held out scored only to be reported",
		"articles":  fmt.Sprintf("composed dev_%d..dev_%d (%d)", after+1, last, len(ua)),
		"sha256":    hex.EncodeToString(data.Sum(nil)),
		"before":    before,
		"rules":     exactScoreAt(ua, 0).String(),
		"at_before": exactScoreAt(ua, before).String(),
		"at_chosen": s.String(),
		"held_out":  map[string]string{"rules": exactScoreAt(ha, 0).String(), "at_before": exactScoreAt(ha, before).String(), "at_chosen": exactScoreAt(ha, th).String()},
	}
	writeSalience(t, gz, meta)
	t.Logf("wrote %s: threshold %.2f → %.2f", event.SalienceModelName, before, th)
}

// retuneArticle is one coded article's output by the rules alone, each
// event with the model's score.
type retuneArticle struct {
	it     goldItem
	events []doc.Event
	probs  []float64
}

func retuneArticles(t *testing.T, p *pipeline.Pipeline, m *event.SalienceModel, items []goldItem) []retuneArticle {
	t.Helper()
	out := make([]retuneArticle, 0, len(items))
	for _, it := range items {
		d := processGold(t, p, it)
		a := retuneArticle{it: it, events: d.Events, probs: make([]float64, len(d.Events))}
		for i := range d.Events {
			a.probs[i] = m.Score(event.SalienceFeatures(d, d.Events, i))
		}
		out = append(out, a)
	}
	return out
}

// exactScoreAt scores the articles as the stage outputs them with the
// threshold (every event at 0), matching the gold again
// with the events kept: what the gold tests report.
func exactScoreAt(arts []retuneArticle, threshold float64) salienceScore {
	var s salienceScore
	for _, a := range arts {
		var kept []doc.Event
		for i, ev := range a.events {
			if a.probs[i] >= threshold {
				kept = append(kept, ev)
			}
		}
		ns := scoreArticle(a.it.gold, kept, a.it.name, func(string, ...any) {})
		s.gold += ns.gold
		s.found += ns.found
		s.output += ns.output
		s.correct += ns.correct
	}
	return s
}
