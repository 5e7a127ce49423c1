package extract

// Some frames keep, for the accept model, a subject that is not the
// speaker: the medium a participle follows ("His office put out a
// statement saying", medium_object.go), a time phrase
// (time_adjunct_subject.go), a cue noun's modifier (nominal_host.go) or a
// passive of perception ("was heard saying", perceived_speaker.go). After
// the model has kept the statement, the mention and the refined-pass
// speaker are the noun phrase those rules give (writerSubject); the frames
// train as before, so the models do not move and no statement changes.
// Session 23: on the design documents' held-out predictions (3 seeds) the
// statements with a wrong speaker mention went from 690 to 633.

// writerSubject returns the speaker's noun phrase of frame a when its
// subject is not the speaker, or noRange. Inference only.
func (d *doc) writerSubject(a *attribution) rng {
	if a.writerOf != a.subj || a.writerOf == (rng{}) {
		// asked by the resolver in both passes and by the mention: once
		// per subject (the resolver copies frames with other subjects)
		a.writer, a.writerOf = d.findWriterSubject(a), a.subj
	}
	return a.writer
}

// findWriterSubject asks each rule in turn.
func (d *doc) findWriterSubject(a *attribution) rng {
	if r := d.mediumObjectOwner(a); r.ok() {
		return r
	}
	if r := d.timeAdjunctOwner(a); r.ok() {
		return r
	}
	if r := d.nominalHostOwner(a); r.ok() {
		return r
	}
	if r := d.perceivedSpeaker(a); r.ok() {
		return r
	}
	return d.timeIntroOwner(a)
}

// writerMention makes a kept statement's mention its writerSubject.
func (d *doc) writerMention(a *attribution, q *Quote) {
	if w := d.writerSubject(a); w.ok() && q.SpeakerMention != nil {
		*q.SpeakerMention = d.span(w)
	}
}

// subjectBeforeVerb returns the subject noun phrase before the verb at v
// of sentence si, over auxiliaries and adverbs between ("Clinton
// immediately posted", "who has in the past described", "Lee could be
// heard"), or noRange.
func (d *doc) subjectBeforeVerb(v, si int) rng {
	k := v - 1
	for k >= 0 && !d.inQuote(k) && (d.adverbAt(k) || clauseAux.has(d.word(k)) || beForms.has(d.word(k)) || d.word(k) == "been" || d.word(k) == "being") {
		k--
	}
	s := d.sents[si]
	if k < s.s {
		return noRange
	}
	subj, _, _ := d.subjectBefore(k, s.s)
	if !subj.ok() || subj.e != k+1 {
		return noRange
	}
	return subj
}
