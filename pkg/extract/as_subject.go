package extract

// “The deal is dead,” as Ortiz put it. The words between the quotation and
// the cue are read as the subject when the noun-phrase rules stop short of
// them (quoteSubject), which made the mention and the speaker's name "as
// Ortiz" ("as the senator" was no nominal either); an opening "As Cornyn
// put it:" too. "as" opens the subordinate clause; the subject is the
// noun phrase after it. Inference only (the frame and its content are
// found as before, the models keep the subjects they were trained with):
// statements unchanged but for the mention and confidence; on train 5
// speaker names change, all right by hand ("as Cruz" -> Ted Cruz, "As
// Vulture" -> Vulture, "As John Cornyn, the No. 2 ..." -> John Cornyn,
// Akhil Amar twice); cv3v unchanged.

// subjectAfterAs drops a leading "as" from the subject of frame a at
// inference.
func (d *doc) subjectAfterAs(a *attribution) {
	if d.training || !a.subj.ok() || a.subj.e-a.subj.s < 2 || d.word(a.subj.s) != "as" || d.inQuote(a.subj.s) {
		return
	}
	a.subj.s++
	a.name, a.title = d.splitName(d.npFwd(a.subj.s, a.subj.e))
}
