package extract

// "Matthew Doe, chief executive of Acme, a Texas company, said ...": when a
// name has two appositions, the subject rules stop at the first comma and
// keep the appositions as the subject, so the speaker was "of Acme" (the
// role words stripped) or an anonymous "executive director of ...". The
// person named right before the subject's comma is the speaker, titled by
// the apposition. Wire and business copy write people this way ("said
// Jane Roe, the executive director of ..."). Refined pass only; the mention
// stays as found. Session 21, hand-written probes; design docs of train
// (preddiff): see the commit.

// nameBeforeApposition returns the person's name before a subject that is
// its apposition: a capitalised run of two to four words with a known
// first name or a middle initial, opening its clause (the sentence, after
// a quotation or after an inverted cue: "said Jane Roe, the ..."), then a
// comma, then a lower-case description whose head is one person's role
// ("chief executive of Acme", "a senior analyst at Apex"), or noRange.
func (r *resolver) nameBeforeApposition(a *attribution) rng {
	d := r.d
	s := a.subj.s
	if !a.subj.ok() || d.punct(s-1) != "," || d.tokAt(s).kind != tWord {
		return noRange
	}
	if w := d.word(s); d.tokAt(s).upper && !(roleNouns.has(w) || honorifics[w]) {
		return noRange // a name of its own; but "Jane Roe, President of Acme, said"
	}
	if w := d.word(s); subjPronouns.has(w) || relativeWords.has(w) || quantifierSubjects.has(w) {
		return noRange
	}
	head := d.head(d.trimDet(a.subj))
	if !roleNouns.has(head) && !descriptorWords.has(head) && !honorifics[head] || anonymousHeads.has(head) && !roleNouns.has(head) {
		return noRange // "Mr. Obama, officials said": people, not an apposition
	}
	e := s - 1
	b := e
	for b > 0 && d.tokAt(b-1).kind == tWord && d.tokAt(b-1).upper {
		b--
	}
	run := rng{b, e}
	if n := run.e - run.s; n < 2 || n > 4 || d.sentOf[b] != d.sentOf[s] {
		return noRange
	}
	opens := b == d.sents[d.sentOf[b]].s || d.isQuote(b-1) || d.punct(b-1) == ","
	if c, ok := cueOf(d.word(b - 1)); ok && c.class == cueSpeech {
		opens = true // "said Jane Roe, the ..."
	}
	if !opens || !r.looksPerson(run) || firstNameGender(d.word(b)) == genderUnknown && !d.hasInitial(run) {
		return noRange
	}
	return run
}

// appositionTitle is the first apposition of a subject, the person's title:
// "chief executive of Acme" of "chief executive of Acme, a Texas company".
func (d *doc) appositionTitle(subj rng) rng {
	t := d.trimDet(subj)
	for k := t.s + 1; k < t.e; k++ {
		if d.punct(k) == "," {
			t.e = k
			break
		}
	}
	return t
}
