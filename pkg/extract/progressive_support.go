package extract

// Support in the progressive: "Gov. Mark Dayton is backing Hillary
// Clinton", "Pataki is endorsing Kasich". With a named object and a
// subject that is no relative word ("donors who are backing Rubio"
// describes the donors), the annotation marks the stance. The frames are
// built at inference only and accepted by rule, so the models train on the
// same candidates as before ("supporting" is a cue; its other frames are
// untouched).

// progressiveSupportConf is the confidence of a rule-accepted progressive
// support: on the training split 7 of its 8 finds are annotated.
const progressiveSupportConf = 0.7

var progressiveSupportForms = set("backing", "supporting", "endorsing")

// progressiveSupportCue reports "is backing", "are supporting" or "was
// endorsing" at i before a name, after a subject that is no relative word
// nor inside another report ("said he was supporting X").
func (d *doc) progressiveSupportCue(s sentence, i int) bool {
	if d.training || d.inQuote(i) || i-2 <= s.s || i+1 >= s.e || !d.tokAt(i+1).upper || d.inQuote(i+1) || d.tokAt(i+1).kind != tWord {
		return false
	}
	switch d.word(i - 1) {
	case "is", "are", "was", "were":
	default:
		return false
	}
	if p := d.word(i - 2); p == "" || relativeWords.has(p) || d.inQuote(i-2) {
		return false
	}
	for k := s.s; k < i-1; k++ {
		if cueInfoOf(d.word(k)).class != 0 && !d.inQuote(k) {
			return false
		}
	}
	return true
}

// progressiveSupportContentEnd returns the end of a progressive support's
// object, 0 for no content, or -1 for other frames.
func (d *doc) progressiveSupportContentEnd(a *attribution, limit int) int {
	if d.training || !a.ruleAccepted || a.cueText != "support" || !a.cue.ok() || a.cue.e >= limit {
		return -1
	}
	if !a.subj.ok() || a.inverted || a.subj.e > a.cue.s || !d.agentSubject(a) {
		return 0
	}
	return d.stanceObjectEnd(rng{a.cue.e, limit})
}
