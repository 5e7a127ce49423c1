package extract

// A quotation interrupted by its speaker's gesture: "“It was” — he paused —
// “the worst day of my life.”", "“I,” she hesitated, “I don't know.”". A
// verb that is no cue ("paused", "hesitated", "sighed") frames the first
// part (post_verb.go), but only when the quotation closed on a comma or
// the clause ended after the verb; a dash outside the marks, or the second
// part right after the verb, gave nothing. At inference the frame takes
// both parts, as a cue's frame does ("“It was,” he said, “the worst
// ...”"). Hand-written probes; no train prediction changes.

// interruptingDash reports a dash right after the closing mark at last
// ("“It was” — he paused"), outside quotations. Inference only.
func (d *doc) interruptingDash(last int) bool {
	if d.training {
		return false
	}
	k := last + 1
	return !d.inQuote(k) && (d.isDash(k) || d.punct(k) == "--") && d.tokAt(k).para == d.tokAt(last).para
}

// resumedQuote returns the closed quotation that resumes right after the
// verb's particles at j, after a comma or a dash ("he paused — “…”"), or
// -1. Inference only.
func (d *doc) resumedQuote(j int) int {
	if d.training {
		return -1
	}
	for postVerbParticles.has(d.word(j)) || d.adverbAt(j) && d.word(j) != "" {
		j++
	}
	if p := d.punct(j); p != "," && !d.isDash(j) && p != "--" || d.inQuote(j) {
		return -1
	}
	k := j + 1
	if !d.isQuote(k) || !d.inQuote(k) || d.tokAt(k).para != d.tokAt(j).para {
		return -1
	}
	qi := d.qidx[k]
	if q := d.quotes[qi]; q.first() != k || !q.closed || len(q.parts) != 1 {
		return -1
	}
	return qi
}
