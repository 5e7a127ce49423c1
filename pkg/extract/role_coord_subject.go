package extract

// "“We're building the future of payments,” co-founder and CEO Maya Patel
// told TechCrunch": two offices joined by "and" before a name, with no
// determiner and no capital, as business and tech news title founders and
// executives ("chairman and chief executive Tim Cook"). coordinatedSubject
// wanted the phrase to open with a determiner or a capital, so the
// subject was "CEO Maya Patel" after an "and", which no frame takes after
// a quotation: the statement was lost. A role noun or a description first
// ("co-founder", "chairman", "founder") opens the coordinated subject too
// when the phrase ends in a capitalised name. Session 22, hand-written
// business probes; inference only (the models keep the subjects they were
// trained with).

// coordinatedRoleStart reports a role or description word at st opening
// a coordinated title before a name that ends at k.
func (d *doc) coordinatedRoleStart(st, k int) bool {
	if d.training || !d.tokAt(k).upper {
		return false
	}
	w := d.tokAt(st).lower
	return roleNouns.has(w) || descriptorWords.has(w)
}
