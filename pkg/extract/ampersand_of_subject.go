package extract

// "Professor Diane Osei of Lewis & Clark Law School said": the subject
// walk back from the cue stops at the "&", and ampersandNameStart widened
// it to the name only, so the school spoke, not the professor. A widened
// "&" name after "of" goes on into the noun phrase before the preposition,
// as a name without the "&" does ("Professor Diane Osei of
// Stanford Law School"), which person_of_org.go then reads. Inference
// only (ampersandNameStart is); session 26 long articles.

// ampersandOfSubject returns np, widened over an "&" name, with the noun
// phrase before an "of" in front of it.
func (d *doc) ampersandOfSubject(np, widened rng, lo int) rng {
	if d.training || widened.s >= np.s || widened.s-2 < lo {
		return widened
	}
	if d.word(widened.s-1) != "of" || d.inQuote(widened.s-1) {
		return widened
	}
	before := d.npBack(widened.s-2, lo)
	if !before.ok() || before.e != widened.s-1 || !d.tokAt(widened.s-2).upper {
		return widened
	}
	return rng{before.s, widened.e}
}
