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

// threatInfinitive reports the repaired frame of "threaten" (ruleAccepted
// by commitInfinitive) with its infinitive at fs: validForward rejected
// it, "threaten" taking no clause, so "The mayor threatened to close the
// roads" had no statement outside a headline. The subject is an agent
// ("the primary threatens to knock one of them out", "a ballot initiative
// threatened to raise the wage" are forecasts) and no lawyer, and the
// cue is no gerund after "by", nor a relative "that" ("a case that had
// threatened to cripple the unions"), nor a prosecutor's legal step. In
// cv3 each held-out fold of the training split finds the 3 annotated ones
// and no other (all tp +9 fp +0, speech and direct unchanged). Inference
// only.
func (d *doc) threatInfinitive(a *attribution, fs int) bool {
	if d.training || !a.ruleAccepted || fs != a.cue.e || d.cueInfoAt(a.cue.s).lemma != "threaten" || !d.commitInfinitive(a) {
		return false
	}
	if a.relative && a.subj.ok() && d.word(a.subj.e-1) != "who" || d.word(a.cue.s-1) == "that" || d.word(a.cue.s-2) == "that" {
		return false // "a case that had threatened to cripple the unions"
	}
	if a.subj.ok() && prosecutorNouns.has(stripPossessive(d.word(a.subj.e-1))) {
		return false // "prosecutors threatened to charge him": a legal step
	}
	return d.word(a.cue.s-1) != "by" && d.agentSubject(a) && !d.legalSubject(a)
}

var prosecutorNouns = set("prosecutor", "prosecutors", "prosecution", "court", "judge")
