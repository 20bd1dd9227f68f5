package event

import (
	"slices"
	"sort"
	"strings"

	"github.com/sitrep/sitrep/doc"
)

// tree is a read-only view of a Doc's dependency parse: children lists and
// helpers over Universal Dependencies relations.
type tree struct {
	d        *doc.Doc
	children [][]int
	// heads and deprels are the parse the stage reads: the document's,
	// with the repairs of repairStolenObjects and repairStrandedReports.
	heads   []int
	deprels []string
	// quoted marks the tokens inside a direct quotation.
	quoted []bool
	// lowers and lemmas are each token's lower-cased form and lemma,
	// folded once (the rules ask for them again and again).
	lowers, lemmas []string
}

func newTree(d *doc.Doc) *tree {
	t := &tree{d: d, children: make([][]int, len(d.Tokens)), heads: make([]int, len(d.Tokens)), deprels: make([]string, len(d.Tokens)),
		lowers: make([]string, len(d.Tokens)), lemmas: make([]string, len(d.Tokens))}
	for i, tok := range d.Tokens {
		t.heads[i], t.deprels[i] = tok.Head, tok.Deprel
		t.lowers[i] = strings.ToLower(t.word(i))
		if tok.Lemma != "" && tok.Lemma != "_" {
			t.lemmas[i] = strings.ToLower(tok.Lemma)
		} else {
			t.lemmas[i] = t.lowers[i]
		}
	}
	t.repairStolenObjects()
	t.repairStrandedReports()
	t.repairTimeSubjects()
	t.repairQuotedSpeakers()
	t.repairRelativeSubjects()
	t.repairOpeningParticiples()
	t.repairMeansAgents()
	t.repairTrailingReportClauses()
	t.repairLeadingReportClauses()
	t.repairUnderFire()
	for i := range d.Tokens {
		h := t.heads[i]
		if h >= 0 && h < len(d.Tokens) && h != i {
			t.children[h] = append(t.children[h], i)
		}
	}
	t.quoted = quotedTokens(d)
	return t
}

// quotedTokens marks the tokens between double quotation marks ("...",
// “...”) of the same paragraph; a quotation left open runs to the end of
// its paragraph (a quote going on in the next paragraph opens it again).
func quotedTokens(d *doc.Doc) []bool {
	q := make([]bool, len(d.Tokens))
	in, para := false, -1
	for i := range d.Tokens {
		tk := &d.Tokens[i]
		if tk.Sent >= 0 && tk.Sent < len(d.Sentences) {
			if p := d.Sentences[tk.Sent].Para; p != para {
				in, para = false, p
			}
		}
		if w := d.Text[tk.Start:tk.End]; quoteMark(w) {
			switch {
			case w == "“" || w == "``":
				in = true
			case w == "”" || w == "''":
				in = false
			default:
				in = !in
			}
			continue
		}
		q[i] = in
	}
	return q
}

func (t *tree) tok(i int) *doc.Token { return &t.d.Tokens[i] }

// rel returns the base relation of token i ("obl" for "obl:tmod").
func (t *tree) rel(i int) string {
	r, _, _ := strings.Cut(t.deprels[i], ":")
	return r
}

func (t *tree) fullRel(i int) string { return t.deprels[i] }

// repairStolenObjects gives back to a transitive verb left without an
// object the noun phrase right after it that the parser made the subject
// of the report next to it ("fighters killed at least 26 soldiers in
// attacks ..., a spokesman said" with "soldiers" read as the one who said;
// "declared a state of emergency and imposed a curfew in the Western
// Province, his office said" with the curfew saying it).
func (t *tree) repairStolenObjects() {
	toks := t.d.Tokens
	for v := range toks {
		if toks[v].UPOS != "VERB" || toks[v].XPOS != "VBD" && !(toks[v].XPOS == "VBN" && t.deprels[v] == "conj" && t.heads[v] >= 0 && toks[t.heads[v]].XPOS == "VBD") {
			continue
		}
		// the noun phrase after the verb: "at least 26 soldiers", "a
		// curfew"
		n := v + 1
		for n < len(toks) && n-v <= 6 {
			x := toks[n].XPOS
			if x != "CD" && x != "JJ" && x != "JJS" && x != "JJR" && x != "RBR" && x != "IN" && x != "RB" && x != "DT" && x != "PRP$" {
				break
			}
			n++
		}
		if n >= len(toks) || toks[n].XPOS != "NNS" && toks[n].XPOS != "NN" {
			continue
		}
		r := t.heads[n]
		if r < 0 || r >= len(toks) || r <= n || !strings.HasPrefix(t.deprels[n], "nsubj") || toks[r].Lemma != "say" || t.heads[v] != r && t.heads[r] != v {
			continue
		}
		hasObj := false
		sent := t.d.Sentences[toks[v].Sent]
		for k := sent.TokStart; k < sent.TokEnd; k++ {
			if k != r && t.heads[k] == v && (t.deprels[k] == "obj" || t.deprels[k] == "ccomp" || t.deprels[k] == "xcomp") {
				hasObj = true
				break
			}
		}
		if hasObj {
			continue
		}
		t.heads[n], t.deprels[n] = v, "obj"
		if t.heads[r] == v {
			// (the report hung on the verb is none of its content)
			t.deprels[r] = "parataxis"
		}
	}
}

// repairOpeningParticiples makes the main clause the root of a sentence
// the parser rooted in its opening participle ("Demanding the release of
// their leaders, hundreds of protesters marched through the capital", with
// "marched" read as what was demanded and "hundreds" as the release's):
// the finite verb after the comma, hung on the participle and left with
// no subject, takes the noun phrase before it as its subject and the
// participle as an adverbial clause.
func (t *tree) repairOpeningParticiples() {
	toks := t.d.Tokens
	for _, s := range t.d.Sentences {
		g := s.TokStart
		if g < 0 || g >= s.TokEnd || s.TokEnd > len(toks) || toks[g].XPOS != "VBG" || t.heads[g] >= 0 {
			continue
		}
		comma := -1
		for k := g + 1; k < s.TokEnd; k++ {
			if toks[k].Norm == "," {
				comma = k
				break
			}
		}
		if comma < 0 {
			continue
		}
		v := -1
		for k := comma + 1; k < s.TokEnd; k++ {
			if t.heads[k] == g && (toks[k].XPOS == "VBD" || toks[k].XPOS == "VBZ" || toks[k].XPOS == "VBP") {
				v = k
				break
			}
		}
		if v < 0 {
			continue
		}
		// (the noun phrase between: one head, hung outside it)
		n, heads := -1, 0
		for k := comma + 1; k < v; k++ {
			if h := t.heads[k]; h <= comma || h >= v {
				n, heads = k, heads+1
			}
		}
		if heads != 1 || !(toks[n].UPOS == "NOUN" || toks[n].UPOS == "PROPN" || toks[n].UPOS == "PRON" || toks[n].UPOS == "NUM") {
			continue
		}
		subject := false
		for k := s.TokStart; k < s.TokEnd; k++ {
			if t.heads[k] == v && strings.HasPrefix(t.deprels[k], "nsubj") {
				subject = true
			}
		}
		if subject {
			continue
		}
		t.heads[v], t.deprels[v] = -1, "root"
		t.heads[g], t.deprels[g] = v, "advcl"
		t.heads[n], t.deprels[n] = v, "nsubj"
		for k := v + 1; k < s.TokEnd; k++ {
			if t.heads[k] == g && t.deprels[k] == "punct" {
				t.heads[k] = v
			}
		}
	}
}

// repairTrailingReportClauses gives a report that closes its sentence
// (", police said") the clause it reports when the parser left it none and
// hung that clause's verb on the noun before it ("In Maracaibo, the
// country's second-largest city, armed men on motorcycles fired on a
// crowd ..., police said" with "fired" a participle on "men"): the verb
// becomes what was said and the noun phrase before it its subject. A verb
// with a subordinator or a relative pronoun of its own ("a man who died")
// stays as it is.
func (t *tree) repairTrailingReportClauses() {
	toks := t.d.Tokens
	for _, s := range t.d.Sentences {
		if s.TokStart < 0 || s.TokEnd > len(toks) || s.TokEnd-s.TokStart < 6 {
			continue
		}
		r := -1
		for k := s.TokStart; k < s.TokEnd; k++ {
			if t.heads[k] < 0 {
				r = k
				break
			}
		}
		if r < 0 || toks[r].XPOS != "VBD" && toks[r].XPOS != "VBZ" && toks[r].XPOS != "VBP" {
			continue
		}
		if _, says := reportVerbs[t.lemmas[r]]; !says {
			continue
		}
		// the report's subject opens after a comma; nothing before that
		// comma is its clause
		sb, clause := -1, false
		for k := s.TokStart; k < s.TokEnd; k++ {
			if t.heads[k] != r {
				continue
			}
			switch {
			case strings.HasPrefix(t.deprels[k], "nsubj") && k < r:
				sb = k
			case strings.HasPrefix(t.deprels[k], "ccomp") || t.deprels[k] == "parataxis" || strings.HasPrefix(t.deprels[k], "csubj"):
				clause = true
			}
		}
		if sb < 0 || clause || openingSubordinators[t.lowers[s.TokStart]] {
			continue
		}
		// (the report closes the sentence: no verb after it before a
		// comma, as in "said in a statement", not "warned in a video
		// posted ...")
		tail := false
		for k := r + 1; k < s.TokEnd && toks[k].Norm != ","; k++ {
			tail = tail || toks[k].UPOS == "VERB"
		}
		if tail {
			continue
		}
		start := sb
		for start > s.TokStart && t.under(start-1, sb) {
			start--
		}
		c := start - 1
		if c <= s.TokStart || toks[c].Norm != "," {
			continue
		}
		for v := s.TokStart + 1; v < c; v++ {
			if toks[v].UPOS != "VERB" || !finiteOrParticiple(toks[v].XPOS) {
				continue
			}
			h := t.heads[v]
			if h < 0 || h >= v || !strings.HasPrefix(t.deprels[v], "acl") && t.deprels[v] != "amod" || !(toks[h].UPOS == "NOUN" || toks[h].UPOS == "PROPN" || toks[h].UPOS == "PRON" || toks[h].UPOS == "NUM") {
				continue
			}
			own := false
			for k := s.TokStart; k < s.TokEnd; k++ {
				if t.heads[k] == v && (t.deprels[k] == "mark" || strings.HasPrefix(t.deprels[k], "nsubj") || strings.HasPrefix(t.deprels[k], "aux") || relPronouns[t.lowers[k]] && k < v) {
					own = true
				}
			}
			if own || relPronouns[t.lowers[v-1]] {
				break
			}
			// the subject: the phrase the noun before the verb heads, or
			// the one it is the prepositional modifier of ("inmates from
			// the wing seized")
			n := h
			for t.deprels[n] == "nmod" && t.heads[n] >= s.TokStart && t.heads[n] < n {
				n = t.heads[n]
			}
			t.heads[v], t.deprels[v] = r, "ccomp"
			t.heads[n], t.deprels[n] = v, "nsubj"
			// (what opens the sentence before the comma tells where and
			// when of what was said: "In Wete, ..., a crowd set fire")
			for k := s.TokStart; k < c; k++ {
				if t.heads[k] == r && (t.rel(k) == "obl" || t.rel(k) == "advmod" || t.rel(k) == "advcl") {
					t.heads[k] = v
				}
			}
			break
		}
	}
}

// repairLeadingReportClauses gives a report verb with no clause the one
// the parser hung on a phrase after it: a verb read as a participle on
// the report's object ("the Red Crescent said troops fired at one of its
// ambulances" with "fired" on "troops"), which becomes what was said with
// the object its subject; or a clause with a subject of its own read as a
// relative one on the report's time ("said on Monday it had delivered
// 1,500 food kits").
func (t *tree) repairLeadingReportClauses() {
	toks := t.d.Tokens
	for _, s := range t.d.Sentences {
		if s.TokStart < 0 || s.TokEnd > len(toks) {
			continue
		}
		for r := s.TokStart; r < s.TokEnd; r++ {
			if toks[r].UPOS != "VERB" || toks[r].XPOS != "VBD" && toks[r].XPOS != "VBZ" && toks[r].XPOS != "VBP" {
				continue
			}
			if _, says := reportVerbs[t.lemmas[r]]; !says || t.lemmas[r] == "tell" {
				continue
			}
			clause := false
			for k := s.TokStart; k < s.TokEnd; k++ {
				if t.heads[k] == r && (strings.HasPrefix(t.deprels[k], "ccomp") || t.deprels[k] == "parataxis" || strings.HasPrefix(t.deprels[k], "xcomp")) {
					clause = true
				}
			}
			if clause {
				continue
			}
			for v := r + 2; v < s.TokEnd; v++ {
				h := t.heads[v]
				if h <= r || h >= v || t.heads[h] != r || !strings.HasPrefix(t.deprels[v], "acl") || !finiteOrParticiple(toks[v].XPOS) {
					continue
				}
				var subj, aux, mark bool
				for k := s.TokStart; k < s.TokEnd; k++ {
					if t.heads[k] != v {
						continue
					}
					switch {
					case strings.HasPrefix(t.deprels[k], "nsubj") && k < v && !relPronouns[t.lowers[k]]:
						subj = true
					case strings.HasPrefix(t.deprels[k], "aux"):
						aux = true
					case t.deprels[k] == "mark" || relPronouns[t.lowers[k]] && k < v:
						mark = true
					}
				}
				if mark || relPronouns[t.lowers[v-1]] {
					break
				}
				switch {
				case subj && strings.HasPrefix(t.deprels[h], "obl"):
					// "said on Monday it had delivered"
					t.heads[v], t.deprels[v] = r, "ccomp"
				case !subj && !aux && t.deprels[h] == "obj" && t.phraseReaches(h, v):
					// "said troops fired at"
					t.heads[v], t.deprels[v] = r, "ccomp"
					t.heads[h], t.deprels[h] = v, "nsubj"
				}
				break
			}
		}
	}
}

// phraseReaches: every token between noun n and verb v belongs to n's
// phrase, with no comma: v follows the phrase right away.
func (t *tree) phraseReaches(n, v int) bool {
	for k := n + 1; k < v; k++ {
		if t.d.Tokens[k].Norm == "," || !t.under(k, n) {
			return false
		}
	}
	return true
}

// repairUnderFire undoes "under fire" read as a compound of the span of
// time after it ("came under fire minutes later" with "fire" on
// "minutes"): the fire is what the verb's subject came under, the span
// when.
func (t *tree) repairUnderFire() {
	toks := t.d.Tokens
	for f := 1; f+1 < len(toks); f++ {
		n := t.heads[f]
		if n != f+1 || t.deprels[f] != "compound" || t.lowers[f-1] != "under" || !underNouns[t.lemmas[f]] || !openingSpanUnits[t.lemmas[n]] {
			continue
		}
		v := t.heads[n]
		if v < 0 || v >= len(toks) || toks[v].UPOS != "VERB" {
			continue
		}
		t.heads[f], t.deprels[f] = v, "obl"
		t.heads[f-1], t.deprels[f-1] = f, "case"
		t.deprels[n] = "obl:npmod"
	}
}

// underNouns are what one comes under ("came under fire", "under attack").
var underNouns = map[string]bool{"fire": true, "attack": true, "shelling": true, "bombardment": true}

// openingSubordinators open a sentence with a subordinate clause, whose
// verb is no report's content ("As the fighting raged, ...").
var openingSubordinators = map[string]bool{"as": true, "when": true, "while": true, "after": true, "before": true, "because": true,
	"if": true, "although": true, "though": true, "since": true, "until": true, "once": true, "whereas": true, "unless": true}

// finiteOrParticiple: a past, present or past-participle tag, the forms a main
// verb misread as a participle takes.
func finiteOrParticiple(xpos string) bool {
	return xpos == "VBD" || xpos == "VBZ" || xpos == "VBP" || xpos == "VBN"
}

// repairStrandedReports hangs back on a report verb the that-clause the
// parser hung on a phrase between them ("said after a virtual summit that
// it would send a mission": what was said, not a summit's content).
func (t *tree) repairStrandedReports() {
	toks := t.d.Tokens
	for v := range toks {
		n := t.heads[v]
		if t.deprels[v] != "acl" || n < 0 || n >= len(toks) || !strings.HasPrefix(t.deprels[n], "obl") {
			continue
		}
		r := t.heads[n]
		if r < 0 || r >= len(toks) || r > n {
			continue
		}
		if _, says := reportVerbs[toks[r].Lemma]; !says {
			continue
		}
		that, hasComp := false, false
		for k := r + 1; k <= v && k < len(toks); k++ {
			if t.heads[k] == v && t.deprels[k] == "mark" && strings.EqualFold(t.d.Text[toks[k].Start:toks[k].End], "that") {
				that = true
			}
			if t.heads[k] == r && t.deprels[k] == "ccomp" {
				hasComp = true
			}
		}
		if that && !hasComp {
			t.heads[v], t.deprels[v] = r, "ccomp"
		}
	}
}

// repairTimeSubjects gives the verb back its subject when the parser made
// an opening span of time ("Hours after the raid, more than 200 supporters
// gathered ...") the subject and hung the real one on it in apposition:
// the noun phrase after the comma becomes the subject, the span of time a
// modifier telling when.
func (t *tree) repairTimeSubjects() {
	toks := t.d.Tokens
	for n := range toks {
		v := t.heads[n]
		if v <= n || v >= len(toks) || !strings.HasPrefix(t.deprels[n], "nsubj") || toks[n].XPOS != "NNS" || !openingSpanUnits[strings.ToLower(toks[n].Lemma)] {
			continue
		}
		if s := toks[n].Sent; s < 0 || s >= len(t.d.Sentences) || t.d.Sentences[s].TokStart != n {
			continue
		}
		for a := n + 1; a < v; a++ {
			if t.heads[a] != n || t.deprels[a] != "appos" || !(toks[a].UPOS == "NOUN" || toks[a].UPOS == "PROPN" || toks[a].UPOS == "PRON") {
				continue
			}
			comma := false
			for k := n + 1; k < a; k++ {
				if toks[k].Norm == "," && (t.heads[k] == a || t.heads[k] == n) {
					comma = true
				}
			}
			if comma {
				t.heads[a], t.deprels[a] = v, t.deprels[n]
				t.deprels[n] = "obl:tmod"
			}
			break
		}
	}
}

// meansNouns are means of talking, never the doer: "by telephone".
var meansNouns = map[string]bool{"telephone": true, "phone": true, "videoconference": true, "video": true, "videolink": true,
	"radio": true, "satellite": true, "letter": true, "email": true, "e-mail": true, "teleconference": true, "link": true}

// repairMeansAgents undoes a passive the parser read into a means of
// talking ("Erdogan and Putin talked by telephone" with "talked" a
// participle and "telephone" its agent): the means becomes a modifier and,
// when no passive auxiliary is there, the passive subject the subject.
func (t *tree) repairMeansAgents() {
	for a, tok := range t.d.Tokens {
		v := t.heads[a]
		if t.deprels[a] != "obl:agent" || v < 0 || v >= len(t.d.Tokens) || !meansNouns[t.lemmas[a]] || tok.Sent < 0 || tok.Sent >= len(t.d.Sentences) {
			continue
		}
		t.deprels[a] = "obl"
		// (the verb's dependents lie in its sentence)
		s := t.d.Sentences[tok.Sent]
		passive := false
		for k := s.TokStart; k < s.TokEnd; k++ {
			passive = passive || t.heads[k] == v && t.deprels[k] == "aux:pass"
		}
		if passive {
			continue
		}
		for k := s.TokStart; k < s.TokEnd; k++ {
			if t.heads[k] == v && t.deprels[k] == "nsubj:pass" {
				t.deprels[k] = "nsubj"
			}
		}
	}
}

// repairQuotedSpeakers gives a report verb after a quotation its speaker
// back when the parser hung the verb on the speaker as a modifier
// ("\"...,\" Pakistan's defence minister Khawaja Asif told parliament"
// with "told" a clause on "Khawaja" and "Khawaja" an object inside the
// quotation): the speaker becomes the verb's subject, the verb a clause
// beside the quotation.
func (t *tree) repairQuotedSpeakers() {
	toks := t.d.Tokens
	for v := range toks {
		h := t.heads[v]
		if t.deprels[v] != "acl" || h < 0 || h >= v || toks[v].XPOS != "VBD" || toks[h].UPOS != "PROPN" && toks[h].UPOS != "NOUN" {
			continue
		}
		if _, says := reportVerbs[strings.ToLower(toks[v].Lemma)]; !says {
			continue
		}
		// the speaker's phrase runs from right after a closing
		// quotation mark to the verb
		start := h
		for start > 0 && t.under(start-1, h) && toks[start-1].UPOS != "PUNCT" {
			start--
		}
		if start == 0 || !quoteMark(t.d.Text[toks[start-1].Start:toks[start-1].End]) {
			continue
		}
		g := t.heads[h]
		if g < 0 || g >= start {
			continue
		}
		t.heads[v], t.deprels[v] = g, "parataxis"
		t.heads[h], t.deprels[h] = v, "nsubj"
	}
}

// repairRelativeSubjects gives a report verb with no subject its subject
// back when the parser read the relative clause between them as the
// verb's complement ("Sudan's army, whose 15th Infantry Division is holed
// up in El Geneina, said its troops had repelled ..." with "army" the
// subject of "holed" and "holed" said): the noun before the comma and
// the relative pronoun is the subject, the clause its modifier.
func (t *tree) repairRelativeSubjects() {
	toks := t.d.Tokens
	for c := range toks {
		v := t.heads[c]
		if t.deprels[c] != "ccomp" || v <= c || v >= len(toks) {
			continue
		}
		if _, says := reportVerbs[strings.ToLower(toks[v].Lemma)]; !says || !strings.HasPrefix(toks[v].XPOS, "VBD") {
			continue
		}
		si := toks[v].Sent
		if si < 0 || si >= len(t.d.Sentences) {
			continue
		}
		sent := t.d.Sentences[si]
		subjectless := true
		for k := sent.TokStart; k < sent.TokEnd; k++ {
			if t.heads[k] == v && strings.HasPrefix(t.deprels[k], "nsubj") {
				subjectless = false
				break
			}
		}
		if !subjectless {
			continue
		}
		sb := -1
		for k := sent.TokStart; k < c; k++ {
			if t.heads[k] == c && strings.HasPrefix(t.deprels[k], "nsubj") {
				sb = k
			}
		}
		if sb < 0 {
			continue
		}
		for r := sb + 2; r < c; r++ {
			// (a relative clause the parser read as one has a verb of its
			// own: "Turkey, which supports ..., will send")
			if w := strings.ToLower(toks[r].Norm); (w == "whose" || w == "who" || w == "which") && toks[r-1].Norm == "," && !t.inRelative(r, c) {
				t.heads[sb], t.deprels[sb] = v, "nsubj"
				t.heads[c], t.deprels[c] = sb, "acl:relcl"
				break
			}
		}
	}
}

// inRelative: token r hangs on c through a clause the parser made a
// relative or adnominal one.
func (t *tree) inRelative(r, c int) bool {
	for n := 0; n < 12 && r >= 0 && r < len(t.heads) && r != c; n++ {
		if strings.HasPrefix(t.deprels[r], "acl") {
			return true
		}
		r = t.heads[r]
	}
	return false
}

// under: token k hangs (through at most a few heads) on token h, by the
// heads as repaired so far.
func (t *tree) under(k, h int) bool {
	for n := 0; n < 8 && k >= 0 && k < len(t.heads); n++ {
		k = t.heads[k]
		if k == h {
			return true
		}
	}
	return false
}

// quoteMark: w is a double quotation mark.
func quoteMark(w string) bool {
	switch w {
	case "\"", "“", "”", "''", "``":
		return true
	}
	return false
}

// openingSpanUnits are the units of a span of time that opens a sentence
// as its time ("Hours after the raid", "Days before the vote").
var openingSpanUnits = map[string]bool{"second": true, "minute": true, "hour": true, "day": true, "week": true, "month": true, "moment": true, "year": true}

func (t *tree) head(i int) int {
	h := t.heads[i]
	if h < 0 || h >= len(t.d.Tokens) || h == i {
		return -1
	}
	return h
}

// lemma returns the lower-case lemma of token i, or its lower-case form.
func (t *tree) lemma(i int) string { return t.lemmas[i] }

// word returns the token's matching form (Norm, else its text).
func (t *tree) word(i int) string {
	tk := &t.d.Tokens[i]
	if tk.Norm != "" {
		return tk.Norm
	}
	return t.d.Text[tk.Start:tk.End]
}

func (t *tree) lower(i int) string { return t.lowers[i] }

// kids returns the children of i whose relation (full or base) is one of rels.
func (t *tree) kids(i int, rels ...string) []int {
	var out []int
	for _, c := range t.children[i] {
		fr, br := t.fullRel(c), t.rel(c)
		for _, r := range rels {
			if fr == r || br == r {
				out = append(out, c)
				break
			}
		}
	}
	return out
}

func (t *tree) kid(i int, rels ...string) int {
	if k := t.kids(i, rels...); len(k) > 0 {
		return k[0]
	}
	return -1
}

// caseOf returns the lower-case preposition(s) marking nominal i ("by",
// "according to"), from its case/mark children.
func (t *tree) caseOf(i int) string {
	var ws []string
	for _, c := range t.children[i] {
		if t.rel(c) == "case" || (t.rel(c) == "mark" && t.tok(c).UPOS == "ADP") {
			w := t.lower(c)
			for _, f := range t.kids(c, "fixed") {
				w += " " + t.lower(f)
			}
			ws = append(ws, w)
		}
	}
	// ("flown in from Darwin", "came back from Kabul": the particle the
	// parser hung as a second case is the verb's, the place's is "from")
	if len(ws) > 1 && particleCases[ws[0]] {
		ws = ws[1:]
	}
	return strings.Join(ws, " ")
}

// particleCases are verb particles a parser may hang as a case before
// the real preposition.
var particleCases = map[string]bool{"in": true, "out": true, "back": true, "up": true, "down": true, "away": true, "off": true}

// subtree returns the tokens dominated by i (i included), in order,
// skipping the children whose relation is in skip (and their subtrees).
func (t *tree) subtree(i int, skip map[string]bool) []int {
	var out []int
	seen := map[int]bool{}
	var walk func(j int, depth int)
	walk = func(j int, depth int) {
		if depth > 200 || seen[j] {
			return
		}
		seen[j] = true
		out = append(out, j)
		for _, c := range t.children[j] {
			if skip[t.fullRel(c)] || skip[t.rel(c)] {
				continue
			}
			walk(c, depth+1)
		}
	}
	walk(i, 0)
	sort.Ints(out)
	return out
}

// dominates reports whether a is an ancestor of b (or b itself).
func (t *tree) dominates(a, b int) bool {
	for n, j := 0, b; j >= 0 && n < 200; n++ {
		if j == a {
			return true
		}
		j = t.head(j)
	}
	return false
}

// span returns the byte span of a sorted token list, trimmed of edge
// punctuation and (optionally) a leading determiner-free start.
func (t *tree) span(toks []int) (int, int, bool) {
	lo, hi := 0, len(toks)
	for lo < hi && t.tok(toks[lo]).UPOS == "PUNCT" && !isBracket(t.word(toks[lo])) {
		lo++
	}
	for hi > lo && t.tok(toks[hi-1]).UPOS == "PUNCT" && t.word(toks[hi-1]) != ")" {
		hi--
	}
	if lo >= hi {
		return 0, 0, false
	}
	// drop an unbalanced trailing "(" and leading ")"
	return t.tok(toks[lo]).Start, t.tok(toks[hi-1]).End, true
}

func isBracket(w string) bool { return w == "(" || w == ")" }

func (t *tree) isVerbal(i int) bool {
	u := t.tok(i).UPOS
	return u == "VERB" || (u == "AUX" && t.head(i) < 0)
}

func (t *tree) isNominal(i int) bool {
	switch t.tok(i).UPOS {
	case "NOUN", "PROPN", "PRON", "NUM", "X":
		return true
	}
	return false
}

// passive reports whether verb i is in the passive voice.
func (t *tree) passive(i int) bool {
	if len(t.kids(i, "nsubj:pass", "aux:pass", "csubj:pass")) > 0 {
		return true
	}
	if t.gappedPassive(i) {
		return true
	}
	// reduced relative or participial modifier: "the town seized by ..."
	if t.tok(i).XPOS == "VBN" && (t.rel(i) == "acl" || t.rel(i) == "amod") && len(t.kids(i, "aux")) == 0 {
		// not when the participle has an object of its own: "jihadists
		// killed 31 soldiers" misparsed as a reduced relative
		for _, k := range t.kids(i, "obj", "obl") {
			if t.fullRel(k) == "obj" && t.tok(k).UPOS != "PRON" || t.fullRel(k) == "obl:agent" && t.caseOf(k) == "" {
				return false
			}
		}
		return true
	}
	return false
}

// withAbsolute: participle i heads an absolute clause opened by "with"
// ("with at least 180 people killed"): a passive, its subject the one
// undergoing it.
func (t *tree) withAbsolute(i int) bool {
	if t.tok(i).XPOS != "VBN" || len(t.kids(i, "aux", "aux:pass")) > 0 || t.kid(i, "nsubj") < 0 {
		return false
	}
	return slices.ContainsFunc(t.kids(i, "mark", "case"), func(m int) bool { return t.lower(m) == "with" })
}

// gappedPassive: participle i is a passive whose auxiliary is left out,
// coordinated with one that has it ("three were killed and five people
// wounded") or in a with-clause (withAbsolute); its subject is the one
// undergoing it.
func (t *tree) gappedPassive(i int) bool {
	return t.gappedSubject(i) >= 0
}

// gappedSubject is the subject of gapped passive i, however the parser
// hung it before the participle ("five people" as its subject or as a
// bare nominal), or -1.
func (t *tree) gappedSubject(i int) int {
	if t.withAbsolute(i) {
		return t.kid(i, "nsubj")
	}
	h := t.head(i)
	if t.tok(i).XPOS != "VBN" || t.rel(i) != "conj" || h < 0 || len(t.kids(h, "aux:pass")) == 0 || len(t.kids(i, "aux", "aux:pass")) > 0 {
		return -1
	}
	for _, k := range t.kids(i, "nsubj", "obj", "obl:unmarked") {
		if k < i && t.isNominal(k) {
			return k
		}
	}
	return -1
}

// lemmaCandidates returns the tagger's lemma of token i, then forms
// guessed from the word itself ("praised" -> praise, "shelled" -> shell,
// "carried" -> carry, "clashes" -> clash), so that a lexicon lookup
// survives a wrong lemma.
func (t *tree) lemmaCandidates(i int) []string {
	out := []string{t.lemma(i)}
	w := t.lower(i)
	add := func(s string) {
		if len(s) < 2 {
			return
		}
		for _, x := range out {
			if x == s {
				return
			}
		}
		out = append(out, s)
	}
	add(w)
	nominal := t.tok(i).UPOS == "NOUN" || t.tok(i).UPOS == "PROPN"
	for _, suf := range []string{"ing", "ed", "es", "s", "d"} {
		if !strings.HasSuffix(w, suf) || len(w) <= len(suf)+2 {
			continue
		}
		// (a noun has no past: "band" is no "ban")
		if nominal && (suf == "ed" || suf == "d") {
			continue
		}
		stem := w[:len(w)-len(suf)]
		switch suf {
		case "ed", "es":
			if strings.HasSuffix(stem, "i") {
				add(stem[:len(stem)-1] + "y")
			}
		}
		add(stem)
		add(stem + "e")
		if n := len(stem); n > 2 && stem[n-1] == stem[n-2] {
			add(stem[:n-1])
		}
	}
	return out
}
