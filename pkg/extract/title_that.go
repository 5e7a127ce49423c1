package extract

// A quoted programme or work after the cue is no content ("he said on
// MSNBC's “Morning Joe.”"), but a that-clause after it is: "Sanders told
// CNN's “State of the Union” on Sunday that he would stay in the race".
// Before, the title ended the frame and the statement was lost. Inference
// only: the corpus has no such sentence to train on.
// A colon and a quotation after the title are the content too (session
// 23, British copy): "Ms Doe told the BBC’s ‘Today’ programme: ‘The plan
// is dead.’", "told the “Today” programme: “...”". Hand-written probes;
// no train prediction changes.

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
		if d.punct(x) == ":" && d.opensQuotation(x+1) {
			return x + 1
		}
		if t := d.tokAt(x); t.kind != tWord || d.inQuote(x) {
			return -1
		}
	}
	return -1
}

// opensQuotation reports the opening mark of a quotation at k.
func (d *doc) opensQuotation(k int) bool {
	return d.isQuote(k) && d.inQuote(k) && d.quotes[d.qidx[k]].first() == k
}

// titleQuoteAt returns the closing mark of a quoted title opening at k
// ("the “Today” programme"), or -1: a title with punctuation inside its
// marks ends a clause ("what he called the Soviet “Evil Empire,” voiced
// in ...") and is no addressee. Inference only.
func (d *doc) titleQuoteAt(k int) int {
	if d.training || !d.opensQuotation(k) || !d.titleQuote(d.qidx[k]) {
		return -1
	}
	last := d.quotes[d.qidx[k]].last()
	if d.tokAt(last-1).kind != tWord {
		return -1
	}
	return last
}
