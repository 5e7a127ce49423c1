package extract

// "Vietnamese leader To Lam said ... Lam said": a name whose first word is
// also a function word ("To Lam", the Vietnamese family name Tô written
// without its accent) was no person's, since a capitalised run opening
// with "To" is mostly a title or a sentence start, so the later "Lam"
// found no full name. Mid-sentence, right after a lower-case role noun
// ("leader", "president"), a run of "To" and one more word is a name.
// Session 22, hand-written international probe; inference only. No train
// prediction changes; a first version for any function word ("In", "On")
// and longer runs changed two train speakers for the worse (anonymous
// sources became unknown).

//
// A capitalised title is a name's too when a country adjective opens it
// ("Vietnamese President To Lam"): the run "Vietnamese President To Lam"
// was no person, so "Lam said" found no full name. Session 27; a
// capitalised role alone is left ("Senate Asks President To Resign" in a
// title-case headline). No train prediction changes.

// functionWordName reports a run "To X" that is a name after a role noun.
func (d *doc) functionWordName(run rng) bool {
	k := run.s
	if d.training || run.e-run.s != 2 || d.word(k) != "to" || k == d.sents[d.sentOf[k]].s || !roleNouns.has(d.word(k-1)) {
		return false
	}
	return !d.tokAt(k-1).upper || k-2 >= d.sents[d.sentOf[k]].s && d.tokAt(k-2).upper && demonymWord(d.word(k-2))
}
