package extract

// "Xi tells Biden Taiwan is a red line", "Lee told Biden Taiwan was
// off limits": after a tell cue, the addressee's name and the clause's
// capitalised subject made one capitalised noun phrase ("Biden Taiwan"),
// and what was left ("is a red line") made no content: the statement was
// lost. tellNameClauseStart splits such a run when an auxiliary or modal
// follows it: the addressee is its first word, or its first two after a
// known first name ("told Joe Biden Taiwan is ..."), and the clause starts
// after it. Inference only: the candidates train as before. Train
// predictions: see the commit message. Session 21, hand-written probes.
func (d *doc) tellNameClauseStart(a *attribution, np rng, limit int) int {
	if d.training || a.class != cueTell || a.inverted || np.e >= limit || np.e-np.s < 2 || d.inQuote(np.e) {
		return -1
	}
	if x := d.word(np.e); !clauseAux.has(x) || x == "'s" {
		return -1
	}
	for k := np.s; k < np.e; k++ {
		if t := d.toks[k]; t.kind != tWord || !t.upper || d.inQuote(k) || isAllCaps(d.text[t.s:t.e]) {
			return -1
		}
	}
	k := np.s + 1
	if firstNameGender(d.word(np.s)) != genderUnknown {
		k = np.s + 2
	}
	if k >= np.e {
		return -1
	}
	return k
}
