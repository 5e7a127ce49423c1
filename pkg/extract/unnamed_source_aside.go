package extract

// An unnamed source described with an aside ("A neighbour, who did not
// want to be named, said ...", "Another nurse said ...") is taken up by
// the next he or she as the plain "A nurse said" is (unnamed_source_pronoun.go):
// the aside had made the subject's head "named", and "another" was no
// determiner of an unnamed person, so the pronoun went to the last named
// person, even one of the other gender (testdata/long 18, 29). Refined
// pass only, as unnamedSourcePronoun is. So is a statement nested in the
// source's content ("Another nurse said managers had told staff ...").

// sourceWithoutAside is the subject without a comma aside after its head.
func (d *doc) sourceWithoutAside(subj rng) rng {
	if !subj.ok() {
		return subj
	}
	return d.withoutAside(subj)
}

// unnamedSourceDeterminer opens a subject standing for one unnamed person.
func unnamedSourceDeterminer(w string) bool {
	switch w {
	case "a", "an", "the", "one", "another":
		return true
	}
	return false
}

// outerLastStatement is the latest statement, or the one whose content
// holds it: "Another nurse said managers had told staff ..." keeps the
// nested "managers had told" in the history after the nurse's statement.
func (r *resolver) outerLastStatement() *attribution {
	h := r.history[len(r.history)-1]
	if !r.refinedOnly() || !h.subj.ok() {
		return h
	}
	const lookBack = 4
	for i := len(r.history) - 2; i >= 0 && i >= len(r.history)-1-lookBack; i-- {
		if o := r.history[i]; o.contains(h.subj.s) {
			return o
		}
	}
	return h
}
