package actor

import "strings"

// roles maps role nouns (lemmas, lower case) to CAMEO agent codes. Written
// for sitrep; the Phoenix agent dictionary fills in rarer nouns.
var roles = map[string]string{
	// armed forces of a state
	"army": "MIL", "troop": "MIL", "troops": "MIL", "soldier": "MIL", "military": "MIL", "force": "MIL",
	"forces": "MIL", "armed forces": "MIL", "security forces": "MIL", "commander": "MIL", "general": "MIL",
	"officer": "MIL", "navy": "MIL", "air force": "MIL", "marine": "MIL", "paratrooper": "MIL",
	"battalion": "MIL", "brigade": "MIL", "division": "MIL", "regiment": "MIL", "warplane": "MIL",
	"jet": "MIL", "helicopter": "MIL", "tank": "MIL", "adviser": "MIL", "advisor": "MIL", "special forces": "MIL",
	"defense ministry": "MIL", "defence ministry": "MIL", "pentagon": "MIL", "general staff": "MIL",
	"drone": "MIL", "artillery": "MIL", "warship": "MIL", "peshmerga": "MIL",
	// non-state armed groups
	"militant": "REB", "insurgent": "REB", "rebel": "REB", "fighter": "REB", "guerrilla": "REB",
	"jihadist": "REB", "jihadi": "REB", "militia": "REB", "militiaman": "REB", "extremist": "REB",
	"separatist": "REB", "insurgency": "REB", "armed group": "REB", "rebel group": "REB",
	"terrorist": "REB", "mujahideen": "REB", "gunman": "UAF", "gunmen": "UAF", "attacker": "UAF",
	"assailant": "UAF", "bomber": "UAF", "suicide bomber": "UAF", "sniper": "UAF",
	// government and state
	"government": "GOV", "minister": "GOV", "ministry": "GOV", "president": "GOV", "premier": "GOV",
	"prime minister": "GOV", "spokesman": "GOV", "spokeswoman": "GOV", "spokesperson": "GOV",
	"official": "GOV", "authority": "GOV", "authorities": "GOV", "administration": "GOV",
	"cabinet": "GOV", "governor": "GOV", "mayor": "GOV", "ambassador": "GOV", "diplomat": "GOV",
	"envoy": "GOV", "secretary": "GOV", "chancellor": "GOV", "king": "GOV", "emir": "GOV",
	"regime": "GOV", "state department": "GOV", "white house": "GOV", "foreign minister": "GOV",
	"foreign ministry": "GOV", "leader": "GOV", "council": "GOV", "state": "GOV", "junta": "GOV",
	"vice president": "GOV", "counterpart": "GOV", "delegation": "GOV", "kremlin": "GOV",
	"commissioner": "GOV", "prefect": "GOV", "police commissioner": "COP",
	// police and security
	"police": "COP", "policeman": "COP", "policemen": "COP", "police officer": "COP", "security": "COP",
	"border guard": "COP", "guard": "COP", "gendarme": "COP", "riot police": "COP", "constable": "COP",
	"police chief": "COP", "police commander": "COP",
	// intelligence
	"intelligence": "SPY", "spy": "SPY", "intelligence service": "SPY", "agent": "SPY",
	// legislature, judiciary, parties, opposition
	"parliament": "LEG", "lawmaker": "LEG", "legislator": "LEG", "senator": "LEG", "congress": "LEG",
	"legislature": "LEG", "mp": "LEG", "deputy": "LEG", "assembly": "LEG",
	"court": "JUD", "judge": "JUD", "prosecutor": "JUD", "tribunal": "JUD", "judiciary": "JUD",
	"opposition": "OPP", "dissident": "OPP", "activist": "OPP", "protester": "OPP", "protestor": "OPP",
	"demonstrator": "OPP", "rioter": "OPP", "party": "PTY",
	// (a leader is of what is named before: "opposition leader")
	"opposition leader": "OPP", "opposition figure": "OPP", "opposition politician": "OPP",
	"protest leader": "OPP", "rebel leader": "REB", "militant leader": "REB", "insurgent leader": "REB",
	"militia leader": "REB", "party leader": "PTY", "union leader": "LAB", "business leader": "BUS",
	"community leader": "CVL", "student leader": "EDU",
	// religion
	"cleric": "REL", "imam": "REL", "ayatollah": "REL", "priest": "REL", "bishop": "REL",
	"religious leader": "REL", "clergy": "REL", "sheikh": "REL", "mullah": "REL", "church": "REL",
	// civilians and others
	"resident": "CVL", "civilian": "CVL", "villager": "CVL", "family": "CVL", "people": "CVL",
	"citizen": "CVL", "inhabitant": "CVL", "man": "CVL", "woman": "CVL", "child": "CVL",
	"children": "CVL", "student": "EDU", "worker": "LAB", "striker": "LAB", "supporter": "CVL", "youth": "CVL",
	"trade union": "LAB", "labor union": "LAB", "labour union": "LAB", "unionist": "LAB", "population": "CVL", "community": "CVL",
	"tribe": "CVL", "tribesman": "CVL", "tribal leader": "CVL", "elder": "CVL", "passenger": "CVL",
	"refugee": "REF", "displaced": "REF", "migrant": "REF", "asylum seeker": "REF",
	"journalist": "MED", "reporter": "MED", "newspaper": "MED", "media": "MED", "television": "MED",
	"doctor": "HLH", "hospital": "HLH", "nurse": "HLH", "medic": "HLH",
	"businessman": "BUS", "company": "BUS", "firm": "BUS", "bank": "BUS",
	"criminal": "CRM", "smuggler": "CRM", "kidnapper": "CRM", "gang": "CRM", "pirate": "CRM",
	"aid group": "NGO", "charity": "NGO", "aid worker": "NGO",
	"herder": "AGR", "herdsman": "AGR", "herdsmen": "AGR", "pastoralist": "AGR", "farmer": "AGR",
	"teenager": "CVL", "boy": "CVL", "girl": "CVL", "wife": "CVL", "husband": "CVL", "hostage": "CVL",
}

// Role returns the agent code of a role noun ("troops" -> "MIL"), trying
// the phrase, its last word and their singular forms; "" when unknown.
func Role(noun string) string {
	n := Norm(noun)
	for _, c := range []string{n, lastWord(n)} {
		if r, ok := roles[c]; ok {
			return r
		}
		if s := singular(c); s != c {
			if r, ok := roles[s]; ok {
				return r
			}
		}
	}
	return ""
}

func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "men"):
		return w[:len(w)-3] + "man"
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ses"), strings.HasSuffix(w, "xes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}

// IsArmedNonState reports whether an agent code names a non-state armed
// group (REB, UAF, insurgent IMG groups).
func IsArmedNonState(code string) bool {
	return strings.HasSuffix(code, "REB") || strings.HasSuffix(code, "UAF") || strings.HasPrefix(code, "IMG") || strings.Contains(code, "REB")
}

// IsState reports whether a code names a state actor (GOV, MIL, COP, SPY).
func IsState(code string) bool {
	if len(code) < 6 || IsArmedNonState(code) {
		return false
	}
	r := code[3:6]
	return r == "GOV" || r == "MIL" || r == "COP" || r == "SPY" || r == "LEG" || r == "JUD"
}

// IsCivilian reports whether a code names civilians (CVL, REF, MED, EDU,
// HLH, LAB, NGO).
func IsCivilian(code string) bool {
	for _, r := range []string{"CVL", "REF", "MED", "EDU", "HLH", "LAB", "AGR"} {
		if strings.HasSuffix(code, r) {
			return true
		}
	}
	return false
}
