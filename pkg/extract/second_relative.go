package extract

// secondRelativeOwner: "A woman who lives next door, and who asked not to
// be identified, said ...", "Ann Lee, who runs the shop and who has lived
// here for years, said ...": two relative clauses joined by "and" on one
// subject. The subject finder stops at "and", so the frame's subject was
// the second clause ("who asked not to be identified"), named as a person.
// The speaker is the noun both clauses modify, found before the first
// "who". After the model, like relative_head.go: the mention and the
// refined-pass speaker change, statements do not. Hand-written probes of
// local news (session 24). Inference only.
func (d *doc) secondRelativeOwner(a *attribution) rng {
	if d.training || a.inverted || !a.cue.ok() || !a.subj.ok() || a.subj.e > a.cue.s || !relativeWho(d.word(a.subj.s)) {
		return noRange
	}
	and := a.subj.s - 1
	if d.word(and) != "and" {
		return noRange
	}
	s := d.sents[a.sent]
	for k := and - 1; k > s.s && k >= and-25; k-- {
		if d.inQuote(k) || d.isQuote(k) {
			return noRange
		}
		w := d.word(k)
		if w == "" || !relativeWho(w) {
			continue
		}
		if d.punct(k-1) == "," { // "Ann Lee, who ..., and who"
			np := d.npBack(k-2, s.s)
			if !np.ok() || np.s != s.s && d.punct(np.s-1) == "" {
				return noRange
			}
			return np
		}
		head := d.relativeClauseHead(k, s.s)
		if np := d.npBack(k-1, s.s); np.ok() && head.ok() && np.s < head.s && np.e == head.e {
			head = np // "A woman who": the article with the noun
		}
		if !head.ok() || head.s != s.s && d.punct(head.s-1) == "" {
			return noRange // the noun must open the sentence or follow a comma
		}
		return head
	}
	return noRange
}
