package extract

// "The Food and Drug Administration (FDA) said ...", "The Competition and
// Markets Authority (CMA) said ...": an organisation whose name joins two
// words by "and", with its acronym in parentheses before the cue. Without
// the parenthesis coordinatedSubject takes the whole name; with it, it
// looked for the name's end at the closing parenthesis, found none, and
// the subject was "Drug Administration (FDA)". At inference the name
// before the parenthesis is tried, and the subject runs on to the
// parenthesis's end. Session 22, hand-written business probes.

// parenCoordinatedSubject returns the subject subj (which ends in a
// parenthesis at k) widened over a coordinated name before it, and that
// name; or noRange.
func (d *doc) parenCoordinatedSubject(s sentence, k int, subj rng) (rng, rng) {
	if d.training || d.punct(k) != ")" || subj.e != k+1 {
		return noRange, noRange
	}
	o := k - 1
	for o > subj.s && o > k-8 && d.punct(o) != "(" {
		o--
	}
	if d.punct(o) != "(" || o-1 < s.s || d.tokAt(o-1).kind != tWord {
		return noRange, noRange
	}
	c := d.coordinatedSubject(s, o-1)
	if !c.ok() || c.s >= subj.s {
		return noRange, noRange
	}
	return rng{c.s, subj.e}, d.trimDet(c)
}
