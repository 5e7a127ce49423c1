package extract

// A quotation with its comma outside the marks before a frame with a comma
// after its cue, as British papers punctuate: “We will win”, he said,
// because the polls were good. The American comma inside the marks (“We
// will win,” he said, because ...) gives the quotation alone, the clause
// after the cue being the writer's; with the comma outside, the comma after
// the backward content read as a medial frame's ("This campaign, he says,
// is different"), so the clause after the cue joined the statement. At
// inference such a quotation ends its frame as the American one does
// (quoteCommaEndsFrame) and no medial content follows. Training keeps the
// old contents, so the models do not move. Session 24, hand-written probes.

// outerCommaMedial reports a backward content that is a quotation opening
// its sentence, closed right before the comma at back.e. Inference only.
func (d *doc) outerCommaMedial(back rng) bool {
	return back.ok() && d.isQuote(back.e-1) && d.quoteCommaEndsFrame(back.e)
}
