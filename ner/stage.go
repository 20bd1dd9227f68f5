package ner

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/models"
)

// ModelName is the name of the embedded model file (models/files/ner.gz).
const ModelName = "ner"

var (
	defOnce  sync.Once
	defModel *Model
	defErr   error
)

// DefaultModel loads the embedded model once and shares it read-only.
func DefaultModel() (*Model, error) {
	defOnce.Do(func() {
		rc, err := models.Open(ModelName)
		if err != nil {
			defErr = err
			return
		}
		defer rc.Close()
		defModel, defErr = ReadModel(rc)
		if defErr != nil {
			defErr = fmt.Errorf("loading model %q: %w", ModelName, defErr)
		}
	})
	return defModel, defErr
}

// Stage is the ner pipeline stage.
type Stage struct {
	m *Model
}

// New returns the ner stage over the embedded model.
func New() (*Stage, error) {
	m, err := DefaultModel()
	if err != nil {
		return nil, err
	}
	return &Stage{m: m}, nil
}

// NewWithModel returns the ner stage over a given model.
func NewWithModel(m *Model) *Stage { return &Stage{m: m} }

func (*Stage) Name() string       { return "ner" }
func (*Stage) Requires() []string { return []string{doc.AnnTokens, doc.AnnSentences} }
func (*Stage) Assigns() []string  { return []string{doc.AnnEntities} }

// Process finds the named entities of d and sets d.Entities.
func (s *Stage) Process(ctx context.Context, d *doc.Doc) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	usePOS := d.Has(doc.AnnPOS)
	sents := make([][]Input, len(d.Sentences))
	groups := make([][][2]int, len(d.Sentences))
	for si, st := range d.Sentences {
		if st.TokStart < 0 || st.TokEnd > len(d.Tokens) || st.TokStart > st.TokEnd {
			return fmt.Errorf("sentence %d: token range %d:%d out of bounds", si, st.TokStart, st.TokEnd)
		}
		sents[si], groups[si] = taggerTokens(d, st.TokStart, st.TokEnd, usePOS)
	}
	tagged := s.m.TagDocument(sents)
	var ents []mention
	for si, spans := range tagged {
		g := groups[si]
		for _, sp := range spans {
			ents = append(ents, mention{tokStart: g[sp.Start][0], tokEnd: g[sp.End-1][1], conll: sp.Type})
		}
	}
	d.Entities = refine(d, ents)
	return nil
}

// mention is an entity while the rules refine it.
type mention struct {
	tokStart, tokEnd int
	conll            string // PER ORG LOC MISC as tagged
	typ              string // output type
	title            [2]int // token range of the title, if any
	acronym          string
	canonical        string
}

func sortMentions(ms []mention) {
	sort.Slice(ms, func(i, j int) bool {
		if ms[i].tokStart != ms[j].tokStart {
			return ms[i].tokStart < ms[j].tokStart
		}
		return ms[i].tokEnd > ms[j].tokEnd
	})
}

// taggerTokens returns the tagger's tokens for Doc tokens [a, b): tokens
// joined by a hyphen with no space between ("al", "-", "Qaida") are one
// tagger token, as in CoNLL-2003. groups gives each tagger token's Doc
// token range.
func taggerTokens(d *doc.Doc, a, b int, usePOS bool) ([]Input, [][2]int) {
	in := make([]Input, 0, b-a)
	groups := make([][2]int, 0, b-a)
	for i := a; i < b; {
		j := i + 1
		for j < b && d.Tokens[j-1].End == d.Tokens[j].Start && (tokNorm(d, j) == "-" || tokNorm(d, j-1) == "-") &&
			!(tokNorm(d, j) == "-" && (j+1 >= b || d.Tokens[j].End != d.Tokens[j+1].Start)) && tokNorm(d, i) != "-" {
			j++
		}
		var norm string
		if j == i+1 {
			norm = tokNorm(d, i)
		} else {
			var sb strings.Builder
			for k := i; k < j; k++ {
				sb.WriteString(tokNorm(d, k))
			}
			norm = sb.String()
		}
		x := Input{Norm: norm}
		if usePOS {
			x.POS = d.Tokens[j-1].XPOS
		}
		in = append(in, x)
		groups = append(groups, [2]int{i, j})
		i = j
	}
	return in, groups
}
