package extract

// anonymityRefusal reports, at inference, a refusal whose infinitive is
// the source's own anonymity: "The official, who declined to be
// identified, said ...", "a diplomat who declined to be named". It tells
// how the source spoke, not what it said or refused to say, and the
// accept model kept it as a statement ("to be identified") beside the
// real one. Wire copy writes it for every anonymous source. The design
// docs' gold has one such phrase, unannotated; the filter changes no
// prediction on train and lands on its hand-written probes.
func (d *doc) anonymityRefusal(a *attribution) bool {
	if d.training || !a.cue.ok() || a.inverted || d.cueInfoAt(a.cue.s).lemma != "decline" {
		return false
	}
	fi := d.fwdRange(a)
	if fi < 0 {
		return false
	}
	c := a.content[fi]
	if c.s != a.cue.e || d.word(c.s) != "to" || d.word(c.s+1) != "be" {
		return false
	}
	switch d.word(c.s + 2) {
	case "named", "identified", "quoted":
		return c.e <= c.s+4 || d.punct(c.s+3) == "," || d.word(c.s+3) == "because" || d.word(c.s+3) == "as" || d.word(c.s+3) == "by"
	}
	return false
}
