package extract

// blockAfterColon gives a speech frame without forward content (an
// opening adjunct taken for a backward one goes), whose sentence
// ends its paragraph with a colon, the next paragraph as content when that
// paragraph is an unquoted block quotation: "Hewitt writes:" / "In a speech
// last July, he said:" followed by the quoted text set off as its own
// paragraph. (A quotation paragraph after the colon is the quotation
// frames' business.)
func (d *doc) blockAfterColon(a *attribution) bool {
	if a.inverted || a.partOf != nil || !a.cue.ok() || a.class != cueSpeech && a.class != cueTell {
		return false
	}
	for _, r := range a.content {
		if r.s >= a.cue.e {
			return false // a forward content of its own
		}
	}
	s := d.sents[a.sent]
	c := s.e - 1
	if d.punct(c) != ":" || d.inQuote(c) || c < a.cue.e {
		return false
	}
	p := d.toks[c].para
	if c+1 != d.paraS[p+1] || p+2 > d.npara() {
		return false // the colon must end its paragraph
	}
	k, pe := d.paraS[p+1], d.paraS[p+2]
	if d.isQuote(k) || d.toks[k].kind != tWord || d.countWords(k, pe) < 6 || d.hasQuoteIn(s.s, c) {
		return false
	}
	a.content = append(a.content[:0], rng{k, pe})
	return true
}
