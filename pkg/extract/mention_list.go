package extract

// The object of "did not mention" or "made no mention of" ended at its
// first comma (negatedMentionEnd), which cut a list after it: "made no
// mention of God, religion or his faith". mentionList keeps the list
// (listContinues, list_continues.go), at inference only, so the models
// do not move. In the annotation of train, the "mention" contents hold such
// a list 3 times and none ends before one (the 3 that end at a comma stop
// before a clause: ", and at one point the crowd ...", ", which ...").
// cv3: all and speech tp +3 fp -3, exact tp +3 fp -3, direct unchanged.

// mentionList returns the end of the list whose first comma is k in the
// object fwd of a negated mention, or -1.
func (d *doc) mentionList(fwd rng, k int) int {
	if d.punct(k) != "," {
		return -1
	}
	return d.listContinues(fwd.s, k, fwd.e)
}
