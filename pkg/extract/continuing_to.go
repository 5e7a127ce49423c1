package extract

// "The company is continuing to insist that the product is safe", "Police
// are continuing to urge residents to stay away": the progressive of the
// catenative "continue to" before a cue. continuationStart knew
// "continues to", "continued to" and "continue to", whose subject speaks
// through the infinitive, but not "continuing to", so the cue's backward
// scan stopped at the infinitive's "to" and the statement was lost. The
// subject is before the auxiliary ("is", "are", "has been", "will be").
// Not a participle opening a phrase without one ("Continuing to insist on
// his innocence, Lee said": the main verb's frame), which skipAuxAdverbsBack
// leaves to the other rules. Inference only: "continuing to" plus a cue
// would add training frames and move the models. Session 25 probe.

// continuingToStart returns, for "to" at k after "continuing", where the
// scan for the subject goes on, or -1.
func (d *doc) continuingToStart(k int) int {
	if d.training || d.word(k-1) != "continuing" {
		return -1
	}
	p := k - 2
	for adverbs := 0; adverbs < 2 && (d.word(p) == "still" || d.word(p) == "also"); adverbs++ {
		p-- // "is still continuing to insist"
	}
	if w := d.word(p); !beForms.has(w) && w != "been" {
		return -1
	}
	return k - 2
}
