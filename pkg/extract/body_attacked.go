package extract

// "Attacked" in body text: "Trump attacked Romney, calling him ...",
// "Christie attacked Rubio for not answering", "Sanders has attacked
// Clinton as too cozy with Wall Street". Of its 42 finds outside
// quotations on train 29 are annotated (69%); those left out are mostly
// a pronoun object ("attacked me from the stage", "attacked her
// harshly", "had attacked him" in a reported clause), a passive or a
// negation. With the body stances' checks (an agent subject right before
// the verb or its perfect auxiliary, a noun-phrase object) and no pronoun
// object, 26 of 30 finds are annotated (87%). Inference only, like the
// other body stances (stance_body.go, perfect_stance.go); with a reason
// after the object ("attacked Rubio for not answering") the reason alone
// is the content, as for "blasted" (blasted_reason.go). cv3: all tp +48
// fp +6 (the 6 inside non-speech statements), speech and direct unchanged.

// attackedObject reports the object at j of "attacked" at i: no personal
// pronoun, and no manner adverb after it without a reason or a label
// ("attacked Cruz relentlessly in Iowa" narrates a campaign, unannotated
// on train; "attacked Clinton repeatedly for her ties" is annotated).
func (d *doc) attackedObject(i, j int) bool {
	if d.word(i) != "attacked" {
		return true
	}
	if objPronouns.has(d.word(j)) || subjPronouns.has(d.word(j)) {
		return false
	}
	np := d.npFwd(j, len(d.toks))
	if !np.ok() || np.s != j || np.e >= len(d.toks) || d.inQuote(np.e) || !d.adverbAt(np.e) {
		return true
	}
	k := np.e
	for k < len(d.toks) && k < np.e+3 && d.adverbAt(k) {
		k++
	}
	return d.word(k) == "for" || d.word(k) == "as"
}
