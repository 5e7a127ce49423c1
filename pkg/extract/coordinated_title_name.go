package extract

// "Co-founder and CEO Maya Patel said": two titles joined by "and" before
// one name. The joint-speaker rule (resolve_joint.go) read the subject as
// two names, "Co-founder" and "CEO Maya Patel", and named the speaker
// "Co-founder and Maya Patel". A first conjunct of one role or description
// word ("co-founder", "chairman", "founder") is no name: the subject is one
// person, titled by the office next to the name. Session 22,
// hand-written business probe; refined pass only.
// No train prediction changes (a first version, any role or description word
// first, split "Singer and Faso": see titleConjunct).

// titleConjunct reports a first conjunct p of one role or description
// word before a last conjunct last that opens with one too ("CEO Maya
// Patel"), when the article names no person by p: "Singer and Faso" are
// two people (one train statement, a valid doc: the cue word "singer" is a
// surname there).
func (r *resolver) titleConjunct(p, last rng) bool {
	d := r.d
	if p.e-p.s != 1 || last.e-last.s < 2 {
		return false
	}
	if _, named := r.fullName[d.word(p.s)]; named {
		return false
	}
	return titleWordAt(d, p.s) && titleWordAt(d, last.s)
}

func titleWordAt(d *doc, k int) bool {
	w := d.word(k)
	return roleNouns.has(w) || descriptorWords.has(w)
}
