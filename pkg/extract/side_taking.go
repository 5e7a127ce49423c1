package extract

// Taking sides: "Clinton came out against the trade deal", "Graham has
// come out in support of Cruz", "he spoke out sharply against the law",
// "Sanders sided with Republicans", "the party's elders lined up behind
// him". The annotation marks the side taken (the object) as the subject's
// stance. The frames are built at inference only and accepted by rule, so
// the models train on the same candidates as before ("spoke" is a cue;
// "spoke about X" keeps its topic frame).

// sideTakingConf is the confidence of a rule-accepted side taking: on the
// training split all 10 of its finds match a statement.
const sideTakingConf = 0.75

var sideTakingForms = set("came", "comes", "come", "spoke", "speaks", "spoken", "sided", "sides", "lined", "lines")

// sideTakingContent returns the first token of the side taken by a verb at
// i ("against [the deal]", "in support of [Cruz]", "with [Republicans]"),
// or -1.
func (d *doc) sideTakingContent(i int) int {
	w := d.word(i)
	j := i + 1
	switch w {
	case "sided", "sides":
		if d.word(j) != "with" || objPronouns.has(d.word(j+1)) || w == "sides" && !d.tokAt(j+1).upper {
			return -1 // "sided with them" is mostly a ruling; the noun: "his two sides with equal zeal"
		}
		return j + 1
	case "lined", "lines":
		if d.word(j) != "up" || d.word(j+1) != "behind" {
			return -1
		}
		return j + 2
	}
	if d.word(j) != "out" {
		return -1
	}
	j++
	if d.adverbAt(j) && d.toks[j].kind == tWord {
		j++ // "spoke out sharply against"
	}
	switch {
	case d.word(j) == "against":
		return j + 1
	case d.word(j) == "for" && (w == "spoke" || w == "speaks" || w == "spoken"):
		return j + 1 // "came out for" is also a turnout
	case d.word(j) == "in" && (d.word(j+1) == "support" || d.word(j+1) == "favor" || d.word(j+1) == "favour") && d.word(j+2) == "of":
		return j + 3
	}
	return -1
}

// sideTakingCue reports a side taken at i with its object, after a subject
// right before the verb or a perfect ("has come out against").
func (d *doc) sideTakingCue(s sentence, i int) bool {
	if d.training || d.inQuote(i) || i-1 <= s.s {
		return false
	}
	c := d.sideTakingContent(i)
	if c < 0 || c >= s.e || d.inQuote(c-1) || !d.bodyStanceObject(c) {
		return false
	}
	if w := d.word(i); w == "come" || w == "spoken" {
		return d.sidePerfectLeft(s, i)
	}
	return d.bodyStanceLeft(s, i) || d.sidePerfectLeft(s, i)
}

// sidePerfectLeft reports a perfect before the verb at i after a subject
// that is no relative word: "Graham has come out", "he's spoken out".
func (d *doc) sidePerfectLeft(s sentence, i int) bool {
	k := i - 1
	for k > s.s && d.toks[k].kind == tWord && (d.adverbAt(k) || d.word(k) == "also" || d.word(k) == "already") {
		k--
	}
	switch d.word(k) {
	case "has", "have", "had", "'s", "’s":
	default:
		return false
	}
	p := d.word(k - 1)
	return k > s.s && p != "" && !d.inQuote(k-1) && !relativeWords.has(p) && !stanceAuxStops.has(p) && p != "to"
}

// sideTakingContentRange returns the content of a side taking, an empty
// range for none, or ok false for other frames.
func (d *doc) sideTakingContentRange(a *attribution, limit int) (rng, bool) {
	if d.training || !a.ruleAccepted || a.cueText != "take side" || !a.cue.ok() {
		return rng{}, false
	}
	c := d.sideTakingContent(a.cue.s)
	if c < 0 || c >= limit || !a.subj.ok() || a.inverted || a.subj.e > a.cue.s || !d.agentSubject(a) {
		return rng{}, true
	}
	return rng{c, d.stanceObjectEnd(rng{c, limit})}, true
}
