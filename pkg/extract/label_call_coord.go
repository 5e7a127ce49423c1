package extract

// "He has called China provocative and expansionist": two adjectives
// joined by "and" are one label. labelEnd ended an adjective label at the
// first "and" (right for "called the plan unlawful and said ...", "...,
// and the mayor agreed"), which cut the second adjective off ("China
// provocative"). Now, when an adjective follows the "and" and ends the
// clause, the label takes it. The labels are rule-accepted at inference
// only (label_call.go); no train/dev statement changes, cv3v unchanged: a
// fix for hand-written probes of the "calls X Y" requirement.

// coordinatedAdjectiveEnd returns the end of a label whose adjective at
// k-1 is joined by "and" at k to an adjective that ends the clause
// (limit): "provocative and expansionist". Else -1.
func (d *doc) coordinatedAdjectiveEnd(k, fs, limit int) int {
	if d.word(k) != "and" || d.inQuote(k+1) || !d.adjectiveLabel(k+1, fs) {
		return -1
	}
	if e := k + 2; e >= limit || d.punct(e) == "," || isTerminal(d.punct(e)) {
		return min(e, limit)
	}
	return -1
}
