package extract

// "According to court records in New York, investigators traced the
// statues": a document kept in a place is the source, not the place; the
// name split off the subject was its capitalised last run, so the
// speaker was "New York", a person. In the refined pass (names only) a
// subject whose lower-case head of a document (reportHeads: records,
// filings, polls ...) stands before "in" and a capitalised run, no month,
// that ends it is that document, a description with no person's
// name, as commonNounSpeaker names a document. Session 27, hand-written
// long article.

// documentInPlace reports a subject "... <document> in <Place>".
func (d *doc) documentInPlace(subj rng) bool {
	for k := subj.e - 2; k > subj.s && k >= subj.e-5; k-- {
		if d.word(k) != "in" {
			continue // "documents from Diane D. Blair": hers
		}
		h := d.tokAt(k - 1)
		return h.kind == tWord && !h.upper && reportHeads.has(h.lower) && d.tokAt(k+1).upper && d.capitalRunEnd(k+1, subj.e) == subj.e &&
			!monthNames.has(d.word(k+1)) && !timeWords.has(d.word(k+1)) // "a Bloomberg poll in June": the pollster's
	}
	return false
}
