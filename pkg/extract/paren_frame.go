package extract

// "... his claim that 81 percent of victims were white (the actual number
// is closer to 15 percent, according to Factcheck.org).": a frame inside a
// parenthesis reports only what the parenthesis holds, yet the backward
// content ran from the start of the sentence. An opening bracket inside the
// backward content [s, e), outside quotation marks and not closed before
// e, starts the content after it (backStart already dropped one opening
// the sentence). Inference only, so the models do not move. Session 28,
// hand-written probes.
func (d *doc) parenFrameStart(s, e int) int {
	if d.training {
		return s
	}
	open := -1
	for k := s; k < e; k++ {
		if d.toks[k].kind != tPunct {
			continue // most tokens: words
		}
		switch d.toks[k].lower {
		case "(":
			if !d.inQuote(k) {
				open = k
			}
		case ")":
			open = -1
		}
	}
	if open >= 0 && open+1 < e {
		return open + 1
	}
	return s
}
