package extract

// "“They want to block it,” she said “Ultimately it is about the schools.”":
// the comma (or full stop) between the frame and the quotation that resumes
// the statement is missing. The frame's forward content needed a comma
// before it to keep the quotation closed right before the frame, so the
// first quotation was lost and the statement kept only the second. A
// quotation opening right after the cue, when a quotation that opens the
// sentence and closes on a comma, question or exclamation mark ends right
// before the frame, resumes the statement: both are its content, as with
// the comma. A quotation inside the sentence before the frame is a label
// ("Holding signs calling him “a loser,” they chanted “...”"), not the
// statement. Inference only, so the models do not move. Session 28,
// hand-written probes.
func (d *doc) unpunctuatedResume(a *attribution, s sentence, fwd rng) bool {
	if d.training || !fwd.ok() || fwd.s != a.cue.e || !d.isQuote(fwd.s) || d.toks[fwd.s].qrole == qClose {
		return false
	}
	b := a.left
	return b > s.s && d.quoteEndsFrame(b-1) && d.quotes[d.qidx[b-1]].first() == s.s && !d.showTitleBefore(b-1)
}
