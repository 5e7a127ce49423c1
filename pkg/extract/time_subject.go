package extract

// timeWordSubject reports that the content after an opening source ("To
// Sexton, who has studied the rallies, Tuesday marked a turning point";
// "According to the count, Monday was the busiest day") starts with a day
// name or another time word that is the subject of the clause: a verb
// follows it at once. forwardStart would skip the time word as an adjunct
// of the cue and lose the clause's subject. Inference only.
// cv3: all tp +3 fp +0, speech and direct unchanged.
func (d *doc) timeWordSubject(j, limit int) bool {
	return !d.training && j+1 < limit && timeWords.has(d.word(j)) && !d.inQuote(j) && d.mainVerb(j+1)
}
