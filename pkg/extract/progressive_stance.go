package extract

// Stances in the progressive: "Sanders is thanking supporters at a rally
// in Vermont", "Cruz is praising Jeb Bush as a man who ...", "Trump is
// touting a cautious stance". Live blogs report what a candidate does as
// it happens; the annotation marks the object as the subject's statement.
// The frames are built at inference only and accepted by rule, so the
// models train on the same candidates as before.

// progressiveStanceConf is the confidence of a rule-accepted progressive
// stance: on the training split all 24 finds of these forms after "is",
// "are", "was" or "were" (no relative subject) outside quotations carry
// an annotated cue. "Welcoming" and "celebrating" are left out: their
// finds there are not annotated ("networks were celebrating it").
const progressiveStanceConf = 0.75

var progressiveStanceForms = set("thanking", "touting", "congratulating", "trumpeting", "praising", "hailing",
	"highlighting", "criticizing", "lauding", "slamming", "blasting", "mocking", "applauding", "lambasting",
	"decrying", "questioning")

// progressiveStanceCue reports a progressive stance at i: after "is",
// "are", "was" or "were" (and "now", "also" or "again"), a subject that is
// no relative word and no earlier cue in its sentence ("said he was
// praising X" is the said statement); before a noun-phrase object (not a
// particle: "is blasting out missives"; "is questioning whether" is a
// cue's frame already). Inference only.
func (d *doc) progressiveStanceCue(s sentence, i int) bool {
	if d.training || d.inQuote(i) || !progressiveStanceForms.has(d.word(i)) || i+1 >= s.e || d.punct(s.e-1) == "?" {
		return false
	}
	b := i - 1
	if w := d.word(b); w == "now" || w == "also" || w == "again" {
		b--
	}
	switch d.word(b) {
	case "is", "are", "was", "were":
	default:
		return false
	}
	if b-1 <= s.s-1 || d.inQuote(b-1) {
		return false
	}
	if p := d.word(b - 1); relativeWords.has(p) || p == "which" || p == "" && d.punct(b-1) != ")" {
		return false
	}
	for k := s.s; k < b; k++ {
		if cueInfoOf(d.word(k)).class != 0 && !d.inQuote(k) {
			return false
		}
	}
	j := i + 1
	return d.bodyStanceObject(j) && d.word(j) != "out" && d.word(j) != "up"
}

// progressiveStanceContentEnd returns the end of a progressive stance's
// content, which starts right after the verb, 0 for a frame without its
// subject, or -1 for other frames.
func (d *doc) progressiveStanceContentEnd(a *attribution, limit int) int {
	if d.training || !a.ruleAccepted || a.cueText != "progressive stance" || !a.cue.ok() || a.cue.e >= limit {
		return -1
	}
	if !a.subj.ok() || a.inverted || a.subj.e > a.cue.s {
		return 0
	}
	e := d.stanceObjectEnd(rng{a.cue.e, limit})
	if d.punct(e) == "," && !d.inQuote(e) && listAsides.has(d.word(e+1)) && e+2 < limit {
		e = d.stanceObjectEnd(rng{e + 2, limit}) // "his rivals, especially Cruz and Rubio"
	}
	for k := a.cue.e + 1; k < e-1; k++ {
		if d.word(k) == "in" && d.word(k+1) == "other" && !d.inQuote(k) {
			e = k // the occasion: "in other interviews"
			break
		}
	}
	return d.trimEnd(a.cue.e, e)
}
