package extract

// A quoted label given with "called" after its subject: "Lee called the
// plan “a disgrace”", "he called it "absolute chaos."". The naming test of
// validForward takes these (a quotation within six words of the cue), and
// the accept model scored them; on train 40 of the 43 such phrases outside
// quotations whose subject is a pronoun or a capitalised name (not a
// relative's: "whom he called", "what he called", "in which Trump called")
// carry an annotated statement. The frame is accepted by rule at
// inference only (attribution.ruleAccepted), with labelCall's left test
// (labelCallLeft) and confidence.

// quotedLabelCall marks a's frame accepted by rule when its "called" at
// a.cue.s gives a quoted label at k after an object at fs.
func (d *doc) quotedLabelCall(a *attribution, c cueInfo, fs, k int) {
	if d.training || c.lemma != "call" || a.inverted || fs != a.cue.e || a.cue.e-a.cue.s != 1 || k == fs || !d.isQuote(k) || d.inQuote(a.cue.s) || d.toks[a.cue.s].upper {
		return
	}
	if w := d.word(a.cue.s); w != "called" && w != "calls" {
		return
	}
	if !a.subj.ok() || a.subj.e != a.cue.s && !calledForAux.has(d.word(a.cue.s-1)) && !d.adverbAt(a.cue.s-1) {
		return
	}
	if p := d.word(a.subj.s - 1); p == "whom" || p == "what" || p == "which" || p == "who" {
		return
	}
	t := d.tokAt(a.subj.e - 1)
	if !(subjPronouns.has(t.lower) && t.lower != "it" && t.lower != "you" || t.upper) || !d.labelCallLeft(a) {
		return
	}
	a.ruleAccepted, a.conf = true, labelCallConf
}
