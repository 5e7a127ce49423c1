package extract

// "The Australian Workers' Union said": a plural possessive inside an
// organisation's name ("Workers' Union", "Teachers' Federation", "Pilots'
// Association"). The backward scan stops at the mark, so the speaker was
// "Union"; a capitalised subject after a possessive is otherwise its own
// name ("Fox News' Bret Baier", possessive_s.go). When the possessor is a
// capitalised plural and the subject after the mark a short capitalised
// run ending in an organisation's word, the organisation is the whole
// name. Refined pass; names only. Session 27, hand-written long article.

// possessiveOrgName returns the whole name of an organisation whose
// subject starts after a plural possessive mark, or noRange.
func (d *doc) possessiveOrgName(subj rng) rng {
	k := subj.s - 1
	if !subj.ok() || subj.e-subj.s > 3 || !d.tokAt(subj.s).upper || !orgWords.has(d.word(subj.e-1)) {
		return noRange // cheapest first: "Union", "Federation"
	}
	if !d.possessiveApostrophe(k) || !d.tokAt(k-1).upper {
		return noRange
	}
	for x := subj.s; x < subj.e; x++ {
		if d.tokAt(x).kind != tWord || !d.toks[x].upper {
			return noRange
		}
	}
	s := k - 1
	lo := d.sents[d.sentOf[k]].s
	for s > lo && s > k-4 && d.tokAt(s-1).kind == tWord && d.toks[s-1].upper && !determiners.has(d.word(s-1)) {
		s-- // "Australian Workers'"
	}
	return rng{s, subj.e}
}
