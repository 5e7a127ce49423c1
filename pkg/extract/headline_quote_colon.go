package extract

// British and international headlines put the quotation first and its
// speaker after a colon: "‘We will not back down’: Zelensky defiant as
// attacks continue", "“We will win”: Zelensky". No frame held the
// quotation (signatureFrame reads a dash before the name, colonNameFrame a
// name before the colon), so the headline lost its statement.
// headlineQuoteColonFrame frames a closed quotation that opens the
// article's first paragraph, a colon right after it and a proper name of
// one to four capitalised words, after a title or not (no determiner:
// "A mosque feels the spotlight" is no speaker) that ends the paragraph or runs on
// with a lower-case word that is no cue ("defiant as attacks continue").
// Train has one headline of this shape, whose words after the colon name
// no speaker (no prediction changes). Built at inference only and accepted
// by rule with the signature frame's confidence. Session 21, hand-written
// probes.
func (d *doc) headlineQuoteColonFrame(q quotation) *attribution {
	if d.training || len(q.parts) != 1 || !q.closed || len(d.toks) == 0 {
		return nil
	}
	first, last := q.first(), q.last()
	if first != 0 || d.toks[first].para != 0 || d.punct(last+1) != ":" {
		return nil
	}
	k := last + 2
	pe := d.paraS[1]
	if k >= pe || !d.toks[k].upper || d.toks[k].kind != tWord || determiners.has(d.word(k)) {
		return nil
	}
	e := k
	for e < pe && e < k+5 && d.toks[e].kind == tWord && d.toks[e].upper && !d.inQuote(e) {
		if e > k && determiners.has(d.word(e)) {
			return nil // a title-case headline: "Mosque Feels The Spotlight"
		}
		e++
	}
	np := rng{k, e}
	name, title := d.splitName(np)
	if !name.ok() || name.e-name.s > 4 || !title.ok() && e-k > 4 || !d.isProperName(name) {
		return nil // a title may come first: "Mayor Ana Ruiz on her first year"
	}
	if e < pe {
		w := d.word(e)
		if _, cue := cueOf(w); w == "" && !isTerminal(d.punct(e)) || cue || d.toks[e].upper {
			return nil
		}
	}
	if d.countWords(first, last+1) < 2 {
		return nil
	}
	a := &attribution{sent: d.sentOf[np.s], cue: rng{last + 1, last + 2}, cueText: ":", class: cueSpeech,
		subj: np, name: name, title: title, left: last + 1, right: np.e, conf: 0.8, inverted: true, ruleAccepted: true}
	a.content = d.quotationContent(q)
	return a
}
