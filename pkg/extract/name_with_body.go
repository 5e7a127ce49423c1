package extract

// "The boy is expected to survive, Sgt. Amy Cole with the Tulsa Police
// Department told News On 6": a person's name, "with" and a body (local
// and police copy's affiliation) is one subject. npBack extended a noun
// phrase back over "with" only after an anonymous head or a role ("a
// source familiar with", "a spokesman with"), so the subject was "the
// Tulsa Police Department" and the backward frame was lost. At inference
// only (the frames the models were trained with stay): the word before
// "with" is a capitalised name's last word (not the sentence's first) and
// the phrase after it holds a body's word (orgWords), capitalised
// ("Department", "Police") or its head ("the county housing office").

// nameWithBody reports the shape above for npBack: k is the word before
// "with" at s-1, and the body's noun phrase runs from s to i.
func (d *doc) nameWithBody(k, s, i int) bool {
	if d.training || k != s-2 || d.word(s-1) != "with" {
		return false
	}
	t := d.tokAt(k)
	if t.kind != tWord || !t.upper || k == d.sents[d.sentOf[k]].s {
		return false
	}
	for j := s; j <= i; j++ {
		if orgWords.has(stripPossessive(d.word(j))) && (d.tokAt(j).upper || j == i) {
			return true
		}
	}
	return false
}

// personWithBody returns the person's name of a subject "NAME with the
// BODY" (see above): the capitalised run before "with", titles kept out
// by namedPerson, or noRange.
func (r *resolver) personWithBody(subj rng) rng {
	d := r.d
	for k := subj.s + 1; k < subj.e-1; k++ {
		if d.word(k) != "with" {
			continue
		}
		if !d.nameWithBody(k-1, k+1, subj.e-1) {
			return noRange
		}
		s := k
		for s > subj.s && d.tokAt(s-1).kind == tWord && d.tokAt(s-1).upper {
			s--
		}
		if run := (rng{s, k}); run.e-run.s >= 2 && r.looksPerson(run) {
			return run
		}
		return noRange
	}
	return noRange
}
