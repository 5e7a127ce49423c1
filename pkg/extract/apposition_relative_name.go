package extract

// "Among them was Walter Hinterberger, 74, a retired watchmaker who said
// he had visited the clock": the relative clause hangs on a description
// in apposition to a name, and the speaker is the named person, not "the
// watchmaker". A relative antecedent opening with "a" or "an" right after
// a comma takes the capitalised name before that comma (over an age
// between commas) when the name's run opens its clause: after the
// sentence's start, a comma or a verb of being ("was", "is"). Session 28,
// hand-written long articles.

// appositionNameBefore returns the name before the indefinite description
// opening at det, or noRange.
func (d *doc) appositionNameBefore(det, lo int) rng {
	if w := d.word(det); w != "a" && w != "an" || d.punct(det-1) != "," {
		return noRange
	}
	e := det - 1 // the comma
	if y := e - 1; y-1 > lo && isNumber(d.word(y)) && d.punct(y-1) == "," {
		e = y - 1 // "Walter Hinterberger, 74, a ..."
	}
	if e-1 < lo || d.tokAt(e-1).kind != tWord || !d.toks[e-1].upper || d.inQuote(e-1) {
		return noRange
	}
	s := e - 1
	for s-1 >= lo && d.tokAt(s-1).kind == tWord && d.toks[s-1].upper {
		s--
	}
	if e-s < 2 || determiners.has(d.word(s)) {
		return noRange // a full name: "Smith, a farmer" may be a place or a body
	}
	if s > lo && d.punct(s-1) != "," && !beForms.has(d.word(s-1)) {
		return noRange
	}
	return rng{s, e}
}
