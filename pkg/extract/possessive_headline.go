package extract

import "strings"

// possessiveHeadlineColon reports, at inference, a headline's colon frame
// whose source is a person named after a country's or an acronym's
// possessive: "Russia's Lavrov: West wants to destroy Russia", "UK's Hunt:
// Taxes will fall". Wire headlines name their sources so; the accept model
// dropped the frame (the plain "Lavrov: ..." is kept). The possessor is a
// non-person name of data/nonpersons.txt or an upper-case acronym, not a
// day or month ("Tuesday's Morning Email: ..."), the rest of the subject
// capitalised words, and the content a clause of three words or more.
// Accepted by rule (rule_accepted.go) with the colon frame's confidence;
// train has no such headline (no prediction changes). Session 21,
// hand-written probes.
func (d *doc) possessiveHeadlineColon(a *attribution) bool {
	if d.training || a.cueText != ":" || !a.subj.ok() || d.sents[a.sent].para != 0 || len(a.content) == 0 {
		return false
	}
	s := a.subj
	if n := s.e - s.s; n < 2 || n > 4 {
		return false
	}
	t := d.toks[s.s]
	w := stripPossessive(t.lower)
	if t.kind != tWord || !t.upper || w == t.lower || timeWords.has(w) || periodWords.has(w) || monthNames.has(w) {
		return false
	}
	raw := strings.TrimSuffix(strings.TrimSuffix(d.text[t.s:t.e], "'s"), "’s")
	if !nonPersonNames.has(w) && !isAllCaps(raw) {
		return false
	}
	for k := s.s + 1; k < s.e; k++ {
		if d.toks[k].kind != tWord || !d.toks[k].upper {
			return false
		}
	}
	return d.countWords(a.content[0].s, a.content[len(a.content)-1].e) >= 3
}
