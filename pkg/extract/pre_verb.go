package extract

// preVerbFrame recognises a quotation that ends its sentence after a comma
// and a clause of its speaker and a verb that data/cues.txt does not list:
// "Trump shot back, “…”", "As the band sang in 1985, “…”". The clause
// opens the sentence (after discourse words, "as" or one introductory
// phrase) and holds only the subject, the verb, its particles and an
// adjunct. Like postVerbFrame, the frame is built at inference only and
// accepted by rule (attribution.ruleAccepted). On train (held-out folds,
// seed 0) all 5 of its finds match an annotated statement.
func (d *doc) preVerbFrame(q quotation) *attribution {
	if d.training || len(q.parts) != 1 || !q.closed {
		return nil
	}
	first, last := q.first(), q.last()
	c := first - 1
	if d.punct(c) != "," || d.inQuote(c) || d.countWords(first, last) < 3 || !isTerminal(d.punct(last-1)) {
		return nil
	}
	si := d.sentOf[c]
	s := d.sents[si]
	if d.sentOf[last] != si {
		return nil
	}
	for k := last + 1; k < s.e; k++ {
		if d.toks[k].kind == tWord {
			return nil // the quotation ends the sentence
		}
	}
	st := s.s
	if w := d.word(st); adjunctPreps.has(w) && w != "as" && w != "when" && w != "while" {
		x := st + 1 // "In the song, Billy Joel sings, “…”"
		for x < c && x < st+8 && d.toks[x].kind == tWord {
			x++
		}
		if d.punct(x) != "," || x >= c {
			return nil
		}
		st = x + 1
	}
	for st < c && (discourse.has(d.word(st)) || d.word(st) == "as") {
		st++
	}
	if st >= c {
		return nil
	}
	subj, v := d.postVerbSubject(st, c)
	if v < 0 {
		return nil
	}
	j := v + 1
	for postVerbParticles.has(d.word(j)) {
		j++
	}
	if j < c && !d.postVerbAdjunct(j) && !(j > v+1 && postVerbAdjuncts.has(d.word(j-1))) {
		return nil // an object: "Lee visited Dallas, “…”"; "sang back in 1985" is an adjunct
	}
	for k := j; k < c; k++ {
		if d.toks[k].kind != tWord || d.inQuote(k) || k >= j+8 {
			return nil
		}
	}
	a := &attribution{sent: si, cue: rng{v, v + 1}, cueText: d.word(v), class: cueSpeech,
		subj: subj, left: subj.s, right: v + 1, conf: postVerbConf, ruleAccepted: true}
	a.name, a.title = d.splitName(subj)
	a.content = d.quotationContent(q)
	return a
}

// postVerbAdjunct reports a word that opens an adjunct after a verb: a
// preposition, an adverb, a day.
func (d *doc) postVerbAdjunct(j int) bool {
	w := d.word(j)
	return postVerbAdjuncts.has(w) || d.adverbAt(j) || weekdayNames.has(w)
}
