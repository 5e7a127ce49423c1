package extract

// endBeforeNameApposition ends, at inference, a forward content before an
// apposition that describes a person's full name at its end ("criticized a
// check to a group backing John Doe, a lawyer trying to win a seat in
// ..."): the writer's note on who the person is. Only for two capitalized
// words not after "the" ("the Supreme Court, a hearing" is no person), an
// apposition opened by "a|an|the" that runs to the end of the content (no
// comma after it: "Jane Roe, a banker, said" goes on), after three words
// of content and outside quotation marks. On 3-seed cross-validation on
// train: all and speech +10 matches and -4 wrong ones at 30%, direct -6
// wrong ones, exact speech +15 matches and -9 wrong ones ("the" alone:
// +1 and +11/-10).
// Training keeps the old contents, so the models do not move (doc.go).
func (d *doc) endBeforeNameApposition(a *attribution) {
	c := d.forwardEndContent(a)
	if c == nil {
		return
	}
	k := d.commaBoundary(*c, 2, func(k int) bool {
		w := d.word(k + 1)
		return k-2 >= c.s && (w == "a" || w == "an" || w == "the") &&
			d.capitalizedWord(k-1) && d.capitalizedWord(k-2) && d.word(k-3) != "the"
	})
	if k < 0 {
		return
	}
	for j := k + 1; j < c.e; j++ {
		if d.punct(j) == "," {
			return // "Jane Roe, a banker, said": the apposition does not end the content
		}
	}
	d.endContentBefore(c, k)
}

// capitalizedWord reports a word with a capital first letter and no other
// capital ("Doe", not "NATO" or "McCain").
func (d *doc) capitalizedWord(k int) bool {
	if d.word(k) == "" || !d.toks[k].upper {
		return false
	}
	for _, r := range d.text[d.toks[k].s+1 : d.toks[k].e] {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}
