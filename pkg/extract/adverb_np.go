package extract

// "“Thank you,” a visibly emotional Hill told the crowd.", "said a
// clearly delighted Smith": an adverb before the adjective of a speaker's
// description. The backward noun-phrase scan (npBack) stopped at the
// adverb, so the subject was "emotional Hill", not next to the quotation,
// and the statement was lost. At inference the scans (npBack, and npFwd
// for "said a clearly delighted Smith") go on over an -ly adverb between
// "a" or "an" and a lower-case adjective; training keeps
// the old subjects, so the models do not move. Hand-written probes.

// adverbInNP reports an adverb at j inside a noun phrase ending at i (or
// scanned up to i): "a" or "an" before it, a lower-case word after it and
// a capitalised one (the name) after that.
// Inference only.
func (d *doc) adverbInNP(j, i int) bool {
	if d.training || j+1 >= i {
		return false
	}
	if w := d.word(j - 1); w != "a" && w != "an" {
		return false
	}
	n := d.tokAt(j + 1)
	if n.kind != tWord || n.upper || d.inQuote(j+1) {
		return false
	}
	if nn := d.tokAt(j + 2); nn.kind != tWord || !nn.upper || d.inQuote(j+2) {
		return false // "an exceptionally welcoming scene": no person's description
	}
	_, cue := cueOf(n.lower)
	return !cue
}
