package extract

// Wire business copy puts the company first in the content and refers to
// it with "it" in the attribution after: "Acme expects full-year earnings
// of $4.50 a share, it said", "The bank will close 40 branches, it said on
// Tuesday". The pronoun's antecedent is the content's own subject, which
// the resolver, looking only before the pronoun's statement, never saw:
// the speaker was unknown. When "it" has no speaker and the statement's
// content, before it in the same sentence and no quotation, opens with a
// company's name (not a person's, not a common word opening the sentence:
// resolve_body.go's ignoredRun) or with a body nominal ("the company",
// "the lender"), that is the speaker. Session 22, hand-written business
// probes; names only, in the refined pass. The design docs have 2 ", it
// said" after a content: no train prediction changes.

// itContentSpeaker gives an unresolved "it" the body that opens the
// content before it.
func (r *resolver) itContentSpeaker(a *attribution, sp Speaker) Speaker {
	d := r.d
	if !r.refined || sp.Kind != SpeakerUnknown || !a.subj.ok() || a.subj.e-a.subj.s != 1 || d.word(a.subj.s) != "it" || len(a.content) == 0 {
		return sp
	}
	c := a.content[0]
	if c.e > a.subj.s || d.sentOf[c.s] != d.sentOf[a.subj.s] || d.inQuote(c.s) || d.isQuote(c.s) {
		return sp
	}
	if h := d.word(c.s + 1); d.word(c.s) == "the" && bodyNouns.has(h) {
		b := r.introduced(rng{c.s, c.s + 2}) // "the company": the one named before, if any
		if b.Kind != SpeakerPerson {
			return b
		}
		return sp
	}
	for _, run := range r.runs {
		if run.s < c.s {
			continue
		}
		if run.s > c.s || r.personLike(run) || r.ignoredRun(run) || d.inDateline(run.s) {
			break
		}
		n := stripPossessive(r.textOf(run))
		if al, ok := r.al.Resolve(n); ok {
			if al.Kind == SpeakerPerson {
				break
			}
			return al
		}
		if !r.looksPerson(run) || d.tokAt(run.e).kind == tWord && !d.tokAt(run.e).upper || stripPossessive(d.word(run.e-1)) != d.word(run.e-1) {
			return Speaker{ID: r.id(n), Name: n, Kind: SpeakerOrganization}
		}
		break
	}
	return sp
}
