package extract

// keptUnscored reports a candidate kept at inference whatever the accept
// model says, for a frame whose candidates are precise on train but which
// the model rejects more often than it should: "I think the plan works"
// (the annotation takes the belief of a speaker as what he says; on train
// the model's rejections of these frames were nearly all right
// statements). The candidate still trains the models as before, so the
// other statements' scores do not change; its confidence stays the
// model's probability.
func (d *doc) keptUnscored(a *attribution, q *Quote) bool {
	if a.inverted || !a.cue.ok() || a.cue.e-a.cue.s != 1 {
		return false
	}
	return cueInfoOf(d.word(a.cue.s)).lemma == "think" && q.Kind == KindIndirect
}
