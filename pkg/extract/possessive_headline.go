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
	w, ok := d.possessiveOwner(s)
	if !ok {
		return false
	}
	t := d.toks[s.s]
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

// possessiveOwner returns the owner of a subject of two to four words
// that opens with a capitalised possessive ("Russia's Lavrov", "Fed's
// Powell"), not a day's or month's ("Tuesday's Morning Email").
func (d *doc) possessiveOwner(subj rng) (string, bool) {
	if n := subj.e - subj.s; n < 2 || n > 4 {
		return "", false
	}
	t := d.toks[subj.s]
	owner := stripPossessive(t.lower)
	if t.kind != tWord || !t.upper || owner == t.lower || timeWords.has(owner) || periodWords.has(owner) || monthNames.has(owner) {
		return "", false
	}
	return owner, true
}
