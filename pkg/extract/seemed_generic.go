package extract

// Apparent acts of a named subject: "Trump seemed to overstay his
// welcome", "Rubio seemed to offer a caveat", "she appeared to step on her
// own momentum". Beyond the stance verbs of seemed_to.go, the writer's
// reading of what a person seemed to do is annotated as a statement when
// the subject is a name or a personal pronoun right before the verb and
// the verb after "to" is no "be" or "have" ("Christie appears to be fully
// embracing", "Kasich appears to have the best odds" are judgments the
// annotation mostly leaves out). The frames are built at inference only
// and accepted by rule, as their sentence's first frame; the content
// starts at "to".

// seemedGenericConf is the confidence of a rule-accepted apparent act: on
// the training split 32 of the 37 "seemed/appeared/seems/appears to" +
// verb (not be/have) phrases after a capitalised word or a personal
// pronoun outside quotations are annotated; of the 5 others, the rule
// leaves out a time word or a prepositional object for a subject ("the
// battle with Trump seemed to start"), a fronted relative object ("which
// he appeared to run afoul of") and frames after another frame. cv3: all
// tp +35 fp +0, speech and direct unchanged.
const seemedGenericConf = 0.7

// seemedGenericCue reports an apparent act at i ("seemed" before "to" and
// a verb other than the stance verbs, "be" and "have") after a name or a
// personal pronoun. Inference only.
func (d *doc) seemedGenericCue(s sentence, i int) bool {
	if d.training || !seemedForms.has(d.word(i)) || d.inQuote(i) || i-1 <= s.s || d.toks[i].upper || d.punct(s.e-1) == "?" {
		return false
	}
	v := d.word(i + 2)
	if d.word(i+1) != "to" || v == "" || v == "be" || v == "have" || seemedStanceVerbs.has(v) || d.inQuote(i+2) || d.tokAt(i+2).upper || i+3 >= s.e {
		return false
	}
	p := d.word(i - 1)
	if !(p == "he" || p == "she" || p == "they") && !(d.tokAt(i-1).upper && !determiners.has(p) && p != "the" && p != "it" && p != "this" && p != "there" && !possessiveDeterminers.has(p) && !weekdayNames.has(p) && !timeWords.has(p) && !monthNames.has(p)) {
		return false
	}
	if pp := d.word(i - 2); subjectPreps.has(pp) || pp == "which" || pp == "that" || pp == "whom" || pp == "what" {
		return false // "the battle with Trump seemed to", "which he appeared to run afoul of"
	}
	return true
}

// seemedGenericContentEnd returns the end of an apparent act's content,
// which starts at "to", 0 for a frame without its subject before it, or
// -1 for other frames: the clause up to an aside or a subordinate clause.
func (d *doc) seemedGenericContentEnd(a *attribution, limit int) int {
	if d.training || !a.ruleAccepted || a.cueText != "seemed" || !a.cue.ok() {
		return -1
	}
	if !a.subj.ok() || a.inverted || a.subj.e > a.cue.s || a.cue.e >= limit {
		return 0
	}
	e := d.clauseAsideEnd(a.cue.e, limit, false)
	for k := a.cue.e + 3; k < e-1; k++ {
		if d.word(k) == "in" && (d.word(k+1) == "a" || d.word(k+1) == "an") && !d.inQuote(k) {
			e = k // the occasion: "seemed to urge X [in a speech to ...]"
			break
		}
	}
	opened := d.openedBySubordinate(d.sents[a.sent], a.cue.s)
	e = d.endAtClauseComma(a.cue.e, e, opened)
	return d.subordinateClauseEnd(a.cue.e, d.beforeNestedReport(a.cue.e, e))
}
