package actor

// institutions are the seats and departments of one country's state that
// news names without the country ("the State Department said", "Downing
// Street denied"), and the Holy See, written for sitrep where
// the Phoenix dictionary has them only as role nouns or not at all. A name
// the dictionary already codes is left as it is.
var institutions = map[string]string{
	"state department":   "USAGOV",
	"justice department": "USAGOV",
	"capitol hill":       "USALEG",
	"downing street":     "GBRGOV",
	"whitehall":          "GBRGOV",
	"elysee palace":      "FRAGOV",
	"élysée palace":      "FRAGOV",
	"quai d'orsay":       "FRAGOV",
	"zhongnanhai":        "CHNGOV",
	"holy see":           "VATGOV",
	"vatican":            "VATGOV",
}

// bodies are international bodies news names often that the Phoenix
// dictionary lacks, or has only by another name ("the Arab League", not
// "the League of Arab States"; OSCE as a bare IGO).
var bodies = map[string]string{
	"african union":                     "IGOAFRAU",
	"league of arab states":             "IGOMEAARL",
	"gulf cooperation council":          "IGOMEAGCC",
	"international criminal court":      "IGOJUDICC",
	"osce":                              "IGOEURSCE",
	"shanghai cooperation organisation": "IGOCAS",
	"east african community":            "IGOEAFEAC",
	// (the one named bare, "the Secretary-General", is the U.N.'s)
	"secretary-general": "IGOUNO",
	"secretary general": "IGOUNO",
}

// groups are armed groups news names often that the Phoenix dictionary
// lacks.
var groups = map[string]string{
	"houthi":  "YEMREB",
	"houthis": "YEMREB",
}

// corrections replace entries the Phoenix dictionary has wrong: Queen
// Elizabeth II listed under Saint Kitts and Nevis, one of her realms.
var corrections = map[string][]dated{
	"queen elizabeth ii": {{code: "GBRGOV", from: "19520206", to: "20220908"}},
}

// addInstitutions puts the institutions, bodies and groups into d where
// it has no name for them, and makes its corrections.
func addInstitutions(d *Dictionary) {
	for name, ds := range corrections {
		d.setName(name, ds)
	}
	for _, m := range []map[string]string{institutions, bodies, groups} {
		for name, code := range m {
			if _, ok := d.names[name]; !ok {
				d.setName(name, []dated{{code: code}})
			}
		}
	}
}
