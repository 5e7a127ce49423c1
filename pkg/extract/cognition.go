package extract

// Cognitions: "Supporters erupted into cheers as they learned their
// candidate had won", "he realized the race would grind on", "Migrants
// understand the anxiety they engender", "Gawker noticed the
// correspondence was directed to a private account". What the subject
// learned, realized, understood, noticed or remembered is annotated as
// its belief. Built at inference only and accepted by rule, for the
// finite verb after its subject as its sentence's first frame (inside
// another statement, "said he has realized that X", it is that
// statement's content), in a sentence without a quotation.

// cognitionConf is the confidence of a rule-accepted cognition: on the
// training split 20 of the 21 such verbs after a pronoun, a name or a
// plural noun and before a clause or a noun phrase ("that", a pronoun,
// "the" or a name), outside quotations and another statement, are
// annotated; the other one follows "after" behind its main clause, left
// out. The contents run over a paired dash aside and end before a
// following main clause (", he was"). cv3: all tp +30 fp +0, speech,
// direct and exact unchanged. The forms that are no cues ("noticed",
// "remembered") reach the rule through nonCueFrameWords: all tp +9 fp +0
// more. "Found/finds" after a study noun ("the inquiry found X") was
// measured and left out: all tp +3 fp +3, exact tp -3 (its content ends
// at ", but" where the annotation runs on).
const cognitionConf = 0.7

var cognitionForms = set("learned", "discovered", "realized", "realizes", "understood", "understands", "noticed", "remembered", "remembers")

// cognitionCue reports a cognition verb at i after its subject, followed
// by "that", a pronoun, "the", a possessive or a name. Inference only.
func (d *doc) cognitionCue(s sentence, i int) bool {
	if d.training || !cognitionForms.has(d.word(i)) || d.inQuote(i) || i == s.s || d.toks[i].upper || d.punct(s.e-1) == "?" {
		return false
	}
	j := i - 1
	if w := d.word(j); w == "also" || w == "now" || w == "still" || w == "already" || w == "quickly" || w == "soon" {
		j--
	}
	p := d.tokAt(j)
	if p.kind != tWord || d.inQuote(j) || !(subjPronouns.has(p.lower) && p.lower != "it" || p.upper && j > s.s && !determiners.has(p.lower) && p.lower != "the" || len(p.lower) > 3 && p.lower[len(p.lower)-1] == 's' && !beForms.has(p.lower) && p.lower != "has") {
		return false
	}
	if b := d.word(j - 1); (b == "after" || b == "before" || b == "until") && j-1 > s.s {
		return false // "sent X a message after she learned that Y": the time of the main act (1 unannotated on train)
	}
	o := d.tokAt(i + 1)
	if o.kind != tWord || d.inQuote(i+1) || i+3 >= s.e || !(o.lower == "that" || o.lower == "the" || o.upper || subjPronouns.has(o.lower) || possessiveDeterminers.has(o.lower)) {
		return false
	}
	if o.lower == "that" && (clauseAux.has(d.word(i+2)) || adjunctPreps.has(d.word(i+2)) || d.tokAt(i+2).kind != tWord) {
		return false // "learned that is", "learned that in 1990": a pronoun object
	}
	for k := s.s; k < s.e; k++ {
		if d.isQuote(k) || d.inQuote(k) {
			return false // a quotation in the sentence has its own statement
		}
	}
	return true
}

// cognitionContentEnd returns the end of a cognition's content, which
// starts after the verb, or -1 for other frames: the clause up to an
// aside or a subordinate clause.
func (d *doc) cognitionContentEnd(a *attribution, limit int) int {
	if d.training || !a.ruleAccepted || a.cueText != "cognition" || !a.cue.ok() || a.cue.e >= limit {
		return -1
	}
	e := d.clauseAsideEnd(a.cue.e, limit, false)
	if d.isDash(e) && !d.inQuote(e) {
		for k := e + 2; k < limit && k < e+12; k++ {
			if d.isDash(k) {
				e = d.clauseAsideEnd(k, limit, false) // "her father had begun - but never finished - the process": a paired aside
				break
			}
		}
	}
	e = d.endAtClauseComma(a.cue.e, e, d.openedBySubordinate(d.sents[a.sent], a.cue.s))
	for k := a.cue.e + 1; k+1 < e; k++ {
		if d.punct(k) == "," && !d.inQuote(k) && subjPronouns.has(d.word(k+1)) && d.word(k+1) != "it" {
			e = k // "At the moment Lee learned X, he was ...": the main clause
			break
		}
	}
	return d.subordinateClauseEnd(a.cue.e, d.beforeNestedReport(a.cue.e, e))
}
