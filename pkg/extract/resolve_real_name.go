package extract

// "The singer, real name Robyn Fenty, said ...", "The rapper, whose real
// name is Marshall Mathers, said ...": entertainment copy gives a
// performer's legal name in an apposition. The person is the one the real
// name names, titled by the description; before, the speaker was the
// description with its apposition ("singer, real name Robyn Fenty"). A
// performer named by the stage name keeps it ("Stormzy (real name Michael
// Omari)"). Refined pass only. Session 22, hand-written probes; no train
// prediction changes.

// realNameRun returns the name after "real name (is)" inside a's subject,
// two to four capitalised words, or noRange.
func (r *resolver) realNameRun(a *attribution) rng {
	d := r.d
	if !a.subj.ok() || !determiners.has(d.word(a.subj.s)) {
		return noRange // "Stormzy (real name Michael Omari)": the name he is known by
	}
	for k := a.subj.s + 1; k+2 < a.subj.e; k++ {
		if d.word(k) != "real" || d.word(k+1) != "name" {
			continue
		}
		s := k + 2
		if d.word(s) == "is" {
			s++
		}
		e := d.capitalRunEnd(s, a.subj.e)
		if run := (rng{s, e}); e-s >= 2 && e-s <= 4 && r.looksPerson(run) {
			return run
		}
		return noRange
	}
	return noRange
}

// realNameTitleEnd returns the end of the description before the real
// name's apposition: its comma or parenthesis, or the start of "whose".
func (d *doc) realNameTitleEnd(subj rng) int {
	for k := subj.s + 1; k < subj.e; k++ {
		if p := d.punct(k); p == "," || p == "(" {
			return k
		}
	}
	return subj.s
}
