package extract

import "strings"

// signatureListFrame recognises, at inference, the signed quotations of
// live blogs, explainers and round-ups that signatureFrame leaves: a
// signature with a role or title before the name ("“…” — campaign chair
// Tom Reed", "“…” — Acme CEO Jane Doe", "“…” – Mayor Jo Hill"), with an
// affiliation in parentheses after it ("“…” ― Dr. Ann Lee (University of
// Leeds)"), and a quotation that opens a list item ("- “…” — Tom Reed",
// "• “…”", "2. “…”") or follows a label ("Quote of the day: “…” — Tom
// Reed"). The signature, with a medium after it ("on Twitter"), must end its paragraph (or be followed
// by a comma and a note): a dash before a date, a place or a photo credit
// ("— Reuters/John Smith") is no signature, nor is an embedded social post
// signed "— Name (@handle) June 29, 2016" (the corpus does not annotate
// those: 0 of 13 on the design docs). A title must end in a role noun, a
// descriptor ("lead author", resolve_names.go) or an honorific; a bare
// name after a bullet is taken as signatureFrame takes it. The frame is rule-accepted at a fixed confidence (0.8, as
// signature_para.go): the design docs have no signed quotation after a dash
// at all (0 occurrences), so it changes no train prediction and lands on
// its hand-written probes.
func (d *doc) signatureListFrame(q quotation) *attribution {
	if d.training {
		return nil
	}
	first, last := q.first(), q.last()
	ps := d.paraS[d.toks[first].para]
	if first != ps && !isTerminal(d.punct(first-1)) && !(d.isQuote(first-1) && !d.inQuote(first-1)) && !d.listItemOpening(ps, first) && d.punct(first-1) != ":" {
		return nil
	}
	np := d.signatureNP(q)
	if !np.ok() || np.e-np.s > 8 {
		return nil
	}
	k := np.s
	pe := d.paraS[d.toks[last].para+1]
	if d.workTitleQuote(q) || d.signatureDateline(np) {
		return nil
	}
	name, title := np, noRange
	if o := d.nameOfAffiliation(np); o > 0 {
		np.e, name = o, rng{np.s, o} // "— Jane Doe of Acme"
		if !d.isProperName(name) {
			return nil
		}
	}
	if !d.toks[k].upper || !d.isProperName(np) {
		name, title = d.splitName(np)
		if !name.ok() || !title.ok() || name.e != np.e || !d.isProperName(name) || name.e-name.s > 4 {
			return nil
		}
		if lw := d.word(title.e - 1); !roleNouns.has(lw) && !descriptorWords.has(lw) && !honorifics[strings.TrimSuffix(lw, ".")] {
			return nil
		}
	} else if np.e-np.s > 4 {
		return nil
	}
	e := np.e
	if o := d.nameOfAffiliation(rng{np.s, pe}); o == np.e {
		e = d.affiliationEnd(o, pe)
	}
	if w := d.word(e); (w == "on" || w == "via") && pe-e <= 4 && d.tokAt(e+1).upper {
		e = pe // "— Tom Reed on Twitter", "via Facebook"
	}
	if d.punct(e) == "(" {
		c := d.closingParen(e, pe)
		if c < 0 {
			return nil
		}
		e = c + 1
	}
	if !(e >= pe || d.punct(e) == "," || isTerminal(d.punct(e)) && e+1 >= pe) {
		return nil
	}
	a := &attribution{sent: d.sentOf[np.s], cue: rng{last + 1, np.s}, cueText: "—", class: cueSpeech,
		subj: np, name: name, title: title, left: last + 1, right: np.e, conf: 0.8, inverted: true, ruleAccepted: true}
	a.content = d.quotationContent(q)
	return a
}

// listItemOpening reports that the tokens from the paragraph start ps to
// the quotation at first are a list item's marker: dashes or bullets
// ("- ", "• ") or a number with a period or parenthesis ("2. ", "3) ").
func (d *doc) listItemOpening(ps, first int) bool {
	if first == ps {
		return false
	}
	k := ps
	for k < first && d.listMarker(k) {
		k++
	}
	if k == first {
		return true
	}
	if k == ps && first == ps+2 && isDayNumber(d.word(ps)) && (d.punct(ps+1) == "." || d.punct(ps+1) == ")") {
		return true
	}
	return false
}

// closingParen returns the ")" closing the "(" at o within a few tokens of
// the paragraph (before pe), or -1; a handle ("@tomreed") inside makes it a
// social post's signature, not an affiliation.
func (d *doc) closingParen(o, pe int) int {
	for c := o + 1; c < pe && c <= o+8; c++ {
		t := d.tokAt(c)
		if d.punct(c) == ")" {
			if c == o+1 {
				return -1
			}
			return c
		}
		if t.kind == tQuote || d.punct(c) == "(" || d.punct(c) == "@" || d.word(c) != "" && d.word(c)[0] == '@' {
			return -1
		}
	}
	return -1
}

// workTitleQuote reports, at inference, a quotation that is the title of a
// work signed by its author in a list ("“Hamlet” — William Shakespeare",
// "1. “Imagine” — John Lennon"): no sentence mark at its end, and one or
// two words or every word capitalised. A short statement has its mark
// ("“Never.” — Tom Reed"), a pull quote its lower-case words.
func (d *doc) workTitleQuote(q quotation) bool {
	if d.training || len(q.parts) != 1 {
		return false
	}
	s, e := q.parts[0][0]+1, q.parts[0][1]
	if e <= s || isTerminal(d.punct(e-1)) || d.punct(e-1) == "," {
		return false
	}
	words, lower := 0, 0
	for k := s; k < e; k++ {
		if t := d.tokAt(k); t.kind == tWord {
			words++
			if !t.upper && !headlineSmallWords.has(t.lower) {
				lower++
			}
		}
	}
	return words <= 2 || lower == 0
}

// signatureDateline reports, at inference, a place and a date after the
// dash rather than a signature ("— London, June 3", "— Kyiv, 3 June").
func (d *doc) signatureDateline(np rng) bool {
	if d.training || d.punct(np.e) != "," {
		return false
	}
	w := d.word(np.e + 1)
	if isDayNumber(w) {
		w = d.word(np.e + 2) // "3 June", not an age ("Tom Reed, 54, a teacher")
	}
	return monthNames.has(w) || monthAbbrevs.has(strings.TrimSuffix(w, "."))
}

// dashNameFrame recognises, at inference, a list item or paragraph that
// names its speaker before a dash and the quotation ("Tom Reed — “We will
// win this state.”", "- Jo Hill (mayor) – “It is over.”"): the dash stands
// for the colon of colonNameFrame. The name opens its paragraph or list
// item, and the quotation runs to the paragraph's end; a quoted title
// ("Tom Reed — “Hamlet”") is no statement, and the name is a person's:
// with a title, or opening with a known first name. The design docs have no such
// line (0 occurrences); rule-accepted at colonNameFrame's confidence.
func (d *doc) dashNameFrame(q quotation) *attribution {
	if d.training || len(q.parts) != 1 {
		return nil
	}
	first, last := q.first(), q.last()
	p := d.toks[first].para
	ps, pe := d.paraS[p], d.paraS[p+1]
	if e := last + 1; e < pe && !(isTerminal(d.punct(e)) && e+1 == pe) {
		return nil
	}
	c := first - 1
	if c <= ps || !d.isDash(c) || d.inQuote(c) || d.workTitleQuote(q) {
		return nil
	}
	k := c - 1
	if d.punct(k) == ")" {
		for k > ps && d.punct(k) != "(" && k > c-8 {
			k--
		}
		if d.punct(k) != "(" {
			return nil
		}
		k--
	}
	if k < ps || d.toks[k].kind != tWord || !d.toks[k].upper {
		return nil
	}
	subj, name, title := d.subjectBefore(k, ps)
	if !subj.ok() || !name.ok() || !d.isProperName(name) || subjPronouns.has(d.word(subj.s)) {
		return nil
	}
	if subj.s != ps && !d.listItemOpening(ps, subj.s) || d.datelineEnd(ps, pe) > 0 {
		return nil // "NEW YORK (Reuters) — “…”": a dateline
	}
	if n := name.e - name.s; !title.ok() && (n < 2 || n > 3 || firstNameGender(d.word(name.s)) == genderUnknown) {
		return nil // a person: "Update — “…”", "New York — “…”" name no speaker
	}
	subj.e = c
	a := &attribution{sent: d.sentOf[first], cue: rng{c, c + 1}, cueText: d.toks[c].lower, class: cueSpeech,
		subj: subj, name: name, title: title, left: subj.s, right: c + 1, conf: 0.8, ruleAccepted: true}
	a.content = d.quotationContent(q)
	return a
}

// nameOfAffiliation returns the "of" after a name of two or three
// capitalised words before a capitalised affiliation in np ("Jane Doe of
// Acme", "Ann Lee of the University of Leeds"), or 0.
func (d *doc) nameOfAffiliation(np rng) int {
	for o := np.s + 2; o <= np.s+3 && o < np.e-1; o++ {
		if d.word(o) != "of" {
			if !d.tokAt(o).upper {
				return 0
			}
			continue
		}
		if d.tokAt(o+1).upper || d.word(o+1) == "the" && d.tokAt(o+2).upper {
			return o
		}
		return 0
	}
	return 0
}

// affiliationEnd returns the end of the capitalised affiliation after the
// "of" at o (small words of a name inside), within the paragraph.
func (d *doc) affiliationEnd(o, pe int) int {
	k := o + 1
	for k < pe && k <= o+8 && d.tokAt(k).kind == tWord && (d.tokAt(k).upper || headlineSmallWords.has(d.word(k))) {
		k++
	}
	return k
}
