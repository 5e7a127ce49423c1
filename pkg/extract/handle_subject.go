package extract

// subjectHandle widens a subject that is the tail of a social-media handle
// to the whole handle: "X user @nypost_fan replied that ..." had "fan" for
// its speaker, "A user named @kate_r wrote that ..." had "r", since the
// tokenizer splits a handle at "@", "_" and dots (handleEnd in
// handle_quote.go). A subject that is the handle's first word already
// ("@SpaceX wrote that ...") keeps its name. Inference only: training
// keeps its subjects, so the models do not move; the corpus has no
// handle before a cue.
func (d *doc) subjectHandle(a *attribution) {
	if d.training || !a.subj.ok() || a.subj.s < 2 {
		return
	}
	at := a.subj.s - 1
	for at > 0 && d.punct(at) != "@" && d.toks[at].e == d.toks[at+1].s && at > a.subj.s-8 {
		at--
	}
	if d.punct(at) != "@" || at+1 == a.subj.s || d.toks[at].e != d.toks[at+1].s {
		return
	}
	e := d.handleEnd(at)
	if e <= a.subj.s || e < a.subj.e {
		return
	}
	a.subj = rng{at, e}
	a.name, a.title = a.subj, noRange
	a.left = min(a.left, at)
}
