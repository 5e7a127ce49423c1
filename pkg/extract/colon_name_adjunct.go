package extract

// Live blogs and wire copy introduce a quotation by a name, an adjunct
// saying where or how, and a colon, with no verb: "Zelensky, in his
// nightly address: “We will rebuild every home.”", "Lagarde, speaking in
// Frankfurt: “...”". colonNameFrame wants the name right before the
// colon, so the quotation had no speaker. Here the name opens its clause,
// a comma follows it, and an adjunct of at most eight words opening with a
// preposition or a participle of speaking runs to the colon. Built at
// inference only and accepted by rule (rule_accepted.go): the design docs
// have one such quotation, annotated, which colonClauseFrame already finds
// ("..., writing in an email: “…”"); no train prediction changes. Session
// 22, hand-written live-blog probes. colonNameAdjunctConf is
// colonNameFrame's confidence.
const colonNameAdjunctConf = 0.8

// colonNameAdjunctFrame recognises "Name, adjunct: “…”".
func (d *doc) colonNameAdjunctFrame(q quotation) *attribution {
	if d.training {
		return nil
	}
	c, lo, ok := d.colonOpening(q)
	if !ok {
		return nil
	}
	m := c - 1
	for m > lo && m > c-10 && d.tokAt(m).kind == tWord && !d.inQuote(m) {
		m--
	}
	if d.punct(m) != "," || m+1 >= c || !colonAdjunctOpeners.has(d.word(m+1)) && !d.colonRoleApposition(m+1, c) || m-1 < lo {
		return nil
	}
	k := m - 1
	if d.toks[k].kind != tWord || !d.toks[k].upper || d.inQuote(k) {
		return nil
	}
	subj, name, title := d.subjectBefore(k, lo)
	if !subj.ok() || !name.ok() || !d.isProperName(name) || subjPronouns.has(d.word(subj.s)) {
		return nil
	}
	if b := subj.s - 1; b >= lo && !d.isDash(b) && d.punct(b) != ":" && !isTerminal(d.punct(b)) && !d.listItemOpening(lo, subj.s) {
		return nil // the name opens its clause or a list item ("• Jo Hill, mayor: “…”")
	}
	a := &attribution{sent: d.sentOf[q.first()], cue: rng{c, c + 1}, cueText: ":", class: cueSpeech,
		subj: subj, name: name, title: title, left: subj.s, right: c + 1, conf: colonNameAdjunctConf, ruleAccepted: true}
	a.content = d.quotationContent(q)
	return a
}

// colonAdjunctOpeners open an adjunct of where or how a person spoke.
var colonAdjunctOpeners = set("in", "on", "at", "during", "via", "speaking", "writing", "posting", "addressing")

// colonRoleApposition reports the words [s, e) between a name's comma and
// a colon as the person's role, as round-ups and lists of reactions write
// it ("Tom Reed, campaign chair: “…”", "Jo Hill, the mayor of Leeds:
// “…”"): a role noun or a descriptor ("economist") among at most six words
// with no cue verb and no relative pronoun. The design docs have no such line (0 occurrences).
func (d *doc) colonRoleApposition(s, e int) bool {
	if e-s > 6 {
		return false
	}
	role := false
	for k := s; k < e; k++ {
		w := d.word(k)
		if w == "" || relativeWords.has(w) {
			return false // "Tom Reed, who met the mayor: “…”"
		}
		if roleNouns.has(w) || descriptorWords.has(w) {
			role = true
		} else if c, ok := cueOf(w); ok && c.class == cueSpeech {
			return false
		}
	}
	return role
}
