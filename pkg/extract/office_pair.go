package extract

// "The company's founder and chief executive, Nikhil Rao, said": two
// offices joined by "and" are one person's title, not two speakers ("The
// company and the minister, Ann Lee" stays joint: resolve_joint.go). An
// "and" between two lower-case role words, with no determiner after it,
// joins offices. Session 27, hand-written long article; names only.

// officePairAnd reports that the "and" at k joins two role words: the
// word before it and a word right after it are role nouns, lower case.
func (d *doc) officePairAnd(k int) bool {
	before, after := d.tokAt(k-1), d.tokAt(k+1)
	if before.kind != tWord || after.kind != tWord || before.upper || after.upper {
		return false
	}
	if !roleNouns.has(stripPossessive(before.lower)) {
		return false
	}
	// "founder and chief executive", "chairman and managing director"
	for j := k + 1; j < k+4; j++ {
		t := d.tokAt(j)
		if t.kind != tWord || t.upper {
			return false
		}
		if roleNouns.has(t.lower) {
			return true
		}
	}
	return false
}
