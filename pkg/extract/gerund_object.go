package extract

// Speech verbs whose object is what was said ("denounced the New Deal")
// keep that object after a gerund preposition too: "won by denouncing the
// New Deal", "in describing the plan as a buzz", "when commenting on her
// speech". Only after the preposition: a bare participle ("a speech
// denouncing X", ", mentioning him") is too often a modifier.

// gerundObjectLemmas: the verbs whose noun-phrase object is the content.
var gerundObjectLemmas = set("denounce", "mention", "criticize", "decry", "highlight", "describe", "restate")

// gerundObject reports a participle cue of gerundObjectLemmas (or
// "commenting on") followed by its object rather than a clause.
func (d *doc) gerundObject(a *attribution, c cueInfo) bool {
	if !c.participle || !gerundObjectLemmas.has(c.lemma) && !(c.lemma == "comment" && a.cue.e-a.cue.s == 2) {
		return false
	}
	nx := a.cue.e
	return nx < len(d.toks) && d.toks[nx].kind == tWord && !d.inQuote(nx) && d.word(nx) != "that"
}

// gerundObjectAfterPrep reports a gerundObject cue right after a gerund
// preposition (gerundPrep): its content is the object.
func (d *doc) gerundObjectAfterPrep(a *attribution, c cueInfo) bool {
	return d.gerundObject(a, c) && d.gerundPrep(d.sents[a.sent], a.cue.s, a, c) >= 0
}
