package extract

import "strings"

// "Thai Prime Minister Paetongtarn Shinawatra visited the site. Ms
// Paetongtarn said ...": Thai news (and some others) write the honorific
// with the given name. personByGivenName read the given name only after
// "Sir", "Dame" or "Sheikh"; after "Mr", "Ms", "Mrs" or "Miss" a word is the
// family name. It is the given name when no person of the article has it
// as a family name and a person named before has it as the first word of a
// full name of two words whose second is no given name, listed or
// hyphenated ("Lee Harvey Oswald ... Mr Lee" and "Lee Jean-Pierre ... Mr
// Lee" stay Lee), and is no listed English given name itself ("Mr John"
// stays John). The same reading fits names written family name first
// that no table lists ("Quan Lihua ... Mr Quan"). Session 22, hand-written international probe;
// refined pass only (personByGivenName's caller). Train: no statement
// changes; one non-design document's "Mr. Lou" (9 statements) goes from
// "Lou" to the Chinese minister named before, family name first, which is
// right.

var plainHonorifics = set("mr", "ms", "mrs", "miss")

// givenNameAfterHonorific reports a one-word core after a plain honorific
// that is no family name of the article nor a listed given name.
func (r *resolver) givenNameAfterHonorific(core rng) bool {
	d := r.d
	if d.training || core.e-core.s != 1 || !plainHonorifics.has(strings.TrimSuffix(d.word(core.s-1), ".")) {
		return false
	}
	w := stripPossessive(d.word(core.s))
	if _, surname := r.fullName[w]; surname {
		return false
	}
	return firstNameGender(w) == genderUnknown
}

// twoWordForeignName reports a name of two words whose second is no given
// name, listed or hyphenated ("Paetongtarn Shinawatra", not "Lee
// Jean-Pierre").
func (d *doc) twoWordForeignName(c rng) bool {
	if c.e-c.s != 2 {
		return false
	}
	w := stripPossessive(d.word(c.e - 1))
	return !strings.Contains(w, "-") && firstNameGender(w) == genderUnknown
}
