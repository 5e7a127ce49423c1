package extract

// Someone speaking for a person is not that person: "A spokesman for
// Orban said", "One longtime adviser to Bill Clinton said", "a close ally
// of Putin said", "A source close to Putin said", "Lawyers representing
// Trump said". The name was the capitalised run at the subject's end,
// so the statement went to Orban, Bill Clinton or Putin, and a journalist
// checking "did Clinton say this?" was told he had. The speaker is now an
// anonymous one named by the role and the person ("spokesman for Viktor
// Orban"), as the issue asks of unnamed sources. A spokesperson for a
// body ("a spokeswoman for YouTube", "a spokesman for the State
// Department") still speaks as the body, and a named agent ("Brian Fallon,
// a spokesman for Mrs. Clinton") is the person named. Session 21,
// hand-written probes; speaker names only (refined pass).

// speaksForHeads are the nouns of someone who speaks for, works for or stands
// close to a person.
var speaksForHeads = set("spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople",
	"aide", "aides", "adviser", "advisers", "advisor", "advisors", "lawyer", "lawyers", "attorney", "attorneys",
	"ally", "allies", "confidant", "confidante", "associate", "associates", "friend", "friends",
	"staffer", "staffers", "assistant", "assistants")

// agentOfPerson returns the subject's agent phrase with its link
// ("spokesman for", "longtime adviser to", "source close to", "lawyers
// representing") and the person it speaks for or stands near: an unnamed
// noun, its modifiers in lower case, the link, and a capitalised name
// ending the subject (an aside after a comma left out; a name after a
// comma is the agent's own).
func (d *doc) agentOfPerson(a *attribution) (agent, principal rng) {
	subj := d.withoutAside(d.trimDet(a.subj))
	for k := subj.s + 1; k < subj.e-1 && k <= subj.s+4; k++ {
		n := d.agentLink(k)
		if n == 0 {
			continue
		}
		for x := subj.s; x < k; x++ {
			if t := d.tokAt(x); t.kind != tWord || t.upper && x != d.sents[a.sent].s {
				return noRange, noRange // "Brian Fallon, a spokesman for": a name, or a capitalised title
			}
		}
		p := d.trimDet(rng{k + n, subj.e})
		if !p.ok() || !d.tokAt(p.s).upper {
			return noRange, noRange // "a lawyer for the family"
		}
		for x := p.s; x < p.e; x++ {
			if d.punct(x) == "," {
				return noRange, noRange // "The spokesman of the State Department, Ned Price": the agent named
			}
		}
		return rng{subj.s, k + n}, p
	}
	return noRange, noRange
}

// agentLink returns the length of the link at k between an unnamed
// agent or source (the word before k) and the one it speaks for or
// stands near, or 0: "for", "to", "of" after a spokesman, aide, adviser
// ...; "close to", "loyal to", "allied with" after those or an anonymous
// source ("a source close to Putin", "people close to Musk"); and
// "representing" after any lower-case noun ("lawyers representing Trump").
func (d *doc) agentLink(k int) int {
	head := d.tokAt(k - 1)
	if head.kind != tWord || head.upper && k-1 != d.sents[d.sentOf[k-1]].s {
		return 0 // a name's or title's word; a capital opening the sentence is none
	}
	switch w, next := d.word(k), d.word(k+1); {
	case w == "for" || w == "to" || w == "of":
		if speaksForHeads.has(head.lower) {
			return 1
		}
	case (w == "close" || w == "closest" || w == "loyal") && next == "to", (w == "allied" || w == "aligned") && next == "with":
		if speaksForHeads.has(head.lower) || anonymousHeads.has(head.lower) {
			return 2
		}
	case w == "representing":
		return 1
	}
	return 0
}

// agentSpeaker resolves a subject such as "A spokesman for Orban" to an
// anonymous speaker named by the role and the person resolved ("spokesman
// for Viktor Orban"); ok is false when the subject has no such shape or
// the one spoken for is no person.
func (r *resolver) agentSpeaker(a *attribution, agent, principal rng) (Speaker, bool) {
	b := *a
	b.subj, b.relative, b.partOf, b.inherits = principal, false, nil, nil
	b.name, b.title = r.d.splitName(principal)
	sp := r.resolve(&b)
	if sp.Kind != SpeakerPerson {
		return Speaker{}, false
	}
	return r.anonymous(r.textOf(agent) + " " + sp.Name), true
}
