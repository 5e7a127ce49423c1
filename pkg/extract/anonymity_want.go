package extract

// "The hospital, which did not want to be named, said it had treated 14
// patients": a relative clause on the source's own anonymity ("did not
// want to be named", "does not wish to be identified"). With "which" the
// belief rules built a frame for "want" whose subject is the pronoun and
// whose content ran over the main clause ("The hospital | said it had
// ..."); the real statement's cue then lay inside that frame's content,
// and the accept model dropped it as a nested report. (After "who" no
// such frame was built.) At inference the anonymity frame goes before the
// statements are scored, as a refusal of the same kind goes after
// (anonymity_refusal.go). Session 24, hand-written health probes; training
// keeps its candidates, so the models do not move. Train predictions: see
// the commit.

// anonymityWant reports a frame of "want" or "wish" after a relative
// pronoun whose infinitive is the source's anonymity.
func (d *doc) anonymityWant(a *attribution) bool {
	if !a.cue.ok() || a.cue.e-a.cue.s != 1 {
		return false
	}
	switch d.word(a.cue.s) {
	case "want", "wanted", "wants", "wish", "wished", "wishes":
	default:
		return false
	}
	r := a.cue.s - 1
	for r > a.cue.s-4 && (d.word(r) == "not" || d.word(r) == "did" || d.word(r) == "does" || d.word(r) == "do" || d.word(r) == "n't") {
		r--
	}
	if w := d.word(r); w != "which" && w != "who" || d.punct(r-1) != "," {
		return false
	}
	k := a.cue.e
	if d.word(k) != "to" || d.word(k+1) != "be" {
		return false
	}
	switch d.word(k + 2) {
	case "named", "identified", "quoted":
		return true
	}
	return false
}
