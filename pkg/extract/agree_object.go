package extract

// "EU leaders agree migration deal", "Ministers agreed a ceasefire on
// Friday", "The unions have agreed terms": "agree" with a noun phrase for
// its object (British usage, and headlines everywhere) reports a deal
// made, not something said; the rules read the object as the content of
// a statement ("migration deal"). After the accept model, an "agree"
// frame whose content right after the cue is a noun phrase, not a clause
// ("agreed the plan was sound") nor a "that" or "to" complement, is
// dropped. The annotated corpus has no such frames; hand-written probes.

// agreedObject reports such a frame (see above). Inference only.
func (d *doc) agreedObject(a *attribution, q *Quote) bool {
	if d.training || q.Kind != KindIndirect || !a.cue.ok() || a.inverted || len(a.content) != 1 {
		return false
	}
	if cueInfoOf(d.word(a.cue.s)).lemma != "agree" {
		return false
	}
	c := a.content[0]
	if c.s != a.cue.e || d.inQuote(c.s) {
		return false
	}
	if w := d.word(c.s); w == "that" || w == "to" || w == "with" || w == "on" || subjPronouns.has(w) || whWords.has(w) {
		return false
	}
	return !d.looksClause(c.s, c.e)
}
