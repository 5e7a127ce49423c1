package extract

// Wire copy reports speech in the passive: "Lavrov was quoted as saying
// that Moscow was ready", "“We are ready,” Lavrov was quoted as saying by
// TASS", "Smith was quoted by Reuters as saying the plan failed". The
// person quoted is the speaker, and the annotation's cue is the whole
// passive ("is quoted as saying", the one case on train). No frame found
// them: "saying" after "as" continues no clause, and the passive "was
// quoted" frames only a that-clause. The frame is built at inference only
// and accepted by rule (rule_accepted.go); the agent ("by TASS") is no
// part of the content.

// quotedAsSayingConf: the one case on train is an annotated statement.
const quotedAsSayingConf = 0.9

// quotedAsSayingStart returns the form of "be" that opens "was (also)
// quoted (by NP) as saying" before the "saying" at i, or -1.
func (d *doc) quotedAsSayingStart(s sentence, i int) int {
	if d.training || d.word(i) != "saying" || d.word(i-1) != "as" || d.inQuote(i) {
		return -1
	}
	q := i - 2
	if d.word(q) != "quoted" {
		// "quoted by the RIA news agency as saying": a short agent
		for q = i - 3; q > i-10 && q > s.s && d.word(q) != "quoted"; q-- {
			if d.toks[q].kind != tWord || d.inQuote(q) {
				return -1
			}
		}
		if d.word(q) != "quoted" || d.word(q+1) != "by" {
			return -1
		}
	}
	k := q - 1
	for k > s.s && (d.adverbAt(k) || auxAdv.has(d.word(k)) && !beForms.has(d.word(k))) {
		k-- // "was also quoted", "was widely quoted"
	}
	if !beForms.has(d.word(k)) || k <= s.s {
		return -1
	}
	return k
}

// quotedAsSayingContentStart returns where the content of a
// quoted-as-saying frame starts after its cue: past an agent that follows
// the cue ("as saying by TASS that ..."), else the cue's end.
func (d *doc) quotedAsSayingContentStart(a *attribution, limit int) int {
	e := a.cue.e
	if a.cueText != quotedAsSayingText || d.word(e) != "by" {
		return e
	}
	for k := e + 1; k < limit && k <= e+8 && d.toks[k].kind == tWord && !d.inQuote(k); k++ {
		if d.word(k) == "that" {
			return k
		}
	}
	return e
}

const quotedAsSayingText = "quoted as saying"
