package extract

// Demands with a finite "called for" after its subject: "She has also
// called for stricter rules", "Lee called for raising the tax", "he calls
// for a single-payer system". particleCue already builds the frame, but
// the accept model drops many of them and validForward rejects a gerund
// object ("called for doubling the caps"). On train, 25 of the 26 "called
// for" phrases outside quotations whose subject is a pronoun or a
// capitalised name (only auxiliaries and adverbs between) carry an
// annotated statement with the demand as its content; after a common
// noun ("the politician called for") it is 2 of 5, so those stay with the
// model. "calls for" counts only after a subject pronoun: after a name or
// an adjective it is as often the noun ("Democratic calls for her to
// quit"). The frame is accepted by rule at inference only
// (attribution.ruleAccepted), so the models train on the same candidates.

// calledForConf is the confidence of a rule-accepted demand.
const calledForConf = 0.75

// calledForAux are the words skipped between the subject and "called for".
var calledForAux = set("has", "have", "had", "also", "again", "previously", "long", "even", "now", "already",
	"repeatedly", "recently", "publicly", "once", "then", "later", "since", "first")

// calledForDemand reports a "called for" (or "calls for" after a subject
// pronoun) at i whose subject comes right before it.
func (d *doc) calledForDemand(s sentence, i int) bool {
	w := d.word(i)
	if d.training || d.inQuote(i) || d.word(i+1) != "for" || w != "called" && w != "calls" {
		return false
	}
	k := i - 1
	for k > s.s && !d.inQuote(k) && (calledForAux.has(d.word(k)) || d.adverbAt(k)) {
		k--
	}
	if k < s.s || d.inQuote(k) {
		return false
	}
	t := d.tokAt(k)
	if t.kind != tWord || t.lower == "it" || t.lower == "you" {
		return false
	}
	if subjPronouns.has(t.lower) {
		return true
	}
	return w == "called" && t.upper && !determiners.has(t.lower) && !calledForAux.has(t.lower) && stripPossessive(t.lower) == t.lower
}

// calledForGerund reports a gerund object at fs of a rule-accepted
// demand: "called for [doubling the caps]", which validForward otherwise
// takes for a participle adjunct.
func (d *doc) calledForGerund(a *attribution, fs int) bool {
	if d.training || !a.ruleAccepted || a.cueText != "called for" || fs != a.cue.e || d.inQuote(fs) {
		return false
	}
	n := d.tokAt(fs + 1)
	return n.kind == tWord && !n.upper && fs+1 < len(d.toks)
}
