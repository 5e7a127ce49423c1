package extract

// endBeforeEvenAs ends, at inference, a forward content before ", even as"
// and a clause ("said he would back the nominee, even as he kept attacking
// him"): the writer sets a fact against the words. ", even as a
// candidate" is a phrase of the content and stays, and so do ", even if"
// and ", even though" (the annotation kept their clause more often than
// not). Only after three words of content and outside quotation marks. On
// 3-seed cross-validation on train: all and speech +3 matches and -3
// wrong ones at 30%, exact speech +6 and -6, direct -3 wrong ones.
// Training keeps the old contents, so the models do not move (doc.go).
func (d *doc) endBeforeEvenAs(a *attribution) {
	if d.training {
		return
	}
	fi := d.fwdRange(a)
	if fi < 0 || fi != len(a.content)-1 {
		return
	}
	c := &a.content[fi]
	words := 0
	for k := c.s; k < c.e-3; k++ {
		if d.toks[k].kind == tWord {
			words++
			continue
		}
		if words < 3 || d.punct(k) != "," || d.inQuote(k) || d.word(k+1) != "even" || d.word(k+2) != "as" {
			continue
		}
		if w := d.word(k + 3); w == "" || w == "a" || w == "an" || w == "the" {
			continue
		}
		if end := d.trimEnd(c.s, k); end > c.s {
			c.e = end
		}
		return
	}
}
