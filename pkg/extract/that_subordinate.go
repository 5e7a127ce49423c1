package extract

// thatSubordinateEnd handles a that-clause of a hope, fear or expectation
// opened by a subordinate clause: "Party leaders hope that as his path
// narrows, Sanders will tone down his attacks", "Many expect that if Lee
// wins, Ryan will avoid him". The first comma closes the subordinate
// clause, not the content, whose main clause follows. It returns the
// token after that comma when a clause with a verb follows, or -1; -1 in
// training. Inference only. In 3-seed CV it adds 3 statements per seed,
// all matching one at 30% (all tp +6 fp -3, speech and direct unchanged).
func (d *doc) thatSubordinateEnd(fs, limit int) int {
	if d.training || d.word(fs) != "that" || d.inQuote(fs) || !thatSubordinators.has(d.word(fs+1)) {
		return -1
	}
	for k := fs + 3; k+2 < limit && k < fs+20; k++ {
		if d.inQuote(k) || d.tokAt(k).kind == tQuote {
			return -1
		}
		if d.punct(k) == "," {
			if d.looksClause(k+1, limit) && d.tokAt(k+1).kind == tWord {
				return k + 1
			}
			return -1
		}
	}
	return -1
}

var thatSubordinators = set("if", "as", "when", "while", "once", "unless", "after", "because", "although", "though", "until")
