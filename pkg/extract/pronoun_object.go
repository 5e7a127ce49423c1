package extract

// pronounObject reports, at inference, an indirect statement whose
// content opens with a bare "it" or "this" right after the cue and a
// punctuation mark: "The governor said it, before clarifying that she
// meant the budget", "He said this, too", "She said it; then she left".
// The pronoun is the cue's object, what was said being told elsewhere,
// and the words after the comma are no statement ("it, before"). Not a
// pronoun that is the content's subject after an aside: "said it, if
// passed, would cost jobs" (a finite verb or auxiliary after the aside's
// closing comma), nor a pronoun before a colon, which announces what was
// said ("She said this: the deal is dead"), nor a quotation. Session 25 probe; inference only: the
// candidates train the models as before.
func (d *doc) pronounObject(a *attribution, q *Quote) bool {
	if d.training || q.Kind != KindIndirect || !a.cue.ok() || len(a.content) == 0 {
		return false
	}
	c := a.content[0]
	if c.s != a.cue.e || d.inQuote(c.s) {
		return false
	}
	if w := d.word(c.s); w != "it" && w != "this" {
		return false
	}
	switch d.punct(c.s + 1) {
	case ",", ";", "—", "–", "-", ".", "":
	default:
		return false
	}
	if d.tokAt(c.s+1).kind != tPunct {
		return false
	}
	// "said it, if passed, would cost jobs": the aside closes before a
	// verb, and "it" is the clause's subject
	for k := c.s + 2; k < c.e && k < c.s+12; k++ {
		if d.punct(k) == "," {
			n := d.word(k + 1)
			return !clauseAux.has(n) && !finiteVerb(n)
		}
	}
	return true
}
