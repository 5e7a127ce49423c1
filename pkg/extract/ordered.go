package extract

// Orders: "a federal judge ordered the State Department to release the
// emails", "the board ordered that his name be certified", "Obama has
// ordered a review of the visa program". What was ordered is the
// subject's statement, which the annotation marks. "Ordered" is no cue:
// the frames are built at inference only and accepted by rule, and only
// as their sentence's first frame (in "Bob, they said, ordered them to
// wait" or "X reported that Lee had ordered ..." the order is inside
// another statement) and not after a hyphen ("court-ordered").

// orderedConf is the confidence of a rule-accepted order: on the training
// split 17 of the 19 active "ordered" + object finds outside quotations
// carry an annotated cue; the 2 others follow another frame of their
// sentence, which the rule leaves out.
const orderedConf = 0.75

// orderedCue reports an active "ordered" at i after its subject, outside
// quotations and questions, with a noun-phrase object or a that-clause.
func (d *doc) orderedCue(s sentence, i int) bool {
	if d.training || d.word(i) != "ordered" || d.inQuote(i) || i == s.s || d.punct(s.e-1) == "?" {
		return false
	}
	if d.tokAt(i-1).e == d.toks[i].s && d.punct(i-1) != "" {
		return false // "court-ordered"
	}
	if p := d.word(i - 1); p == "" && !(d.punct(i-1) == "," && d.nameAppositionBefore(s, i-1)) || beForms.has(p) || determiners.has(p) || p == "the" || p == "being" || p == "been" || p == "that" || p == "who" {
		return false // "was ordered to", "the ordered list", "records that the court ordered"
	}
	j := i + 1
	if d.word(j) == "that" {
		return !d.inQuote(j)
	}
	return d.bodyStanceObject(j) && !objPronouns.has(d.word(j)) && !(d.word(j) == "up" || d.word(j) == "out")
}

// orderedContentEnd returns the end of an order's content, which starts
// right after "ordered", 0 for a frame without its subject before it, or
// -1 for other frames: the clause up to an aside, or to a subordinate
// clause after a comma (", even though she ...").
func (d *doc) orderedContentEnd(a *attribution, limit int) int {
	if d.training || !a.ruleAccepted || a.cueText != "ordered" || !a.cue.ok() {
		return -1
	}
	if !a.subjectLeads(limit) {
		return 0
	}
	e := d.clauseAsideEnd(a.cue.e, limit, a.relative || a.subj.ok() && relativeWords.has(d.word(a.subj.e-1)))
	e = d.endAtClauseComma(a.cue.e, e, false)
	return d.subordinateClauseEnd(a.cue.e, d.beforeNestedReport(a.cue.e, e))
}
