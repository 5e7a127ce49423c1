package extract

// endAtQuoteDash ends, at inference, a forward content at a quotation
// closed right before a dash, when that dash is the only one of the
// sentence outside quotation marks: in "he warned that it “risks higher
// inflation” - except that prices fell" the writer answers the words.
// A pair of dashes sets off an aside inside the content ("“make America
// whole” — itself a rebuttal — was a hit") and a dash before "and" or
// "or" goes on with it; both stay. On 3-seed cross-validation on train:
// all +6 matches at 30% and 3 false finds fewer, speech and exact speech
// +3 and -3, direct 6 false finds fewer; no match lost. Training keeps the old contents, so the
// models do not move (doc.go).
func (d *doc) endAtQuoteDash(a *attribution) {
	c := d.forwardEndContent(a)
	if c == nil {
		return
	}
	s := d.sents[d.sentOf[c.s]]
	dash, after := -1, -1 // the dash, and the token after it ("--" may be two tokens)
	for k := c.s; k < s.e; k++ {
		if (d.isDash(k) || d.punct(k) == "--") && !d.inQuote(k) {
			if dash >= 0 && k != after {
				return // an aside between two dashes
			}
			if dash < 0 {
				dash = k
			}
			after = k + 1
		}
	}
	x := dash - 1
	if dash <= c.s || after >= c.e || !d.isQuote(x) || !d.inQuote(x) || d.quotes[d.qidx[x]].last() != x {
		return
	}
	if w := d.word(after); w == "" || w == "and" || w == "or" {
		return
	}
	if d.countWords(c.s, x) < 2 {
		return
	}
	c.e = dash
}
