package extract

// A nickname in quotation marks inside a name: "said “Big” Tony Moran, 40",
// "Juan “Chico” Ruiz said". The quotation stopped the speaker's noun
// phrase, so "said “Big” Tony Moran" had no subject and the statement was
// lost. At inference the forward noun-phrase scan (npFwd) goes on over
// such a quotation: one to three capitalised words in marks, followed by
// a capitalised word outside them. Training keeps the old noun phrases,
// so the models do not move. Hand-written probes. (The backward scan too,
// for "Juan “Chico” Ruiz said", lost a right statement on train: a
// subject found for a belief verb inside another's content cut it.)

// nicknameEnd returns the token after a nickname quotation opening at k,
// or k.
func (d *doc) nicknameEnd(k int) int {
	if d.training || !d.isQuote(k) || !d.inQuote(k) {
		return k
	}
	q := d.quotes[d.qidx[k]]
	if q.first() != k || !q.closed || len(q.parts) != 1 {
		return k
	}
	last := q.last()
	if n := last - k - 1; n < 1 || n > 3 {
		return k
	}
	for x := k + 1; x < last; x++ {
		if t := d.toks[x]; t.kind != tWord || !t.upper {
			return k
		}
	}
	if n := d.tokAt(last + 1); n.kind != tWord || !n.upper || n.para != d.toks[k].para || d.inQuote(last+1) {
		return k
	}
	return last + 1
}
