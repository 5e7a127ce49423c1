package extract

// "Made it clear": "Devine made it clear that his boss wanted more",
// "Clinton made it clear to House Democrats on Wednesday that she has
// their backs". The clause is the subject's statement, which the
// annotation marks with the cue "made it clear". The frames are built at
// inference only and accepted by rule, and only as their sentence's first
// frame and after an agent subject ("The primary made it clear that ..."
// is the writer's reading).

// madeClearConf is the confidence of a rule-accepted "made it clear": on
// the training split 9 of the 10 "made it clear" phrases outside
// quotations carry an annotated cue (the other has an event for its
// subject, which agentSubject leaves out). "Making it clear" and "make it
// clear" are left out: 3 of their 5 finds are annotated.
const madeClearConf = 0.75

// madeClearCue returns the start of the clause after "made it clear" at
// i ("that ...", or a bare clause; past an addressee and a time:
// "made it clear to voters on Monday that"), or -1. Inference only.
func (d *doc) madeClearCue(s sentence, i int) int {
	if d.training || d.word(i) != "made" || d.inQuote(i) || i == s.s || d.punct(s.e-1) == "?" {
		return -1
	}
	j := i + 1
	if d.word(j) != "it" || d.inQuote(j) {
		return -1
	}
	j++
	if d.word(j) == "very" || d.word(j) == "abundantly" || d.word(j) == "crystal" {
		j++
	}
	if d.word(j) != "clear" || d.inQuote(j) {
		return -1
	}
	j++
	if d.word(j) == "to" || d.word(j) == "on" || d.word(j) == "in" || d.word(j) == "during" {
		// an addressee or an occasion: the clause opens with "that"
		for k := j + 1; k < s.e && k < j+9; k++ {
			if d.toks[k].kind != tWord || d.inQuote(k) {
				return -1
			}
			if d.word(k) == "that" {
				return k
			}
		}
		return -1
	}
	if j >= s.e || d.toks[j].kind != tWord || d.inQuote(j) || badContentStart.has(d.word(j)) {
		return -1
	}
	return j
}

// madeClearContent reports the range of a "made it clear" content, which
// starts at its clause, ok=false for other frames; an empty range for a
// frame without an agent subject before it.
func (d *doc) madeClearContent(a *attribution, limit int) (rng, bool) {
	if d.training || !a.ruleAccepted || a.cueText != "made it clear" || !a.cue.ok() {
		return noRange, false
	}
	s := d.madeClearCue(d.sents[a.sent], a.cue.s)
	if s < 0 || s >= limit || a.inverted || !a.subj.ok() && !a.relative || a.subj.ok() && a.subj.e > a.cue.s || !d.agentSubject(a) {
		return rng{}, true
	}
	e := d.clauseAsideEnd(s, limit, a.relative || a.subj.ok() && relativeWords.has(d.word(a.subj.e-1)))
	return rng{s, d.beforeNestedReport(s, e)}, true
}
