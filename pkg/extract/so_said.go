package extract

// "So said X" after a quotation: "“It's over.” So said the judge." The
// fronted "So" was taken for the subject ("So" said "the judge", a false
// statement) and the quotation had no speaker. At inference a capitalised
// "So" right after a closing quotation mark or opening the sentence
// before "said"/"says" is no subject: the frame is inverted, its subject
// after the cue and its content the quotation. Training keeps the old
// frames, so the models do not move (no such phrase on the training
// split; hand-written probes).

// soSaid reports the "So" at k before an invertible cue at k+1.
// Inference only.
func (d *doc) soSaid(s sentence, k int) bool {
	if d.training || d.word(k) != "so" || !d.toks[k].upper || d.inQuote(k) {
		return false
	}
	return k == s.s || d.isQuote(k-1) && d.inQuote(k-1) && d.quotes[d.qidx[k-1]].last() == k-1
}
