package extract

// unclosedColonFrame recognises a name or a "from" phrase before a colon
// that opens a quotation left unclosed to its paragraph's end: newsletters
// and round-ups quote long excerpts that way ("More from Ortiz: “The ...
// [Gazette.]"). The closed quotation's frames (colonNameFrame,
// colonFromFrame) take the same shapes. The frame is scored but not
// trained on (attribution.untrained): its few candidates would shift the
// accept model's weights for every other statement.
func (d *doc) unclosedColonFrame(q quotation) *attribution {
	a := d.colonNameFrame(q)
	if a == nil {
		a = d.colonFromFrame(q)
	}
	if a == nil {
		a = d.coordinatedColonNameFrame(q)
	}
	if a != nil {
		a.untrained = true
	}
	return a
}

// coordinatedColonNameFrame recognises two proper names joined by "and"
// before a colon that opens a quotation, opening their clause (the
// paragraph, or after a dash or colon): "Polls - Ann Lee and Bo Kim: “...”".
// colonNameFrame takes one name only. Scored but not trained on
// (attribution.untrained).
func (d *doc) coordinatedColonNameFrame(q quotation) *attribution {
	c, lo, ok := d.colonOpening(q)
	if !ok || c-4 < 0 {
		return nil
	}
	k := c - 1
	if k < lo || d.toks[k].kind != tWord || !d.toks[k].upper || d.inQuote(k) {
		return nil
	}
	second := d.npBack(k, lo)
	if !second.ok() || second.e != c || !d.isProperName(second) || second.s-2 < lo || d.word(second.s-1) != "and" {
		return nil
	}
	firstName := d.npBack(second.s-2, lo)
	if !firstName.ok() || firstName.e != second.s-1 || !d.isProperName(firstName) {
		return nil
	}
	if b := firstName.s - 1; b >= lo && !d.isDash(b) && d.punct(b) != ":" && !isTerminal(d.punct(b)) {
		return nil
	}
	subj := rng{firstName.s, c}
	a := &attribution{sent: d.sentOf[q.first()], cue: rng{c, c + 1}, cueText: ":", class: cueSpeech,
		subj: subj, name: subj, title: noRange, left: subj.s, right: c + 1, conf: 0.7, untrained: true}
	a.content = d.quotationContent(q)
	return a
}
