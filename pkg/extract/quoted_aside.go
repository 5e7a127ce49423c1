package extract

// quotedAsideSubject returns the subject of a cue right after a short
// quotation that ends an apposition or a relative clause, with the comma
// typed inside the closing mark: "Ruiz, who calls the mayor a “crook,”
// said he ...", "Lee, the host of “Morning Hour,” said in an interview
// that ...". The closing mark before the cue reads as the end of a quoted
// statement, so neither the inverted frame ("“...,” said Kim") nor the
// subject rules, which stop at a quotation, took the sentence. k is the
// closing mark; the subject is a proper name opening the sentence (after a
// discourse word at most) and a comma, and the aside holds no other comma
// or quotation. The frame is scored but not trained on
// (attribution.untrained). Returns the subject through the aside and the
// name, or noRange.
func (d *doc) quotedAsideSubject(s sentence, k int) (subj, name rng) {
	if !d.isQuote(k) || !d.inQuote(k) {
		return noRange, noRange
	}
	q := d.quotes[d.qidx[k]]
	f := q.first()
	if q.last() != k || len(q.parts) != 1 || k-f > 6 || d.punct(k-1) != "," || f-1 <= s.s || d.tokAt(f-1).kind != tWord || d.inQuote(f-1) {
		return noRange, noRange
	}
	c := f - 1
	for c > s.s && d.punct(c) != "," {
		if d.isQuote(c) || d.toks[c].kind != tWord && !d.isDash(c) && d.punct(c) != "'s" {
			return noRange, noRange
		}
		c--
	}
	if d.punct(c) != "," || c-1 < s.s || f-1-c < 2 {
		return noRange, noRange
	}
	np := d.npBack(c-1, s.s)
	if !np.ok() || np.e != c || !d.isProperName(np) {
		return noRange, noRange
	}
	if !(np.s == s.s || np.s == s.s+1 && discourse.has(d.word(s.s))) {
		return noRange, noRange
	}
	n, _ := d.splitName(np)
	return rng{np.s, k + 1}, n
}
