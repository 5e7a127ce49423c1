package extract

// A British quotation that goes on over paragraphs may open after the
// frame or another sentence of its first paragraph, not only at its start:
//
//	The coach said: ‘We did our best.
//	‘Nobody can say otherwise.’
//
//	‘We did our best,’ the coach said. ‘Nobody can say otherwise.
//	‘We will be back.’
//
// singlePairs took such an unclosed mark for an apostrophe, so the first
// paragraph's words were lost or read as indirect speech. Double marks
// have always been joined this way (findQuotations). Inference only, like
// all single-mark pairing (promoteSingleQuotes); the US corpus has no such
// quotation, cv3v unchanged: the fix is for the British-typography
// and multi-paragraph requirements (hand-written probes).

// singleOpensSentence reports an opening single mark at i that follows a
// colon or the end of a sentence: "said: ‘...", "... said. ‘...".
func (d *doc) singleOpensSentence(i int) bool {
	p := d.punct(i - 1)
	return p == ":" || isTerminal(p)
}
