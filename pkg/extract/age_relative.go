package extract

// "Among those at the airport was Khim Sok, 71, who said he had been
// forced ...": the relative pronoun's antecedent is the name before the
// age, not "71", which had become the speaker. Refined pass (the relative
// antecedent is read there only). Session 27, hand-written long article.

// ageBeforeRelative returns, for the word j right before a relative
// pronoun's comma, the last word of the name before it when j is an age
// between commas after a capitalised word ("Khim Sok, 71, who"); else j.
func (d *doc) ageBeforeRelative(j int) int {
	if j < 2 || !twoDigitAge(d.word(j)) || d.punct(j-1) != "," || !d.tokAt(j-2).upper || d.tokAt(j-2).kind != tWord {
		return j
	}
	return j - 2
}
