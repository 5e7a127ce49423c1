package extract

// "said that in an older system, a loss of pressure could draw dirty
// water into the pipes": a that-clause opening with a fronted adverbial
// ("that in an older system,", "that during the storm,") has its subject
// and verb after the adverbial's comma, but the cut model ended the
// content there, leaving "that in an older system" with no verb. No cut
// is tried at the first comma of a content opening with "that" and a
// preposition of place, time or manner (adjunctPreps) before any verb.
// Inference only: with the guard in training the cut model lost those
// examples and the cross-validated scores went down. Session 28,
// hand-written long articles.

// thatFrontedAdjunctComma reports whether k is the comma that closes a
// fronted adverbial right after the "that" opening the content at s,
// verbs counting the content's verbs before k.
func (d *doc) thatFrontedAdjunctComma(s, k, verbs, commas int) bool {
	if d.training || verbs != 0 || commas != 0 || d.punct(k) != "," || d.word(s) != "that" || !adjunctPreps.has(d.word(s+1)) {
		return false
	}
	return k > s+2 && d.tokAt(k+1).kind == tWord
}
