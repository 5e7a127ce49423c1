package extract

// "The Fed held rates. In a statement, it said inflation remained
// elevated": "it" is the body that opened the sentence before, though that
// body made no statement yet. bodyAntecedent gave "it" a body only when
// the body had spoken before (a name alone may be the pronoun's topic, not
// its referent). A body that is the subject of the sentence just before,
// in the same paragraph, with a lower-case verb after it, is the topic
// "it" continues. Session 22, hand-written business probe; refined pass
// only (bodyAntecedent is). Train: no statement changes, one speaker
// change on the design docs, right ("unknown" to the Fed, which opened the
// sentence before the "It plans to ..."): 1 right / 0 wrong.

// The same sentence's subject is the body a nominal takes up ("NASA
// postponed the launch. The agency said ..."), when it is an acronym:
// bodyAntecedent left a one-word run opening a sentence out, as it may be
// a capitalised common word ("Officials"), and an acronym is a name that
// no person has. Session 27, hand-written space probe; no train
// prediction changes.

// bodySubjectBefore reports that run opens the sentence before the one
// at pos, in its paragraph, as a subject before a lower-case word.
func (r *resolver) bodySubjectBefore(run rng, pos int) bool {
	d := r.d
	if d.training {
		return false
	}
	si := d.sentOf[pos]
	if si == 0 || d.sentOf[run.s] != si-1 || d.sents[si-1].para != d.sents[si].para {
		return false
	}
	s := d.sents[si-1].s
	if !(run.s == s || run.s == s+1 && d.word(s) == "the") {
		return false
	}
	t := d.tokAt(run.e)
	return t.kind == tWord && !t.upper && !d.inQuote(run.e)
}
