package extract

// A quoted programme or work after the cue is no content ("he said on
// MSNBC's “Morning Joe.”"), but a that-clause after it is: "Sanders told
// CNN's “State of the Union” on Sunday that he would stay in the race".
// Before, the title ended the frame and the statement was lost. Inference
// only: the corpus has no such sentence to train on.

// maxTitleAdjunct bounds the words between a title and its "that".
const maxTitleAdjunct = 4

// thatAfterTitle returns the "that" opening a clause at most a short
// adjunct after a title ending before k, within the forward content ending
// at e, or -1.
func (d *doc) thatAfterTitle(k, e int) int {
	if d.training {
		return -1
	}
	for x := k; x < e-2 && x <= k+maxTitleAdjunct; x++ {
		if d.word(x) == "that" {
			return x
		}
		if t := d.tokAt(x); t.kind != tWord || d.inQuote(x) {
			return -1
		}
	}
	return -1
}
