package parse

import (
	"context"
	"fmt"
	"sync"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/models"
	"github.com/sitrep/sitrep/tag"
)

var (
	loadOnce sync.Once
	loaded   *Parser
	loadErr  error
)

// Load returns the parser embedded in the binary (models/files/parser.gz),
// decoded once and shared read-only.
func Load() (*Parser, error) {
	loadOnce.Do(func() {
		rc, err := models.Open("parser")
		if err != nil {
			loadErr = err
			return
		}
		defer rc.Close()
		loaded, loadErr = ReadParser(rc)
	})
	return loaded, loadErr
}

// Stage is the parse stage.
type Stage struct {
	p *Parser
}

// New returns the parse stage over the embedded model.
func New() (*Stage, error) {
	p, err := Load()
	if err != nil {
		return nil, fmt.Errorf("parse: %w", err)
	}
	return &Stage{p: p}, nil
}

// DefaultBeam is the beam width the parse stage decodes with unless told
// otherwise (see Parser.WithBeam).
const DefaultBeam = 2

// NewBeam returns the parse stage over the embedded model decoding with
// beam width w; 0 means DefaultBeam, capped at the width the model was
// trained for.
func NewBeam(w int) (*Stage, error) {
	p, err := Load()
	if err != nil {
		return nil, fmt.Errorf("parse: %w", err)
	}
	if w <= 0 {
		w = DefaultBeam
	}
	if w > p.Beam {
		w = p.Beam
	}
	return &Stage{p: p.WithBeam(w)}, nil
}

// NewWith returns a parse stage over a given parser.
func NewWith(p *Parser) *Stage { return &Stage{p: p} }

func (*Stage) Name() string       { return "parse" }
func (*Stage) Requires() []string { return []string{doc.AnnPOS} }
func (*Stage) Assigns() []string  { return []string{doc.AnnDeps} }

// Process parses every sentence of d: Token.Head becomes an index into
// d.Tokens (-1 for the root), Token.Deprel a UD relation.
func (s *Stage) Process(ctx context.Context, d *doc.Doc) error {
	var words, upos, xpos []string
	for si, sent := range d.Sentences {
		if si%64 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		words, upos, xpos = words[:0], upos[:0], xpos[:0]
		for i := sent.TokStart; i < sent.TokEnd; i++ {
			words = append(words, tag.TokenForm(d, i))
			upos = append(upos, d.Tokens[i].UPOS)
			xpos = append(xpos, d.Tokens[i].XPOS)
		}
		heads, rels := s.p.Parse(words, upos, xpos)
		for k, i := 0, sent.TokStart; i < sent.TokEnd; i, k = i+1, k+1 {
			tok := &d.Tokens[i]
			if heads[k] < 0 {
				tok.Head = -1
			} else {
				tok.Head = sent.TokStart + heads[k]
			}
			tok.Deprel = rels[k]
		}
	}
	return nil
}
