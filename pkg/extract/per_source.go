package extract

// "Per a statement from the club, the player will miss six weeks", "Per
// ESPN's Adrian Wojnarowski, the Lakers agreed …": a sentence-opening
// "per" is "according to" in sports, business and wire copy of today; the
// corpus (2015–16) has no such sentence, so the frame was never found.
// It is built as an "according to" frame (so content, source and speaker
// follow the same rules) at inference only and accepted at the precision
// of its model: of the sentence-opening "According to X," of the design
// documents, 50 of 54 are annotated statements. Session 22, hand-written
// probes.
const perSourceConf = 0.9

// perNotSource are the Latin and measure phrases "per" opens ("Per capita,
// the state spends more").
var perNotSource = set("capita", "cent", "se", "annum", "diem", "curiam", "hour", "day", "week", "month", "year", "person", "share", "head")

// perSourceFrame fills a with the frame of a sentence-opening "Per X," at
// i, and reports whether there is one.
func (d *doc) perSourceFrame(s sentence, i int, a *attribution) bool {
	if d.training || i != s.s || !d.toks[i].upper || d.inQuote(i) || perNotSource.has(d.word(i+1)) {
		return false
	}
	np := d.npFwd(i+1, s.e)
	if !np.ok() || np.e >= s.e || d.punct(np.e) != "," {
		e := d.accordingSourceEnd(i+1, s.e)
		if e <= 0 {
			return false
		}
		np = rng{i + 1, e}
	}
	if w := d.word(np.s); !(d.toks[np.s].upper || determiners.has(w) || possessiveDeterminer(w) || len(w) > 3 && w[len(w)-1] == 's') {
		return false // "Per usual, ...": no source named
	}
	if d.countWords(np.e, s.e) < 3 || asPerRules.has(d.head(np)) {
		return false // "Per the rules, candidates must file by March" (as_per.go)
	}
	a.cue, a.cueText, a.class = rng{i, i + 1}, "according to", cueSpeech
	a.conf, a.ruleAccepted = perSourceConf, true
	d.accordingFrame(a, s, np)
	return true
}
