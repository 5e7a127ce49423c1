package extract

// declaredAct reports, at inference, an indirect "declare" statement whose
// object is an official act rather than words: "declared a state of
// emergency", "declared a major disaster", "declares a curfew", "declared
// a national day of mourning". Disaster, weather and crime copy writes
// these often; they report what a governor or mayor did, as "ordered an
// evacuation" does, not what anyone said. The object is a noun phrase
// opening with "a" or "an" with one of actNouns among its next three
// words, not followed by a verb; "declared the outbreak a global health
// emergency" (a finding of the WHO: object and complement) and "declared
// that ..." stay statements. The phrase is absent from train (0 of the
// design docs' "declare(d) a/an ..." of that kind), so no train
// prediction changes: session 24, hand-written disaster probes. Inference
// only: the candidates train the models as before.
func (d *doc) declaredAct(a *attribution, q *Quote) bool {
	if d.training || q.Kind != KindIndirect || !a.cue.ok() || a.cue.e-a.cue.s != 1 || len(a.content) == 0 {
		return false
	}
	if cueInfoOf(d.word(a.cue.s)).lemma != "declare" {
		return false
	}
	c := a.content[0]
	if c.s < a.cue.e || d.inQuote(c.s) {
		return false // "..., she declared"; a quotation
	}
	if w := d.word(c.s); w != "a" && w != "an" {
		return false
	}
	for k := c.s + 1; k < c.e && k <= c.s+3; k++ {
		w := d.word(k)
		if actNouns.has(w) || w == "state" && d.word(k+1) == "of" {
			n := d.word(k + 1)
			return !beForms.has(n) && !clauseAux.has(n) // not "a disaster was looming"
		}
	}
	return false
}

// actNouns are the acts an official declares.
var actNouns = set("emergency", "disaster", "curfew", "lockdown", "drought", "ceasefire", "cease-fire",
	"truce", "holiday", "mourning", "quarantine", "shutdown")
