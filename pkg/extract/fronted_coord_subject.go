package extract

// frontedClauseBefore reports, at inference only, a clause after a fronted
// phrase and its comma in the words from fs to limit: "On Tuesday night,
// the manager yanked her arm, she and another reporter said." and "As the
// inquiry ends, agents will interview her, current and former officials
// said." trailingCoordinatedSubject wants the content to read as a clause
// (looksClause), which stops at the first comma, so a coordinated subject
// after a content that opens with a time phrase or an as-clause had no
// frame at all (attrib.go). Here a comma among the first words of the content (a
// fronted phrase or clause, frontedSpan tokens at most) may be followed by
// the clause instead.
//
// On the design docs (split/design.jsonl) the shape held 2 annotated
// speech statements with no prediction at all ("..., current and former
// officials said", "..., she and another reporter said"). The frames are
// built at inference only, scored by the accept model, and never enter
// training, so the models do not move. cv3v: design speech tp +6 fp +0
// (all tp +6), direct unchanged, speech exact tp +3 fp +3; valid
// unchanged.
func (d *doc) frontedClauseBefore(fs, limit int) bool {
	if d.training {
		return false
	}
	for k := fs + 1; k < limit-3 && k <= fs+frontedSpan; k++ {
		if d.inQuote(k) {
			return false
		}
		if d.punct(k) == "," && d.looksClause(k+1, limit) {
			return true
		}
	}
	return false
}

// frontedSpan bounds the fronted phrases, commas included.
const frontedSpan = 24
