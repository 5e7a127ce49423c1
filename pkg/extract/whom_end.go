package extract

// endBeforeWhomClause ends, at inference, a forward content before a
// non-restrictive relative clause on a person or a set (", whom he calls
// a friend", ", for whom he raised money", ", both of which she
// praised"): the writer's aside on what the content names. Only after
// three words of content and outside quotation marks. On 3-seed
// cross-validation on train: all +12 matches and -3 wrong ones, speech +9
// and -3 at 30%, direct -6 wrong ones, exact speech +3 matches and +3
// wrong ones. Training keeps the
// old contents, so the models do not move (doc.go).
func (d *doc) endBeforeWhomClause(a *attribution) {
	d.endAtCommaBoundary(a, 2, func(k int) bool { return d.whomClauseAt(k + 1) })
}

// whomClauseAt reports "whom", "for|with|to whom" or "both|all|none|some|
// many|most of whom|which" at k.
func (d *doc) whomClauseAt(k int) bool {
	switch w := d.word(k); {
	case w == "whom":
		return true
	case w == "for" || w == "with" || w == "to":
		return d.word(k+1) == "whom"
	case whomQuantifiers.has(w):
		r := d.word(k + 2)
		return d.word(k+1) == "of" && (r == "whom" || r == "which")
	}
	return false
}

var whomQuantifiers = set("both", "all", "none", "some", "many", "most")
