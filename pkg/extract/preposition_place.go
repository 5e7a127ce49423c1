package extract

// "Shares in Kestrel Resources fell 11 percent in Sydney on Wednesday,
// and the company said": "the company" takes the one body named before it
// (bodyAntecedent), and a place after "in" competed with it, so the
// nominal stayed unresolved. A run after a preposition of place that
// data/nonpersons.txt lists as a place ("in Sydney", "in New York
// trading") is no body "the company" or "it" could mean. Refined pass, as
// bodyAntecedent. Session 27, hand-written long articles.

// prepositionPlace reports a listed place after "in", "at", "from", ...
func (r *resolver) prepositionPlace(run rng) bool {
	if !r.weakPersonRun(run) {
		return false // cheapest first: the word before
	}
	var buf [48]byte
	key := nameKeyOf(buf[:0], stripPossessive(r.textOf(run)))
	return len(key) <= len(buf) && nonPersonNames.has(string(key))
}
