package extract

// accordingWithStart returns where the content before a trailing
// "according to X" starts when its last clause is an absolute "with"
// phrase or a relative "which" clause after a comma, or s: in "Clinton
// leads, with 56 percent of voters viewing her positively, according to
// the poll" the source vouches only for the figure after "with"; in "...
// pledged delegates, which stood at 263, according to the count" only for
// the relative clause. On train (5-fold CV, seed 0) the start moved on 19
// such contents: 6 more match a statement at 30%, 1 fewer (3-seed CV: all
// tp +23 fp -15, speech tp +26 fp -15). Inference only.
func (d *doc) accordingWithStart(a *attribution, s, e int) int {
	if d.training || a.cueText != "according to" {
		return s
	}
	for k := e - 1; k > s+1; k-- {
		if d.inQuote(k) || d.tokAt(k).kind == tQuote {
			return s // a quotation in the last clause
		}
		if d.punct(k) == "," {
			return s
		}
		if d.punct(k-1) != "," || d.inQuote(k-1) {
			continue
		}
		switch d.word(k) {
		case "with":
			if d.tokAt(k+1).kind == tWord && !d.inQuote(k+1) {
				return k + 1
			}
		case "which":
			return k
		}
		return s
	}
	return s
}
