package extract

// directiveInfinitive reports the infinitive at j after the addressee of a
// telling, warning or advising cue: "told reporters not to worry",
// "warned the states to stop". It is the content, not an adjunct.
func (d *doc) directiveInfinitive(a *attribution, j int) bool {
	if !a.cue.ok() || j <= a.cue.e || d.inQuote(j) {
		return false
	}
	if l := cueInfoOf(d.word(a.cue.s)).lemma; l != "tell" && l != "warn" && l != "advise" {
		return false
	}
	k := j
	if d.word(k) == "not" {
		k++
	}
	return d.medialInfinitive(k) && d.objectEnd(a.cue.e) == j
}

// pronounSubjectClause reports a subject pronoun at j with a finite verb
// after it: "warned they could sell", "warned it could make matters worse".
// After a cue that may take an addressee the pronoun opens the content.
func (d *doc) pronounSubjectClause(j int) bool {
	w := d.word(j)
	if w == "you" || w == "her" || !subjPronouns.has(w) || d.inQuote(j) {
		return false
	}
	x := d.word(j + 1)
	return clauseAux.has(x) || finiteVerb(x)
}
