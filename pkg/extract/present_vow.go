package extract

// Present-tense pledges and aims: "he vows to impose a tax on imports",
// "Mr. Trump vows not to take their calls", "She promises to declare it a
// currency manipulator", "Cruz seeks to energize the party", "Clinton
// seeks an additional $1 trillion in revenue". The promised act or aim is
// the subject's statement, which the annotation marks from "to" (or "not
// to"), or the object of "seeks". "Vows", "promises", "pledges" and "aims"
// are also plural nouns ("his promises to lower taxes"), which the trained
// frames leave alone; after a subject pronoun or a name they are verbs.
// The frames are built at inference only and accepted by rule, as their
// sentence's first frame.

// presentVowConf is the confidence of a rule-accepted present pledge: on
// the training split 5 of the 6 "vows/promises/pledges (not) to" phrases
// after a subject pronoun or a capitalised word outside quotations are
// annotated (the other one is a tweet's "@Name promises to"), and 11 of
// the 12 "seeks/aims" ones (the other one tells the time: "as Lee seeks
// the White House", which the rule leaves out for an object). cv3: all tp
// +33 fp +0, speech and direct unchanged.
const presentVowConf = 0.75

var presentVowForms = set("vows", "promises", "pledges", "seeks", "aims")

// presentVowCue reports a present pledge at i: after a subject pronoun or
// a capitalised word (not "what he promises to do"), outside quotations
// and questions, with "to" (or "not to") and a verb after it. It returns
// the end of the cue (the verb alone). Inference only.
func (d *doc) presentVowCue(s sentence, i int) bool {
	if d.training || !presentVowForms.has(d.word(i)) || d.inQuote(i) || i == s.s || d.toks[i].upper || d.punct(s.e-1) == "?" {
		return false
	}
	p := d.word(i - 1)
	if p == "" || d.inQuote(i-1) {
		return false
	}
	if !(p == "he" || p == "she" || p == "they" || p == "who") && !(d.tokAt(i-1).upper && !determiners.has(p) && !possessiveDeterminers.has(p) && p != "the" && stripPossessive(p) == p) {
		return false // "his promises to", "the pledges to", "existing pledges to"
	}
	if w := d.word(i - 2); w == "what" || w == "@" || d.punct(i-2) == "@" {
		return false // "what he promises to do"
	}
	j := i + 1
	if d.word(i) == "seeks" && d.word(j) != "to" {
		// "Clinton seeks an additional $1 trillion"; not in an "as"
		// clause, which tells the time ("as Lee seeks the White House")
		return d.bodyStanceObject(j) && !objPronouns.has(d.word(j)) && !clauseOpeners.has(d.word(i-2)) && !clauseOpeners.has(d.word(i-3))
	}
	if d.word(j) == "not" {
		j++
	}
	if d.word(j) != "to" || d.inQuote(j) || j+1 >= s.e {
		return false
	}
	v := d.word(j + 1)
	return v != "" && !d.inQuote(j+1) && !determiners.has(v) && v != "the" && !possessiveDeterminers.has(v) && !d.tokAt(j+1).upper
}

// presentVowContentEnd returns the end of a present pledge's content,
// which starts right after the verb, 0 for a frame without its subject
// before it, or -1 for other frames: the clause up to an aside or a
// subordinate clause.
func (d *doc) presentVowContentEnd(a *attribution, limit int) int {
	if d.training || !a.ruleAccepted || a.cueText != "present vow" || !a.cue.ok() {
		return -1
	}
	if !a.subjectLeads(limit) {
		return 0
	}
	if d.word(a.cue.e) != "to" && d.word(a.cue.e) != "not" {
		return d.trimEnd(a.cue.e, d.stanceObjectEnd(rng{a.cue.e, limit})) // "seeks reelection"
	}
	e := d.clauseAsideEnd(a.cue.e, limit, a.relative || a.subj.ok() && relativeWords.has(d.word(a.subj.e-1)))
	opened := d.openedBySubordinate(d.sents[a.sent], a.cue.s)
	for k := a.cue.e + 4; k < e-1; k++ {
		if d.word(k) == "with" && !d.inQuote(k) && d.punct(k-1) == "" {
			e = k // "seeks to energize the party [with sharp attacks]": the manner is no part of the aim
			break
		}
	}
	e = d.endAtClauseComma(a.cue.e, e, opened)
	return d.subordinateClauseEnd(a.cue.e, d.beforeNestedReport(a.cue.e, e))
}
