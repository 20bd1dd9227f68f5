// Package ner owns named-entity recognition: the ner stage (PERSON, ORG,
// GPE, LOC, FAC, NORP, MISC over a Doc's tokens), its averaged perceptron
// tagger (beam search over BILOU tags) trained on CoNLL-2003, the built-in
// word lists it uses as features, CoNLL-2003 reading/writing/scoring, and
// the rules that refine CoNLL types into news types, strip titles, link
// acronyms and short mentions. It reads Doc.Tokens and Doc.Sentences (and Token.XPOS when the
// tag stage ran) and writes only Doc.Entities; it must not touch tokens,
// sentences or other stages' annotations, and never reads ../shared at run
// time.
package ner
