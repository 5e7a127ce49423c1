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
	d.endAtCommaBoundary(a, 3, func(k int) bool {
		if d.word(k+1) != "even" || d.word(k+2) != "as" {
			return false
		}
		w := d.word(k + 3)
		return w != "" && w != "a" && w != "an" && w != "the"
	})
}
