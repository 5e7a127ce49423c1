package extract

// Two bare clauses after an adjunct between a cue and its content that the
// adjunct walk of forwardStart did not see, so the content began with the
// adjunct or, read as an adjunct only, the statement was lost:
//   - an existential clause: "Guterres said in a speech there was no
//     military solution", "said in Geneva there were no talks";
//   - a clause after a longer adjunct that a name ends: "said in a speech
//     to the General Assembly the war must end" (placeClauseAfterAdjunct
//     takes a preposition and a name only, "in Geneva the ...").
// Wire copy drops the "that" after such adjuncts. At inference only, so
// the models do not move. Session 21, hand-written probes.

// existentialVerbs follow "there" in an existential clause.
var existentialVerbs = set("is", "was", "were", "are", "will", "would", "could", "might", "may", "had", "has", "have", "remains", "remained", "seems", "seemed", "appears", "appeared")

// wireClauseAfterAdjunct reports such a clause opening at k after the
// adjunct that opens with the preposition at j.
func (d *doc) wireClauseAfterAdjunct(j, k, limit int) bool {
	if d.training || k+1 >= limit || d.inQuote(k) {
		return false
	}
	p := d.tokAt(k - 1)
	if p.kind != tWord || d.inQuote(k-1) {
		return false
	}
	if d.word(k) == "there" {
		// the adjunct ends with a noun or a name: not "said there was", "said in there"
		return existentialVerbs.has(d.word(k+1)) && (p.upper || d.endsAdjunctNoun(k-1))
	}
	if !p.upper || k-j < 3 || !clauseDeterminers.has(d.word(k)) {
		return false
	}
	return d.bareClauseVerbAhead(k, limit)
}
