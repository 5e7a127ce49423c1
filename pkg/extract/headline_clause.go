package extract

// headlineSubordinators open a clause of the headline's own after the
// speaker's words: "Clinton Says No To Fox News [As Sanders Turns Up The
// Heat]", "Pence Calls For Special Prosecutor [After Report Reveals ...]".
var headlineSubordinators = set("as", "while", "after", "when", "because", "before", "amid")

// headlineClauseEnd ends the content of a rule-accepted headline frame
// (headline_stance.go) before a subordinate clause with a subject of
// capitalised words and a verb of its own; "As Work Horse" stays.
func (d *doc) headlineClauseEnd(a *attribution, fwd rng) int {
	if a.inverted || fwd.s != a.cue.e || !d.headlineAccepted(a) {
		return fwd.e
	}
	for k := fwd.s + 1; k+2 < fwd.e; k++ {
		if d.inQuote(k) || !headlineSubordinators.has(d.word(k)) {
			continue
		}
		for j := k + 2; j < fwd.e && j <= k+5; j++ {
			if t := d.tokAt(j - 1); t.kind != tWord || !t.upper || d.inQuote(j-1) {
				break
			}
			w := d.word(j)
			if _, cue := cueOf(w); cue || len(w) > 3 && (w[len(w)-1] == 's' && w[len(w)-2] != 's' || w[len(w)-2:] == "ed") || pastVerbs.has(w) {
				return k
			}
		}
	}
	return fwd.e
}
