package extract

// colonParaFrame recognises a paragraph ending in a colon that introduces
// the quotation opening the next paragraph: "17-year-old Jo Lee echoed:",
// "He then listed the qualities a nominee needs:", "Dr. Ward stated:".
// Like colonClauseFrame, the subject of the clause is the mention.
func (d *doc) colonParaFrame(q quotation) *attribution {
	first := q.first()
	c := first - 1
	if c < 0 || d.punct(c) != ":" || d.inQuote(c) || d.toks[c].para+1 != d.toks[first].para || first != d.paraS[d.toks[first].para] || d.countWords(first, q.last()) < 3 {
		return nil
	}
	si := d.sentOf[c]
	s := d.sents[si]
	if d.hasQuoteIn(s.s, c) || d.countWords(s.s, c) < 2 {
		return nil
	}
	subj := d.sentenceSubject(si)
	if !subj.ok() || subj.e >= c || d.toks[subj.e].kind != tWord {
		return nil
	}
	a := &attribution{sent: d.sentOf[first], cue: rng{c, c + 1}, cueText: ":", class: cueSpeech,
		subj: subj, left: subj.s, right: c + 1, conf: 0.7}
	a.name, a.title = d.splitName(subj)
	a.content = d.quotationContent(q)
	return a
}
