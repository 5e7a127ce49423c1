package extract

// "Clinton and Sanders clashed over Wall Street. The former said her
// rival's plan was unrealistic, while the latter said ...": a subject "the
// former" or "the latter" is the first or the second of the two persons
// just named together (pairSpeaker's pair). Never a subject on the design
// docs; session 23 probes, refined pass only.

// formerLatter returns 0 for a subject "the former", 1 for "the latter",
// -1 otherwise.
func (d *doc) formerLatter(subj rng) int {
	if subj.e-subj.s != 2 || d.word(subj.s) != "the" {
		return -1
	}
	switch d.word(subj.s + 1) {
	case "former":
		return 0
	case "latter":
		return 1
	}
	return -1
}

// formerLatterSpeaker resolves "the former" / "the latter" (see above).
func (r *resolver) formerLatterSpeaker(subj rng, para int) (Speaker, bool) {
	k := r.d.formerLatter(subj)
	if k < 0 {
		return Speaker{}, false
	}
	sp, ok := r.namedPair(subj, para)
	if !ok {
		return Speaker{}, false
	}
	return sp.Members[k], true
}
