package extract

import "strings"

// presentAfterSingular guesses a present-tense verb at x right after a
// singular lower-case noun: "said in a statement the report merits an
// inquiry". nounClauseAfterAdjunct took only past forms, so a bare clause
// in the present tense after an adjunct lost its statement. An "-s" word
// after a plural noun ("the reports claims") is left out; one after a
// noun modifier ("the party leaders met") still opens the clause.
func (d *doc) presentAfterSingular(x int) bool {
	t, p := d.toks[x], d.tokAt(x-1)
	if t.kind != tWord || t.upper || len(t.lower) < 4 || !strings.HasSuffix(t.lower, "s") || strings.HasSuffix(t.lower, "ss") ||
		strings.HasSuffix(t.lower, "us") || strings.HasSuffix(t.lower, "is") || strings.ContainsAny(t.lower, "'’") {
		return false
	}
	return p.kind == tWord && !p.upper && len(p.lower) > 2 && !strings.HasSuffix(p.lower, "s") && !determiners.has(p.lower) &&
		!adjunctPreps.has(p.lower) && !strings.HasSuffix(p.lower, "ing") && !strings.ContainsAny(p.lower, "'’")
}

// presentClauseAfterAdjunct reports the bare present-tense clause that
// nounClauseAfterAdjunct leaves out ("said in a statement the report
// merits an inquiry"), at inference only: the frames it reshapes stay as
// they were in training, where even a few changed candidates shift the
// accept model's weights for every other statement. The frame is scored
// as usual.
func (d *doc) presentClauseAfterAdjunct(k, limit int) bool {
	if d.training || !clauseDeterminers.has(d.word(k)) || d.inQuote(k) || d.nounClauseAfterAdjunct(k, limit) {
		return false
	}
	if !d.endsAdjunctNoun(k - 1) {
		return false
	}
	for x := k + 1; x < limit && x < k+7; x++ {
		t := d.toks[x]
		if t.kind != tWord || d.inQuote(x) {
			return false
		}
		if x > k+1 && d.presentAfterSingular(x) {
			return true
		}
		if clauseAux.has(t.lower) || finiteVerb(t.lower) || adjunctPreps.has(t.lower) || clauseStops.has(t.lower) || whWords.has(t.lower) || clauseDeterminers.has(t.lower) {
			return false
		}
	}
	return false
}
