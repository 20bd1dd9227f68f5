package tag

import "github.com/sitrep/sitrep/doc"

// maxQuoted is the longest phrase, in tokens, that ScareQuotes unwraps.
const maxQuoted = 4

// ScareQuotes marks, among the tokens [from, to) of d (one sentence), the
// quotation marks that wrap a short phrase: had "unintentionally" shot,
// blaming "human error". News quotes single words and short phrases
// everywhere; the models, trained on text where quotation marks open
// speech, read the words around them wrongly ("had ... shot" as a noun).
// The tag and parse stages leave the marked tokens out of what the models
// see and attach them afterwards. Nil when there are none.
func ScareQuotes(d *doc.Doc, from, to int) []bool {
	var marked []bool
	for i := from; i < to; i++ {
		if !opensQuote(d, i, from) {
			continue
		}
		for j := i + 2; j < to && j <= i+1+maxQuoted; j++ {
			if isQuote(d.TokenText(j)) {
				if closesQuote(d, j) {
					if marked == nil {
						marked = make([]bool, to-from)
					}
					marked[i-from], marked[j-from] = true, true
					i = j
				}
				break
			}
		}
	}
	return marked
}

// maxDateline is how many tokens a dateline with its date and agency
// ("UNITED NATIONS, March 4, 2015 (AP) --") may run to.
const maxDateline = 16

// DatelineTokens marks, among the tokens [from, to) of d (one sentence),
// the dateline that opens it, up to and with the dash that ends it
// ("BAGHDAD (Reuters) -", "PESHAWAR, Pakistan —"): a heading, not a part
// of the sentence, that the models would read as its subject. Nil when
// the sentence does not open with the document's dateline, has no dash
// after it, or is nothing but the dateline.
func DatelineTokens(d *doc.Doc, from, to int) []bool {
	dl := d.Meta.Dateline
	if dl == nil || from >= to || d.Tokens[from].Start != dl.Start {
		return nil
	}
	for j := from; j < to && j < from+maxDateline; j++ {
		if d.Tokens[j].Start < dl.End {
			continue
		}
		switch d.TokenText(j) {
		case "\u2014", "\u2013", "-", "--", "---", "_": // ("(AP) _": old wire style)
			if j+1 >= to {
				return nil
			}
			marked := make([]bool, to-from)
			for k := from; k <= j; k++ {
				marked[k-from] = true
			}
			return marked
		}
	}
	return nil
}

func isQuote(w string) bool {
	return w == `"` || w == "\u201c" || w == "\u201d" || w == "``" || w == "''"
}

// opensQuote: token i is a quotation mark written to open (“, or " with a
// space or the sentence start before it and none after).
func opensQuote(d *doc.Doc, i, from int) bool {
	switch d.TokenText(i) {
	case "\u201c", "``":
		return true
	case `"`:
		return !d.Tokens[i].SpaceAfter && (i == from || d.Tokens[i-1].SpaceAfter || d.TokenText(i-1) == "(")
	}
	return false
}

// closesQuote: token j is a quotation mark written to close (”, or " right
// after a word).
func closesQuote(d *doc.Doc, j int) bool {
	switch d.TokenText(j) {
	case "\u201d", "''":
		return true
	case `"`:
		return !d.Tokens[j-1].SpaceAfter
	}
	return false
}
