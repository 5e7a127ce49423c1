package extract

// Congressional hearing transcripts tag a member's label with party and
// state: "SEN. JOHN KENNEDY (R-LA): Let me ask you this ...", "REP. JANE
// DOE (D-Calif.): ...". The tag between the name and the colon made the
// paragraph no speaker label, so the turn had no statement. At inference
// the tag may stand there; the label (the frame's subject) is the name
// before it. So may a broadcast transcript's stage note after a capital
// label: "SANDERS (voice-over): ...". Session 22, hand-written transcript
// probes; the models train on the labels as before.

// labelPartyTagEnd returns, at inference, the end of a party tag "(R-LA)"
// opening at k, or -1.
func (d *doc) labelPartyTagEnd(k int) int {
	if d.training || d.punct(k) != "(" {
		return -1
	}
	t := d.tokAt(k + 1)
	if t.kind != tWord || !partyLabel(d.text[t.s:t.e]) {
		return d.stageNoteEnd(k)
	}
	j := k + 2
	if d.punct(j) == "." {
		j++ // "(D-Calif.)"
	}
	if d.punct(j) != ")" {
		return -1
	}
	return j + 1
}

// stageNoteEnd returns the end of a broadcast transcript's note between a
// capital label and its colon ("SANDERS (voice-over):", "TAPPER (on
// camera):"): one to three lower-case words in parentheses; or -1.
func (d *doc) stageNoteEnd(k int) int {
	if l := d.tokAt(k - 1); l.kind != tWord || !allUpper(d.text[l.s:l.e]) {
		return -1
	}
	j := k + 1
	for j < k+5 && d.tokAt(j).kind == tWord && !d.tokAt(j).upper || j > k+1 && j < k+5 && d.punct(j) == "-" {
		j++
	}
	if j == k+1 || j > k+4 || d.punct(j) != ")" {
		return -1
	}
	return j + 1
}
