package extract

// reducedRelativeSubject returns, at inference, the subject of a cue at k+1
// whose noun phrase before the cue (subj, from subjectBefore) is the object
// of a participle that modifies the real subject: "A source briefed on the
// matter said", "Officials involved in the talks said", "A diplomat based
// in Brussels said", "A lawyer representing the family said". Wire copy
// describes its sources so; subjectBefore stopped at the participle and
// took its object for the speaker ("the matter", "Brussels"). The head
// noun before the participle must open its clause (the sentence, after a
// lead word or a comma), the participle is one of sourceParticiples, and
// the cue a finite "said", "says", "told" or "tells". Inference only: the
// frames train as before. Session 21, hand-written probes.
func (d *doc) reducedRelativeSubject(s sentence, k int, subj rng) (rng, rng, rng) {
	if d.training || !subj.ok() {
		return noRange, noRange, noRange
	}
	if c := d.word(k + 1); c != "said" && c != "says" && c != "told" && c != "tells" {
		return noRange, noRange, noRange
	}
	p := subj.s - 1
	if reducedRelativePreps.has(d.word(p)) {
		p-- // "briefed on", "based in", "quoted by"
	}
	if !d.sourceParticiple(p) {
		return noRange, noRange, noRange
	}
	head := p - 1
	if head < s.s || d.tokAt(head).upper && head > s.s || !d.nounHead(head) {
		return noRange, noRange, noRange // "Donald Trump speaking in Ohio": a name is no head here
	}
	np := d.npBack(head, s.s)
	if !np.ok() || np.e != p || !d.opensClause(s, np.s) {
		return noRange, noRange, noRange
	}
	// the speaker is the head, not a name in the participle's object:
	// "Voters backing Trump said" are voters
	name, title := d.splitName(np)
	return rng{np.s, k + 1}, name, title
}

// reducedRelativePreps follow a participle that describes a source.
var reducedRelativePreps = set("on", "in", "with", "to", "by", "at", "for", "from", "of")

// sourceParticiple reports a participle or adjective at p that describes a
// source after its head noun (sourceParticiples). A list, not any -ed or
// -ing word: most of those are finite verbs ("the senator emailed
// supporters", "the town released a statement"), which on train made
// wrong subjects.
func (d *doc) sourceParticiple(p int) bool {
	t := d.tokAt(p)
	return t.kind == tWord && !t.upper && !d.inQuote(p) && sourceParticiples.has(t.lower)
}

// sourceParticiples describe a source: "briefed on the matter", "familiar
// with the talks", "involved in", "based in", "representing the family".
var sourceParticiples = set("briefed", "involved", "based", "familiar", "close", "knowledgeable", "privy",
	"representing", "connected", "linked", "affiliated", "allied", "aligned", "quoted", "cited", "interviewed",
	"polled", "surveyed", "questioned", "contacted", "working", "speaking")

// invertedSourceDescription widens an inverted subject over its source's
// description, at inference: "..., said a person familiar with the
// matter", "..., said a source briefed on the talks", "..., said a person
// with knowledge of the plans". The forward scan stopped at the
// preposition, so the mention and the anonymous speaker's name were "a
// person familiar" (the subject-first form, "People familiar with the
// matter said", was whole). The description runs to the next comma or the
// sentence's end, at most eight words. Session 22, hand-written business
// probes: names and mentions only, contents unchanged.
func (d *doc) invertedSourceDescription(a *attribution) {
	if d.training || !a.inverted || !a.subj.ok() || !a.cue.ok() || a.subj.s < a.cue.e || d.inQuote(a.subj.s) {
		return
	}
	k := a.subj.e
	switch {
	case d.sourceParticiple(k-1) && reducedRelativePreps.has(d.word(k)):
	case anonymousHeads.has(d.word(k-1)) && d.word(k) == "with" && d.word(k+1) == "knowledge" && d.word(k+2) == "of":
	default:
		return
	}
	s := d.sents[a.sent]
	e := k + 1
	for e < s.e && e < k+9 && d.tokAt(e).kind == tWord && !d.inQuote(e) {
		e++
	}
	if e == k+1 || !(e >= s.e || d.punct(e) == "," || isTerminal(d.punct(e))) {
		return
	}
	a.subj.e = e
	a.right = max(a.right, e)
	// the speaker is the head, not a name in the description (as
	// reducedRelativeSubject)
	head := rng{a.subj.s, k}
	if d.sourceParticiple(k - 1) {
		head.e--
	}
	if !d.tokAt(head.e - 1).upper {
		a.name, a.title = d.splitName(head) // not "a Democrat familiar with ...": a party's name is no head
	}
}
