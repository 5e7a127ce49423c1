package extract

// A content of a clause-taking cue that opens with two noun phrases joined
// by "and" and then a verb has a coordinated subject: "said the heat and
// unsettled weather could last", "suggests moderate and Catholic
// Republicans might cross party lines". The cut model and secondPredicate
// (which takes "unsettled" for a second verb of the speaker) ended some of
// them at the "and", which leaves a subject without its verb. Here "and"
// closes a short noun phrase right after the cue or its "that"
// (coordinatedNounSubject) and an auxiliary or modal follows within five
// words of it, with no punctuation in between; the word after "and" is no
// cue. On the held-out train predictions (cv, 3 seeds) the contents ended
// at such an "and" ran on in the annotation 7 of 7 times; in the train
// annotation, such an "and" lies inside the content 40 times and ends it
// once, before a second cue ("claimed momentum and argued he is"), which is
// left out here. Inference only (applyCut, secondPredicate): training keeps
// its cut points and contents, so the models do not move. cv3: all and
// speech tp +4 fp -4, exact tp +3 fp -3, direct unchanged.

// coordinatedSubjectAnd reports, at inference, "and" at k inside a
// coordinated subject that opens a content ending before e.
func (d *doc) coordinatedSubjectAnd(k, e int) bool {
	if d.training || d.word(k) != "and" || d.inQuote(k) || !d.coordinatedNounSubject(k) {
		return false
	}
	if _, cue := cueOf(d.word(k + 1)); cue {
		return false // "claimed momentum and argued he is ...": a second frame
	}
	for x := k + 2; x < e && x <= k+6; x++ {
		t := d.tokAt(x)
		if t.kind != tWord || d.inQuote(x) {
			return false
		}
		if clauseAux.has(t.lower) && t.lower != "'s" {
			return true
		}
	}
	return false
}
