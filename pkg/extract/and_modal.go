package extract

// A content's clause goes on through "and" before a modal whose subject it
// shares: "said she hoped to get her account back, and then would continue
// to spread her message", "said the key was simple, and would not require
// a compromise". The cut model ended some of these at the "and". In the
// annotation of train, forward speech contents run on through ", and" +
// modal 4 times and never end there, and through "and" + modal 24 times
// against 1 end ("has no plans to change her vote and would not identify
// any single issue": the speaker's own refusal, so a modal before a verb
// of saying or disclosing is left out). Inference only (applyCut): training
// keeps its cut points, so the models do not move. cv3: speech exact tp +3
// fp -3; all, speech and direct at 0.3 unchanged (the other such ends come
// from stance objects and nested frames, not from the cut model).

// andModalGoesOn reports, at inference, "and" at k (or the comma before
// it) followed, after an optional "then" or "also", by a modal that is not
// followed by a verb of saying or disclosing.
func (d *doc) andModalGoesOn(k int) bool {
	if d.training || d.inQuote(k) {
		return false
	}
	if d.punct(k) == "," {
		k++
	}
	if d.word(k) != "and" || d.inQuote(k) {
		return false
	}
	m := k + 1
	if w := d.word(m); w == "then" || w == "also" {
		m++
	}
	if !modalWords.has(d.word(m)) || d.inQuote(m) {
		return false
	}
	v := m + 1
	if d.word(v) == "not" {
		v++
	}
	_, cue := cueOf(d.word(v))
	return !cue && !disclosureVerbs.has(d.word(v))
}

var modalWords = set("would", "will", "could", "should", "can", "might", "must")

// disclosureVerbs report what a speaker withholds ("would not identify").
var disclosureVerbs = set("identify", "disclose", "specify", "elaborate", "name", "comment", "discuss", "reveal", "provide", "answer", "respond", "say", "offer")
