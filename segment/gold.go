package segment

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep/doc"
)

// GoldSentence is one sentence of a CoNLL-U file, as needed to rebuild raw
// text and score segmentation: its text, its surface tokens and the
// syntactic words each holds.
type GoldSentence struct {
	Text   string
	NewDoc bool
	NewPar bool
	// Tokens are the surface tokens; a multiword token ("don't") holds
	// several words.
	Tokens []GoldToken
}

// GoldToken is a surface token and its syntactic words' forms.
type GoldToken struct {
	Form  string
	Words []string
}

// ReadCoNLLU reads the sentences of a CoNLL-U file. It needs a `# text =`
// comment per sentence; empty nodes (ID with a dot) are skipped. Errors
// name the line.
func ReadCoNLLU(r io.Reader) ([]GoldSentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16<<20)
	var out []GoldSentence
	var cur GoldSentence
	have := false
	mwtEnd := 0
	line := 0
	pendingDoc, pendingPar := false, false
	flush := func() error {
		if !have {
			return nil
		}
		if len(cur.Tokens) == 0 {
			return fmt.Errorf("line %d: sentence without words", line)
		}
		if mwtEnd > 0 {
			return fmt.Errorf("line %d: multiword token range runs past the sentence", line)
		}
		out = append(out, cur)
		cur = GoldSentence{}
		have = false
		return nil
	}
	for sc.Scan() {
		line++
		l := strings.TrimRight(sc.Text(), "\r")
		switch {
		case l == "":
			if err := flush(); err != nil {
				return nil, err
			}
		case strings.HasPrefix(l, "#"):
			if strings.HasPrefix(l, "# newdoc") {
				pendingDoc = true
			} else if strings.HasPrefix(l, "# newpar") {
				pendingPar = true
			} else if t, ok := strings.CutPrefix(l, "# text = "); ok {
				if have {
					return nil, fmt.Errorf("line %d: second # text in one sentence", line)
				}
				cur = GoldSentence{Text: t, NewDoc: pendingDoc, NewPar: pendingPar || pendingDoc}
				pendingDoc, pendingPar = false, false
				have = true
			}
		default:
			f := strings.Split(l, "\t")
			if len(f) != 10 {
				return nil, fmt.Errorf("line %d: %d columns, want 10", line, len(f))
			}
			if !have {
				return nil, fmt.Errorf("line %d: word before the sentence's # text comment", line)
			}
			id := f[0]
			if strings.Contains(id, ".") {
				continue
			}
			if a, b, ok := strings.Cut(id, "-"); ok {
				lo, err1 := strconv.Atoi(a)
				hi, err2 := strconv.Atoi(b)
				if err1 != nil || err2 != nil || hi < lo || hi-lo > 16 {
					return nil, fmt.Errorf("line %d: bad multiword token range %q", line, id)
				}
				if mwtEnd > 0 {
					return nil, fmt.Errorf("line %d: multiword token range inside another", line)
				}
				cur.Tokens = append(cur.Tokens, GoldToken{Form: f[1]})
				mwtEnd = hi - lo + 1
				continue
			}
			if _, err := strconv.Atoi(id); err != nil {
				return nil, fmt.Errorf("line %d: bad ID %q", line, id)
			}
			if f[1] == "" {
				return nil, fmt.Errorf("line %d: empty FORM", line)
			}
			if mwtEnd > 0 {
				t := &cur.Tokens[len(cur.Tokens)-1]
				t.Words = append(t.Words, f[1])
				mwtEnd--
				continue
			}
			cur.Tokens = append(cur.Tokens, GoldToken{Form: f[1], Words: []string{f[1]}})
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("line %d: %w", line+1, err)
	}
	if err := flush(); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, errors.New("no sentences")
	}
	return out, nil
}

// Layout says how gold sentences are joined into raw text.
type Layout int

const (
	// Paragraphs joins sentences with a space and paragraphs (# newpar,
	// # newdoc) with a blank line.
	Paragraphs Layout = iota
	// Joined joins every sentence with a single space.
	Joined
	// Lines puts each sentence on its own line.
	Lines
)

func (l Layout) String() string {
	switch l {
	case Paragraphs:
		return "paragraphs"
	case Joined:
		return "joined"
	case Lines:
		return "lines"
	}
	return "layout(" + strconv.Itoa(int(l)) + ")"
}

// Gold is raw text rebuilt from gold sentences with the byte spans of its
// syntactic words and the ends of its sentences.
type Gold struct {
	Text     string
	Words    [][2]int
	SentEnds []int
	// Unaligned counts tokens whose form was not found where expected in
	// the sentence text (they are searched for further on).
	Unaligned int
}

// BuildGold rebuilds the raw text of gold sentences in the given layout.
func BuildGold(sents []GoldSentence, layout Layout) Gold {
	var b strings.Builder
	var g Gold
	for i, s := range sents {
		if i > 0 {
			switch {
			case layout == Lines:
				b.WriteByte('\n')
			case layout == Paragraphs && s.NewPar:
				b.WriteString("\n\n")
			default:
				b.WriteByte(' ')
			}
		}
		base := b.Len()
		b.WriteString(s.Text)
		pos := 0
		end := base
		for _, t := range s.Tokens {
			for pos < len(s.Text) && (s.Text[pos] == ' ' || s.Text[pos] == '\t') {
				pos++
			}
			at := pos
			if !strings.HasPrefix(s.Text[pos:], t.Form) {
				g.Unaligned++
				k := strings.Index(s.Text[pos:], t.Form)
				if k < 0 {
					continue
				}
				at = pos + k
			}
			wpos := at
			joined := strings.Join(t.Words, "")
			if joined == t.Form {
				for _, w := range t.Words {
					g.Words = append(g.Words, [2]int{base + wpos, base + wpos + len(w)})
					wpos += len(w)
				}
			} else {
				for range t.Words {
					g.Words = append(g.Words, [2]int{base + at, base + at + len(t.Form)})
				}
			}
			pos = at + len(t.Form)
			end = base + pos
		}
		g.SentEnds = append(g.SentEnds, end)
	}
	g.Text = b.String()
	return g
}

// Score holds precision, recall and F1 of tokens (syntactic words matched
// by byte span) and of sentence ends (matched by byte offset).
type Score struct {
	TokP, TokR, TokF1    float64
	SentP, SentR, SentF1 float64
	GoldToks, SysToks    int
	GoldSents, SysSents  int
}

func (s Score) String() string {
	return fmt.Sprintf("tokens P %.4f R %.4f F1 %.4f (gold %d, system %d); sentences P %.4f R %.4f F1 %.4f (gold %d, system %d)",
		s.TokP, s.TokR, s.TokF1, s.GoldToks, s.SysToks, s.SentP, s.SentR, s.SentF1, s.GoldSents, s.SysSents)
}

// Evaluate scores tokens and sentences against gold.
func Evaluate(g Gold, toks []doc.Token, sents []doc.Sentence) Score {
	gw := make(map[[2]int]bool, len(g.Words))
	for _, w := range g.Words {
		gw[w] = true
	}
	hit := 0
	for _, t := range toks {
		if gw[[2]int{t.Start, t.End}] {
			hit++
		}
	}
	var sc Score
	sc.GoldToks, sc.SysToks = len(g.Words), len(toks)
	sc.TokP, sc.TokR, sc.TokF1 = prf(hit, len(toks), len(g.Words))
	ge := make(map[int]bool, len(g.SentEnds))
	for _, e := range g.SentEnds {
		ge[e] = true
	}
	hit = 0
	for _, s := range sents {
		if ge[s.End] {
			hit++
		}
	}
	sc.GoldSents, sc.SysSents = len(g.SentEnds), len(sents)
	sc.SentP, sc.SentR, sc.SentF1 = prf(hit, len(sents), len(g.SentEnds))
	return sc
}

func prf(hit, sys, gold int) (p, r, f float64) {
	if sys > 0 {
		p = float64(hit) / float64(sys)
	}
	if gold > 0 {
		r = float64(hit) / float64(gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}
