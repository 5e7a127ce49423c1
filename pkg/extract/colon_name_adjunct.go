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
	if d.punct(m) != "," || m+1 >= c || !colonAdjunctOpeners.has(d.word(m+1)) || m-1 < lo {
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
	if b := subj.s - 1; b >= lo && !d.isDash(b) && d.punct(b) != ":" && !isTerminal(d.punct(b)) {
		return nil // the name opens its clause
	}
	a := &attribution{sent: d.sentOf[q.first()], cue: rng{c, c + 1}, cueText: ":", class: cueSpeech,
		subj: subj, name: name, title: title, left: subj.s, right: c + 1, conf: colonNameAdjunctConf, ruleAccepted: true}
	a.content = d.quotationContent(q)
	return a
}

// colonAdjunctOpeners open an adjunct of where or how a person spoke.
var colonAdjunctOpeners = set("in", "on", "at", "during", "via", "speaking", "writing", "posting", "addressing")
