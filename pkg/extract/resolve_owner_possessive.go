package extract

import "strings"

// Wire and British headlines name a person after the possessive of the
// country or institution they speak for: "Russia's Lavrov: ...", "UK's
// Starmer says ...", "Fed's Powell: ...". The speaker kept the
// possessive ("Russia's Lavrov"), a name no alias or body mention
// matches; bareName strips a possessive only before two words or more.
// Business copy does the same with a company ("JPMorgan's Dimon",
// "Tesla's Musk"), media with an outlet ("CNN's Dana Bash"), politics with
// a patron ("Trump's Cohen"). ownerPossessiveName returns the person's
// name after such an owner, any capitalised word but a day or month
// ("Tuesday's Morning Email") or a contraction ("Here's Clinton"), before
// one to three capitalised words that hold no role word, relative
// ("Trump's Son"), descriptor, organisation word or non-person name
// ("Russia's Foreign Ministry"). The owner
// becomes the title. Refined pass only (a name, not a kind); train
// predictions: see the commit message. Session 21, hand-written probes.
func (r *resolver) ownerPossessiveName(subj rng) rng {
	d := r.d
	owner, ok := d.possessiveOwner(subj)
	if !ok {
		return noRange
	}
	if contractedIs.has(owner) {
		return noRange // "Here's Clinton": "here is"
	}
	name := rng{subj.s + 1, subj.e}
	for k := name.s; k < name.e; k++ {
		tk := d.toks[k]
		w := stripPossessive(tk.lower)
		if tk.kind != tWord || !tk.upper && !(nameParticles.has(w) && k > name.s-1 && k < name.e-1) || roleNouns.has(w) || honorifics[strings.TrimSuffix(w, ".")] || nonPersonNames.has(w) || anonymousHeads.has(w) || demonymWord(w) || kinNouns.has(w) || descriptorWords.has(w) {
			return noRange
		}
	}
	// an organisation's words ("Russia's Foreign Ministry"); a country's
	// alias is no matter (the table gives Ukraine "Zelensky" for
	// "Ukraine's Zelensky", which looksPerson would refuse)
	for k := name.s; k < name.e; k++ {
		if orgWords.has(stripPossessive(d.word(k))) && !d.unNotUN(k) {
			return noRange
		}
	}
	return name
}

// kinNouns name a relative, not a person: "Trump's Son", "Navalny's Widow":
// one relative (inverted_apposition.go's familyNouns) or several.
var kinNouns = unionSet(familyNouns, set("sons", "daughters", "family", "children", "child", "parents"))
