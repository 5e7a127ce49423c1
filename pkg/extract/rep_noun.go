package extract

// "A rep for the singer said ...", "a publicist for the actor told
// People": entertainment copy names a star's spokespeople by words the
// role lists lack, so the backward subject scan stopped at "for" and the
// speaker was the star. At inference these heads take the "for" phrase in
// like "a spokesman for"; training keeps the old subjects, so the models
// do not move. Hand-written probes.

// repNouns are the spokespeople of entertainment and sport ("agent" was
// tried: "Democrats see Sanders as an agent in Clinton's decline" lost its
// content on train).
var repNouns = set("rep", "reps", "publicist", "publicists", "representatives", "solicitor", "solicitors")

// repNoun reports such a head at k, lower case, at inference.
func (d *doc) repNoun(k int) bool {
	t := d.tokAt(k)
	return !d.training && t.kind == tWord && !t.upper && !t.abbr && repNouns.has(t.lower)
}
