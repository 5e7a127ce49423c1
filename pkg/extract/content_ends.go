package extract

// Features of the cut model about what the content would be if it ended at
// a cut point: a clause content cut before its predicate ("said that the
// turmoil | after the vote underscores ...") is only a subject.

// hasPredicate reports a finite verb outside quotation marks in [s, k): a
// past or present form, an auxiliary, or the word after a subject pronoun
// ("they prefer").
func (d *doc) hasPredicate(s, k int) bool {
	for j := s; j < k; j++ {
		t := &d.toks[j]
		if t.kind != tWord || d.inQuote(j) {
			continue
		}
		w := t.lower
		if tense := verbTense(w); tense == "past" || tense == "pres" || beForms.has(w) {
			return true
		}
		if subjPronouns.has(w) && j+1 < k && d.tokAt(j+1).kind == tWord {
			return true
		}
	}
	return false
}

// contentEndFeatures adds the cut model's features on the content [s, k)
// that a cut at k leaves.
func (d *doc) contentEndFeatures(cue string, s, k, e int, at string, f *feats) {
	pred := "nopred"
	if d.hasPredicate(s, k) {
		pred = "pred"
	}
	first := "x"
	if w := d.word(s); w == "that" || subjPronouns.has(w) {
		first = w
	}
	f.add3(240 /* first,pred,k */, first, pred, at)
	f.add2(241 /* cue,pred */, cue, pred)
}

// closedAsideEnd returns the closing dash or parenthesis of an aside that
// opens at k and closes before e, or 0: the annotation keeps the aside
// ("the delay — a week at most — hurt sales") inside the content, so the
// content ends neither at it nor inside it.
func (d *doc) closedAsideEnd(k, e int) int {
	dash := d.isDash(k) || d.punct(k) == "--"
	if !dash && d.punct(k) != "(" || d.inQuote(k) {
		return 0
	}
	for j := k + 1; j < e && j < k+40; j++ {
		if d.inQuote(j) {
			continue
		}
		if dash && (d.isDash(j) || d.punct(j) == "--") || !dash && d.punct(j) == ")" {
			return j
		}
	}
	return 0
}
