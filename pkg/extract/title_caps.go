package extract

import "strings"

// British papers and some wires capitalise an office used as a noun: "The
// Prime Minister said", "The Foreign Secretary told MPs". It is the
// nominal "the prime minister" (the person the article named in that
// office, or the office), not a person called "Minister" or "Secretary",
// which the capitalised path made of it. Session 21, hand-written probes;
// speaker names only (refined pass).

// capitalTitleNominal reports a subject "the" + one to three capitalised
// office words ("The Prime Minister", "the Home Secretary", "The
// President").
func (d *doc) capitalTitleNominal(subj rng) bool {
	if d.word(subj.s) != "the" || subj.e-subj.s < 2 || subj.e-subj.s > 4 {
		return false
	}
	for k := subj.s + 1; k < subj.e; k++ {
		w := strings.TrimSuffix(d.word(k), ".")
		if !d.tokAt(k).upper || !(honorifics[w] || roleNouns.has(w) || k < subj.e-1 && officeDomains.has(w)) {
			return false
		}
	}
	last := d.word(subj.e - 1)
	return roleNouns.has(last) || honorifics[last] && !notOffices.has(last)
}

// notOffices are words of the honorifics table that name no office on
// their own ("the Republican", "the Treasury Department").
var notOffices = set("the", "us", "u.s.", "state", "department", "democratic", "republican", "former",
	"vice", "prime", "foreign", "defense", "candidate", "nominee")

// officeDomains name the department of a British office ("Home
// Secretary", "Health Secretary", "Defence Minister").
var officeDomains = set("home", "health", "defence", "finance", "education", "transport", "business",
	"culture", "environment", "interior", "trade", "justice", "energy", "labour", "treasury", "economy")
