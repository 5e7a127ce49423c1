package extract

// roundupHeading reports, at inference, a frame that is the heading of a
// round-up of quotations rather than a statement: a paragraph holding only
// "What they said:", "What the experts are saying", "Here's what people
// say" — a "what", a lower-case subject of a few words and the cue, with at most a
// colon after it. The statements are the signed or labelled quotations
// below it ("Tom Reed: “…”"), which the heading would otherwise take as
// its content. A named subject ("What Lee said: “…”") stays a statement.
// The design docs have no such heading (0 occurrences): inference only, no
// train prediction changes; it lands on its hand-written probes.
func (d *doc) roundupHeading(a *attribution) bool {
	if d.training || a.class != cueSpeech || !a.subj.ok() {
		return false
	}
	p := d.toks[a.cue.s].para
	ps, pe := d.paraS[p], d.paraS[p+1]
	w := ps // "Here's what", "Here is what"
	if d.word(w) == "here's" || d.word(w) == "here’s" {
		w++
	} else if d.word(w) == "here" && d.word(w+1) == "is" {
		w += 2
	} else if d.word(w) == "here" && (d.word(w+2) == "s" || d.punct(w+1) == "'" || d.punct(w+1) == "’") {
		w += 3
	}
	if a.subj.s != w+1 || d.word(w) != "what" || a.subj.e-a.subj.s > 4 {
		return false
	}
	for k := a.subj.s; k < a.subj.e; k++ {
		if t := d.tokAt(k); t.kind != tWord || t.upper {
			return false
		}
	}
	e := a.cue.e
	if d.punct(e) == ":" || isTerminal(d.punct(e)) {
		e++
	}
	return e >= pe
}
