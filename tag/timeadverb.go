package tag

import "strings"

// fixTimeAdverb retags "late" and "early" opening a clause before a time
// ("Late on Sunday, gunmen opened fire", "Early this month, ...", "late
// Tuesday") as the adverbs they are: read as an adjective, the word
// became the sentence's root and its real verb a participle. And "aged"
// before an age is an adjective.
func fixTimeAdverb(words, upos, xpos []string) {
	for i := 0; i+1 < len(words); i++ {
		if xpos[i] != "JJ" || !strings.EqualFold(words[i], "late") && !strings.EqualFold(words[i], "early") {
			continue
		}
		if i > 0 && xpos[i-1] != "," && xpos[i-1] != "CC" && xpos[i-1] != "``" {
			continue
		}
		next := strings.ToLower(words[i+1])
		if next == "on" || next == "in" {
			if i+2 >= len(words) || !timeWord(strings.ToLower(words[i+2])) {
				continue
			}
		} else if !timeWord(next) {
			continue
		}
		upos[i], xpos[i] = "ADV", "RB"
	}
	// ("two brothers aged 19 and 23": "aged" before an age is the
	// adjective, not a finite verb taking the age as its object)
	for i := 1; i+1 < len(words); i++ {
		if strings.EqualFold(words[i], "aged") && xpos[i+1] == "CD" && strings.HasPrefix(xpos[i], "VB") {
			upos[i], xpos[i] = "ADJ", "JJ"
		}
	}
}

// timeWord: a word that opens or is a time of day, week, month or year.
func timeWord(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december",
		"last", "this", "that", "the", "yesterday", "today", "tonight", "tomorrow",
		"morning", "afternoon", "evening", "night", "monday's", "sunday's":
		return true
	}
	return false
}
