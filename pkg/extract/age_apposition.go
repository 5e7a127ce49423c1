package extract

// A name with an age and an apposition before the cue, the vox-pop form of
// local, disaster and court news: "Maria Diaz, 34, a nurse, said she had
// waited six hours" gave the speaker mention "34, a nurse" (the subject
// scan, subjectBefore, stops at the comma before the age). The name with
// an age alone ("Maria Diaz, 34, said") and with a hometown ("Jo Kim, 30,
// of Provo, Utah, said": ageHometownSubject) were found already. At
// inference a subject opening with an age after a comma and a capitalised
// name takes the name in; in training the old subject stays, so the
// models do not move. Hand-written probes.

// ageNameBefore returns, for a subject subj that opens with a two-digit
// age after a comma ("34, a nurse"), the capitalised name before that
// comma ("Maria Diaz"), which opens the sentence or follows a comma or a
// quotation; else noRange. Inference only.
func (d *doc) ageNameBefore(subj rng, s sentence) rng {
	if d.training || !subj.ok() || !twoDigitAge(d.word(subj.s)) || d.punct(subj.s+1) != "," || d.punct(subj.s-1) != "," || d.inQuote(subj.s-1) {
		return noRange
	}
	ne := subj.s - 1
	ns := ne
	for ns > s.s && ns > ne-4 && d.tokAt(ns-1).kind == tWord && d.tokAt(ns-1).upper && !d.inQuote(ns-1) {
		ns--
	}
	if ns == ne || !(ns == s.s || d.punct(ns-1) == "," || d.isQuote(ns-1) || leadWords.has(d.word(ns-1))) {
		return noRange
	}
	return rng{ns, ne}
}

// twoDigitAge reports an age as news writes it after a name: 10 to 99.
func twoDigitAge(w string) bool {
	return len(w) == 2 && w[0] >= '1' && w[0] <= '9' && w[1] >= '0' && w[1] <= '9'
}
