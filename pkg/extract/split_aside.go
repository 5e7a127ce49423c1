package extract

// Split asides: a speech frame set between commas inside the sentence it
// reports, its content on both sides: "At one point, she said, she was
// considering it", "The next day, according to Jones, Smith made further
// demands". The accept model rejects some of these when the part before
// the aside is a short scene-setting phrase. Kept at inference only
// (keptUnscored), so training is unchanged. cv3 on train: speech tp +6
// fp +0, exact tp +3 fp +3; allowing every speech verb instead of "say"
// and "according to" added 3 wrong ones and no right one.

// splitAsideKept reports a statement whose frame ", SUBJ said," or ",
// according to X," splits its content in two: the first part opens the
// sentence and ends at the comma before the frame, the second starts
// after the comma that closes it.
func (d *doc) splitAsideKept(a *attribution, q *Quote) bool {
	if d.training || q.Kind != KindIndirect || len(a.content) != 2 || !a.cue.ok() {
		return false
	}
	if a.cueText != "according to" {
		if a.cue.e-a.cue.s != 1 || cueInfoOf(d.word(a.cue.s)).lemma != "say" {
			return false
		}
	}
	l, r := a.content[0], a.content[1]
	s := d.sents[a.sent]
	if l.s != s.s || d.punct(l.e) != "," || l.e+1 != a.left {
		return false
	}
	if d.punct(a.right) != "," || r.s != a.right+1 || r.e-r.s < 3 {
		return false
	}
	return true
}
