package extract

// A quotation split by its frame may go on after a dash instead of a comma:
// "“We will fight,” the minister said — “and we will win.”" Both parts are
// the content, as with the comma. Inference only: the corpus has no such
// sentence to train on.

// dashSplitQuote reports a dash right after the frame followed by a
// quotation, with a quotation closed before the frame; fs is where the
// forward content starts, at the dash or past it.
func (d *doc) dashSplitQuote(a *attribution, fs int) bool {
	if d.training {
		return false
	}
	q := fs
	switch {
	case d.clauseDash(fs):
		q = fs + 1
	case fs-1 < a.cue.e || !d.clauseDash(fs-1):
		return false
	}
	if !d.isQuote(q) || d.tokAt(q).qrole == qClose {
		return false
	}
	b := a.left
	if d.clauseDash(b - 1) {
		b-- // "“A” — she said — “B”"
	}
	return b > 0 && d.isQuote(b-1) && d.tokAt(b-1).qrole != qOpen
}

// clauseDash reports a dash token or a doubled hyphen at k.
func (d *doc) clauseDash(k int) bool { return d.isDash(k) || d.punct(k) == "--" }
