package extract

// Measure openings: "By the agency's tally, Lee now has 739 delegates",
// "By some measures, the plan has worked", "By her own argument, the
// delegates must follow the vote". A sentence opened by "By" and a short
// phrase ending in a measure noun before a comma gives that measure's
// finding, as "According to X," does: all 3 such openings outside
// quotations on train are annotated, none found by the other rules. "By"
// is no cue: the frames are built at inference only and accepted by rule,
// so training is unchanged. cv3: all tp +9 fp +0, speech, direct and exact
// unchanged. The trailing "... in the latest poll" shape was measured and
// left out: 29 of 101 such phrases on train annotated, 13 of 22 even with a
// named pollster and a lead word before it.

// byTallyConf is the confidence of a rule-accepted measure opening.
const byTallyConf = 0.75

// byTallyNouns end the measure phrase: "By the AP's tally,".
var byTallyNouns = set("tally", "count", "measure", "measures", "estimate", "estimates", "calculation", "calculations", "reckoning", "argument", "account")

// byTallyFrame fills a with the frame of a sentence-opening "By ... tally,"
// at i and reports whether it found one; its content is the clause after
// the comma. Inference only.
func (d *doc) byTallyFrame(s sentence, i int, a *attribution) bool {
	if d.training || i != s.s || !d.toks[i].upper || d.inQuote(i) || d.punct(s.e-1) == "?" {
		return false
	}
	c := i + 1
	for c < s.e && c <= i+8 && d.punct(c) != "," && !d.inQuote(c) && !isTerminal(d.punct(c)) {
		c++
	}
	if c == i+1 || c > i+8 || d.punct(c) != "," || !byTallyNouns.has(d.word(c-1)) || c+3 >= s.e || d.inQuote(c+1) {
		return false
	}
	a.cue, a.cueText, a.class = rng{i, i + 1}, "according to", cueSpeech
	a.subj, a.inverted = rng{i + 1, c}, true
	a.left, a.right = i, c
	a.name, a.title = noRange, noRange
	a.conf, a.ruleAccepted = byTallyConf, true
	return true
}
