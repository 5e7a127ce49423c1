package extract

import (
	"slices"
	"strings"
)

// "The World Bank cut its forecast. ... Barclays said the cut was
// expected. The bank said rates would fall": "the bank" is Barclays, the
// nearer bank. tableBodyNominal (table_body_nominal.go) read back only
// the names the alias table knows, skipped "Barclays" and took the World
// Bank. A name the table does not know is the nearer body of the head
// when its own words say so: it holds the head ("Deutsche Bank",
// "Commerzbank", "the Senate Ethics Committee") or, for a firm's head
// ("the bank", "the firm"), it is a firm of the lexicon (data/firms.txt:
// "Barclays", "Goldman Sachs"). Not a name with a person's evidence
// ("Tom Banks", personLike). Refined pass only, as tableBodyNominal.
// Session 26, hand-written business probes.

// nearerNamedBody reports that run, a capitalised name the alias table
// does not know, names a body of head itself (see above).
func (r *resolver) nearerNamedBody(run rng, head string) bool {
	d := r.d
	if r.personLike(run) {
		return false
	}
	for k := run.s; k < run.e; k++ {
		w := stripPossessive(d.word(k))
		if w == head || len(w) > len(head)+2 && strings.HasSuffix(w, head) {
			return true
		}
	}
	return firmNouns.has(head) && firmsNamedLikePersons.has(r.lowerScratch(strings.ReplaceAll(stripPossessive(r.textOf(run)), "-", " ")))
}

// nearerBodyNominal resolves the subject "the HEAD" of frame a to the
// nearest capitalised name before it, in its paragraph or the one before,
// that names a body of the head itself, that the alias table does not
// know (nearerNamedBody) and that spoke (spokeIn); a name the table knows or a person's name
// nearer leaves the nominal to the other rules.
func (r *resolver) nearerBodyNominal(a *attribution, head string, para int) (Speaker, bool) {
	d := r.d
	if a.subj.e-a.subj.s != 2 || d.word(a.subj.s) != "the" || d.word(a.subj.s+1) != head || !tableBodyHeads.has(head) && !firmNouns.has(head) {
		return Speaker{}, false
	}
	end, _ := slices.BinarySearchFunc(r.runs, a.subj.s, func(x rng, s int) int { return x.s - s })
	for i := end - 1; i >= 0 && i >= end-maxTableBodyRuns; i-- {
		run, j := r.ofNameRun(i) // "the Bank of Japan" (body_of_name.go)
		i = j
		if d.toks[run.s].para < para-1 {
			break
		}
		if d.headlineRun(run) || a.contains(run.s) || r.ignoredRun(run) && !r.spokeIn(run) {
			continue
		}
		n := stripPossessive(r.textOf(run))
		if _, ok := r.al.Resolve(n); ok || r.personLike(run) {
			return Speaker{}, false
		}
		if r.nearerNamedBody(run, head) && r.spokeIn(run) {
			return Speaker{ID: r.id(n), Name: n, Kind: SpeakerOrganization}, true
		}
	}
	return Speaker{}, false
}

// spokeIn reports a statement before whose subject holds run: the body
// spoke ("Barclays said", "Analysts at Commerzbank said"); a body only
// named ("Officials at Barclays met") competes with the other as before.
func (r *resolver) spokeIn(run rng) bool {
	for i := len(r.history) - 1; i >= 0; i-- {
		if x := r.history[i]; x.subj.ok() && x.subj.s <= run.s && run.e <= x.subj.e {
			return true
		}
	}
	return false
}
