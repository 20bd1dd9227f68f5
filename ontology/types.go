package ontology

// genCode is one row of the generated CAMEO -> PLOVER table.
type genCode struct {
	code, name, plover, mode, contexts string
}

// VerbPattern is a verb dictionary pattern: the verb lemma with an object
// head word, a preposition, or both (a preposition may carry its own
// object word), and the CAMEO code the pattern gives. Covered: the
// dictionary pattern it was read from is also a phrase pattern, which a
// dictionary read with its phrase patterns matches instead (this simple
// reading matches on a phrase's last word alone).
type VerbPattern struct {
	Verb, Obj, Prep, PObj, Code string
	Covered                     bool
}
