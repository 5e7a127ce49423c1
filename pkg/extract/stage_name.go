package extract

import "strings"

// Stage names broken by a lower-case word: "Charlamagne tha God", "Larry
// the Cable Guy", "Alexander the Great". The speaker's name was the last
// capitalised run ("God", splitName), as if the words before it were a
// title. A subject that is all capitalised words but one "the" (or its
// spelling "tha") between two of them is one name: an organisation's
// preposition ("Bank of Japan", "Centers for Disease Control") is no such
// word, and a role or an honorific before the run ("Coach", "Sen.") or an
// organisation's word inside it leaves the subject as it was. Refined pass
// only (resolve.go), so the models' speaker kinds do not move.

// stageNameLinks join the parts of a stage name.
var stageNameLinks = set("the", "tha")

// stageName returns the stage name that ends subj and holds name, the
// capitalised run after its link ("Charlamagne tha God", "Radio host
// Charlamagne tha God"), or name.
func (d *doc) stageName(name, subj rng) rng {
	subj = d.trimDet(subj)
	if !subj.ok() || name.e != subj.e || name.s <= subj.s+1 || name.e-name.s > 3 {
		return name
	}
	link := name.s - 1
	if !stageNameLinks.has(d.word(link)) || d.tokAt(link).upper || d.inQuote(link) != d.inQuote(subj.s) {
		return name
	}
	plain := func(k int) bool { // a capitalised word of no role, honorific or organisation
		t := d.tokAt(k)
		w := stripPossessive(t.lower)
		return t.kind == tWord && t.upper && !orgWords.has(w) && !roleNouns.has(w) && !honorifics[strings.TrimSuffix(w, ".")]
	}
	for k := name.s; k < name.e; k++ {
		if !plain(k) {
			return name
		}
	}
	st := link
	for st > subj.s && st > link-3 && plain(st-1) {
		st--
	}
	if st == link {
		return name
	}
	if st > subj.s {
		if t := d.tokAt(st - 1); t.upper && !roleNouns.has(stripPossessive(t.lower)) && !honorifics[strings.TrimSuffix(t.lower, ".")] {
			return name // "the Bank the Fed ...": no title before the run
		}
	}
	return rng{st, name.e}
}
