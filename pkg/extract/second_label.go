package extract

// A label given with "call" may come in pairs: "called the charge
// “pathetic” and “dangerous”", "calls Lee a “fascist” and a “Stalinist”".
// The annotation keeps both labels in the content (on train, of the
// contents of call/describe/label/brand/dub that meet a closing quotation
// mark, "and" or "or" and a second quotation, 7 run on through it and none
// ends before it), but the content ended with the first quotation.
// extendSecondLabel takes the second one in, at inference only, so the
// models do not move.

// extendSecondLabel extends a's forward content of "call" that ends with a
// quotation over "and"/"or" (and "a"/"an") and a second closed quotation in
// the same sentence.
func (d *doc) extendSecondLabel(a *attribution) {
	if !a.cue.ok() || a.inverted || d.cueInfoAt(a.cue.s).lemma != "call" {
		return
	}
	c := d.forwardEndContent(a)
	if c == nil || c.e <= c.s {
		return
	}
	j, closed := c.e, d.closingMark(c.e-1)
	for j < c.e+3 && (d.closingMark(j) || d.punct(j) == ",") {
		closed = closed || d.closingMark(j)
		j++
	}
	if !closed {
		return // the content does not end with a quotation
	}
	if w := d.word(j); w != "and" && w != "or" {
		return
	}
	j++
	if w := d.word(j); w == "a" || w == "an" {
		j++
	}
	if !d.isQuote(j) || !d.inQuote(j) || d.quotes[d.qidx[j]].first() != j {
		return
	}
	q := d.quotes[d.qidx[j]]
	if !q.closed || len(q.parts) != 1 || q.last() >= d.sents[a.sent].e || q.last()-j > 12 {
		return
	}
	c.e = q.last() + 1
}

// closingMark reports the closing mark of a quotation at k.
func (d *doc) closingMark(k int) bool {
	return d.isQuote(k) && d.inQuote(k) && d.quotes[d.qidx[k]].last() == k && d.quotes[d.qidx[k]].first() != k
}
