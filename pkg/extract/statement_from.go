package extract

// statementFrom reports, at inference, a "from" at k that goes on the noun
// phrase scanned from j: a statement noun before it and a determiner or
// a name after it ("a statement from the foreign ministry", "a readout
// from the White House"). An inverted subject ended at "from" ("“...,”
// said a statement from the foreign ministry" was by "a statement"),
// where the same words before the cue gave the ministry. Inference only:
// npFwd's noun phrases train as before. Session 21, hand-written probes.
func (d *doc) statementFrom(j, k, hi int) bool {
	return !d.training && k > j && k+1 < hi && d.word(k) == "from" && statementNouns.has(d.word(k-1)) &&
		(d.tokAt(k+1).upper || determiners.has(d.word(k+1)))
}
