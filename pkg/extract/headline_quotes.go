package extract

// American headlines quote with single marks while the article below
// quotes with double ones: Lavrov: ‘The West has declared war’, Putin
// says Russia ‘will not allow’ expansion. The tokenizer reads them as
// apostrophes (right in American body text), so a headline quotation was
// indirect speech, its words unmarked. In the first paragraph, a short line
// with no double marks of its own, single marks that pair (as in
// single_quotes.go) are quotations. Inference only.

// maxHeadlineWords bounds a headline's words.
const maxHeadlineWords = 30

// promoteHeadlineQuotes promotes the pairs of the first paragraph when it
// reads as a headline.
func (d *doc) promoteHeadlineQuotes(pairs []singlePair) {
	if len(pairs) == 0 || len(d.toks) == 0 || d.toks[pairs[0].open].para != d.toks[0].para {
		return
	}
	words := 0
	for k := 0; k < len(d.toks) && d.toks[k].para == d.toks[0].para; k++ {
		switch t := d.toks[k]; {
		case t.kind == tQuote:
			return // the headline quotes with double marks
		case t.kind == tWord:
			words++
		}
	}
	if words > maxHeadlineWords {
		return
	}
	for _, p := range pairs {
		if d.toks[p.open].para != d.toks[0].para || p.close < 0 {
			break
		}
		d.promote(p.open, qOpen)
		d.promote(p.close, qClose)
	}
}
