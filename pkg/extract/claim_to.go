package extract

// "claim to" with an infinitive: "groups that claim to represent Asian
// Americans", "voters who claimed to be undecided". The infinitive is the
// claimed statement ("to be undecided"); "laid claim to the title" and
// "his claim to fame" are nouns with an object.

// claimInfinitive reports a verb form of "claim" at i followed by "to"
// and a lower-case verb.
func (d *doc) claimInfinitive(i int) bool {
	if d.cueInfoAt(i).lemma != "claim" || d.word(i+1) != "to" || d.inQuote(i+2) {
		return false
	}
	v := d.word(i + 2)
	if v == "" || d.tokAt(i+2).upper || determiners.has(v) || objPronouns.has(v) || npStop.has(v) && v != "be" && v != "have" {
		return false
	}
	p := d.word(i - 1)
	return !determiners.has(p) && p != "laid" && p != "lay" && p != "lays" && p != "staked" && p != "stake"
}

// infinitiveContent reports a cue at i whose content is the infinitive
// right after it: "claimed to be undecided", and at inference "agreed to
// pay" (agreed_to.go).
func (d *doc) infinitiveContent(i int) bool {
	return d.claimInfinitive(i) || d.agreedInfinitive(i)
}
