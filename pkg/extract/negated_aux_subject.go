package extract

import "strings"

// A negated auxiliary written as one word ("doesn't", "wouldn't",
// "isn't", "cannot") ends the subject the subject finder takes before a
// cue: "she doesn't think" had the speaker "doesn't", "Trump isn't saying"
// the speaker "Trump isn’t", "Sen. Tom Reed of Ohio, the likely leader,
// wouldn't say" the speaker "wouldn't". At inference, after the accept
// model, the mention and the refined-pass speaker are the subject without
// the auxiliary, or the subject before it when the auxiliary is all the
// finder took (speaker_subject.go); the frames keep the subjects the models
// were trained with, so statements do not change. Session 23, train design
// docs: 13 mentions ending in such an auxiliary: 3 right, none wrong, 9
// already overlapping the gold (names now "Donald Trump", "James Comey"),
// 1 without gold.

// negatedAuxOwner returns frame a's subject without a negated auxiliary
// that ends its mention, or noRange. Inference only.
func (d *doc) negatedAuxOwner(a *attribution) rng {
	if d.training || a.inverted || !a.cue.ok() {
		return noRange
	}
	r := mentionRange(a)
	s := d.sents[a.sent]
	if !r.ok() || r.s < s.s || r.e > a.cue.s || d.inQuote(r.e-1) || !negatedAux(d.word(r.e-1)) {
		return noRange
	}
	if r.e-1 > r.s {
		if !d.nounHead(r.e - 2) {
			return noRange
		}
		return rng{r.s, r.e - 1} // "Trump isn't"
	}
	k := r.s - 1
	if k < s.s || d.inQuote(k) {
		return noRange
	}
	if subj, _, _ := d.subjectBefore(k, s.s); subj.ok() && subj.e == k+1 && d.tokAt(k).kind == tWord {
		return subj // "and she doesn't think"
	}
	if d.punct(k) != "," {
		return noRange
	}
	// "Sen. Tom Reed of Ohio, the likely leader next year, wouldn't say",
	// "Jo Kim, who was elected in 2014, doesn't see"
	if subj := d.sentenceSubject(a.sent); subj.ok() && subj.e <= k && (d.punct(subj.e) == "," || subj.e == k) {
		return subj
	}
	return noRange
}

// negatedAux reports a negated auxiliary written as one word.
func negatedAux(w string) bool {
	if w == "cannot" {
		return true
	}
	for _, n := range []string{"n't", "n’t"} {
		if b, ok := strings.CutSuffix(w, n); ok {
			return clauseAux.has(b) || b == "do" || b == "does" || b == "did" || b == "ca" || b == "wo" || b == "is" || b == "are" || b == "should" || b == "must" || b == "need"
		}
	}
	return false
}
