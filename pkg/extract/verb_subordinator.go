package extract

// "Reed's comments came after the club's chairman, Tom Kane, said the job
// was safe", "Reed spoke after the chairman, Tom Kane, said ...": after a
// finite verb, "after" or "before" opens a clause whose subject is the
// speaker. clauseSubject's scan for the start of the subject stops at
// subordinators ("because", "when", "since") but not at these two, which
// are as often prepositions ("officials speaking after the meeting
// said"), and longApposition read the sentence's start as a name with an
// apposition, so the speaker was "Reed spoke after the chairman, Tom
// Kane". At inference, "after" and "before" right after a finite verb (an
// "-ed" form or a listed past; not a form of "be" or an auxiliary: "It
// was after X did Y that Z said" is a cleft whose speaker is Z) stop the
// scan and end a long apposition's head. Session 24, hand-written
// sports and court probes; training keeps the old subjects, so the models
// do not move. Train predictions: see the commit.

// verbSubordinator reports, at inference, "after" or "before" at j right
// after a finite verb outside quotation marks.
func (d *doc) verbSubordinator(j int) bool {
	if d.training {
		return false
	}
	if w := d.word(j); w != "after" && w != "before" || d.inQuote(j) {
		return false
	}
	v := d.tokAt(j - 1)
	if v.kind != tWord || v.upper || d.inQuote(j-1) || beForms.has(v.lower) || clauseAux.has(v.lower) {
		return false // "It was after Lazar released the notes that Gawker noticed": a cleft
	}
	return finiteWord(v.lower) || irregularPasts.has(v.lower)
}
