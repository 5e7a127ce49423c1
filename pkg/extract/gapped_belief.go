package extract

// Gapped beliefs: "a step they believe could help unify the party",
// "which he believes will make it impossible to win", "whom many
// progressives believed was tilting the race", "the employees they
// thought were the best fit". A belief verb right before a finite
// auxiliary has its clause's subject fronted as a relative (or the noun
// the relative clause describes): the annotation marks that noun or
// relative and the clause after the verb. The frame here keeps the clause
// (from the auxiliary to the end of its clause), which covers most of
// the annotated content. Built at inference only and accepted by rule:
// the frames the models train on are unchanged.

// gappedBeliefConf is the confidence of a rule-accepted gapped belief:
// on the training split 11 of the 13 belief verbs (believe, think, know,
// fear, suspect, feel) right before a finite auxiliary after a subject,
// outside quotations and outside another statement, are annotated. The
// rule's finds on train (sentences without a quotation; a free relative
// after a preposition and a relative after "and that" left out: 2
// unannotated) all match a statement at 30%. cv3: all tp +45 fp +0,
// speech tp +9 fp +0, exact tp +9, direct unchanged.
const gappedBeliefConf = 0.7

var gappedBeliefForms = set("believe", "believes", "believed", "think", "thinks", "thought", "knew", "fear", "fears", "feared", "suspect", "suspects", "suspected")

// gappedBeliefAux open the gapped clause right after the belief verb.
var gappedBeliefAux = set("could", "would", "will", "was", "is", "were", "are", "should", "can", "might", "may", "must")

// gappedBeliefCue reports a belief verb at i right before a finite
// auxiliary, after a subject (a pronoun, a name or a plural noun, with an
// adverb at most between), in a sentence without a quotation, no
// question. Inference only.
func (d *doc) gappedBeliefCue(s sentence, i int) bool {
	if d.training || !gappedBeliefForms.has(d.word(i)) || d.inQuote(i) || i == s.s || d.toks[i].upper || d.punct(s.e-1) == "?" {
		return false
	}
	if !gappedBeliefAux.has(d.word(i+1)) || d.inQuote(i+1) || i+3 >= s.e {
		return false
	}
	j := i - 1
	if d.adverbAt(j) || d.word(j) == "still" || d.word(j) == "also" {
		j--
	}
	p := d.tokAt(j)
	if j <= s.s || p.kind != tWord || d.inQuote(j) {
		return false
	}
	for k := j - 1; k > s.s && k >= j-4 && d.tokAt(k).kind == tWord; k-- {
		if r, b := d.word(k), d.word(k-1); r == "what" && (adjunctPreps.has(b) || b == "of") || r == "that" && (b == "and" || b == "or") {
			return false // "beyond the bounds of what his aides thought was plausible", "X that ... and that Lee thinks should be public": a description, 2 unannotated on train
		}
	}
	for k := s.s; k < s.e; k++ {
		if d.isQuote(k) || d.inQuote(k) {
			return false // a quotation in the sentence has its own statement
		}
	}
	return subjPronouns.has(p.lower) && p.lower != "it" || p.upper || len(p.lower) > 3 && p.lower[len(p.lower)-1] == 's' && !beForms.has(p.lower)
}

// gappedBeliefContentEnd returns the end of a gapped belief's content,
// which starts at the auxiliary, or -1 for other frames: the clause up to
// an aside or a subordinate clause.
func (d *doc) gappedBeliefContentEnd(a *attribution, limit int) int {
	if d.training || !a.ruleAccepted || a.cueText != "gapped belief" || !a.cue.ok() || a.cue.e >= limit {
		return -1
	}
	e := d.clauseAsideEnd(a.cue.e, limit, false)
	return d.subordinateClauseEnd(a.cue.e, d.beforeNestedReport(a.cue.e, e))
}
