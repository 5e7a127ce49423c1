package extract

// "Scholz warns against escalation", "IMF warns of recession": the topic
// of "warned of / against / about" may be one word, and validForward
// refuses every one-word content but a few ("yes", "so", a scarce name):
// the statement was lost. warnedOneWord reports a one-word lower-case
// topic right after such a particle cue, before the sentence's end, a
// comma or a preposition (not a pronoun: "warned of it"). Inference only:
// the candidates train as before. Train predictions: see the commit
// message. Session 21, hand-written probes.
func (d *doc) warnedOneWord(a *attribution, fs, limit int) bool {
	if d.training || a.inverted || fs != a.cue.e || a.cue.e-a.cue.s != 2 || d.cueInfoAt(a.cue.s).lemma != "warn" {
		return false
	}
	switch d.word(a.cue.s + 1) {
	case "of", "against", "about":
	default:
		return false
	}
	t := d.tokAt(fs)
	if t.kind != tWord || t.upper || d.inQuote(fs) || objPronouns.has(t.lower) || subjPronouns.has(t.lower) || determiners.has(t.lower) {
		return false
	}
	return d.countWords(fs, limit) == 1
}
