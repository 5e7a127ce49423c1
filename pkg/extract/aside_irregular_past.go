package extract

// A content's subject with an aside ends the aside at the comma before the
// subject's verb: "said the suspect, identified as Tom Reed, 25, of
// Dayton, fled the scene", "said the man, who was 25, fled". subjectAside
// knows the verb by mainVerb, which reads "-ed" forms and the common
// irregular pasts of pastVerbs; a verb of irregularPasts ("fled", "shot",
// "struck", "stole", "hit") was no verb there, the aside was not found and
// the cut model ended the content at its first comma ("the suspect").
// Police and court copy writes such subjects often. At inference only
// (subjectAsideFrom): training keeps its asides and cut points, so the
// models do not move. Session 24, hand-written crime probes; train
// predictions: see the commit.

// asideVerbAt reports a finite verb at k after a subject's aside: mainVerb,
// or at inference a lower-case irregular past outside quotation marks.
func (d *doc) asideVerbAt(k int) bool {
	if d.mainVerb(k) {
		return true
	}
	if d.training {
		return false
	}
	t := d.tokAt(k)
	return t.kind == tWord && !t.upper && !d.inQuote(k) && irregularPasts.has(t.lower)
}
