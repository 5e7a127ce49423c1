package extract

// saidYesKept reports a statement whose whole content is the answer "yes"
// or "no" of a say cue ("Asked if the plan was legal, 46 percent of voters
// said yes"), kept at inference whatever the accept model says
// (keptUnscored): outside quotations every "said yes" or "said no" of
// train whose content is the answer alone is annotated (10 of 10), but on
// cross-validation the model rejected some of them (3-seed CV: all and
// speech tp +4 fp +0, direct unchanged). Training is unchanged.
func (d *doc) saidYesKept(a *attribution) bool {
	if d.training || len(a.content) != 1 || !a.cue.ok() || a.cue.e-a.cue.s != 1 || d.inQuote(a.cue.s) {
		return false
	}
	c := a.content[0]
	if c.e-c.s != 1 || c.s != a.cue.e {
		return false
	}
	w := d.word(c.s)
	return (w == "yes" || w == "no") && cueInfoOf(d.word(a.cue.s)).lemma == "say"
}
