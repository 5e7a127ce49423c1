package extract

// A passive report verb with an infinitive or an "as" predicate reports
// its subject and that predicate: "Priebus was said to be furious with
// Trump", "he was described as becoming newly serious", "the rollout was
// widely criticized as sloppy". Like the passive blame cues with their
// reason ("criticized for skipping ...", passiveForStart), the frame's
// content is the subject and the predicate; an agent after "by" speaks.

// passiveToLemmas take an infinitive predicate in the passive ("was said
// to be"), passiveAsLemmas an "as" predicate ("was described as").
var (
	passiveToLemmas = set("say", "think", "report")
	passiveAsLemmas = set("describe", "criticize", "mention", "confirm", "report", "praise", "tout", "denounce", "condemn", "hail")
)

// passivePredicateStart returns the "to" or "as" that opens the predicate
// after a passive report cue ending before ce, over an optional "by" agent,
// when a short noun phrase ending at k is its subject; or -1.
func (d *doc) passivePredicateStart(s sentence, k, ce int, c cueInfo) int {
	if !passiveToLemmas.has(c.lemma) && !passiveAsLemmas.has(c.lemma) {
		return -1
	}
	if d.word(k) == "it" {
		return -1 // "it is said that": the impersonal frame's
	}
	j := d.passiveAgentEnd(s, k, ce)
	if j < 0 || d.inQuote(j) || j+1 >= s.e || d.tokAt(j+1).kind != tWord && !d.isQuote(j+1) {
		return -1
	}
	switch d.word(j) {
	case "to":
		if passiveToLemmas.has(c.lemma) && d.tokAt(j+1).kind == tWord {
			return j
		}
	case "as":
		if passiveAsLemmas.has(c.lemma) {
			return j
		}
	}
	return -1
}
