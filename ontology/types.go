package ontology

// genCode is one row of the generated CAMEO -> PLOVER table.
type genCode struct {
	code, name, plover, mode, contexts string
}

// VerbPattern is a verb dictionary pattern: the verb lemma with an object
// head word, a preposition, or both (a preposition may carry its own
// object word), and the CAMEO code the pattern gives.
type VerbPattern struct {
	Verb, Obj, Prep, PObj, Code string
}
