package extract

// A quotation running over paragraphs whose next paragraph lacks its
// opening mark: “We will go.\n\nWe will stay until it is done,” he said.
// The quotation goes on only when the next paragraph opens with a mark
// (findQuotations), so the closing mark of the second paragraph was
// stray, its words a content without quotation marks, and the accept
// model dropped the frame. At inference a paragraph that opens with no
// mark continues the unclosed quotation before it when its first
// quotation mark closes and it has an odd number of marks (the missing
// one): its part runs from the paragraph's start to that mark.
// A line that opens with a name of two words or more and a comma or a full
// stop signs a pull quote ("...\nDonald Trump.”") and goes on nothing.
// Train: 2 design docs change, both right (a quotation broken by a
// stray line break, a pull quote's last line the gold includes); the
// first version, without the signature test, also took 2 signatures
// the gold leaves out. Training keeps the old quotations, so the models
// do not move. Hand-written probes.

// unopenedContinuation reports that paragraph p, which does not open with a
// quotation mark, continues an unclosed quotation of the paragraph before.
// Inference only.
func (d *doc) unopenedContinuation(p int) bool {
	if d.training || p >= d.npara() {
		return false
	}
	ps, pe := d.paraS[p], d.paraS[p+1]
	if n := d.quotesTo[pe] - d.quotesTo[ps]; n%2 == 0 || d.isQuote(ps) {
		return false
	}
	// "...\nDonald Trump.”": a pull quote's signature, not its words
	k := ps
	for k < pe && d.toks[k].kind == tWord && d.toks[k].upper {
		k++
	}
	if k-ps >= 2 && (d.punct(k) == "," || d.punct(k) == ".") {
		return false
	}
	for i := ps; i < pe; i++ {
		if d.toks[i].kind == tQuote {
			return d.toks[i].qrole == qClose
		}
	}
	return false
}
