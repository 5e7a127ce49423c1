package extract

// "Reportedly" after an auxiliary: "The FBI is reportedly making
// arrangements to interview her", "the hackers have reportedly
// infiltrated 100 groups". The annotation marks such a sentence as a
// statement without a source: its subject and its predicate (without the
// auxiliary), with "reportedly" for the cue. The frames are built at
// inference only and accepted by rule, and only as their sentence's first
// frame.

// reportedlyConf is the confidence of a rule-accepted "reportedly": on the
// training split all 11 "has/have/had/is/are/was/were reportedly" phrases
// outside quotations carry an annotated cue (in 5-fold CV 9 of them
// match it at 30%, the subject found being wrong in a few). "Reportedly" without an auxiliary before it is left
// out: 6 of its 15 finds are not annotated ("Henry reportedly got a
// reply", "who reportedly has been itching").
const reportedlyConf = 0.75

// reportedlyAux are the auxiliaries after which "reportedly" frames. The
// modals are left out: the one "will reportedly" on train announces a
// speech, which the annotation makes the cue ("will reportedly be
// delivering a speech") with the speech's topic for its content.
var reportedlyAux = set("has", "have", "had", "is", "are", "was", "were")

// reportedlyCue reports "reportedly" at i right after an auxiliary that
// follows a word (the subject's end), outside quotations and questions,
// before a word (the predicate). Inference only.
func (d *doc) reportedlyCue(s sentence, i int) bool {
	if d.training || d.word(i) != "reportedly" || d.inQuote(i) || i-2 < s.s || d.punct(s.e-1) == "?" {
		return false
	}
	if !reportedlyAux.has(d.word(i-1)) || d.inQuote(i-1) || d.tokAt(i-2).kind != tWord || d.inQuote(i-2) {
		return false
	}
	return i+1 < s.e && d.tokAt(i+1).kind == tWord && !d.inQuote(i+1)
}

// reportedlyContent reports a "reportedly" frame's content: its subject
// (unless a relative pronoun) and its predicate up to the end of the
// clause, ok=false for other frames; no content for a frame without its
// subject right before the auxiliary.
func (d *doc) reportedlyContent(a *attribution, limit int) (subj, pred rng, ok bool) {
	if d.training || !a.ruleAccepted || a.cueText != "reportedly" || !a.cue.ok() {
		return noRange, noRange, false
	}
	if a.inverted || !a.subj.ok() && !a.relative || a.subj.ok() && a.subj.e != a.cue.s-1 || a.cue.e >= limit {
		return noRange, noRange, true
	}
	if a.subj.ok() && !relativeWords.has(d.word(a.subj.e-1)) {
		subj = a.subj
	} else {
		subj = noRange
	}
	e := d.clauseAsideEnd(a.cue.e, limit, a.relative || a.subj.ok() && relativeWords.has(d.word(a.subj.e-1)))
	return subj, rng{a.cue.e, d.subordinateClauseEnd(a.cue.e, d.beforeNestedReport(a.cue.e, e))}, true
}

// subordinateClauseEnd ends a content [s, e) before a subordinate clause
// that opens without a comma with its own subject pronoun ("making
// arrangements to interview her as it nears the end of its inquiry"): the
// annotation ends the report before it.
func (d *doc) subordinateClauseEnd(s, e int) int {
	for k := s + 2; k < e-1; k++ {
		if d.inQuote(k) || !clauseOpeners.has(d.word(k)) {
			continue
		}
		if p := d.word(k + 1); subjPronouns.has(p) && p != "you" {
			return d.trimEnd(s, k)
		}
	}
	return e
}

var clauseOpeners = set("as", "while", "because", "since", "when", "after", "before", "until", "although", "though", "whereas")
