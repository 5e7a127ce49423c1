package extract

// Refusals: "the campaign refused to answer", "Republicans have refused to
// vote on the nominee", "Sanders, refusing to attack Clinton, ..."; and
// declining: "Trump declined to comment for this article". The
// annotation marks the infinitive as the subject's stance. Their frames
// train the models as before; at inference they are rule-accepted, so the
// accept model's weights do not change. On the training split (5-fold CV,
// seed 0) the accept model rejected 17 right statements of "refuse" and 4
// wrong ones; of all the finds of the rule 52 of 64 match a statement at
// 30% (the wrong ones are mostly kept by the model too), so the frame's
// default confidence of 0.8 stands.

// refusedToAccepted reports a frame of "refuse" whose forward content
// opens with its infinitive right after the cue.
func (d *doc) refusedToAccepted(a *attribution) bool {
	if d.training || !a.cue.ok() || a.cue.e != a.cue.s+1 || a.inverted || d.inQuote(a.cue.s) || d.cueInfoAt(a.cue.s).lemma != "refuse" {
		return false
	}
	if d.word(a.cue.e) != "to" || d.inQuote(a.cue.e) {
		return false
	}
	if d.word(a.cue.e+1) == "endorse" {
		return false // "refused to endorse Ryan": the annotation takes the endorsed one alone
	}
	fi := d.fwdRange(a)
	if fi < 0 || a.content[fi].s != a.cue.e {
		return false
	}
	// a bare verb or a pronoun object ("refused to intervene", "refused
	// to extend it") is mostly the writer's narration
	c := a.content[fi]
	return d.countWords(c.s, c.e) >= 4 && !refusalPronounEnds.has(d.word(c.e-1))
}

// declinedToAccepted reports a frame of "decline" whose forward content
// opens with its infinitive right after the cue, after a subject that is
// no relative pronoun: "a longtime adviser, who declined to be
// identified, said" is the writer's aside about a source, seldom
// annotated. In 5-fold CV (seed 0) the accept model rejected 11 right
// statements of "decline" and 9 wrong ones, 7 of them after "who"; with
// the checks below the rule adds 8 right ones per seed and no wrong one.
func (d *doc) declinedToAccepted(a *attribution) bool {
	if d.training || !a.cue.ok() || a.cue.e != a.cue.s+1 || a.inverted || a.relative || d.inQuote(a.cue.s) || d.cueInfoAt(a.cue.s).lemma != "decline" {
		return false
	}
	if d.word(a.cue.e) != "to" || d.inQuote(a.cue.e) || !a.subj.ok() || relativeWords.has(d.word(a.subj.e-1)) || relativeWords.has(d.word(a.cue.s-1)) {
		return false
	}
	fi := d.fwdRange(a)
	if fi < 0 || a.content[fi].s != a.cue.e {
		return false
	}
	// "declined to comment" is the stock refusal; other short infinitives
	// and those of a pronoun object ("declined to weigh in", "declined to
	// assail him") narrate, and a finite verb after the infinitive's verb
	// makes it a relative clause ("unions they declined to join violates")
	c, v := a.content[fi], a.cue.e+1
	if d.word(v) == "comment" && c.e == v+1 {
		return true
	}
	return d.countWords(c.s, c.e) >= 4 && !objPronouns.has(d.word(v+1)) && !d.mainVerb(v+1)
}

// refusalPronounEnds end a refusal that refers back to its context.
var refusalPronounEnds = set("it", "them", "this", "that", "him", "her")
