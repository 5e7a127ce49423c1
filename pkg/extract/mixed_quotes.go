package extract

// Mixed typography: a British paper (or a wire story) that quotes speech
// with double marks may still quote a phrase with single ones, outside any
// double quotation: The prime minister told MPs: "We will act." He said
// 'the plan' was working. promoteSingleQuotes keeps the single marks of a
// document with double marks of its own for apostrophes (they nest inside
// double quotations in American text), and the frame whose content opened
// with such a mark was lost. promoteOutsideDoubles pairs, at inference, the
// single marks of a sentence with no double mark: a closed pair of a few
// words after a word of the sentence (scare quotes and short quoted
// phrases, not a quoted sentence), placed as in singlePairs. Inside or around a double
// quotation the marks stay apostrophes or nested quotations.
//
// In the US corpus single marks outside double quotations are rare (most
// are headlines', which promoteHeadlineQuotes takes): the pairing changes
// statements in 5 train articles, 2 of them design docs, one right (a
// second headline line's "reported 'no records' from ...", now found) and
// one shorter but still matched at 30% ("vows to be 'more circumspect'"
// ends at the quotation); cv3v design all and speech tp +3 fp +0, valid
// unchanged. Inference only (newDocFor), like all single-mark pairing.

// maxScareQuoteWords bounds the words of a single-quoted phrase in a
// document that quotes with double marks.
const maxScareQuoteWords = 12

// promoteOutsideDoubles promotes the closed single-mark pairs of pairs that
// lie outside double quotations, in a sentence (between terminal
// punctuation) without a double quotation mark.
func (d *doc) promoteOutsideDoubles(pairs []singlePair) {
	for _, p := range pairs {
		if p.close < 0 || d.isQuote(p.open) || p.close-p.open-1 > maxScareQuoteWords+4 {
			continue // promoted already (a headline's), or too long for a phrase
		}
		if prev := d.tokAt(p.open - 1); prev.kind != tWord || prev.para != d.toks[p.open].para {
			continue // a phrase inside a sentence: not a paragraph's or a sentence's opening
		}
		words := 0
		for k := p.open + 1; k < p.close; k++ {
			if d.toks[k].kind == tWord {
				words++
			} else if isTerminal(d.punct(k)) {
				words = -1 // a quoted sentence, not a phrase
				break
			}
		}
		if words <= 0 || words > maxScareQuoteWords || d.insideDoubles(p.open) || d.doubleMarkAround(p.open, p.close) {
			continue
		}
		d.promote(p.open, qOpen)
		d.promote(p.close, qClose)
	}
}

// doubleMarkAround reports a double quotation mark in the sentence around
// tokens [o, c] of the same paragraph: from the terminal punctuation (or
// a closing mark after it) before o to the terminal punctuation after c.
func (d *doc) doubleMarkAround(o, c int) bool {
	para := d.toks[o].para
	for k := o - 1; k >= 0 && d.toks[k].para == para; k-- {
		t := d.toks[k]
		if t.kind == tQuote && isTerminal(d.punct(k-1)) {
			break // the previous sentence's closing mark: “We will act.” He said ‘...’
		}
		if t.kind == tQuote {
			return true
		}
		if t.kind == tPunct && isTerminal(t.lower) {
			break
		}
	}
	for k := o + 1; k < len(d.toks) && d.toks[k].para == para; k++ {
		t := d.toks[k]
		if t.kind == tQuote {
			return true
		}
		if k > c && t.kind == tPunct && isTerminal(t.lower) {
			break
		}
	}
	return false
}

// insideDoubles reports that token i lies inside a double quotation of its
// paragraph: an odd number of double marks before it, or an opening mark
// not closed since (a quotation of several sentences, or one going on from
// the paragraph before, which opens its paragraph again).
func (d *doc) insideDoubles(i int) bool {
	para := d.toks[i].para
	ps := i
	for ps > 0 && d.toks[ps-1].para == para {
		ps--
	}
	in := false
	for k := ps; k < i; k++ {
		switch t := d.toks[k]; {
		case t.kind != tQuote:
		case t.qrole == qOpen:
			in = true
		case t.qrole == qClose:
			in = false
		default:
			in = !in
		}
	}
	return in
}
