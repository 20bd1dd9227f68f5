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
		// ("On Friday, ..." as well)
		open := from
		n := leadingDay(d, from, sent.TokEnd)
		from += n
		// a report closing the sentence (", police said.") is parsed
		// apart from the clause it reports, which the models, reading
		// both at once, often leave without its verb
		root, clause := -1, -1
		if c := trailingReport(d, from, sent.TokEnd); c >= 0 {
			root, clause = s.parseReported(&r, d, from, c, sent.TokEnd)
		}
		if root < 0 {
			root = s.parseClause(&r, d, from, sent.TokEnd, d.TokenText(sent.TokEnd-1) == ".")
			clause = root
		}
		clauseAfterConjunction(d, from, sent.TokEnd)
		spanBeforeClause(d, from, sent.TokEnd)
		clauseReadAsConjunct(d, from, sent.TokEnd)
		timeAfterNoun(d, from, sent.TokEnd)
		nameBeforeSubject(d, from, sent.TokEnd)
		finiteModifierClause(d, from, sent.TokEnd)
		relativeSubjectClause(d, from, sent.TokEnd)
		if si == 0 || sent.Para >= 0 && sent.Para < len(d.Paragraphs) && d.Paragraphs[sent.Para].Heading {
			headlinePassive(d, from, sent.TokEnd, root)
		}
		if n > 0 && clause >= 0 {
			// (the day is the reported clause's: "On Tuesday, security
			// forces killed ..., police said")
			day := open + n - 2
			d.Tokens[day].Head, d.Tokens[day].Deprel = clause, "obl:tmod"
			switch {
			case n == 3 && strings.EqualFold(d.TokenText(open), "on"):
				d.Tokens[day].Deprel = "obl"
				d.Tokens[open].Head, d.Tokens[open].Deprel = day, "case"
			case n == 3:
				d.Tokens[open].Head, d.Tokens[open].Deprel = day, "amod"
			}
			d.Tokens[day+1].Head, d.Tokens[day+1].Deprel = clause, "punct"
		}
		if dlEnd > sent.TokStart {
			if dlRoot := r.parse(s.p, d, sent.TokStart, dlEnd); dlRoot >= 0 && root >= 0 {
				d.Tokens[dlRoot].Head, d.Tokens[dlRoot].Deprel = root, "dep"
			}
		}
	}
	return nil
}

// parseClause parses the tokens [from, to) as one clause and repairs a
// root the models got wrong (a participle for the past tense, a noun or
// an opening adjective for the verb); closed says the tokens are a whole
// clause of running text (a sentence ending in a full stop, or the clause
// a closing report reports), not a headline or a fragment. It returns the
// root.
func (s *Stage) parseClause(r *runParser, d *doc.Doc, from, to int, closed bool) int {
	root := r.parse(s.p, d, from, to)
	// ("A gunman opened fire on police ..." with "opened" tagged a
	// participle and the gunman for root: tagged a past tense and
	// parsed again)
	if v := participleForPast(d, from, to, root, closed); v >= 0 {
		d.Tokens[v].XPOS = "VBD"
		root = r.parse(s.p, d, from, to)
	}
	root = verbForNounRoot(d, from, to, root, closed)
	root = verbForPrepositionalRoot(d, from, to, root, closed)
	return verbForOpeningAdjective(d, from, to, root)
}

// verbForPrepositionalRoot repairs a clause of tokens [from, to) that the
// parser rooted on its opening prepositional phrase, with the clause's
// verb as a modifier somewhere below it ("In the coastal city of Latakia,
// the Alawite heartland, several hundred people staged a sit-in" rooted
// on "city", "staged" a relative clause on "heartland"): a clause is no
// prepositional phrase, so its first verb of its own (a past or present
// tense, or a participle with nothing of a relative clause about it) is
// the root, the noun phrase right before the verb its subject and the
// phrase a modifier of it. It returns the clause's root.
func verbForPrepositionalRoot(d *doc.Doc, from, to, root int, closed bool) int {
	if root < 0 || !closed || d.Tokens[root].UPOS != "NOUN" && d.Tokens[root].UPOS != "PROPN" {
		return root
	}
	opening := false
	for i := from; i < root; i++ {
		opening = opening || d.Tokens[i].Head == root && d.Tokens[i].Deprel == "case"
	}
	if !opening {
		return root
	}
	verb := -1
	for i := root + 1; i < to && verb < 0; i++ {
		tk := d.Tokens[i]
		if tk.UPOS != "VERB" || tk.XPOS != "VBD" && tk.XPOS != "VBZ" && tk.XPOS != "VBP" && tk.XPOS != "VBN" || !dominated(d, root, i, from, to) {
			continue
		}
		if !strings.HasPrefix(tk.Deprel, "acl") && tk.Deprel != "conj" && tk.Deprel != "appos" && tk.Deprel != "parataxis" {
			return root
		}
		if relativeWord(strings.ToLower(d.TokenText(i - 1))) {
			return root
		}
		for k := from; k < to; k++ {
			if d.Tokens[k].Head != i {
				continue
			}
			rel := d.Tokens[k].Deprel
			if rel == "mark" || strings.HasPrefix(rel, "aux") && tk.XPOS == "VBN" || strings.HasPrefix(rel, "nsubj") && relativeWord(strings.ToLower(d.TokenText(k))) {
				return root
			}
		}
		verb = i
	}
	if verb < 0 {
		return root
	}
	subj := -1
	for k := from; k < to; k++ {
		if d.Tokens[k].Head == verb && strings.HasPrefix(d.Tokens[k].Deprel, "nsubj") && k < verb {
			subj = k
		}
	}
	if subj < 0 {
		// the noun phrase ending right before the verb, up to its head
		n := verb - 1
		for n > from && d.Tokens[n].Head > from && d.Tokens[n].Head < verb && phraseInner[d.Tokens[n].Deprel] {
			n = d.Tokens[n].Head
		}
		switch d.Tokens[n].UPOS {
		case "NOUN", "PROPN", "PRON", "NUM":
		default:
			return root
		}
		if n == root {
			return root
		}
		d.Tokens[n].Head, d.Tokens[n].Deprel = verb, "nsubj"
	}
	for i := verb + 1; i < to; i++ {
		if d.Tokens[i].Head == root {
			d.Tokens[i].Head = verb
		}
	}
	d.Tokens[verb].Head, d.Tokens[verb].Deprel = -1, "root"
	if d.Tokens[verb].XPOS == "VBN" {
		// (a participle with no auxiliary heading a clause is its past)
		d.Tokens[verb].XPOS = "VBD"
	}
	d.Tokens[root].Head, d.Tokens[root].Deprel = verb, "obl"
	return verb
}

// phraseInner are the relations inside a noun phrase, from a word to the
// phrase's head ("armed men on motorcycles": motorcycles to men).
var phraseInner = map[string]bool{"nmod": true, "compound": true, "amod": true, "nummod": true, "det": true, "flat": true,
	"fixed": true, "nmod:poss": true, "case": true}

// relativeWord: w opens a relative clause.
func relativeWord(w string) bool {
	switch w {
	case "who", "whom", "whose", "which", "that", "where", "when":
		return true
	}
	return false
}

// parseReported parses a sentence of tokens [from, to) that a report
// closes after the comma c: the clause before the comma and the report
// after it apart, the clause then hung on the report's verb as what was
// said. It returns the report's verb, the sentence's root, and the
// clause's root, or -1s (nothing parsed for good) when the report does
// not parse as a verb with its speaker.
func (s *Stage) parseReported(r *runParser, d *doc.Doc, from, c, to int) (verb, clause int) {
	verb = r.parse(s.p, d, c+1, to)
	if verb < 0 || !reportForms[strings.ToLower(d.TokenText(verb))] {
		return -1, -1
	}
	clause = s.parseClause(r, d, from, c, true)
	if clause < 0 {
		return -1, -1
	}
	d.Tokens[clause].Head, d.Tokens[clause].Deprel = verb, "ccomp"
	d.Tokens[c].Head, d.Tokens[c].Deprel = verb, "punct"
	return verb, clause
}

// reportForms are the forms of the verbs a closing report uses.
var reportForms = map[string]bool{"said": true, "says": true, "told": true, "tells": true, "reported": true, "reports": true,
	"added": true, "confirmed": true, "stated": true, "wrote": true, "announced": true}

// trailingReport finds a report that closes a sentence of tokens [from,
// to) after its last comma: a speaker's noun phrase and a report verb,
// with at most a phrase of no verb after it (", police said.", ", the
// army said in a statement.", ", regional governor Andriy Shevchuk told
// reporters."), after a clause of its own with a verb and no quotation
// (a quotation's own parse is left as it is). It returns the comma, or
// -1.
func trailingReport(d *doc.Doc, from, to int) int {
	if to-from < 8 || d.TokenText(to-1) != "." {
		return -1
	}
	c := -1
	for i := to - 2; i > from; i-- {
		if d.TokenText(i) == "," {
			c = i
			break
		}
	}
	if c-from < 4 {
		return -1
	}
	verb := -1
	for i := c + 1; i < to-1; i++ {
		tk := d.Tokens[i]
		w := strings.ToLower(d.TokenText(i))
		switch {
		case tk.UPOS == "VERB" || tk.UPOS == "AUX":
			if verb >= 0 || i == c+1 || !reportForms[w] {
				return -1
			}
			verb = i
		case quoteWord(w) || w == "that" || tk.UPOS == "PUNCT" && tk.XPOS != "HYPH" && tk.XPOS != "POS":
			return -1
		case verb < 0 && tk.UPOS != "NOUN" && tk.UPOS != "PROPN" && tk.UPOS != "PRON" && tk.UPOS != "DET" && tk.UPOS != "ADJ" &&
			tk.UPOS != "NUM" && tk.UPOS != "ADP" && tk.UPOS != "CCONJ" && tk.UPOS != "PART" && tk.UPOS != "PUNCT":
			// (the speaker is a noun phrase)
			return -1
		}
	}
	if verb < 0 {
		return -1
	}
	clause := false
	for i := from; i < c; i++ {
		if quoteWord(d.TokenText(i)) {
			return -1
		}
		if tk := d.Tokens[i]; tk.UPOS == "VERB" || tk.UPOS == "AUX" {
			clause = true
		}
	}
	if !clause {
		return -1
	}
	return c
}

// quoteWord: w is a quotation mark.
func quoteWord(w string) bool {
	switch w {
	case "\"", "“", "”", "''", "``", "'", "‘", "’":
		return true
	}
	return false
}

// participleForPast finds the past participle that should have been the
// past tense of a sentence of tokens [from, to) parsed with a noun for
// root: running text (closed: ending in a full stop, or a reported
// clause) with no finite verb, whose
// first participle follows the noun phrase the root heads and has no
// auxiliary before it. It returns the token, or -1.
func participleForPast(d *doc.Doc, from, to, root int, closed bool) int {
	if root < 0 || to-from < 4 || !closed {
		return -1
	}
	if u := d.Tokens[root].UPOS; u != "NOUN" && u != "PROPN" {
		return -1
	}
	for i := from; i < to; i++ {
		switch d.Tokens[i].XPOS {
		case "VBD", "VBZ", "VBP", "MD":
			return -1
		}
		if d.Tokens[i].UPOS == "AUX" {
			return -1
		}
	}
	for i := root + 1; i < to; i++ {
		tk := d.Tokens[i]
		if tk.UPOS == "VERB" && tk.XPOS == "VBN" {
			return i
		}
		if tk.UPOS == "VERB" || tk.UPOS == "PUNCT" && d.TokenText(i) == "," {
			return -1
		}
	}
	return -1
}

// headlinePassive repairs a headline's reduced passive read as a past
// tense ("DeKalb man arrested in attempted robbery", "Three soldiers
// killed in Baghdad blast"): in a document's first sentence or a heading,
// a root verb that needs an object to be done to someone (patientVerbs),
// in the past with a subject and no auxiliary, object or clause of its
// own, is the participle of a passive, its subject the one it was done
// to.
func headlinePassive(d *doc.Doc, from, to, root int) {
	if root < 0 || to-from > 16 || d.Tokens[root].XPOS != "VBD" || !patientVerbs[d.Tokens[root].Lemma] {
		return
	}
	subj := -1
	for i := from; i < to; i++ {
		if d.Tokens[i].Head != root {
			continue
		}
		switch d.Tokens[i].Deprel {
		case "nsubj":
			subj = i
		case "obj", "iobj", "aux", "aux:pass", "ccomp", "xcomp", "csubj", "nsubj:pass", "expl":
			return
		}
	}
	if subj < 0 || subj > root {
		return
	}
	d.Tokens[root].XPOS = "VBN"
	d.Tokens[subj].Deprel = "nsubj:pass"
}

// patientVerbs are done to someone: without an object, their past
// participle in a headline is passive.
var patientVerbs = map[string]bool{"arrest": true, "kill": true, "detain": true, "wound": true, "injure": true,
	"kidnap": true, "abduct": true, "charge": true, "sentence": true, "jail": true, "convict": true, "indict": true,
	"shoot": true, "stab": true, "execute": true, "behead": true, "free": true, "release": true, "rescue": true,
	"hurt": true, "accuse": true, "capture": true, "seize": true, "attack": true, "beat": true, "rob": true}

// verbForNounRoot repairs a sentence of tokens [from, to) that the
// parser gave a noun for root and its verb as a participle modifying it
// ("Iraq's top cleric called for a new government." read as "the cleric
// (who was) called for ..."): a sentence of running text ending in a full
// stop is no bare noun phrase, so the participle is its verb and the
// noun its subject (closed says the tokens are such running text, or a
// clause a closing report reports). Only a noun with a determiner or a possessor, with no
// copula, subject or case of its own, and a participle after it with no
// auxiliary or marker of its own qualify (a headline's "Man killed in
// attack" does not). It returns the sentence's root.
func verbForNounRoot(d *doc.Doc, from, to, root int, closed bool) int {
	if root < 0 || to-from < 5 || !closed {
		return root
	}
	if u := d.Tokens[root].UPOS; u != "NOUN" && u != "PROPN" {
		return root
	}
	verb, det := -1, false
	for i := from; i < to; i++ {
		if d.Tokens[i].Head != root {
			continue
		}
		switch d.Tokens[i].Deprel {
		case "cop", "nsubj", "nsubj:pass", "case", "aux", "csubj":
			return root
		case "det", "nmod:poss":
			det = true
		case "acl":
			x := d.Tokens[i].XPOS
			if verb < 0 && i > root && d.Tokens[i].UPOS == "VERB" && (x == "VBN" || x == "VBD") {
				verb = i
			}
		}
	}
	// (or hung on the last noun of the root's phrase: "A coalition of
	// five opposition parties demanded ..." with "demanded" on
	// "parties")
	if verb < 0 {
		for i := root + 1; i < to; i++ {
			tk := d.Tokens[i]
			if tk.Deprel != "acl" || tk.UPOS != "VERB" || tk.XPOS != "VBN" && tk.XPOS != "VBD" || !nmodOf(d, tk.Head, root, from, to) {
				continue
			}
			for k := root + 1; k < i; k++ {
				if !dominated(d, root, k, from, to) || d.TokenText(k) == "," {
					return root
				}
			}
			verb = i
			break
		}
	}
	if verb < 0 || !det {
		return root
	}
	for i := from; i < to; i++ {
		if d.Tokens[i].Head == verb {
			switch d.Tokens[i].Deprel {
			case "aux", "aux:pass", "mark", "nsubj", "nsubj:pass":
				return root
			}
		}
	}
	// the noun's dependents after the verb (the full stop, a trailing
	// phrase) are the verb's
	for i := verb + 1; i < to; i++ {
		if d.Tokens[i].Head == root {
			d.Tokens[i].Head = verb
		}
	}
	d.Tokens[verb].Head, d.Tokens[verb].Deprel, d.Tokens[verb].XPOS = -1, "root", "VBD"
	d.Tokens[root].Head, d.Tokens[root].Deprel = verb, "nsubj"
	return verb
}

// nmodOf: token h is root or hangs on it through noun modifiers only
// ("parties" in "a coalition of five opposition parties").
func nmodOf(d *doc.Doc, h, root, from, to int) bool {
	for n := 0; h >= from && h < to && n < 8; n++ {
		if h == root {
			return true
		}
		if d.Tokens[h].Deprel != "nmod" {
			return false
		}
		h = d.Tokens[h].Head
	}
	return false
}

// verbForOpeningAdjective repairs a sentence of tokens [from, to) that the
// parser rooted on its first word, an adjective, with the clause's verb
// below it ("Turkish Foreign Minister Mevlut Cavusoglu met Iranian
// officials", rooted on "Turkish"): the adjective modifies the noun after
// it and the verb, whose subject follows the adjective, is the root. It
// returns the sentence's root.
func verbForOpeningAdjective(d *doc.Doc, from, to, root int) int {
	if root != from || root+2 >= to || d.Tokens[root].UPOS != "ADJ" {
		return root
	}
	if u := d.Tokens[root+1].UPOS; u != "NOUN" && u != "PROPN" && u != "ADJ" {
		return root
	}
	verb := -1
	for i := root + 1; i < to; i++ {
		tk := d.Tokens[i]
		if tk.Head == root && tk.UPOS == "VERB" && (tk.XPOS == "VBD" || tk.XPOS == "VBZ" || tk.XPOS == "VBP") {
			verb = i
			break
		}
	}
	if verb < 0 {
		return root
	}
	subject := -1
	for i := root + 1; i < verb; i++ {
		if d.Tokens[i].Head == verb && strings.HasPrefix(d.Tokens[i].Deprel, "nsubj") {
			subject = i
		}
	}
	if subject < 0 {
		return root
	}
	// the noun the adjective stands before: the first word after it that
	// hangs outside the adjective, climbed to the subject's phrase
	mod := root + 1
	for n := 0; n < 8 && d.Tokens[mod].Head > mod && d.Tokens[mod].Head <= subject; n++ {
		mod = d.Tokens[mod].Head
	}
	for i := from; i < to; i++ {
		if d.Tokens[i].Head == root && i != verb {
			d.Tokens[i].Head = verb
		}
	}
	d.Tokens[verb].Head, d.Tokens[verb].Deprel = -1, "root"
	d.Tokens[root].Head, d.Tokens[root].Deprel = mod, "amod"
	return verb
}

// subordinators open a clause as well as a phrase ("after the vote",
// "after Obama called").
var subordinators = map[string]bool{"after": true, "before": true, "since": true, "until": true, "as": true}

// clauseAfterConjunction repairs a clause the parser read as a phrase
// ("come after President Obama called on Maliki": "after President
// Obama" a phrase of "come", "called" hung beside it with no subject):
// a finite verb with no subject of its own, right after a phrase opened
// by a subordinator and hung on the same word, is a clause whose subject
// is that phrase.
func clauseAfterConjunction(d *doc.Doc, from, to int) {
	for v := from + 2; v < to; v++ {
		tk := &d.Tokens[v]
		if tk.UPOS != "VERB" || (tk.XPOS != "VBD" && tk.XPOS != "VBZ" && tk.XPOS != "VBP") || tk.Head < 0 {
			continue
		}
		switch tk.Deprel {
		case "xcomp", "conj", "parataxis", "dep", "advcl", "ccomp":
		default:
			continue
		}
		// the phrase ending right before the verb
		np := -1
		for i := from; i < v; i++ {
			if d.Tokens[i].Head == tk.Head && d.Tokens[i].Deprel == "obl" {
				np = i
			}
		}
		mark := subordinatorRightBefore(d, from, to, np, v)
		if mark < 0 || hasSubject(d, v, from, to) {
			continue
		}
		markClause(d, mark, np, v)
		tk.Deprel = "advcl"
	}
}

// subordinatorRightBefore is the subordinator ("after", "before") that
// opens the phrase headed by np when the phrase ends right before verb v:
// the clause v is the verb of, read as a phrase; -1 otherwise.
func subordinatorRightBefore(d *doc.Doc, from, to, np, v int) int {
	if np < 0 || lastOf(d, np, from, to) != v-1 {
		return -1
	}
	return subordinatorOf(d, from, np)
}

// markClause makes np the subject of verb v and mark its subordinator.
func markClause(d *doc.Doc, mark, np, v int) {
	d.Tokens[mark].Head, d.Tokens[mark].Deprel, d.Tokens[mark].UPOS = v, "mark", "SCONJ"
	d.Tokens[np].Head, d.Tokens[np].Deprel = v, "nsubj"
}

// spanBeforeClause repairs a clause after a span of time and a
// subordinator that the parser gave the span for subject ("came a day
// after gunmen stopped a coach" with "day" the subject of "stopped" and
// "after gunmen" its modifier): the phrase after the subordinator, ending
// right before the verb, is the subject; the subordinator marks the
// clause and the span measures it.
func spanBeforeClause(d *doc.Doc, from, to int) {
	for v := from + 2; v < to; v++ {
		tk := &d.Tokens[v]
		if tk.UPOS != "VERB" || tk.XPOS != "VBD" && tk.XPOS != "VBZ" && tk.XPOS != "VBP" {
			continue
		}
		span := -1
		for i := from; i < v; i++ {
			if d.Tokens[i].Head == v && d.Tokens[i].Deprel == "nsubj" && spanUnits[strings.ToLower(d.Tokens[i].Lemma)] {
				span = i
			}
		}
		if span < 0 {
			continue
		}
		np := -1
		for i := span + 1; i < v; i++ {
			if d.Tokens[i].Head == span && d.Tokens[i].Deprel == "nmod" {
				np = i
			}
		}
		mark := subordinatorRightBefore(d, from, to, np, v)
		if mark < 0 {
			continue
		}
		markClause(d, mark, np, v)
		d.Tokens[span].Deprel = "obl:npmod"
		// (the verbs coordinated after it, with no subject of their own,
		// are its: "stopped a coach, checked the cards and shot dead six
		// men", not the main clause's)
		if h := tk.Head; h >= from && h < v {
			for k := v + 1; k < to; k++ {
				if d.Tokens[k].Head == h && d.Tokens[k].Deprel == "conj" && d.Tokens[k].XPOS == tk.XPOS && !hasSubject(d, k, from, to) {
					d.Tokens[k].Head = v
				}
			}
		}
	}
}

// hasSubject: verb v has a subject of its own among tokens [from, to).
func hasSubject(d *doc.Doc, v, from, to int) bool {
	for i := from; i < to; i++ {
		if d.Tokens[i].Head == v && strings.HasPrefix(d.Tokens[i].Deprel, "nsubj") {
			return true
		}
	}
	return false
}

// spanUnits measure a span of time ("a day after", "hours before").
var spanUnits = map[string]bool{"minute": true, "hour": true, "day": true, "week": true, "month": true, "year": true, "moment": true}

// clauseReadAsConjunct repairs a coordinated clause the parser read as a
// noun conjoined to a verb ("The commission condemned the use of force,
// and Amnesty International called on the authorities to release ..."
// with "International" a conjunct of "condemned" and "called" a
// participle on it): a noun is no conjunct of a verb, so the verb right
// after the noun's phrase, with no subject or subordinator of its own, is
// the conjunct, and the noun its subject.
func clauseReadAsConjunct(d *doc.Doc, from, to int) {
	for n := from + 1; n < to; n++ {
		tn := &d.Tokens[n]
		if tn.Deprel != "conj" || tn.Head < from || tn.Head >= n || d.Tokens[tn.Head].UPOS != "VERB" {
			continue
		}
		if tn.UPOS != "NOUN" && tn.UPOS != "PROPN" && tn.UPOS != "PRON" && !strings.HasPrefix(tn.XPOS, "NN") {
			continue
		}
		v := -1
		for k := n + 1; k < to; k++ {
			if !dominated(d, n, k, from, to) {
				break
			}
			tk := d.Tokens[k]
			if tk.Head == n && tk.UPOS == "VERB" && strings.HasPrefix(tk.Deprel, "acl") && (tk.XPOS == "VBD" || tk.XPOS == "VBN" || tk.XPOS == "VBZ" || tk.XPOS == "VBP") {
				v = k
				break
			}
		}
		if v < 0 || relativeWord(strings.ToLower(d.TokenText(v-1))) {
			continue
		}
		own := false
		for k := from; k < to; k++ {
			if d.Tokens[k].Head == v {
				rel := d.Tokens[k].Deprel
				own = own || rel == "mark" || strings.HasPrefix(rel, "nsubj") || strings.HasPrefix(rel, "aux") && d.Tokens[v].XPOS == "VBN"
			}
		}
		// (the words between are the noun's own: "Amnesty International")
		for k := n + 1; k < v && !own; k++ {
			own = !dominated(d, n, k, from, to) || dominated(d, v, k, from, to) || d.TokenText(k) == ","
		}
		if own {
			continue
		}
		h := tn.Head
		d.Tokens[v].Head, d.Tokens[v].Deprel = h, "conj"
		if d.Tokens[v].XPOS == "VBN" {
			d.Tokens[v].XPOS = "VBD"
		}
		for k := from; k < n; k++ {
			// (the conjunction and comma before the noun are the clause's)
			if d.Tokens[k].Head == n && (d.Tokens[k].Deprel == "cc" || d.Tokens[k].Deprel == "punct") {
				d.Tokens[k].Head = v
			}
		}
		tn.Head, tn.Deprel = v, "nsubj"
	}
}

// subordinatorOf is the subordinator ("after", "before") that is the case
// marker of the phrase headed by np, or -1.
func subordinatorOf(d *doc.Doc, from, np int) int {
	mark := -1
	for i := from; i < np; i++ {
		if d.Tokens[i].Head == np && d.Tokens[i].Deprel == "case" && subordinators[strings.ToLower(d.TokenText(i))] {
			mark = i
		}
	}
	return mark
}

// lastOf is the last token of the phrase headed by h (tokens [from,
// to)).
func lastOf(d *doc.Doc, h, from, to int) int {
	last := h
	for i := h + 1; i < to; i++ {
		for a, n := d.Tokens[i].Head, 0; a >= from && a < to && n < 64; a, n = d.Tokens[a].Head, n+1 {
			if a == h {
				last = i
				break
			}
		}
	}
	return last
}

// leadingDay is the number of tokens of a day and a comma that open the
// tokens [from, to) before a clause of their own ("Thursday, ...",
// "Yesterday, ...": 2; "On Friday, ...": 3), else 0.
func leadingDay(d *doc.Doc, from, to int) int {
	n := 0
	switch strings.ToLower(d.TokenText(from)) {
	case "on", "last", "this", "next":
		// ("Last Thursday, German police arrested ...")
		if to-from > 2 && weekday(d.TokenText(from+1)) {
			n, from = 1, from+1
		}
	}
	if to-from < 5 || d.TokenText(from+1) != "," {
		return 0
	}
	if weekday(d.TokenText(from)) {
		return n + 2
	}
	switch strings.ToLower(d.TokenText(from)) {
	case "yesterday", "today", "tonight":
		if n == 0 {
			return 2
		}
	}
	return 0
}

// timeAfterNoun repairs a noun phrase the parser headed on a time that
// follows its noun ("The explosion Sunday morning hit the church" read as
// a morning, "explosion" and "Sunday" its compounds): the noun heads the
// phrase, and the time hangs on it as a temporal modifier.
func timeAfterNoun(d *doc.Doc, from, to int) {
	for h := from + 1; h < to; h++ {
		th := &d.Tokens[h]
		if th.Deprel == "compound" || !weekday(d.TokenText(h)) && !dayParts[strings.ToLower(d.TokenText(h))] {
			continue
		}
		// the noun: the first compound of the time, before the words of
		// the time itself
		x := h - 1
		for x > from && d.Tokens[x].Head == h && d.Tokens[x].Deprel == "compound" && weekday(d.TokenText(x)) {
			x--
		}
		tx := &d.Tokens[x]
		if tx.Head != h || tx.Deprel != "compound" || (tx.XPOS != "NN" && tx.XPOS != "NNS") || dayParts[strings.ToLower(d.TokenText(x))] {
			continue
		}
		for i := from; i < to; i++ {
			if i != x && d.Tokens[i].Head == h && (i < x || i > h) {
				d.Tokens[i].Head = x
			}
		}
		tx.Head, tx.Deprel = th.Head, th.Deprel
		th.Head, th.Deprel = x, "nmod:tmod"
		for i := x + 1; i < h; i++ {
			d.Tokens[i].Head = h // "Sunday" of "Sunday morning"
		}
	}
}

// nameBeforeSubject repairs a subject the parser split in two ("the
// 48-year-old Kansas City man was stabbed" with "City" and "man" both
// subjects of "stabbed"): a name right before a common noun, both subjects
// of one verb, modifies the noun.
func nameBeforeSubject(d *doc.Doc, from, to int) {
	for i := from; i+1 < to; i++ {
		a, b := &d.Tokens[i], &d.Tokens[i+1]
		if a.Head < 0 || a.Head != b.Head || !strings.HasPrefix(a.Deprel, "nsubj") || !strings.HasPrefix(b.Deprel, "nsubj") {
			continue
		}
		if a.XPOS != "NNP" || b.XPOS != "NN" && b.XPOS != "NNS" {
			continue
		}
		// the name's own modifiers before it ("the 48-year-old") go with
		// the noun
		for k := from; k < i; k++ {
			if d.Tokens[k].Head == i && d.Tokens[k].Deprel != "compound" && d.Tokens[k].Deprel != "flat" {
				d.Tokens[k].Head = i + 1
			}
		}
		a.Head, a.Deprel = i+1, "compound"
	}
}

// finiteModifierClause repairs a clause the parser read as a phrase with a
// past tense for an adjective ("came two days after two bombs killed six
// officers": "after two bombs" a phrase, "killed" a modifier of
// "officers"): a past tense hung as amod on the noun after it, right
// after a noun opened by a subordinator, is the verb of a clause whose
// subject is that noun and whose object is the noun it was hung on.
func finiteModifierClause(d *doc.Doc, from, to int) {
	for v := from + 2; v+1 < to; v++ {
		tv := &d.Tokens[v]
		if tv.XPOS != "VBD" || tv.Deprel != "amod" || tv.Head <= v || tv.Head >= to {
			continue
		}
		np := v - 1
		tn := &d.Tokens[np]
		if tn.UPOS != "NOUN" && tn.UPOS != "PROPN" || tn.Head == v {
			continue
		}
		mark := subordinatorOf(d, from, np)
		if mark < 0 {
			continue
		}
		obj := tv.Head
		// (the object hung under the subject: "bombs ... officers" as
		// conjuncts)
		rel := "acl"
		if strings.HasPrefix(tn.Deprel, "obl") {
			rel = "advcl"
		}
		head := tn.Head
		tv.Head, tv.Deprel = head, rel
		tn.Head, tn.Deprel = v, "nsubj"
		d.Tokens[mark].Head, d.Tokens[mark].Deprel, d.Tokens[mark].UPOS = v, "mark", "SCONJ"
		d.Tokens[obj].Head, d.Tokens[obj].Deprel = v, "obj"
		for i := from; i < to; i++ {
			// the object's own conjunction and modifiers stay with it;
			// what hung on the subject after the verb goes with the verb
			if i > v && i != obj && d.Tokens[i].Head == np {
				d.Tokens[i].Head = v
			}
		}
	}
}

// relativeSubjectClause repairs a relative clause read as a verb's
// complement: "rejected objections to a case that has blocked the trial",
// with "that" as the subject of "blocked" and "blocked" a ccomp of
// "rejected". A complement whose subject is a relative pronoun standing
// right after a noun is a relative clause on that noun.
func relativeSubjectClause(d *doc.Doc, from, to int) {
	for k := from + 1; k+1 < to; k++ {
		tk := &d.Tokens[k]
		if tk.Deprel != "nsubj" || tk.Head <= k || tk.Head >= to || tk.UPOS != "PRON" {
			continue
		}
		switch strings.ToLower(d.TokenText(k)) {
		case "that", "which", "who":
		default:
			continue
		}
		v := tk.Head
		tv := &d.Tokens[v]
		n := &d.Tokens[k-1]
		if tv.Deprel != "ccomp" || n.UPOS != "NOUN" && n.UPOS != "PROPN" || tv.Head == k-1 {
			continue
		}
		// (the noun lies inside what the clause was hung on, after its
		// verb: "rejected objections to a case that ...")
		// (and not under the clause itself, which would make a cycle)
		if tv.Head < 0 || tv.Head >= k-1 || !dominated(d, tv.Head, k-1, from, to) || dominated(d, v, k-1, from, to) {
			continue
		}
		tv.Head, tv.Deprel = k-1, "acl:relcl"
	}
}

// dominated: token x lies under token a (within the sentence [from, to)).
func dominated(d *doc.Doc, a, x, from, to int) bool {
	for n := 0; x >= from && x < to && n < to-from; n++ {
		if x == a {
			return true
		}
		x = d.Tokens[x].Head
	}
	return false
}

// dayParts are the parts of a day ("Sunday morning").
var dayParts = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true, "overnight": true}

func weekday(w string) bool {
	switch strings.ToLower(w) {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
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
