package extract

// "The minister told BBC Radio 4's Today programme that the plan was
// fair", "Channel 4's political editor said": the tokenizer splits a
// possessive after a numeral into the numeral, the mark and "s" ("4",
// "'", "s"), so a noun phrase ended at the mark and the addressee walk
// lost the content; "Channel 4's political editor said" had the speaker
// "s political editor". At inference npFwd steps over such a mark and its
// "s", as over "the boys' mother" (possessive_s.go), npBack leaves the
// possessor out of the subject but after a quotation or a comma, as it
// does there, and a kept statement's mention takes the possessor in
// (possessiveMention). Session 25 probe;
// training keeps the old noun phrases, so the models do not move.

// digitPossessive reports a possessive mark at k between a word ending
// in a digit and an "s" that touch it, followed by a word. Inference only.
func (d *doc) digitPossessive(k int) bool {
	if d.training || !isSingleMark(d.punct(k)) || d.inQuote(k) {
		return false
	}
	p, t, n, nn := d.tokAt(k-1), d.tokAt(k), d.tokAt(k+1), d.tokAt(k+2)
	if p.kind != tWord || n.kind != tWord || nn.kind != tWord || p.e != t.s || n.s != t.e || n.lower != "s" || nn.s != n.e+1 {
		return false
	}
	c := p.lower[len(p.lower)-1]
	return '0' <= c && c <= '9' && d.text[n.e] == ' '
}

// digitPossessiveS reports the "s" at k of a numeral's possessive.
func (d *doc) digitPossessiveS(k int) bool {
	return d.word(k) == "s" && d.digitPossessive(k-1)
}
