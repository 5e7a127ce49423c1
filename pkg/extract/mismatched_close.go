package extract

// A double quotation closed by a single mark, a slip of the keyboard:
// “We will rebuild this city,’ the mayor said. The single mark stayed an
// apostrophe (the document quotes with double marks), the quotation ran to
// the paragraph's end and the frame lost its content. At inference, in a
// paragraph whose double quotation opens and does not close (before
// another opens), a single mark glued to a comma, question or exclamation
// mark, before a space, with no single mark opening since the double one,
// closes the quotation. Single marks are paired at inference only
// (single_quotes.go), so training does not move. Hand-written probes.

// closeMismatchedSingles promotes such single marks to closing marks.
func (d *doc) closeMismatchedSingles() {
	open, singleOpen := -1, false
	for i := range d.toks {
		t := &d.toks[i]
		if i > 0 && t.para != d.toks[i-1].para {
			open, singleOpen = -1, false
		}
		switch {
		case t.kind == tQuote && t.qrole == qOpen:
			open, singleOpen = i, false
		case t.kind == tQuote:
			open = -1
		case t.kind != tPunct || !isSingleMark(t.lower) || open < 0:
		case d.singleOpens(i):
			singleOpen = true
		case !singleOpen && d.mismatchedClose(i):
			d.promote(i, qClose)
			open = -1
		}
	}
}

// mismatchedClose reports a single mark at i right after a comma, question
// or exclamation mark and before a space, with no double mark after it in
// its paragraph but an opening one.
func (d *doc) mismatchedClose(i int) bool {
	if p := d.punct(i - 1); p != "," && p != "?" && p != "!" || d.toks[i-1].e != d.toks[i].s || d.toks[i].e >= len(d.text) || d.text[d.toks[i].e] != ' ' {
		return false
	}
	for k := i + 1; k < len(d.toks) && d.toks[k].para == d.toks[i].para; k++ {
		if d.toks[k].kind == tQuote {
			return d.toks[k].qrole == qOpen // “A,’ she said, “B.”
		}
	}
	return true
}
