package extract

import "strings"

// An opening "According to X," whose X is described before the reported
// clause starts: an apposition with a role noun ("According to Lee, a
// spokesman for the agency, the agency lacks funds") or a relative clause
// ("According to police, who arrived within minutes, the driver fled").
// The content began at the description ("a spokesman for the agency, the
// agency lacks funds"); the annotation puts it with the source and starts
// the content after its comma. Inference only (the models train on the old
// frames, data/*.bin unchanged). On the design docs the shape is rare (one
// annotated case, whose content starts after the apposition); the fix is
// for the "According to X, ..." requirement.

// accordingDescriptionEnd returns the start of the reported clause of a
// sentence-opening "According to X," frame when its forward content fwd
// opens with a description of X, else fwd.s.
func (d *doc) accordingDescriptionEnd(a *attribution, fwd rng) int {
	if d.training || !fwd.ok() || a.cueText != "according to" || !a.subj.ok() || fwd.s != a.subj.e+1 || d.punct(a.subj.e) != "," || d.inQuote(fwd.s) {
		return fwd.s
	}
	w := d.word(fwd.s)
	relative := w == "who" || w == "whose"
	if !relative && !determiners.has(w) && w == stripPossessive(w) && w != "his" && w != "her" && w != "their" {
		return fwd.s
	}
	role, span := false, 12
	if relative {
		span = 25
	}
	for k := fwd.s + 1; k < fwd.e && k <= fwd.s+span; k++ {
		if d.inQuote(k) || d.isQuote(k) {
			return fwd.s
		}
		if d.punct(k) == "," {
			if (relative || role) && d.countWords(k+1, fwd.e) >= 3 {
				return k + 1
			}
			return fwd.s
		}
		if d.tokAt(k).kind != tWord {
			return fwd.s
		}
		if lw := d.word(k); roleNouns.has(lw) || roleNouns.has(strings.TrimSuffix(lw, "s")) {
			// a possessive role is no head: "the mayor's plan, which ..."
			role = true
		}
	}
	return fwd.s
}
