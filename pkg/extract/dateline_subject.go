package extract

// "New York (AFP) – Vice President Joe Biden on Monday hit the campaign
// trail ..., trashing ...": a wire dateline opens the sentence, and a
// participle took the place for its speaker (the sentence's first noun
// phrase). The speaker is the subject after the dateline's dash. At
// inference, after the accept model, the mention and the refined-pass
// speaker are that subject (speaker_subject.go); the frames are as
// trained. Session 23, train design docs: 3 mentions right, none wrong
// (2 docs).

// datelineOwner returns the subject after a dateline that holds frame a's
// mention, or noRange. Inference only.
func (d *doc) datelineOwner(a *attribution) rng {
	if d.training || a.inverted || !a.cue.ok() {
		return noRange
	}
	r := mentionRange(a)
	s := d.sents[a.sent]
	if !r.ok() || r.s != s.s || r.e > a.cue.s-2 {
		return noRange // the place, a dash and a subject come between the mention and the cue
	}
	// the place: capitalised words (a comma and a state may follow), then
	// the agency in parentheses and a dash
	k := s.s
	for k < s.s+6 && k < a.cue.s && (d.tokAt(k).kind == tWord && d.tokAt(k).upper || d.punct(k) == "," || d.punct(k) == ".") {
		k++
	}
	if k == s.s || d.punct(k) != "(" || d.inQuote(k) {
		return noRange
	}
	o := k
	for k = o + 1; k < o+5 && k < a.cue.s && d.punct(k) != ")"; k++ {
		if t := d.tokAt(k); t.kind != tWord || !t.upper {
			return noRange
		}
	}
	if d.punct(k) != ")" || k == o+1 {
		return noRange
	}
	dash := k + 1
	if p := d.punct(dash); p != "–" && p != "—" && p != "-" && p != "―" || r.e > o {
		return noRange
	}
	return d.subjectFrom(dash+1, a)
}
