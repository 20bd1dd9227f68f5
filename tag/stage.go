package tag

import (
	"context"
	"fmt"
	"sync"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/models"
)

var (
	loadOnce sync.Once
	loaded   *Tagger
	loadErr  error
)

// Load returns the tagger embedded in the binary (models/files/tagger.gz),
// decoded once and shared read-only.
func Load() (*Tagger, error) {
	loadOnce.Do(func() {
		rc, err := models.Open("tagger")
		if err != nil {
			loadErr = err
			return
		}
		defer rc.Close()
		loaded, loadErr = ReadTagger(rc)
	})
	return loaded, loadErr
}

// Stage is the tag stage.
type Stage struct {
	t *Tagger
}

// New returns the tag stage over the embedded model.
func New() (*Stage, error) {
	t, err := Load()
	if err != nil {
		return nil, fmt.Errorf("tag: %w", err)
	}
	return &Stage{t: t}, nil
}

// NewWith returns a tag stage over a given tagger.
func NewWith(t *Tagger) *Stage { return &Stage{t: t} }

func (*Stage) Name() string       { return "tag" }
func (*Stage) Requires() []string { return []string{doc.AnnTokens, doc.AnnSentences} }
func (*Stage) Assigns() []string  { return []string{doc.AnnPOS, doc.AnnLemma} }

// Process tags every sentence of d.
func (s *Stage) Process(ctx context.Context, d *doc.Doc) error {
	var words []string
	for si, sent := range d.Sentences {
		if si%64 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		words = words[:0]
		for i := sent.TokStart; i < sent.TokEnd; i++ {
			words = append(words, tokenForm(d, i))
		}
		out := s.t.Tag(words)
		for k, i := 0, sent.TokStart; i < sent.TokEnd; i, k = i+1, k+1 {
			tok := &d.Tokens[i]
			tok.UPOS, tok.XPOS, tok.Lemma = out.UPOS[k], out.XPOS[k], out.Lemma[k]
		}
	}
	return nil
}

// tokenForm is the form the models see: Token.Norm, else the text.
func tokenForm(d *doc.Doc, i int) string {
	if n := d.Tokens[i].Norm; n != "" {
		return n
	}
	return d.TokenText(i)
}

// TokenForm is tokenForm for the parse stage.
func TokenForm(d *doc.Doc, i int) string { return tokenForm(d, i) }
