package extract

import "strings"

// "Indonesian Finance Minister Sri Mulyani Indrawati ... Sri Mulyani
// said": Indonesian and other names of three words are taken up again by
// their first two, which the surname table (keyed by the last word) does
// not find, so "Sri Mulyani" was a speaker of its own. A two-word core
// whose first word is no listed given name is the three-word person named
// before whose first two words it is, the third word shaped as a name
// (not "Tom Reed MP", "John Lee Jr."), no party or role ("a New Hampshire
// Democrat") and not in the headline ("..., Trevor Noah Says"). On train,
// two organisations change, both right ("Platte River" of "Platte River
// Networks", "Grand Central Publishing"). A listed given name is left
// ("Tom Reed" of "Tom Reed MP", the session 26 attempt that moved train
// and dev). Refined pass only. Session 27, hand-written probe.

// nameOpeningFull returns the full name of the three-word person named
// before pos that core's two words open; ok is false otherwise.
func (r *resolver) nameOpeningFull(core rng, pos int) (string, bool) {
	d := r.d
	if core.e-core.s != 2 || firstNameGender(d.word(core.s)) != genderUnknown || len(r.persons) == 0 {
		return "", false
	}
	first, second := d.word(core.s), stripPossessive(d.word(core.s+1))
	for i := len(r.persons) - 1; i >= 0; i-- {
		run := r.persons[i]
		if run.s >= pos || run.e-run.s < 3 {
			continue
		}
		c := d.stripRoles(run)
		if t := d.afterRoleWord(c); t.s > c.s && t.e-t.s >= 2 {
			c = t // "Finance Minister Sri Mulyani Indrawati": the name after its office
		}
		if c.e-c.s != 3 || c.s == core.s || d.word(c.s) != first || d.word(c.s+1) != second {
			continue
		}
		last := d.tokAt(c.e - 1)
		lw := stripPossessive(last.lower)
		if w := stripPossessive(d.text[last.s:last.e]); !nameWordShape(w) || generationalSuffixes.has(strings.TrimSuffix(lw, ".")) ||
			partyWords.has(lw) || roleNouns.has(lw) || last.para == 0 {
			return "", false // "a New Hampshire Democrat", a headline's "Trevor Noah Says"
		}
		return stripPossessive(r.textOf(c)), true
	}
	return "", false
}
