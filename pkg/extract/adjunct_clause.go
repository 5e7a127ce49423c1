package extract

import "strings"

// Two bare clauses after an adjunct between a cue and its content that the
// adjunct walk of forwardStart did not see, so the content began with the
// adjunct or, read as an adjunct only, the statement was lost:
//   - an existential clause: "Guterres said in a speech there was no
//     military solution", "said in Geneva there were no talks";
//   - a clause after a longer adjunct that a name ends: "said in a speech
//     to the General Assembly the war must end" (placeClauseAfterAdjunct
//     takes a preposition and a name only, "in Geneva the ...").
// Wire copy drops the "that" after such adjuncts. At inference only, so
// the models do not move. Session 21, hand-written probes.

// existentialVerbs follow "there" in an existential clause.
var existentialVerbs = set("is", "was", "were", "are", "will", "would", "could", "might", "may", "had", "has", "have", "remains", "remained", "seems", "seemed", "appears", "appeared")

// wireClauseAfterAdjunct reports such a clause opening at k after the
// adjunct that opens with the preposition at j.
func (d *doc) wireClauseAfterAdjunct(j, k, limit int) bool {
	if d.training || k+1 >= limit || d.inQuote(k) {
		return false
	}
	p := d.tokAt(k - 1)
	if p.kind != tWord || d.inQuote(k-1) {
		return false
	}
	if d.word(k) == "there" {
		// the adjunct ends with a noun or a name: not "said there was", "said in there"
		return existentialVerbs.has(d.word(k+1)) && (p.upper || d.endsAdjunctNoun(k-1))
	}
	if !p.upper || k-j < 3 || !clauseDeterminers.has(d.word(k)) {
		return false
	}
	return d.bareClauseVerbAhead(k, limit)
}

// longAdjunctThat returns the "that" after an adjunct longer than the
// forwardStart walk's eight words ("said in a lengthy video address to the
// nation on Sunday evening that ...": the content began with "in" and the
// statement was lost), for a speech or tell cue and an adjunct of place,
// time or medium, when only plain words stand before it: no punctuation,
// quotation, conjunction, clause word or verb; and the "that" opens a
// clause, not a relative one ("rules that could ..."). k is where the walk
// that began at the preposition j stopped; it returns k when there is no
// such "that". Inference only.
func (d *doc) longAdjunctThat(a *attribution, j, k, limit int) int {
	if d.training || k != j+9 || a.class != cueSpeech && a.class != cueTell || !longAdjunctPreps.has(d.word(j)) {
		return k
	}
	for x := j + 1; x < limit && x < j+maxAdjunctRun; x++ {
		w := d.word(x)
		switch {
		case w == "" || d.inQuote(x):
			return k
		case w == "that":
			if n := d.word(x + 1); n == "" || clauseAux.has(n) || finiteVerb(n) || d.presentVerb(x+1) {
				return k
			}
			return x
		case w == "and" || w == "or" || w == "but" || w == "to" && !d.tokAt(x+1).upper && !determiners.has(d.word(x+1)) || clauseStops.has(w) || whWords.has(w) || subjPronouns.has(w) || clauseAux.has(w) || finiteVerb(w) && !strings.HasSuffix(w, "ed"):
			return k
		}
	}
	return k
}

// longAdjunctPreps open the adjuncts longAdjunctThat reads.
var longAdjunctPreps = set("in", "on", "at", "during", "via", "through", "over", "from", "after")
