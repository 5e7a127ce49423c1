package extract

// Broadcast transcripts (CNN, Fox News) describe a speaker in the label:
// "DONALD TRUMP, PRESIDENT OF THE UNITED STATES: We're going to win.",
// "JAKE TAPPER, CNN ANCHOR: ...", "GOV. ANN LEE (R), OHIO: ...". The
// description after the comma made the paragraph no speaker label, so the
// turn had no statement. At inference a comma and capital words (with
// further commas) may stand between a capital name and the label's colon,
// after an optional one-letter party tag "(R)"; the label (the frame's
// subject) is the name before them. The models train on the labels as
// before. Session 24, hand-written transcript probes.

// broadcastLabelEnd returns, at inference, the colon that ends a capital
// description opening at the comma, or a one-letter party tag, at k right
// after a capital label name; or -1.
func (d *doc) broadcastLabelEnd(k int) int {
	if d.training {
		return -1
	}
	if l := d.tokAt(k - 1); l.kind != tWord || !allUpper(d.text[l.s:l.e]) {
		return -1
	}
	if t := d.tokAt(k + 1); d.punct(k) == "(" && t.kind == tWord && (t.lower == "r" || t.lower == "d" || t.lower == "i") && d.punct(k+2) == ")" && d.punct(k+3) == "," {
		k += 3 // "(R), OHIO"
	}
	if d.punct(k) != "," {
		return -1
	}
	para, words := d.tokAt(k).para, 0
	j := k + 1
	for ; j < k+14; j++ {
		t := d.tokAt(j)
		if t.kind == tWord && allUpper(d.text[t.s:t.e]) && t.para == para {
			words++
			continue
		}
		if d.punct(j) == "," && words > 0 {
			continue
		}
		break
	}
	if words == 0 || d.punct(j) != ":" || d.punct(j-1) == "," || d.tokAt(j).para != para || d.tokAt(j+1).para != para {
		return -1
	}
	return j
}
