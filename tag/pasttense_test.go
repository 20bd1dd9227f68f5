package tag

import (
	"slices"
	"strings"
	"testing"
)

// TestFixPastTense drives the VBN→VBD rule with given tags (word/XPOS), so
// it tests the rule, not the model.
func TestFixPastTense(t *testing.T) {
	cases := []struct{ in, want string }{
		// a headline clause: subject, participle form, object
		{"Government/NN troops/NNS killed/VBN twelve/CD militants/NNS ./.", "VBD"},
		{"The/DT army/NN shelled/VBN villages/NNS overnight/RB ./.", "VBD"},
		{"Officials/NNS said/VBD gunmen/NNS abducted/VBN 20/CD students/NNS ./.", "VBD"},
		// an object told as a bounded count
		{"Gunmen/NNS on/IN motorcycles/NNS killed/VBN at/IN least/JJS 23/CD villagers/NNS ,/, police/NNS said/VBD ./.", "VBD"},
		{"Villages/NNS were/VBD shelled/VBN at/IN least/JJS twice/RB ./.", "VBN"},
		// a reduced relative: the clause's finite verb comes later
		{"The/DT men/NNS killed/VBN the/DT day/NN before/RB were/VBD farmers/NNS ./.", "VBN"},
		// passive and perfect, also across an adverbial
		{"Villages/NNS were/VBD shelled/VBN overnight/RB ./.", "VBN"},
		{"The/DT writer/NN has/VBZ for/IN years/NNS regarded/VBN the/DT plan/NN as/IN wise/JJ ./.", "VBN"},
		// naming participles
		{"a/DT company/NN called/VBN SPACEHAB/NNP ./.", "VBN"},
		// no object
		{"Fighters/NNS known/VBN as/IN peshmerga/NN killed/VBD two/CD ./.", "VBN"},
		// no finite verb anywhere: the participle is the sentence's verb
		{"Thousands/NNS of/IN demonstrators/NNS gathered/VBN in/IN Nasiriyah/NNP ./.", "VBD"},
		{"Thousands/NNS of/IN demonstrators/NNS gathered/VBN in/IN Nasiriyah/NNP ,/, where/WRB they/PRP set/VBP fires/NNS ./.", "VBD"},
		// a report's complement: the report the only finite verb
		{"Organizers/NNS indicate/VBP a/DT million/CD people/NNS marched/VBN in/IN London/NNP ./.", "VBD"},
		{"Organizers/NNS indicate/VBP people/NNS gathered/VBN in/IN London/NNP were/VBD angry/JJ ./.", "VBN"},
		// a headline: a transitive verb's bare participle is passive
		{"Soldiers/NNS killed/VBN in/IN ambush/NN", "VBN"},
		// a full sentence whose determined subject's verb has no object
		{"The/DT photographer/NN watched/VBN in/IN horror/NN as/IN the/DT gunman/NN ,/, who/WP was/VBD armed/JJ ,/, fired/VBD ./.", "VBD"},
		// a verb of impact into what it struck, the other finite verb a
		// report after it
		{"Artillery/NN shells/NNS slammed/VBN into/IN the/DT town/NN ,/, officials/NNS said/VBD ./.", "VBD"},
		{"Shells/NNS slammed/VBN into/IN the/DT town/NN were/VBD Russian/JJ ./.", "VBN"},
		// a sentence whose only other finite verb is inside a quotation
		// after it
		{"Several/JJ hundred/CD students/NNS marched/VBN on/IN Monday/NNP ,/, chanting/VBG ``/`` Bocas/NNP is/VBZ not/RB alone/JJ ''/'' ./.", "VBD"},
		// a verb of gathering in a report's complement, the report after
		// it ("..., witnesses said")
		{"Hundreds/NNS of/IN residents/NNS gathered/VBN outside/IN the/DT station/NN to/TO demand/VB protection/NN ,/, witnesses/NNS said/VBD ./.", "VBD"},
		// a finite verb in a clause of "whether" after it is that clause's
		{"Dozens/NNS of/IN mothers/NNS gathered/VBN outside/IN the/DT prison/NN ,/, demanding/VBG to/TO know/VB whether/IN they/PRP were/VBD alive/JJ ./.", "VBD"},
		// a possessive before it is no auxiliary
		{"A/DT strike/NN near/IN Penjwen/NNP in/IN Iraq/NNP 's/POS Kurdistan/NNP region/NN killed/VBN six/CD people/NNS ,/, officials/NNS said/VBD ./.", "VBD"},
		// (a contracted "is" is: "the town 's shelled every night")
		{"The/DT town/NN 's/VBZ shelled/VBN every/DT night/NN ./.", "VBN"},
	}
	for _, c := range cases {
		words, upos, xpos := tagged(c.in)
		target := slices.Index(xpos, "VBN")
		fixPastTense(words, upos, xpos)
		if xpos[target] != c.want {
			t.Errorf("%s: %s tagged %s, want %s", c.in, words[target], xpos[target], c.want)
		}
	}
}

// TestFixPastTenseNoun checks the -ed word read as a noun: it becomes the
// clause's past-tense verb only when the clause has no other verb.
func TestFixPastTenseNoun(t *testing.T) {
	cases := []struct {
		in   string
		word string
		want string
	}{
		{"The/DT Syrian/JJ Army/NN entered/NN Tell/NNP Tamer/NNP ./.", "entered", "VBD"},
		{"Government/NN aircraft/NN struck/NN residential/NN streets/NNS ./.", "struck", "VBD"},
		{"The/DT Syrian/JJ Army/NN entered/NN Tell/NNP Tamer/NNP and/CC left/VBD ./.", "entered", "VBD"},
		// another verb in the clause: left alone
		{"The/DT army/NN entered/NN the/DT town/NN was/VBD empty/JJ ./.", "entered", "NN"},
		// a real noun in -ed and a capitalised word
		{"Two/CD hundred/NN people/NNS ./.", "hundred", "NN"},
		{"The/DT Red/NN Army/NNP ./.", "Red", "NN"},
		// an irregular past read as a noun, coordinated with a past verb
		{"before/IN police/NN shot/NN and/CC killed/VBD the/DT attacker/NN ./.", "shot", "VBD"},
		// an irregular past read as a noun, before a quotation
		{"NATO/NNP chief/NN Stoltenberg/NNP wrote/NN ,/, \"/`` I/PRP count/VBP on/IN Turkey/NNP ./.", "wrote", "VBD"},
		// after the comma that closes the subject's relative clause
		{"President/NNP Tshisekedi/NNP ,/, who/WP was/VBD sworn/VBN in/IN on/IN Saturday/NNP ,/, met/NN community/NN leaders/NNS in/IN Kinshasa/NNP ./.", "met", "VBD"},
		// (not after a comma with no relative clause)
		{"Talks/NNS in/IN Kinshasa/NNP ,/, met/NN leaders/NNS ./.", "met", "NN"},
	}
	for _, c := range cases {
		words, upos, xpos := tagged(c.in)
		target := slices.Index(words, c.word)
		fixPastTense(words, upos, xpos)
		if xpos[target] != c.want {
			t.Errorf("%s: %s tagged %s, want %s", c.in, words[target], xpos[target], c.want)
		}
	}
}

// tagged splits "word/XPOS ..." into words, UPOS (VERB for VB*, else
// NOUN) and XPOS.
func tagged(in string) (words, upos, xpos []string) {
	for _, wt := range strings.Fields(in) {
		w, x, _ := strings.Cut(wt, "/")
		u := "NOUN"
		if strings.HasPrefix(x, "VB") {
			u = "VERB"
		}
		words, upos, xpos = append(words, w), append(upos, u), append(xpos, x)
	}
	return words, upos, xpos
}

// TestOnlyPastForms: a form that is only ever a past tense is no base form
// ("... to reconsider and spoke/VB with Pompeo") nor a participle; a base
// form stays one.
func TestOnlyPastForms(t *testing.T) {
	expectRetagged(t, fixPastTense, []retagCase{
		{"Raab/NNP urged/VBD the/DT embassy/NN to/TO reconsider/VB and/CC spoke/VB with/IN Pompeo/NNP ./.", "spoke", "VBD"},
		{"They/PRP went/VBP home/RB ./.", "went", "VBD"},
		// (nor a participle)
		{"The/DT presidents/NNS of/IN the/DT two/CD countries/NNS spoke/VBN by/IN telephone/NN and/CC agreed/VBD to/TO meet/VB ./.", "spoke", "VBD"},
		{"State/NNP fighters/NNS overran/IN an/DT army/NN base/NN ./.", "overran", "VBD"},
		{"They/PRP will/MD speak/VB today/NN ./.", "speak", "VB"},
		// (a participle after the object is no verb of the clause)
		{"A/DT roadside/NN bomb/NN struck/NN a/DT vehicle/NN carrying/VBG officers/NNS ./.", "struck", "VBD"},
		{"A/DT roadside/NN bomb/NN struck/NN a/DT vehicle/NN that/WDT was/VBD parked/VBN ./.", "struck", "VBD"},
	})
}

// TestHyphenParticiple: the participle closing a hyphenated modifier
// before a noun is a participle ("state-run news agency"); a verb after a
// hyphenated word with no noun following stays.
func TestHyphenParticiple(t *testing.T) {
	expectRetagged(t, fixHyphenParticiple, []retagCase{
		{"Turkey/NNP 's/POS state/NN -/HYPH run/VB Anadolu/NNP news/NN agency/NN reported/VBD ./.", "run", "VBN"},
		{"government/NN -/HYPH funded/VBD groups/NNS protested/VBD ./.", "funded", "VBN"},
		{"the/DT long/JJ -/HYPH term/NN plans/NNS run/VBP out/RP ./.", "run", "VBP"},
	})
}

// TestGappedPassive: a toll participle whose "were" is left out after a
// passive conjunct is a participle ("were killed and five people
// wounded"); one with an object, or after an active verb, stays a past
// tense.
func TestGappedPassive(t *testing.T) {
	expectRetagged(t, fixGappedPassive, []retagCase{
		{"three/CD women/NNS were/VBD killed/VBN and/CC five/CD people/NNS wounded/VBD when/WRB a/DT bomb/NN exploded/VBD ./.", "wounded", "VBN"},
		{"two/CD were/VBD killed/VBN ,/, at/IN least/JJS 40/CD others/NNS injured/VBD ./.", "injured", "VBN"},
		{"gunmen/NNS killed/VBD two/CD and/CC five/CD men/NNS wounded/VBD ./.", "wounded", "VBD"},
		{"two/CD were/VBD killed/VBN and/CC five/CD soldiers/NNS wounded/VBD three/CD rebels/NNS ./.", "wounded", "VBD"},
	})
}

// retagCase is a tagged sentence (word/TAG ...), a word of it and the tag
// a repair should leave on it.
type retagCase struct{ in, word, want string }

// expectRetagged runs repair fix over each case and checks the tag of its
// word.
func expectRetagged(t *testing.T, fix func(words, upos, xpos []string), cases []retagCase) {
	t.Helper()
	for _, c := range cases {
		words, upos, xpos := tagged(c.in)
		fix(words, upos, xpos)
		if got := xpos[slices.Index(words, c.word)]; got != c.want {
			t.Errorf("%s: %s tagged %s, want %s", c.in, c.word, got, c.want)
		}
	}
}

// TestCompoundObject: a past form before a compound noun is the clause's
// verb ("police fired tear gas at protesters"); before a time word it
// stays the participle of a reduced relative ("a statement issued today
// morning").
func TestCompoundObject(t *testing.T) {
	expectRetagged(t, fixPastTense, []retagCase{
		{"Kenyan/JJ police/NN fired/VBN tear/NN gas/NN at/IN protesters/NNS ./.", "fired", "VBD"},
		{"a/DT statement/NN issued/VBN today/NN morning/NN said/VBD so/RB ./.", "issued", "VBN"},
	})
}

// TestOpeningParticiple: the past form opening a sentence, or a
// that-clause after a verb, before a noun phrase and its finite verb is an
// adjective ("Masked gunmen killed", "said that jailed PKK leader Abdullah
// Ocalan could be released");
// one that is the sentence's verb, or opens a participle clause, stays.
func TestOpeningParticiple(t *testing.T) {
	expectRetagged(t, fixOpeningParticiple, []retagCase{
		{"Masked/VBD gunmen/NNS killed/VBD two/CD officers/NNS ./.", "Masked", "JJ"},
		// (its noun coordinated with another)
		{"Burned/VBD tires/NNS and/CC broken/VBN glass/NN still/RB littered/VBD the/DT road/NN ./.", "Burned", "JJ"},
		{"Killed/VBD police/NN and/CC soldiers/NNS ./.", "Killed", "VBD"},
		// (a past form read as a participle, before its particle)
		{"Suspected/VBN pro-Islamic/JJ State/NN militants/NNS set/VBN off/RP a/DT bomb/NN ./.", "Suspected", "JJ"},
		{"Suspected/VBN pro-Islamic/JJ State/NN militants/NNS set/VBN off/RP a/DT bomb/NN ./.", "set", "VBD"},
		{"\"/`` Suspected/VBN separatist/JJ insurgents/NNS detonated/VBD a/DT bomb/NN ./.", "Suspected", "JJ"},
		{"Police/NNS arrested/VBD three/CD men/NNS ./.", "arrested", "VBD"},
		{"Killed/VBN in/IN the/DT attack/NN were/VBD two/CD soldiers/NNS ./.", "Killed", "VBN"},
		{"Asked/VBN about/IN the/DT plan/NN ,/, officials/NNS declined/VBD ./.", "Asked", "VBN"},
		{"Reached/VBN by/IN phone/NN ,/, he/PRP said/VBD no/DT ./.", "Reached", "VBN"},
		{"He/PRP suggested/VBD that/IN jailed/VBD PKK/NNP leader/NN Abdullah/NNP Ocalan/NNP could/MD be/VB released/VBN ./.", "jailed", "JJ"},
		{"He/PRP said/VBD that/IN arrested/VBD protesters/NNS were/VBD beaten/VBN ./.", "arrested", "JJ"},
		{"the/DT forces/NNS that/WDT killed/VBD civilians/NNS were/VBD named/VBN ./.", "killed", "VBD"},
		{"He/PRP said/VBD that/IN killed/VBD Smith/NNP ./.", "killed", "VBD"},
	})
}

// TestSetFire: "set" before "fire to" is the collocation's verb, in the
// form its neighbours ask for; "a set fire" without "to" stays.
func TestSetFire(t *testing.T) {
	expectRetagged(t, setFire, []retagCase{
		{"Protesters/NNS also/RB set/JJ fire/NN to/IN a/DT customs/NNS office/NN ./.", "set", "VBD"},
		{"a/DT crowd/NN set/NN fire/NN to/IN the/DT station/NN ./.", "set", "VBD"},
		{"they/PRP tried/VBD to/TO set/JJ fire/NN to/IN it/PRP ./.", "set", "VB"},
		{"the/DT office/NN was/VBD set/JJ fire/NN to/IN ./.", "set", "VBN"},
		{"a/DT set/NN fire/NN burned/VBD ./.", "set", "NN"},
	})
	expectRetagged(t, setFire, []retagCase{
		{"Protesters/NNS set/VBD fire/NN to/TO police/VB booths/NNS ./.", "police", "NN"},
		{"Protesters/NNS set/VBD fire/NN to/TO police/VB booths/NNS ./.", "to", "IN"},
	})
}

// TestShotDead: "shot" before "dead" is the verb, a participle after
// "be" or "have"; a shot alone stays a noun.
func TestShotDead(t *testing.T) {
	expectRetagged(t, shotDead, []retagCase{
		{"checked/VBD cards/NNS and/CC shot/NN dead/JJ six/CD men/NNS ./.", "shot", "VBD"},
		{"two/CD traders/NNS were/VBD shot/NN dead/JJ ./.", "shot", "VBN"},
		{"a/DT shot/NN rang/VBD out/RP ./.", "shot", "NN"},
	})
}

// TestMetVerb: a lower-case "met" read as a noun is the verb, a
// participle after "have"; after an article it stays.
func TestMetVerb(t *testing.T) {
	expectRetagged(t, metVerb, []retagCase{
		{"The/DT Americans/NNPS instead/RB met/NN on/IN Wednesday/NNP with/IN Heilmann/NNP ./.", "met", "VBD"},
		{"they/PRP have/VBP met/NN twice/RB ./.", "met", "VBN"},
		{"a/DT met/NN ./.", "met", "NN"},
	})
}

// TestFixTimeAdverb: "late" and "early" opening a clause before a time
// are adverbs, and "aged" before an age an adjective.
func TestFixTimeAdverb(t *testing.T) {
	cases := []struct {
		in, word, want string
	}{
		{"Late/JJ on/IN Sunday/NNP ,/, gunmen/NNS opened/VBD fire/NN ./.", "Late", "RB"},
		{"Early/JJ this/DT month/NN ,/, troops/NNS entered/VBD the/DT town/NN ./.", "Early", "RB"},
		{"The/DT march/NN ended/VBD ,/, and/CC late/JJ Tuesday/NNP police/NNS fired/VBD ./.", "late", "RB"},
		// (an adjective: "the late president", "was late in the count")
		{"The/DT late/JJ president/NN was/VBD buried/VBN ./.", "late", "JJ"},
		{"Voting/NN was/VBD late/JJ in/IN the/DT north/NN ./.", "late", "JJ"},
		{"two/CD brothers/NNS aged/VBD 19/CD and/CC 23/CD ./.", "aged", "JJ"},
		{"The/DT war/NN aged/VBD him/PRP ./.", "aged", "VBD"},
	}
	for _, c := range cases {
		words, upos, xpos := tagged(c.in)
		fixTimeAdverb(words, upos, xpos)
		i := slices.Index(words, c.word)
		if xpos[i] != c.want {
			t.Errorf("%s: %s tagged %s, want %s", c.in, c.word, xpos[i], c.want)
		}
	}
}
