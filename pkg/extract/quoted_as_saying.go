package extract

// Wire copy reports speech in the passive: "Lavrov was quoted as saying
// that Moscow was ready", "“We are ready,” Lavrov was quoted as saying by
// TASS", "Smith was cited by Reuters as saying the plan failed", "Obama
// is reported to have called the Saudis “free riders”". The person quoted
// is the speaker, and the annotation's cue is the whole passive ("is
// quoted as saying", "is reported to have called": the two cases on
// train). No frame found them: "saying" after "as" continues no clause,
// the passive "was quoted" frames only a that-clause, and a cue after "to"
// is an infinitive. The frames are made at inference only and accepted by
// rule (rule_accepted.go); the agent ("by TASS") is no part of the
// content.

// quotedAsSayingConf: both cases on train are annotated statements.
const quotedAsSayingConf = 0.9

// reportedVerbs report a speech act in the passive before "to have".
var reportedVerbs = set("reported", "said", "alleged", "understood")

// reportedToHaveStart returns the form of "be" that opens "is reported
// to have" before the speech cue at i (a past participle) when k, the
// token left of the cue's auxiliaries, is its "to"; else -1.
func (d *doc) reportedToHaveStart(s sentence, k, i int, c cueInfo) int {
	if d.training || c.class == cueBelief || !c.past || d.word(i-1) != "have" || d.word(k) != "to" || k != i-2 {
		return -1
	}
	if !reportedVerbs.has(d.word(k-1)) || !beForms.has(d.word(k-2)) || k-2 <= s.s || d.inQuote(k-2) {
		return -1
	}
	return k - 2
}

// quotedAsSayingStart returns the form of "be" that opens "was (also)
// quoted (by NP) as saying" before the "saying" at i, or -1.
func (d *doc) quotedAsSayingStart(s sentence, i int) int {
	if d.training || d.word(i) != "saying" || d.word(i-1) != "as" || d.inQuote(i) {
		return -1
	}
	q := i - 2
	if d.word(q) != "quoted" && d.word(q) != "cited" {
		// "quoted by the RIA news agency as saying": a short agent
		for q = i - 3; q > i-10 && q > s.s && d.word(q) != "quoted" && d.word(q) != "cited"; q-- {
			if d.toks[q].kind != tWord || d.inQuote(q) {
				return -1
			}
		}
		if d.word(q) != "quoted" && d.word(q) != "cited" || d.word(q+1) != "by" {
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
