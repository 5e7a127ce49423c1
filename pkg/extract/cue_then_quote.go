package extract

// quoteAfterBareCue gives a speech frame that ends its sentence without
// content ("Dianne Bystrom agreed.", "Then Lee responded.") the quotation
// that makes up the next sentence of its paragraph: “…”. The frame is
// built at inference only and accepted by rule (attribution.ruleAccepted):
// in training such frames have no content and no candidate, and the
// quotation stays unattributed, so the models do not move.
func (d *doc) quoteAfterBareCue(a *attribution) bool {
	if d.training || len(a.content) > 0 || a.class != cueSpeech || !a.cue.ok() || a.inverted || !a.subj.ok() || d.negatedCue(a) {
		return false
	}
	s := d.sents[a.sent]
	// the frame is the sentence: its subject opens it (after discourse
	// words: "Then Lee agreed."), only its terminal mark follows it
	for k := s.s; k < a.subj.s; k++ {
		if !discourse.has(d.word(k)) && !d.adverbAt(k) && d.punct(k) != "," {
			return false
		}
	}
	if e := max(a.right, a.cue.e); e+1 != s.e || !isTerminal(d.punct(e)) {
		return false
	}
	if a.sent+1 >= len(d.sents) {
		return false
	}
	n := d.sents[a.sent+1]
	if n.para != s.para || !d.isQuote(n.s) || !d.inQuote(n.s) {
		return false
	}
	q := d.quotes[d.qidx[n.s]]
	if q.first() != n.s || !q.closed || len(q.parts) != 1 || d.countWords(n.s, q.last()) < 3 {
		return false
	}
	// the quotation is the whole sentence
	for k := q.last() + 1; k < n.e; k++ {
		if d.toks[k].kind == tWord {
			return false
		}
	}
	a.content = d.quotationContent(q)
	a.ruleAccepted, a.conf = true, quoteAfterBareCueConf
	return true
}

// quoteAfterBareCueConf is the rule's confidence, from its precision on
// train.
const quoteAfterBareCueConf = 0.8
