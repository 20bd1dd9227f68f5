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

// addInstitutions puts the institutions into d where it has no name for
// them.
func addInstitutions(d *Dictionary) {
	for name, code := range institutions {
		if _, ok := d.names[name]; !ok {
			d.setName(name, []dated{{code: code}})
		}
	}
}
