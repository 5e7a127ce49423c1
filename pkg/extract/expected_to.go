package extract

// Expectations in the passive: "The mayor is expected to sign the bill",
// "the plant is not expected to close until 2019", "who are widely
// expected to win". The annotation marks the subject's expected course
// (the infinitive, with or without the subject) as a statement without a
// source. Their frames train the models as before; at inference they are
// rule-accepted and keep the infinitive as the rules end it (no cut), so
// the accept model's weights do not change. On the training split all
// statements of "expected" then match 45 of 50 times at 30%; in 5-fold
// CV (seed 0) the rule adds 10 right statements and 1 wrong one.

// expectedToFrame reports a frame of a passive "expected" right before
// its infinitive, after a form of "be" (past "not" and adverbs, no modal),
// outside the headline paragraph (its subtitle too), questions and
// quotations.
func (d *doc) expectedToFrame(a *attribution) bool {
	if d.training || !a.cue.ok() || a.cue.e != a.cue.s+1 || a.inverted || a.partOf != nil || d.word(a.cue.s) != "expected" {
		return false
	}
	i := a.cue.s
	s := d.sents[a.sent]
	if d.word(i+1) != "to" || d.inQuote(i) || d.inQuote(i+1) || s.para == 0 || d.punct(s.e-1) == "?" {
		return false
	}
	b := i - 1
	for b > i-4 && (d.word(b) == "not" || d.adverbAt(b) || auxAdv.has(d.word(b)) && !beForms.has(d.word(b))) {
		b--
	}
	if !beForms.has(d.word(b)) || d.inQuote(b) || d.word(b) == "been" || d.word(b) == "be" {
		return false // "has been expected to", "might be expected to": no firm expectation
	}
	for k := b - 1; k >= s.s && k >= b-4; k-- {
		if d.word(k) == "whose" {
			return false // "Sanders, whose campaign was not expected to survive ...": the writer's aside
		}
	}
	return true
}

// expectedToAccepted reports an expectation frame whose forward content
// opens with the infinitive.
func (d *doc) expectedToAccepted(a *attribution) bool {
	if !d.expectedToFrame(a) {
		return false
	}
	fi := d.fwdRange(a)
	return fi >= 0 && a.content[fi].s == a.cue.e
}

// firmExpectation reports, at inference, a passive expectation that is
// negated or widely held ("the plant is not expected to close until
// 2019", "the ruling is widely expected to go against Beijing"): its
// subject need be no agent. On the training split 13 of the 14 "is
// not/widely expected to" phrases outside quotations are annotated; the
// affirmative ones after a subject that is no agent are not ("sales are
// expected to rise", 6 of 16 in 5-fold CV).
func (d *doc) firmExpectation(a *attribution) bool {
	if !d.expectedToFrame(a) {
		return false
	}
	p := d.word(a.cue.s - 1)
	return p == "not" || p == "widely"
}
