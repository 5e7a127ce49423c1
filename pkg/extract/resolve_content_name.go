package extract

// "Ted Cruz and Marco Rubio traded barbs. The Florida senator said Cruz was
// not telling the truth": a person is hardly the speaker of a statement
// that names him by his family name, so a nominal resolved to "the first
// person named before" (placeRolePerson) passes over a person the content
// names, and then takes the person joined by "and" to him when he opens
// the sentence, a subject too.
// Refined pass only (session 23 probes; no train prediction changes).

// namedInContent reports whether the family name of the person run is a
// capitalised word of the content.
func (r *resolver) namedInContent(run rng, content []rng) bool {
	d := r.d
	surname := stripPossessive(d.word(run.e - 1))
	if surname == "" {
		return false
	}
	for _, c := range content {
		for k := max(c.s, 0); k < c.e && k < len(d.toks); k++ {
			if t := &d.toks[k]; t.kind == tWord && t.upper && k != run.e-1 && stripPossessive(t.lower) == surname {
				return true
			}
		}
	}
	return false
}
