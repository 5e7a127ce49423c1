package extract

import "strings"

// officePlaceDescription reports a capitalised office of a place ("Prime
// Minister of Iraq", "Emir of Kuwait", "President of the Republic") as the
// name range before an apposition's person: "The Prime Minister of Iraq,
// Mohammed Shia al-Sudani, said". The subject rules take such a name with
// particles or "al-" prefixes for a description and the office for the
// name (the speaker was "of Iraq" or "Emir of Kuwait"); a plain name
// ("Mohammed Sudani") they split right already. descriptionAppositionName
// (resolve_description_apposition.go) reads a lower-case description so,
// and now this office too. Refined pass names only; hand-written probes of
// world news (session 24).
func (d *doc) officePlaceDescription(name rng) bool {
	of := -1
	for k := name.s; k < name.e; k++ {
		t := d.tokAt(k)
		switch {
		case t.kind != tWord:
			return false
		case t.lower == "of":
			if of >= 0 || k == name.s {
				return false
			}
			of = k
		case t.lower == "the" && k > name.s:
		case !t.upper:
			return false
		}
	}
	if of < 0 || of+1 >= name.e {
		return false
	}
	w := strings.TrimSuffix(d.word(of-1), ".")
	return (roleNouns.has(w) || honorifics[w] || peerTitles.has(w) || placeRulers.has(w)) && !orgWords.has(w) && !notOffices.has(w)
}

// placeRulers are rulers' titles of a country ("the Emir of Qatar", "the
// Sultan of Oman") that no role-word list holds.
var placeRulers = set("emir", "amir", "sultan", "shah", "emperor", "empress")
