package extract

// Apparent states with a complement: "Ms. Lee seemed certain to leave",
// "he seems content that the deal happened on his watch", "it seems
// increasingly likely that Cole will be the nominee". "Seemed" +
// adjective alone is annotated only 58 of 95 times on train; with a
// person or "it" right before it and an infinitive or a that-clause after
// the adjective, the writer's reading is annotated as a statement from
// the adjective on. Built at inference only and accepted by rule, as the
// sentence's first frame.

// seemedAdjectiveConf is the confidence of a rule-accepted apparent
// state: on the training split all 7 "seems/seemed/appears/appeared" +
// adjective (no participle in -ed) + "to"/"that" phrases after a personal
// pronoun, "it" or a name, outside quotations, are annotated. In a
// sentence with a quotation the rule stays out (the quotation after
// "content that X:" went to the frame and matched nothing). cv3: all tp +9
// fp +0, speech, direct and exact unchanged.
const seemedAdjectiveConf = 0.7

// seemedDegree are the degree words allowed before the adjective.
var seemedDegree = set("more", "less", "most", "very", "somewhat", "increasingly", "far", "equally", "so", "too")

// seemedAdjectiveCue reports an apparent state at i: "seemed" after a
// pronoun or a name, then an adjective (after a degree word at most) and
// "to" or "that". Inference only.
func (d *doc) seemedAdjectiveCue(s sentence, i int) bool {
	if d.training || !seemedForms.has(d.word(i)) || d.inQuote(i) || i == s.s || d.toks[i].upper || d.punct(s.e-1) == "?" {
		return false
	}
	j := i - 1
	if w := d.word(j); w == "also" || w == "now" || w == "still" || w == "clearly" || w == "even" {
		j--
	}
	p := d.tokAt(j)
	if p.kind != tWord || d.inQuote(j) || !(p.lower == "it" || p.lower == "he" || p.lower == "she" || p.lower == "they" || p.upper && j > s.s && !determiners.has(p.lower) && p.lower != "the" && p.lower != "this" && p.lower != "there" && !possessiveDeterminers.has(p.lower)) {
		return false
	}
	if r := d.word(j - 1); r == "that" || r == "which" || r == "who" || r == "what" {
		return false // "the insults that only Lee seems capable of": the relative's
	}
	for x := i + 1; x < s.e; x++ {
		if d.isQuote(x) || d.inQuote(x) {
			return false // "he seems content that X: “...”": the quotation has its own statement
		}
	}
	k := i + 1
	if seemedDegree.has(d.word(k)) {
		k++
	}
	a := d.tokAt(k)
	if a.kind != tWord || a.upper || d.inQuote(k) || seemedBadAdjective.has(a.lower) || len(a.lower) < 4 || a.lower[len(a.lower)-2:] == "ed" || a.lower[len(a.lower)-2:] == "ly" {
		return false // "seemed intended to": a participle
	}
	c := d.word(k + 1)
	return (c == "to" || c == "that") && !d.inQuote(k+1) && k+2 < s.e
}

// seemedBadAdjective cannot be the adjective of an apparent state.
var seemedBadAdjective = set("to", "in", "on", "at", "with", "before", "as", "that", "like", "for", "a", "an", "the", "not", "more", "less", "poised", "about", "this", "there", "have", "been", "being")

// seemedAdjectiveContentEnd returns the end of an apparent state's
// content, which starts after "seemed", 0 without a subject, or -1 for
// other frames: the clause up to an aside or a subordinate clause.
func (d *doc) seemedAdjectiveContentEnd(a *attribution, limit int) int {
	if d.training || !a.ruleAccepted || a.cueText != "seemed adjective" || !a.cue.ok() {
		return -1
	}
	if a.inverted || a.cue.e >= limit {
		return 0
	}
	e := d.clauseAsideEnd(a.cue.e, limit, false)
	return d.subordinateClauseEnd(a.cue.e, d.beforeNestedReport(a.cue.e, e))
}
