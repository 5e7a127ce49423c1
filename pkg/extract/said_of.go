package extract

// "“He's been magnificent,” said boss Gary Lane of his captain": "of" and
// a possessive after a name says whom the words are about, not whose
// office the name holds ("the head of the agency"), but the forward noun
// phrase scan went on over it and the speaker was "boss Gary Lane of his
// captain". At inference the scan of an inverted speaker stops at "of" +
// his/her/their/its after a capitalised word; training keeps the old noun
// phrases, so the models do not move. Hand-written probes; no train
// prediction changes. (Stopping in any noun phrase changed objects too:
// cv3v design all/speech tp +3, valid all tp -3.)

// saidOfAbout reports such an "of" at k in a noun phrase from j right
// after a speech cue (the inverted speaker). Inference only.
func (d *doc) saidOfAbout(j, k int) bool {
	if d.training || !d.tokAt(k-1).upper || d.tokAt(k-1).kind != tWord {
		return false
	}
	if c, ok := cueOf(d.word(j - 1)); !ok || c.class != cueSpeech {
		return false // "reminded Americans of his policy": an object (on train this cost a match on the held-out docs)
	}
	switch d.word(k + 1) {
	case "his", "her", "their", "its":
		return true
	}
	return false
}
