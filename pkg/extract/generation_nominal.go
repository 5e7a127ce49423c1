package extract

// "Patil's son, Aditya Patil, said ... “…,” the younger Patil said",
// "Okonkwo's father, Emmanuel Okonkwo, said ... the elder Okonkwo told":
// when two people of the article share a family name, "the younger X" or
// "the elder X" is the one of them named last before it (the relative the
// article has just introduced), not the first X, which the lone surname
// found. With one person of that name the surname's usual resolution
// stands. Refined pass only (testdata/long 19, 23).

// generationNominal resolves a subject "the younger|elder|older X".
func (r *resolver) generationNominal(a *attribution) (Speaker, bool) {
	d := r.d
	s := a.subj.s
	if !a.subj.ok() || a.subj.e-s != 3 || d.word(s) != "the" || !d.tokAt(s+2).upper {
		return Speaker{}, false
	}
	switch d.word(s + 1) {
	case "younger", "elder", "older":
	default:
		return Speaker{}, false
	}
	surname := stripPossessive(d.word(s + 2))
	var found Speaker
	n := 0
	for i := len(r.persons) - 1; i >= 0; i-- {
		run := r.persons[i]
		if run.e > s || run.e-run.s < 2 || stripPossessive(d.word(run.e-1)) != surname {
			continue
		}
		sp := r.runSpeaker(run)
		if sp.Kind != SpeakerPerson || !personName(sp.Name) {
			continue
		}
		switch {
		case n == 0:
			found, n = sp, 1
		case sp.ID != found.ID:
			return found, true // two people of that name: the last named
		}
	}
	return Speaker{}, false
}
