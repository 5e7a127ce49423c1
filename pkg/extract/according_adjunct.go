package extract

// accordingOpensAdjunct reports the first word j after the comma of an
// opening "According to X," that heads an adjunct or a subordinate clause
// ("According to the poll, in a crowded field, Lee leads", "According to
// the documents, while Democrats attack donors, they court them"): after a
// speech verb such a phrase may be the frame's own ("said in a statement,
// ..."), after "according to X," it opens the content.
func (d *doc) accordingOpensAdjunct(a *attribution, j int) bool {
	w := d.word(j)
	if a.cueText != "according to" || d.inQuote(j) || w == "" {
		return false
	}
	return adjunctPreps.has(w) || sceneSubordinators.has(w)
}
