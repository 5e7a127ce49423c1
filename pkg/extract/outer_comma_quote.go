package extract

// A one-word quotation before its frame with the comma outside the marks,
// as British papers punctuate: ‘No’, she said; “Never”, said the minister;
// “This”, said the chairman, “is the end of an era.” A backward content
// needs two words unless a closing mark right after a comma, question or
// exclamation mark ends it (quoteEndsFrame, the American “No,” she said),
// so the British one-word reply was lost, and with it the first part of a
// split quotation. At inference the quotation counts as such an ending when
// it is closed, opens the sentence and the comma follows its closing mark.
// Training keeps the old contents, so the models do not move.
// Hand-written probes.

// outerCommaQuote reports a closed one-part quotation from start to the
// closing mark at k, with a comma right after k. Inference only.
func (d *doc) outerCommaQuote(k, start int) bool {
	if d.training || d.punct(k+1) != "," || !d.isQuote(k) || !d.inQuote(k) || d.toks[k].qrole == qOpen {
		return false
	}
	q := d.quotes[d.qidx[k]]
	return q.closed && len(q.parts) == 1 && q.last() == k && q.first() == start
}

// British papers put the comma outside the marks before a frame with a
// subordinate clause after its cue too: “We will not be bullied”, he said
// as talks collapsed; ‘We won’, said Lee because ... . The American comma
// inside the marks (quoteEndsFrame) makes the quotation the content and
// what follows the cue an adjunct; with the comma outside, the clause
// after the cue was taken for the content, which opens with "as" or
// "because" and was refused, so the statement was lost. At inference a
// closed quotation right before the comma before the frame counts as such
// an ending. Hand-written probes.

// quoteCommaEndsFrame reports a comma at k right after the closing mark
// of a closed quotation that opens its sentence (not a fragment inside a
// clause: 'compared them to “rapists”, Ferrera wrote a blog'). Inference
// only.
func (d *doc) quoteCommaEndsFrame(k int) bool {
	if d.training || d.punct(k) != "," || !d.isQuote(k-1) || !d.inQuote(k-1) || d.toks[k-1].qrole == qOpen {
		return false
	}
	q := d.quotes[d.qidx[k-1]]
	return q.closed && q.last() == k-1 && q.first() == d.sents[d.sentOf[k]].s
}
