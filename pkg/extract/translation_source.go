package extract

// translationSource reports, at inference, an "according to" frame whose
// source is a translation: "“We are not afraid,” the general said,
// according to a Reuters translation", "According to a translation
// provided by his office, Lula said ...". A translation tells how the
// words reached English, not who said them; the frame took the whole
// sentence with the translation as its speaker and, holding the inner
// "the general said" frame, dropped it (dropNested). Without it the inner
// frame stands with its speaker. The source is a determiner, up to three
// modifiers ("an official Vatican", "an English") and the head
// "translation" or "interpretation", which nothing before it owns
// ("a translation of his remarks" is still the translation). Such a
// frame cuts no earlier frame's content either: "The minister said,
// according to an official translation, that ..." keeps the said frame's
// that-clause across the aside (findAttributions). Train has no
// such source: no prediction changes; it lands on its hand-written probes.
func (d *doc) translationSource(a *attribution) bool {
	if d.training || !a.cue.ok() || !a.subj.ok() || d.word(a.cue.s) != "according" || d.word(a.cue.s+1) != "to" {
		return false
	}
	if !determiners.has(d.word(a.subj.s)) {
		return false
	}
	for k := a.subj.s + 1; k < a.subj.e && k <= a.subj.s+4; k++ {
		switch d.word(k) {
		case "translation", "translations", "interpretation":
			return true
		case "":
			return false // punctuation: a longer source ("a report, in translation")
		case "of", "by", "from", "in", "who", "that":
			return false // "a report by the translation bureau"
		}
	}
	return false
}
