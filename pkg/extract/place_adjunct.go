package extract

// placeClauseAfterAdjunct reports, at inference, a bare clause opening at k
// after an adjunct that a place name ends: "told reporters in Geneva the
// outbreak was slowing", "said in Kyiv the attack had failed". Wire copy
// drops the "that" after the place of a news conference, and
// nounClauseAfterAdjunct took only a lower-case noun for the adjunct's end,
// so the frame lost its content. The adjunct is "in|at|from" at j and one
// to three capitalised words up to k (no determiner: "in the Senate the
// bill ..." is left as it was); a determiner opens the clause at k and a
// finite verb follows within a few words. Inference only: the candidates
// train as before. It changes no prediction on train; it lands on its
// hand-written probes.
func (d *doc) placeClauseAfterAdjunct(j, k, limit int) bool {
	if d.training || k-j < 2 || k-j > 4 || !clauseDeterminers.has(d.word(k)) || d.inQuote(k) {
		return false
	}
	if w := d.word(j); w != "in" && w != "at" && w != "from" {
		return false
	}
	for x := j + 1; x < k; x++ {
		if t := d.toks[x]; t.kind != tWord || !t.upper || d.inQuote(x) {
			return false
		}
	}
	return d.bareClauseVerbAhead(k, limit)
}
