package extract

import "strings"

// "The UN Secretary-General, Antonio Guterres, said ...", "The
// Director-General, Tedros Adhanom Ghebreyesus, told ...": British papers
// and wires put a capitalised office before the name, between commas. A
// lower-case or plain office ("Britain's foreign secretary, David Lammy",
// "The Prime Minister, Keir Starmer") is read as the title already, but a
// hyphenated one is no role word, so the capitalised office was taken for
// the name and the speaker was "UN Secretary-General". The apposition's
// person speaks when the name range is such an office (its last word a
// role word or a hyphenated title), the rest of the subject after its
// comma is a run of two to four capitalised words that looks like a
// person, and that run opens with a known first name or has a middle
// initial. Session 21, hand-written probes; speaker names only (refined
// pass); train and dev: no name changes.

// titleAppositionName returns the person run after a capitalised office
// in a's subject, or noRange.
func (r *resolver) titleAppositionName(a *attribution) rng {
	d := r.d
	name := a.name
	if !name.ok() || !a.subj.ok() || name.e >= a.subj.e || d.punct(name.e) != "," {
		return noRange
	}
	for k := name.s; k < name.e; k++ {
		if !d.tokAt(k).upper {
			return noRange
		}
	}
	last := strings.TrimSuffix(stripPossessive(d.word(name.e-1)), ".")
	if !hyphenatedTitle(last) && !roleNouns.has(last) {
		return noRange
	}
	s := name.e + 1
	e := d.capitalRunEnd(s, a.subj.e)
	if p := d.appositionNameEnd(s, e, a.subj.e); p == a.subj.e && p > e && e-s >= 1 && !orgWords.has(d.word(s)) && !orgWords.has(d.word(p-1)) {
		return rng{s, p} // "The Iraqi Prime Minister, Mohammed Shia al-Sudani" (apposition_particles.go)
	}
	run := rng{s, e}
	if e != a.subj.e || e-s < 2 || e-s > 4 || !r.looksPerson(run) ||
		firstNameGender(d.word(s)) == genderUnknown && !d.hasInitial(run) {
		return noRange
	}
	return run
}
