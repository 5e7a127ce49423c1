package extract

// "On Monday NASA said ...", "In March Boeing said ...", "Last Friday
// Senator Ann Lee said ...": a day or a month right before a name, with no
// comma, joined it in one capitalised run ("Monday NASA"), which was the
// speaker ("Monday NASA", "March Boeing") and the full name a later
// surname took ("Tuesday Ryanair"). A weekday, or a month that is no
// listed given name ("June"), after a time preposition or determiner
// ("on", "in", "last") is no part of the name that follows: scanNames
// drops it from the run and the mention starts after it
// (timeOpeningOwner, writerSubject). Inference only; train has no such
// subject. Session 27, hand-written probes.

// timeLeadWords go before a day or a month opening a sentence's subject.
var timeLeadWords = set("on", "in", "last", "this", "next", "since", "until", "by", "early", "late", "from", "during", "through", "mid")

// timeOpening reports a day or month at k, after a time preposition or
// determiner, right before a capitalised word.
func (d *doc) timeOpening(k int) bool {
	w := d.word(k)
	if !weekdayNames.has(w) && !(monthNames.has(w) && firstNameGender(w) == genderUnknown) || d.training {
		return false
	}
	n := d.tokAt(k + 1)
	return n.kind == tWord && n.upper && n.para == d.toks[k].para && timeLeadWords.has(d.word(k-1)) && !d.inQuote(k)
}

// timeOpeningOwner returns a's subject without a day or month that opens
// it ("Last Friday Senator Ann Lee"), or noRange.
func (d *doc) timeOpeningOwner(a *attribution) rng {
	s := a.subj
	if !s.ok() || s.e-s.s < 2 {
		return noRange
	}
	k := s.s
	if timeLeadWords.has(d.word(k)) && k+1 < s.e-1 {
		k++ // "Last Friday Senator Ann Lee" opening the sentence
	}
	if k+1 >= s.e || !d.timeOpening(k) {
		return noRange
	}
	return rng{k + 1, s.e}
}
