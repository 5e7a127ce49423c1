package extract

import (
	"slices"
	"strings"
)

// "The FBI is reviewing new emails. ... The bureau said it could not yet
// assess the material": a body's nominal whose noun is in the full name
// the alias table gives the body ("Federal Bureau of Investigation"), not
// in the name the article writes ("FBI"), found no antecedent: the body
// rules (resolve_body.go) read the written noun ("the Secret Service ...
// the service"). In the refined pass "the HEAD" (tableBodyHeads) goes to
// the nearest capitalised name within the paragraph and the two before
// it that the table resolves to an organisation whose full name holds the
// head ("the court" after "the ICC", "the committee" after "the DNC",
// "the fund" after "the IMF"), when no other name between fits too and no
// name nearer is another organisation of the table. Session 25 probe.

// tableBodyHeads are the heads of a body's nominal read against the
// table's full names.
var tableBodyHeads = set("bureau", "court", "committee", "fund", "commission", "council", "board",
	"service", "agency", "organization", "organisation", "bank", "department", "party", "office")

// maxTableBodyRuns bounds the names read back from a nominal: an article
// of one long paragraph would otherwise be read back for every nominal.
const maxTableBodyRuns = 30

// tableBodyNominal resolves the subject "the HEAD" of frame a (see above).
func (r *resolver) tableBodyNominal(a *attribution, head string, para int) (Speaker, bool) {
	d := r.d
	if r.al == nil || a.subj.e-a.subj.s != 2 || d.word(a.subj.s) != "the" || !tableBodyHeads.has(head) || d.word(a.subj.s+1) != head {
		return Speaker{}, false
	}
	// the runs are in text order: start at the last one before the nominal
	end, _ := slices.BinarySearchFunc(r.runs, a.subj.s, func(x rng, s int) int { return x.s - s })
	for i := end - 1; i >= 0 && i >= end-maxTableBodyRuns; i-- {
		run := r.runs[i]
		if d.toks[run.s].para < para-2 {
			break
		}
		if d.headlineRun(run) || a.contains(run.s) {
			continue
		}
		n := stripPossessive(r.textOf(run))
		sp, ok := r.al.Resolve(n)
		if !ok {
			continue
		}
		if sp.Kind != SpeakerOrganization {
			return Speaker{}, false // a person or a country named nearer
		}
		for w := range strings.FieldsSeq(strings.ToLower(sp.Name)) {
			if w == head {
				return sp, true
			}
		}
		return Speaker{}, false // another body of the table nearer
	}
	return Speaker{}, false
}
