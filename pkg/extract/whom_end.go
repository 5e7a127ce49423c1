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
	if d.training {
		return
	}
	fi := d.fwdRange(a)
	if fi < 0 || fi != len(a.content)-1 {
		return
	}
	c := &a.content[fi]
	words := 0
	for k := c.s; k < c.e-2; k++ {
		if d.toks[k].kind == tWord {
			words++
			continue
		}
		if words < 3 || d.punct(k) != "," || d.inQuote(k) || !d.whomClauseAt(k+1) {
			continue
		}
		if end := d.trimEnd(c.s, k); end > c.s {
			c.e = end
		}
		return
	}
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
