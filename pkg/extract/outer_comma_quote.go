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
