package extract

// "did not respond to X": a source's silence on a request or a charge.
// The annotation takes "did not respond to" as a speech cue and its object
// ("a request for comment", "Calderon's remarks") as the statement about
// half of the time; the accept model judges them. Affirmative "responded
// to" mostly narrates ("voters responded to the message") and stays out.

// negatedRespondTo returns the end of the cue "respond to" at i when it
// is negated and a noun phrase follows, or 0.
func (d *doc) negatedRespondTo(i int) int {
	if d.cueInfoAt(i).lemma != "respond" || d.word(i+1) != "to" || d.inQuote(i+2) || !d.negatedAt(i) {
		return 0
	}
	if w := d.word(i + 2); w == "" || !determiners.has(w) && !d.tokAt(i+2).upper && w != "requests" && w != "questions" {
		return 0
	}
	return i + 2
}
