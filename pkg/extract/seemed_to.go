package extract

// Apparent stances: "Cruz seemed to blame the network for its reporting",
// "Sanders appeared to dismiss the email issue", "Trump seemed to suggest
// he had silenced her". The writer's reading of a stance the subject took;
// the annotation marks what follows the stance verb (with the subject at
// times). "Seemed" and "appeared" are no cues (alone they frame a
// judgment, "seemed lost", which the annotation marks less often): these
// frames are built at inference only, accepted by rule, and only as their
// sentence's first frame ("charged that they appeared to contradict X" is
// the charge's content).

// seemedToConf is the confidence of a rule-accepted apparent stance: on
// the training split 17 of the 19 "seemed/appeared to" + stance verb
// phrases outside quotations are annotated (the 2 others inside another
// statement or without an object), and all 7 with "imply", "recognize"
// or "understand".
const seemedToConf = 0.7

var seemedForms = set("seemed", "appeared", "appears", "seems", "seem", "appear")

// seemedStanceVerbs are the verbs of a stance or a statement after "seemed
// to".
var seemedStanceVerbs = set("suggest", "endorse", "confirm", "show", "acknowledge", "criticize", "mock", "reference",
	"blame", "question", "dismiss", "concede", "indicate", "reject", "back", "support", "signal", "hint", "praise",
	"contradict", "defend", "refer", "accuse", "threaten", "embrace", "echo", "downplay", "blast", "attack", "oppose",
	"favor", "imply", "recognize", "understand")

// seemedToCue returns the end of an apparent stance's cue at i ("seemed to
// blame"), or -1: after a word (its subject), outside quotations and
// questions, with the verb's object or clause after it. Inference only.
func (d *doc) seemedToCue(s sentence, i int) int {
	if d.training || !seemedForms.has(d.word(i)) || d.inQuote(i) || i == s.s || d.toks[i].upper || d.punct(s.e-1) == "?" {
		return -1
	}
	if d.word(i+1) != "to" || !seemedStanceVerbs.has(d.word(i+2)) || d.inQuote(i+2) {
		return -1
	}
	if p := d.word(i - 1); p == "" && !(d.punct(i-1) == "," && d.nameAppositionBefore(s, i-1)) || determiners.has(p) || p == "the" || p == "that" || p == "which" || p == "what" {
		return -1
	}
	e := i + 3
	if e >= s.e || d.inQuote(e) && !d.isQuote(e) || d.toks[e].kind == tPunct && !d.isQuote(e) || badContentStart.has(d.word(e)) {
		return -1 // "something the party seemed to acknowledge by ...": the object stands before
	}
	return e
}

// seemedToContentEnd returns the end of an apparent stance's content,
// which starts after its verb, 0 for a frame without its subject before
// it, or -1 for other frames: a clause ("suggest he had ...") to its end,
// an object to the end of its phrase.
func (d *doc) seemedToContentEnd(a *attribution, limit int) int {
	if d.training || !a.ruleAccepted || a.cueText != "seemed to" || !a.cue.ok() || a.cue.e >= limit {
		return -1
	}
	if !a.subj.ok() && !a.relative || a.inverted || a.subj.ok() && a.subj.e > a.cue.s {
		return 0
	}
	if w := d.word(a.cue.e); w == "that" || subjPronouns.has(w) && !objPronouns.has(w) || d.isQuote(a.cue.e) {
		return d.beforeNestedReport(a.cue.e, d.clauseAsideEnd(a.cue.e, limit, false))
	}
	e := d.stanceObjectEnd(rng{a.cue.e, limit})
	for k := a.cue.e + 1; k < e; k++ {
		if d.word(k) == "that" && !d.inQuote(k) && (nounish.has(d.word(k-1)) || d.hasNounishCue(a.cue.e, k)) {
			return 0 // "contradict comments from Lee that ...": the comments are a statement of their own
		}
		if d.word(k) == "that" && !d.inQuote(k) && d.isQuote(k+1) {
			return d.trimEnd(a.cue.e, k)
		}
	}
	return d.trimEnd(a.cue.e, e)
}

// hasNounishCue reports a noun that is also a cue ("comments", "claims")
// in [s, e) outside quotations.
func (d *doc) hasNounishCue(s, e int) bool {
	for k := s; k < e; k++ {
		if nounish.has(d.word(k)) && !d.inQuote(k) {
			return true
		}
	}
	return false
}
