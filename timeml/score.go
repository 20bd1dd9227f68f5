package timeml

// Scores counts TempEval-3 style agreement between gold and predicted
// timexes: a prediction matches a gold timex when their spans overlap
// (relaxed) or are equal (strict); a matched pair scores its value and
// type when equal.
type Scores struct {
	Gold, Pred            int
	Relaxed, Strict       int
	ValueRight, TypeRight int
}

// Add scores one document's predictions against its gold timexes. Each gold
// timex is matched at most once, in text order.
func (s *Scores) Add(gold, pred []Timex) {
	s.Gold += len(gold)
	s.Pred += len(pred)
	used := make([]bool, len(gold))
	for _, p := range pred {
		for gi, g := range gold {
			if used[gi] || p.Start >= g.End || g.Start >= p.End {
				continue
			}
			used[gi] = true
			s.Relaxed++
			if p.Start == g.Start && p.End == g.End {
				s.Strict++
			}
			if p.Value == g.Value {
				s.ValueRight++
			}
			if p.Type == g.Type {
				s.TypeRight++
			}
			break
		}
	}
}

// Merge adds another tally.
func (s *Scores) Merge(o Scores) {
	s.Gold += o.Gold
	s.Pred += o.Pred
	s.Relaxed += o.Relaxed
	s.Strict += o.Strict
	s.ValueRight += o.ValueRight
	s.TypeRight += o.TypeRight
}

// F1 returns precision, recall and F1 of n correct out of the tally.
func (s Scores) F1(n int) (p, r, f float64) {
	if s.Pred > 0 {
		p = float64(n) / float64(s.Pred)
	}
	if s.Gold > 0 {
		r = float64(n) / float64(s.Gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// ValueF1 is the TempEval-3 value F1: correct values over predictions and
// over gold.
func (s Scores) ValueF1() float64 { _, _, f := s.F1(s.ValueRight); return f }

// TypeF1 is the type F1.
func (s Scores) TypeF1() float64 { _, _, f := s.F1(s.TypeRight); return f }

// RelaxedF1 is the extent F1 with overlap matching.
func (s Scores) RelaxedF1() float64 { _, _, f := s.F1(s.Relaxed); return f }

// StrictF1 is the extent F1 with exact matching.
func (s Scores) StrictF1() float64 { _, _, f := s.F1(s.Strict); return f }
