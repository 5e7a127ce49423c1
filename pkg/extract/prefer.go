package extract

import "strings"

// Preferences: "Young voters prefer Sanders", "He prefers a single-payer
// system". The object is the subject's stance, which the annotation marks;
// they are body stance forms (stance_body.go), rule-accepted at inference.
// Two shapes are left out: a question ("Would they prefer X or Y?") and,
// after a relative subject, the main verb that follows the object ("those
// who preferred X outnumbered ..."), where the object ends. On the
// training split all 14 finds (9 objects, 5 infinitives) match a statement
// at 30%.

var preferForms = set("prefer", "prefers", "preferred")

// preferInfinitive reports an infinitive at j after a preference at i:
// "Voters prefer to back a winner", "prefers not to register".
func (d *doc) preferInfinitive(i, j int) bool {
	if !preferForms.has(d.word(i)) {
		return false
	}
	if d.word(j) == "not" && !d.inQuote(j) {
		j++
	}
	v := d.tokAt(j + 1)
	return d.word(j) == "to" && !d.inQuote(j) && j+1 < len(d.toks) && v.kind == tWord && !v.upper && !determiners.has(v.lower) && !objPronouns.has(v.lower)
}

// preferQuestion reports a preference at i in a question.
func (d *doc) preferQuestion(s sentence, i int) bool {
	return preferForms.has(d.word(i)) && d.punct(s.e-1) == "?"
}

// preferObjectEnd ends a preference's object (from fwd.s) at the end of its
// clause (stanceObjectEnd) or before a finite verb or an adverb of the
// main clause: "those who preferred [legal status] outnumbered ...",
// "partisans who prefer [other candidates] still care ...". It returns
// fwd.e for other frames.
func (d *doc) preferObjectEnd(a *attribution, fwd rng) int {
	if !preferForms.has(d.word(a.cue.s)) {
		return fwd.e
	}
	e := d.stanceObjectEnd(fwd)
	for k := fwd.s + 1; k < e; k++ {
		t := d.toks[k]
		if t.kind != tWord || d.inQuote(k) || t.upper {
			continue
		}
		if auxAdv.has(t.lower) || timeWords.has(t.lower) || strings.HasSuffix(t.lower, "ed") && !determiners.has(d.word(k-1)) && len(t.lower) > 4 {
			return k
		}
	}
	return e
}
