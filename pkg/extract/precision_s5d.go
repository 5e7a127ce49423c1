package extract

// colonQuestion reports a colon frame whose text after the colon is a
// question of its own ("Q: Have you talked to her?", "Cruz: Reformer or
// career politician?"): an interviewer's question or a headline that asks,
// not a statement of the label's owner. A quotation after the colon keeps
// its frame (the quotation may hold a question someone asked aloud).
func (d *doc) colonQuestion(si, c int) bool {
	s := d.sents[si]
	if d.isQuote(c+1) || s.e-1 <= c+1 {
		return false
	}
	k := s.e - 1
	for k > c+1 && d.isQuote(k) {
		k--
	}
	return d.punct(k) == "?" && !d.hasQuoteIn(c+1, k)
}

// discourseLabels open a paragraph with a colon without naming a source
// ("So: ...", "Bottom line: ...").
var discourseLabels = set("so", "now", "meanwhile", "again", "still", "also")
