package extract

// placeClauseAfterAdjunct reports, at inference, a bare clause opening at k
// after an adjunct that a place name ends: "told reporters in Geneva the
// outbreak was slowing", "said in Kyiv the attack had failed". Wire copy
// drops the "that" after the place of a news conference, and
// nounClauseAfterAdjunct took only a lower-case noun for the adjunct's end,
// so the frame lost its content. The adjunct is "in|at|from" at j, "the"
// or not, and one to three capitalised words up to k ("in the Bundestag");
// a determiner opens the clause at k and a finite verb follows within a
// few words. Inference only: the candidates
// train as before. It changes no prediction on train; it lands on its
// hand-written probes.
func (d *doc) placeClauseAfterAdjunct(j, k, limit int) bool {
	if d.training || k-j < 2 || k-j > 5 || !clauseDeterminers.has(d.word(k)) || d.inQuote(k) {
		return false
	}
	if w := d.word(j); w != "in" && w != "at" && w != "from" {
		return false
	}
	x0 := j + 1
	if d.word(x0) == "the" {
		x0++ // "told lawmakers in the Bundestag the government would ..."
	}
	if x0 >= k {
		return false
	}
	for x := x0; x < k; x++ {
		if t := d.toks[x]; t.kind != tWord || !t.upper || d.inQuote(x) {
			return false
		}
	}
	return d.bareClauseVerbAhead(k, limit)
}
