package extract

// inMidIntroClause reports a frame inside a subordinate clause that opens
// in the middle of a sentence after ", and" or ", but" ("The vote is close,
// and while Lee said he would back the bill, it is unlikely to pass."): like
// a sentence-opening one (inIntroClause), the clause ends at its comma and
// the main clause after it is no content.
func (d *doc) inMidIntroClause(a *attribution) bool {
	if a.partOf != nil || a.inverted || !a.subj.ok() || a.left != a.subj.s {
		return false
	}
	s := d.sents[a.sent]
	k := a.left - 1
	if k <= s.s || !introSubordinators.has(d.word(k)) {
		return false
	}
	if d.word(k-1) == "even" {
		k--
	}
	k--
	if w := d.word(k); w != "and" && w != "but" {
		return false
	}
	return k > s.s && d.punct(k-1) == ","
}
