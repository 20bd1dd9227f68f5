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
		// a dateline opening the sentence is tagged on its own
		from := sent.TokStart
		if dl := DatelineTokens(d, sent.TokStart, sent.TokEnd); dl != nil {
			for from < sent.TokEnd && dl[from-sent.TokStart] {
				from++
			}
			s.tagRun(d, sent.TokStart, from, nil, words[:0])
		}
		words = s.tagRun(d, from, sent.TokEnd, ScareQuotes(d, from, sent.TokEnd), words[:0])
	}
	return nil
}

// tagRun tags the tokens [from, to) of d as one sentence, leaving the
// quotation marks skip marks out of what the tagger sees; words is
// scratch space, returned for reuse.
func (s *Stage) tagRun(d *doc.Doc, from, to int, skip []bool, words []string) []string {
	for i := from; i < to; i++ {
		if skip == nil || !skip[i-from] {
			words = append(words, tokenForm(d, i))
		}
	}
	out := s.t.Tag(words)
	for k, i := 0, from; i < to; i++ {
		tok := &d.Tokens[i]
		if skip != nil && skip[i-from] {
			// the quotation marks of a scare-quoted phrase
			tok.UPOS, tok.XPOS, tok.Lemma = "PUNCT", "''", `"`
			if opensQuote(d, i, from) {
				tok.XPOS = "``"
			}
			continue
		}
		tok.UPOS, tok.XPOS, tok.Lemma = out.UPOS[k], out.XPOS[k], out.Lemma[k]
		k++
	}
	return words
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
