package extract

// A name inside the description of an earlier statement's subject
// ("Meridian, one of the largest hospital operators in the Southeast,
// said ...") describes that subject: it is no second body competing with
// it when a later "the company" or "it" looks back for the one body named
// before (resolve_body.go bodyAntecedent), and "The company said" had
// gone to no one (testdata/long 18). Refined pass only, as bodyAntecedent
// is.

// runInSubjectAside reports a run inside a recent statement's subject,
// after a comma that follows the subject's first word.
func (r *resolver) runInSubjectAside(run rng) bool {
	d := r.d
	const lookBack = 20
	for i := len(r.history) - 1; i >= 0 && i >= len(r.history)-lookBack; i-- {
		subj := r.history[i].subj
		if !subj.ok() || subj.e <= run.s {
			if subj.ok() && subj.e <= run.s {
				return false // the history is in text order: no later subject holds it
			}
			continue
		}
		if run.s <= subj.s || run.e > subj.e {
			continue
		}
		for k := subj.s + 1; k < run.s; k++ {
			if d.punct(k) == "," {
				return true
			}
		}
	}
	return false
}
