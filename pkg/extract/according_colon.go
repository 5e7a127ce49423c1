package extract

// startAfterColonBeforeAccording starts, at inference, the content before a
// trailing "according to X" after the last colon it holds outside
// quotations: the words before the colon announce the finding, the words
// after it are what the source gives ("The tax has not made the city less
// attractive to banks: it was the financial capital of the world in 2015,
// according to one index."). Three words at least must remain. A dash or
// a semicolon does not do the same: on train both lost matches. On train
// (held-out folds, 3 seeds) the rule changed 4 or 5 contents per seed:
// all and speech tp +1, fp -3; direct fp -3; speech exact tp +9.
// Training keeps the old contents, so the models do not move (doc.go).
func (d *doc) startAfterColonBeforeAccording(a *attribution) {
	if d.training || len(a.content) != 1 || a.cueText != "according to" || !a.cue.ok() {
		return
	}
	c := &a.content[0]
	if c.e > a.cue.s {
		return
	}
	for x := c.e - 1; x > c.s; x-- {
		if d.punct(x) != ":" || d.inQuote(x) {
			continue
		}
		if d.countWords(x+1, c.e) >= 3 {
			c.s = x + 1
		}
		return
	}
}
