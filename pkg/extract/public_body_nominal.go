package extract

// "The U.S. Consumer Product Safety Commission said Brightwave had
// received 87 reports. No deaths have been reported, the agency said":
// "the agency" (or "the regulator", "the watchdog") means a public body,
// and of two names competing for it (bodyAntecedent named none) the one
// whose name ends in a public body's word ("Commission", "Agency",
// "Administration") is it; the company in its statement is not. Only for
// these heads: "the company" keeps two names apart. Refined pass, as
// bodyAntecedent. Session 28, long article 51 and hand-written probes.

// publicHeads are the nominal heads that mean a public body.
var publicHeads = set("agency", "regulator", "watchdog")

// publicNameWords end the name of a public body.
var publicNameWords = set("commission", "agency", "administration", "department", "authority", "bureau",
	"ministry", "inspectorate", "directorate", "regulator", "board")

// publicBodyRun: the run's last word names a public body.
func (d *doc) publicBodyRun(run rng) bool {
	return publicNameWords.has(stripPossessive(d.word(run.e - 1)))
}

// publicBodyChoice picks, for a nominal subject of a that means a public
// body, the one of two competing runs that is a public body: which is 0
// (neither or both), 1 (found) or 2 (run).
func (r *resolver) publicBodyChoice(a *attribution, found, run rng) int {
	d := r.d
	if a == nil || !a.subj.ok() || !publicHeads.has(d.word(a.subj.e-1)) {
		return 0
	}
	f, o := d.publicBodyRun(found), d.publicBodyRun(run)
	switch {
	case f && !o:
		return 1
	case o && !f:
		return 2
	}
	return 0
}
