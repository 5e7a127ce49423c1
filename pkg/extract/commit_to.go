package extract

// Commitment cues with an infinitive: "The mayor vowed to fix the roads."
// The infinitive is the content. forwardStart takes "to" for an adjunct
// preposition ("said to reporters") and skips up to nine words: a short
// infinitive that ends the sentence (or a clause) was swallowed whole and
// the frame had no content, while a longer one survived. The repaired
// frames are built at inference only and accepted by rule
// (attribution.ruleAccepted): the models train on the same candidates as
// before, so the accept model does not drift.

// commitInfinitiveLemmas take an infinitive of what the speaker commits to
// (validForward accepts "to" after them).
var commitInfinitiveLemmas = set("promise", "vow", "pledge", "threaten")

// commitInfinitiveConf is the confidence of a repaired commitment frame:
// on the training split about four in five of its finds match a statement
// at 30%.
const commitInfinitiveConf = 0.7

// commitInfinitive reports a one-word commitment verb of a (not inverted),
// at inference, followed by "to" and a lower-case verb: "promised to cut
// taxes", not "promised to voters", "pledged to the party" or the nouns
// "his pledge to be neutral", "their promises to help".
func (d *doc) commitInfinitive(a *attribution) bool {
	i := a.cue.s
	if d.training || a.inverted || a.cue.e != i+1 || d.word(i+1) != "to" || d.inQuote(i+2) {
		return false
	}
	if l := cueInfoOf(d.word(i)).lemma; !commitInfinitiveLemmas.has(l) || d.word(i) == l || nounDeterminers.has(d.word(i-1)) || relativeSubjects.has(d.word(i-1)) {
		return false
	}
	v := d.word(i + 2)
	return v != "" && !d.tokAt(i+2).upper && !determiners.has(v) && !objPronouns.has(v) && !audienceNouns.has(v) && !(npStop.has(v) && v != "be" && v != "have")
}

// relativeSubjects before the cue make it a relative or a forecast, no
// commitment: "what promised to be a crucial moment".
var relativeSubjects = set("what", "which", "that")
