package extract

// "She told the court under oath that she was innocent", "He told
// reporters off the record that the deal was dead", "told the jury under
// cross-examination that ...": a manner phrase (mannerTails, manner_tail.go)
// between a tell cue's addressee and "that". The forward walk knew the
// phrase right after the cue ("said under oath that", mannerStart) and
// prepositions of place and time after the addressee ("told reporters in
// Ohio that"), but not "under" or "off" there, so it stopped at the
// phrase and the statement was lost. At inference the content opens at
// the "that" right after the phrase. Session 25 probe; training keeps the
// old frames, so the models do not move.

// mannerAfterAddressee returns the "that" right after a manner phrase at j,
// which follows frame a's addressee, or -1. Inference only.
func (d *doc) mannerAfterAddressee(a *attribution, j int) int {
	if d.training || a.class != cueTell || j <= a.cue.e {
		return -1
	}
	if e := d.mannerPhraseEnd(j); e > 0 && d.word(e) == "that" && !d.inQuote(e) {
		return e
	}
	return -1
}
