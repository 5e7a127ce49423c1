package extract

// A poll's finding goes on through its comparison: in "the poll found Lee
// at 31 percent, while Kim had 23 percent" or "... 40 percent, compared
// with 48 percent last month" the annotation takes the whole comparison
// as the finding. On train, of the gold contents of show/find cues and of
// opening poll phrases ("In the poll, ...") that meet ", while",
// "compared with/to", "followed by" or "versus", 23 run on through it and
// none ends before it; the cut model, trained on every cue, cut there.
// findingComparison stops the cut walk of a finding at such a point, at
// inference only (applyCut), so the models train on the same cut points.

// findingComparison reports that the cut point k of a's content opens a
// comparison of a poll's finding (the comma before it or its first word).
func (d *doc) findingComparison(a *attribution, k int) bool {
	if d.training || a.class != cueBelief || !a.cue.ok() {
		return false
	}
	if a.cueText != "in" {
		if l := d.cueInfoAt(a.cue.s).lemma; l != "show" && l != "find" {
			return false
		}
	}
	if d.punct(k) == "," {
		k++
	}
	switch d.word(k) {
	case "while", "whereas", "versus", "vs":
		return true
	case "compared":
		n := d.word(k + 1)
		return n == "with" || n == "to"
	case "followed":
		return d.word(k+1) == "by"
	}
	return false
}
