package extract

// Some frames keep, for the accept model, a subject that is not the
// speaker: the medium a participle follows ("His office put out a
// statement saying", medium_object.go), a time phrase
// (time_adjunct_subject.go) or a cue noun's modifier (nominal_host.go), a
// noun of the sentence's introduction (intro_owner.go), the subject of a
// clause in the main verb's object that a coordinated verb or participle
// does not continue (coordinated_main_subject.go), a negated auxiliary
// (negated_aux_subject.go), the main verb's object before a participle
// (object_participle.go), an apposition left open (open_apposition.go), a
// phrase before the verb ("in particular", adjunct_phrase_subject.go), or
// the first subject where a later clause is the one a participle continues
// (last_clause_participle.go), or a wire dateline's place
// (dateline_subject.go). After the model has kept the statement, the
// mention and the refined-pass speaker are the noun phrase those rules
// give (writerSubject); the frames train as before, so the models do not
// move and no statement changes.

// writerSubject returns the speaker's noun phrase of frame a when its
// subject is not the speaker, or noRange. Inference only.
func (d *doc) writerSubject(a *attribution) rng {
	if r := d.mediumObjectOwner(a); r.ok() {
		return r
	}
	if r := d.timeAdjunctOwner(a); r.ok() {
		return r
	}
	if r := d.nominalHostOwner(a); r.ok() {
		return r
	}
	if r := d.timeIntroOwner(a); r.ok() {
		return r
	}
	if r := d.coordinatedMainOwner(a); r.ok() {
		return r
	}
	if r := d.introOwner(a); r.ok() {
		return r
	}
	if r := d.negatedAuxOwner(a); r.ok() {
		return r
	}
	if r := d.objectParticipleOwner(a); r.ok() {
		return r
	}
	if r := d.openAppositionOwner(a); r.ok() {
		return r
	}
	if r := d.adjunctPhraseOwner(a); r.ok() {
		return r
	}
	if r := d.lastClauseOwner(a); r.ok() {
		return r
	}
	return d.datelineOwner(a)
}

// writerMention makes a kept statement's mention its writerSubject.
func (d *doc) writerMention(a *attribution, q *Quote) {
	if q.SpeakerMention == nil {
		return
	}
	w := d.writerSubject(a)
	if !w.ok() && !a.subj.ok() && a.partOf != nil && mentionRange(a) == a.partOf.subj {
		// a coordinated verb or participle with its host's mention: "Lee in
		// his speech called ... and promised ..." (the speaker is the
		// host's already, resolve.go parentSpeaker)
		w = d.writerSubject(a.partOf)
	}
	if w.ok() {
		*q.SpeakerMention = d.span(w)
	}
}
