package extract

// demandBeforeQuote reports a "called for" or "called on" at i whose
// sentence holds no quotation while the next sentence opens with one
// within six words of the cue: "Lee called for an open primary. “Shutting
// people out is not smart,” she said." particleCue keeps the naming frame
// (called for “a new deal”) whenever a quotation comes that close, even
// across the sentence's end, so the demand was lost. The frame is built at
// inference only and accepted by rule (attribution.ruleAccepted): the
// models train on the same candidates as before, and on train the demands
// this adds are nearly all annotated statements (see the commit message).
func (d *doc) demandBeforeQuote(i int) bool {
	if d.training {
		return false
	}
	e := min(i+8, len(d.toks))
	if !d.hasQuoteIn(i+2, e) {
		return false // the ordinary particle frame
	}
	// the sentence holds no quotation at all: next to one the demand is
	// an aside about the quoted speaker ("“...,” said Lee, who has since
	// called on Republicans to back Trump. “...”")
	s := d.sents[d.sentOf[i]]
	return s.e < e && !d.hasQuoteIn(s.s, s.e)
}
