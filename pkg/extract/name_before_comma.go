package extract

// "Sen. Ted Cruz, R-Texas, objected, saying ...", "Rep. Jim Jordan, an
// Ohio Republican, disagreed, saying ...": the participle and other frames
// that split their subject with splitName take its last capitalised run
// for the name, which after an apposition is the apposition's ("R-Texas",
// "Ohio Republican"), and the speaker became that. Frames of a plain cue
// split the subject at the apposition (doc.apposition). In the refined
// pass (names only) a subject whose words before its first comma are a
// proper name, with the frame's name after that comma, is named by that
// proper name. Session 24 probes.

// nameBeforeComma returns the name and title of a's subject read as a
// proper name before an apposition (see above), and false when that is
// not how the subject reads or the frame already has that name.
func (d *doc) nameBeforeComma(a *attribution) (name, title rng, ok bool) {
	if !a.subj.ok() || !a.name.ok() {
		return noRange, noRange, false
	}
	c := -1
	for k := a.subj.s + 1; k < a.subj.e; k++ {
		if d.punct(k) == "," && !d.inQuote(k) {
			c = k
			break
		}
	}
	if c < 0 || a.name.s < c {
		return noRange, noRange, false
	}
	head := d.trimDet(rng{a.subj.s, c})
	if !head.ok() || head.e-head.s > 6 || !d.isProperName(head) || d.headlineRun(head) {
		return noRange, noRange, false
	}
	name, title = d.splitName(head)
	return name, title, name.ok()
}
