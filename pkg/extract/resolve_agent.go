package extract

// Someone speaking for a person is not that person: "A spokesman for
// Orban said", "One longtime adviser to Bill Clinton said", "a close ally
// of Putin said". The name was the capitalised run at the subject's end,
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

// agentOfPerson returns the subject's agent phrase ("spokesman", "longtime
// adviser") and the person it speaks for: an unnamed agent noun, its
// modifiers in lower case, then "for", "to" or "of" and a capitalised
// name ending the subject (an aside after a comma left out; a name after
// a comma is the agent's own).
func (d *doc) agentOfPerson(a *attribution) (agent, principal rng) {
	subj := d.withoutAside(d.trimDet(a.subj))
	for k := subj.s + 1; k < subj.e-1 && k <= subj.s+4; k++ {
		if w := d.word(k); w != "for" && w != "to" && w != "of" {
			continue
		}
		if !speaksForHeads.has(d.word(k - 1)) {
			return noRange, noRange
		}
		for x := subj.s; x < k; x++ {
			if t := d.tokAt(x); t.kind != tWord || t.upper && x != d.sents[a.sent].s {
				return noRange, noRange // "Brian Fallon, a spokesman for": a name, or a capitalised title
			}
		}
		p := d.trimDet(rng{k + 1, subj.e})
		if !p.ok() || !d.tokAt(p.s).upper {
			return noRange, noRange // "a lawyer for the family"
		}
		for x := p.s; x < p.e; x++ {
			if d.punct(x) == "," {
				return noRange, noRange // "The spokesman of the State Department, Ned Price": the agent named
			}
		}
		return rng{subj.s, k}, p
	}
	return noRange, noRange
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
	return r.anonymous(r.textOf(agent) + " " + r.d.word(agent.e) + " " + sp.Name), true
}
