package parse

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/models"
	"github.com/sitrep/sitrep/tag"
)

// FastModel names the greedy parser model: trained for width 1, it is
// what a width-1 (fastest) parse uses; the beam model decodes poorly
// greedily (EWT test UAS 0.787 against 0.852).
const FastModel = "parser-greedy"

type lazyParser struct {
	once sync.Once
	p    *Parser
	err  error
}

func (l *lazyParser) load(name string) (*Parser, error) {
	l.once.Do(func() {
		rc, err := models.Open(name)
		if err != nil {
			l.err = err
			return
		}
		defer rc.Close()
		l.p, l.err = ReadParser(rc)
	})
	return l.p, l.err
}

// NewsModel names the beam model the parse stage (sitrep extract)
// decodes with: the three-seed ensemble the event stage's rules were
// written and measured against, chosen on the event dev sets. The most
// accurate parser on EWT (Load, chosen on EWT dev) codes fewer events
// right on those sets, so the stage keeps this one.
const NewsModel = "parser-news"

var beamModel, fastModel, newsModel lazyParser

// Load returns the most accurate parser embedded in the binary
// (models/files/parser.gz, a beam model), decoded once and shared
// read-only.
func Load() (*Parser, error) { return beamModel.load("parser") }

// ForWidth returns the embedded parser the parse stage decodes width w
// with: 0 means DefaultBeam; 1 the greedy model (FastModel) when the
// binary has it; wider widths the news model (NewsModel; the most
// accurate one when the binary lacks it), capped at its decoding width.
func ForWidth(w int) (*Parser, error) {
	if w <= 0 {
		w = DefaultBeam
	}
	if slices.Contains(models.Available(), NewsModel) {
		return atWidth(func() (*Parser, error) { return newsModel.load(NewsModel) }, w)
	}
	return atWidth(Load, w)
}

// AccurateForWidth returns the most accurate parser (Load) decoding width
// w, capped at its own width (0: that width); 1 the greedy model. For
// parsing as such (sitrep tag), not for the event stage (ForWidth).
func AccurateForWidth(w int) (*Parser, error) { return atWidth(Load, w) }

// atWidth returns the greedy model for width 1 (when built in), else the
// beam model load gives, decoding at w capped at its own width (w <= 0:
// its own width).
func atWidth(load func() (*Parser, error), w int) (*Parser, error) {
	if w == 1 && slices.Contains(models.Available(), FastModel) {
		return fastModel.load(FastModel)
	}
	p, err := load()
	if err != nil || w <= 0 {
		return p, err
	}
	return p.WithBeam(min(w, p.Beam)), nil
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

// NewBeam returns the parse stage over the embedded parser for decoding
// width w (see ForWidth).
func NewBeam(w int) (*Stage, error) {
	p, err := ForWidth(w)
	if err != nil {
		return nil, fmt.Errorf("parse: %w", err)
	}
	return &Stage{p: p}, nil
}

// NewWith returns a parse stage over a given parser.
func NewWith(p *Parser) *Stage { return &Stage{p: p} }

func (*Stage) Name() string       { return "parse" }
func (*Stage) Requires() []string { return []string{doc.AnnPOS} }
func (*Stage) Assigns() []string  { return []string{doc.AnnDeps} }

// Process parses every sentence of d: Token.Head becomes an index into
// d.Tokens (-1 for the root), Token.Deprel a UD relation.
func (s *Stage) Process(ctx context.Context, d *doc.Doc) error {
	var r runParser
	for si, sent := range d.Sentences {
		if si%64 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		// a dateline opening the sentence ("BAGHDAD (Reuters) -") is
		// parsed on its own and hung on the sentence's root
		from := sent.TokStart
		if dl := tag.DatelineTokens(d, sent.TokStart, sent.TokEnd); dl != nil {
			for from < sent.TokEnd && dl[from-sent.TokStart] {
				from++
			}
		}
		dlEnd := from
		// so is a bare day opening it ("Thursday, United States forces
		// killed ..."), which the models, having seen few, take for its
		// root
		day := -1
		if leadingDay(d, from, sent.TokEnd) {
			day, from = from, from+2
		}
		root := r.parse(s.p, d, from, sent.TokEnd)
		if day >= 0 && root >= 0 {
			d.Tokens[day].Head, d.Tokens[day].Deprel = root, "obl:tmod"
			d.Tokens[day+1].Head, d.Tokens[day+1].Deprel = root, "punct"
		}
		if dlEnd > sent.TokStart {
			if dlRoot := r.parse(s.p, d, sent.TokStart, dlEnd); dlRoot >= 0 && root >= 0 {
				d.Tokens[dlRoot].Head, d.Tokens[dlRoot].Deprel = root, "dep"
			}
		}
	}
	return nil
}

// leadingDay: the tokens [from, to) open with a day and a comma
// ("Thursday, ...", "Yesterday, ...") before a clause of their own.
func leadingDay(d *doc.Doc, from, to int) bool {
	if to-from < 5 || d.TokenText(from+1) != "," {
		return false
	}
	switch strings.ToLower(d.TokenText(from)) {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight":
		return true
	}
	return false
}

// runParser parses runs of a Doc's tokens, reusing its buffers.
type runParser struct {
	words, upos, xpos []string
	at                []int // the token each word is
}

// parse parses the tokens [from, to) of d as one sentence and returns the
// token that is its root (-1 when none). The quotation marks around a
// short phrase are left out and attached to it afterwards (see
// tag.ScareQuotes).
func (r *runParser) parse(p *Parser, d *doc.Doc, from, to int) int {
	r.words, r.upos, r.xpos, r.at = r.words[:0], r.upos[:0], r.xpos[:0], r.at[:0]
	skip := tag.ScareQuotes(d, from, to)
	for i := from; i < to; i++ {
		if skip != nil && skip[i-from] {
			continue
		}
		r.at = append(r.at, i)
		r.words = append(r.words, tag.TokenForm(d, i))
		r.upos = append(r.upos, d.Tokens[i].UPOS)
		r.xpos = append(r.xpos, d.Tokens[i].XPOS)
	}
	heads, rels := p.Parse(r.words, r.upos, r.xpos)
	root := -1
	for k, i := range r.at {
		tok := &d.Tokens[i]
		if heads[k] < 0 {
			tok.Head = -1
			if root < 0 {
				root = i
			}
		} else {
			tok.Head = r.at[heads[k]]
		}
		tok.Deprel = rels[k]
	}
	if skip != nil {
		attachQuotes(d, from, to, skip)
	}
	return root
}

// attachQuotes hangs each pair of quotation marks that skip marks (tokens
// [from, to)) on the head of the phrase between them: the word inside whose
// head is outside.
func attachQuotes(d *doc.Doc, from, to int, skip []bool) {
	for i := from; i < to; i++ {
		if !skip[i-from] {
			continue
		}
		j := i + 1
		for j < to && !skip[j-from] {
			j++
		}
		if j >= to {
			return
		}
		head := i + 1
		for k := i + 1; k < j; k++ {
			if h := d.Tokens[k].Head; h < i || h > j {
				head = k
				break
			}
		}
		for _, q := range []int{i, j} {
			d.Tokens[q].Head, d.Tokens[q].Deprel = head, "punct"
		}
		i = j
	}
}
