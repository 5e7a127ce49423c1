package extract

// "As per the statement, the project will be completed by March", "the
// toll rose to 40, as per officials": Indian English gives a source with
// "as per" where other English writes "according to". The frame is read
// as "according to" (its cue text, so the accept model scores it as one),
// at inference only: train has no "as per", and a frame that trains would
// move the models. Session 22, hand-written probes.

// asPer reports the "per" at i closing "as per" before a source.
func (d *doc) asPer(i int) bool {
	if d.training || d.word(i-1) != "as" || d.inQuote(i) {
		return false
	}
	n := d.tokAt(i + 1)
	if n.kind != tWord || !(n.upper || determiners.has(n.lower) || anonymousHeads.has(n.lower) || reportHeads.has(n.lower) || orgWords.has(n.lower) || roleNouns.has(n.lower)) {
		return false
	}
	np := d.npFwd(i+1, d.sents[d.sentOf[i]].e)
	return np.ok() && !asPerRules.has(d.head(np))
}

// asPerRules are what "as per" more often follows than a source: "as per
// the rules, candidates must file by March" reports no statement.
var asPerRules = set("rule", "rules", "norm", "norms", "guideline", "guidelines", "schedule", "plan",
	"law", "laws", "agreement", "order", "orders", "procedure", "protocol", "tradition", "custom",
	"directive", "directives", "policy", "terms", "requirement", "requirements", "provision",
	"provisions", "instructions", "act", "constitution", "practice", "convention", "request", "wishes")
