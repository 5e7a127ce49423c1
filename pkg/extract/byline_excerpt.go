package extract

// bylineExcerpt reports, at inference, a statement whose cue is the
// byline "writing at" / "writing for" an outlet ("From Jane Roe writing at
// The Planet:" and the excerpt after it): the frame introduces a passage
// of another article that the text reprints, which the annotation does not
// take for a quotation. On the held-out CV predictions of train (3 seeds)
// the rule dropped 6 wrong statements (2 distinct, no gold content at all)
// and no right one; "writing" followed by anything else ("writing that
// ...", "writing: “...”", "writing in an email: ...") is left alone.
// Inference only: the candidates train the models as before.
func (d *doc) bylineExcerpt(a *attribution) bool {
	if d.training || !a.cue.ok() || a.cue.e-a.cue.s != 1 || d.word(a.cue.s) != "writing" {
		return false
	}
	switch d.word(a.cue.e) {
	case "at", "for":
		return true
	}
	return false
}
