package extract

// "warn" takes an addressee ("warned voters that ...") or a bare clause:
// "Macron warns Europe could die", "IMF warns global growth will slow",
// "Lee warned the economy would suffer". forwardStart read the clause's
// subject as the addressee, and what was left ("could die") made no
// content: the statement was lost. A noun phrase right after the cue that
// an auxiliary or modal follows ("Europe could", "the economy would") is
// the clause's subject, as a pronoun is ("warned they could sell",
// pronounSubjectClause). Inference only: the candidates train as before.
// Train predictions: see the commit message. Session 21, hand-written
// probes.
func (d *doc) warnedClause(a *attribution, j, limit int) bool {
	if d.training || a.class != cueTell || a.inverted || j != a.cue.e || d.cueInfoAt(a.cue.s).lemma != "warn" || d.inQuote(j) {
		return false
	}
	if w := d.word(j); w == "" || objPronouns.has(w) && !determiners.has(w) || w == "of" || w == "against" || w == "about" {
		return false
	}
	np := d.npFwd(j, limit)
	if !np.ok() || np.s != j || d.inQuote(np.e) {
		return false
	}
	// a title-case headline's capitals run the subject on into its modal:
	// "Macron Warns Europe Could Die"
	for k := j + 1; k < np.e && k < j+5; k++ {
		if t := d.toks[k]; t.upper && titleModals.has(t.lower) && k+1 < limit && d.titleCase(d.sents[a.sent]) {
			return true
		}
	}
	x := d.word(np.e)
	return np.e < limit && clauseAux.has(x) && x != "'s" && x != "do" && x != "did" && x != "does"
}

// titleModals open a title-case headline's verb phrase.
var titleModals = set("will", "would", "could", "can", "may", "might", "must", "should")
