package extract

// inMidIntroClause reports a frame inside a subordinate clause that opens
// in the middle of a sentence after ", and" or ", but" ("The vote is close,
// and while Lee said he would back the bill, it is unlikely to pass."): like
// a sentence-opening one (inIntroClause), the clause ends at its comma and
// the main clause after it is no content.
func (d *doc) inMidIntroClause(a *attribution) bool {
	if a.partOf != nil || a.inverted || !a.subj.ok() || a.left != a.subj.s {
		return false
	}
	s := d.sents[a.sent]
	k := a.left - 1
	if k <= s.s || !introSubordinators.has(d.word(k)) {
		return false
	}
	if d.word(k-1) == "even" {
		k--
	}
	k--
	if w := d.word(k); w != "and" && w != "but" {
		return false
	}
	return k > s.s && d.punct(k-1) == ","
}

// commaQuoteEnd reports the closing mark at k of a quotation that ends with
// a comma inside it (“…,”) and is followed by a word outside quotation
// marks before e: in an introductory clause, the end of the clause.
func (d *doc) commaQuoteEnd(k, e int) bool {
	if k+1 >= e || !d.isQuote(k) || !d.inQuote(k) || d.quotes[d.qidx[k]].last() != k || d.punct(k-1) != "," {
		return false
	}
	return d.tokAt(k+1).kind == tWord && !d.inQuote(k+1)
}
