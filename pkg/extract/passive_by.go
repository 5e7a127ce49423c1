package extract

// Passive reports and stances with their agent: "Her death was confirmed
// by the foundation", "The move was hotly criticized by economists", "the
// attacks, which were claimed by the group". The agent speaks; the
// passive subject is what was said (as "X was first reported by Y").

// passiveByLemmas take the passive subject as their content. The blame
// verbs ("criticized by X") count only with their reason, as passiveFor
// frames.
var passiveByLemmas = set("claim", "confirm", "report", "announce", "mention", "denounce",
	"dispute", "reject", "endorse", "dismiss", "blame",
	"question", "deny", "decry", "tout", "highlight", "cite")

// passiveByAgent returns the agent of a passive cue at i whose auxiliaries
// and adverbs (a be-form among them) end after k, or noRange.
func (d *doc) passiveByAgent(s sentence, k, i int, c cueInfo, sawBe bool) rng {
	if !sawBe || !c.past || !passiveByLemmas.has(c.lemma) || d.word(i+1) != "by" || d.word(i-1) == "first" || k < s.s || d.inQuote(i) || d.toks[k].kind != tWord || d.inQuote(k) {
		return noRange
	}
	if w := d.word(i + 2); timeWords.has(w) || periodWords.has(w) || w == "now" || w == "then" || w == "far" {
		return noRange // "confirmed by now", "by Monday"
	}
	np := d.npFwd(i+2, s.e)
	if !np.ok() || np.e-np.s > 10 {
		return noRange
	}
	if !d.training && d.word(np.e) == "as" && d.word(np.e+1) == "saying" {
		// "Smith was cited by Reuters as saying ...": Smith's statement
		// (quoted_as_saying.go), not Reuters' with the content "Smith";
		// inference only (session 21, hand-written probes)
		return noRange
	}
	return np
}

// passiveByFrame reports a frame found by passiveByAgent.
func (d *doc) passiveByFrame(a *attribution) bool {
	if !a.inverted || !a.cue.ok() || d.word(a.cue.e) != "by" || a.left <= 0 {
		return false
	}
	if a.passiveFor {
		return false // "criticized by rivals for X" keeps its reason
	}
	c, ok := cueOf(d.word(a.cue.s))
	if !ok || !c.past || !passiveByLemmas.has(c.lemma) || d.word(a.cue.s-1) == "first" {
		return false
	}
	for x := a.left; x < a.cue.s; x++ {
		if beForms.has(d.word(x)) {
			return true // "As reported by X, ..." has none
		}
	}
	return false
}

// passiveBySubject returns the passive subject ending before a.left: a
// relative pronoun alone ("which were claimed by"), else the noun phrase.
func (d *doc) passiveBySubject(a *attribution, lo int) rng {
	k := a.left - 1
	if w := d.word(k); w == "which" || w == "that" || w == "who" {
		return rng{k, k + 1}
	}
	np := d.npBack(k, max(lo, d.sents[a.sent].s))
	if !np.ok() || np.e != k+1 {
		return noRange
	}
	return np
}
