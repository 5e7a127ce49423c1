package extract

// A stance verb's object may end in a noun that is also a cue: "defends
// migration plan", "backs climate pledge", "opposes pension reform
// demands". npFwd stops at such a word unless a determiner opens the noun
// phrase ("defends his migration plan"), which headlines and wire copy
// leave out: the object was cut to "migration", and the "plan" frame
// after it ("migration plan as ...", subject "migration") ended nothing
// better. nounishObjectEnd runs the object on over one nounish cue form
// (data/cues.txt words that are also common nouns, attrib.go nounish)
// right after a noun ("Rwanda plan" too), when no infinitive, that-clause,
// quotation or colon follows it (then it is a verb: "backs reform, plans
// to ..."). Inference only (beliefObjectEnd runs in training too); train
// predictions: see the commit message. Session 21, hand-written probes.
func (d *doc) nounishObjectEnd(np rng, e int) int {
	if d.training || !np.ok() || np.e >= e || np.e-np.s < 1 {
		return np.e
	}
	k := np.e
	w := d.word(k)
	if !nounish.has(w) || d.inQuote(k) || d.toks[k].upper {
		return np.e
	}
	prev := d.tokAt(k - 1)
	if prev.kind != tWord || d.inQuote(k-1) || determiners.has(prev.lower) || objectPreps.has(prev.lower) || prev.lower == "and" || prev.lower == "or" {
		return np.e
	}
	switch n := d.word(k + 1); {
	case n == "to" || n == "that" || d.isQuote(k+1) || d.punct(k+1) == ":":
		return np.e // "X plans to ...", "a report that ...": a verb or its own frame
	}
	return k + 1
}
