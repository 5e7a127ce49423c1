package extract

import "strings"

// Recognitions: "But he recognizes that angry voters have valid reasons
// to be frustrated", "Western European leaders recognize that Middle
// Eastern nations can be their allies", "opposed it as a candidate,
// recognizing that to do otherwise would have carried a risk". What the
// subject recognizes is its belief, which the annotation marks from
// "that". "Recognize" is no cue: the frames are built at inference only
// and accepted by rule, for a finite form after its subject (as its
// sentence's first frame) or a participle after a comma; not after "to"
// ("came to recognize that" is half the time unannotated) or "by".

// recognizeThatConf is the confidence of a rule-accepted recognition: on
// the training split all 9 finite "recognize(s/d) that" and ",
// recognizing that" phrases outside quotations are annotated. cv3: all tp
// +27 fp +0, speech and direct unchanged.
const recognizeThatConf = 0.75

var recognizeForms = set("recognize", "recognizes", "recognized", "recognizing")

// recognizeThatCue reports a recognition at i followed by "that" and a
// clause, outside quotations and questions. Inference only.
func (d *doc) recognizeThatCue(s sentence, i int) bool {
	if d.training || !recognizeForms.has(d.word(i)) || d.inQuote(i) || i == s.s || d.toks[i].upper || d.punct(s.e-1) == "?" {
		return false
	}
	if d.word(i+1) != "that" || d.inQuote(i+1) || i+3 >= s.e || clauseAux.has(d.word(i+2)) {
		return false // "recognize that is ...": a pronoun object
	}
	if d.word(i) == "recognizing" {
		return d.punct(i-1) == "," && !d.inQuote(i-1)
	}
	p := d.word(i - 1)
	return p != "" && p != "to" && p != "by" && !beForms.has(p) && !determiners.has(p) && p != "the" && p != "not" && p != "never" && !strings.HasSuffix(p, "n't")
}

// recognizeThatContentEnd returns the end of a recognition's content,
// which starts at "that", or -1 for other frames: the clause up to an
// aside or a subordinate clause.
func (d *doc) recognizeThatContentEnd(a *attribution, limit int) int {
	if d.training || !a.ruleAccepted || a.cueText != "recognize" || !a.cue.ok() || a.cue.e >= limit {
		return -1
	}
	e := d.clauseAsideEnd(a.cue.e, limit, false)
	return d.subordinateClauseEnd(a.cue.e, d.beforeNestedReport(a.cue.e, e))
}
