package extract

// "The Bank of England held rates at 5%. The central bank said ...": the
// capitalised runs of the article stop at "of", so bodyAntecedent saw two
// names before "the central bank", "Bank" and "England", which competed
// (England looks like a person's surname to the resolver), and the
// nominal kept its own text "central bank". An organisation word before
// "of" and a capitalised run ("Bank of England", "Ministry of Defence")
// makes one name of both runs, the
// body the nominal or "it" stands for. Session 22, hand-written business
// probe; refined pass only (bodyAntecedent is). No train prediction
// changes.

// ofNameRun returns the name of the run i with the run before "of" when
// that run ends in an organisation word, and the index of its first run;
// else the run i and i.
func (r *resolver) ofNameRun(i int) (rng, int) {
	d := r.d
	run := r.runs[i]
	if d.training {
		return run, i
	}
	if i > 0 && d.word(run.s-1) == "of" {
		prev := r.runs[i-1]
		if prev.e == run.s-1 && d.sentOf[prev.s] == d.sentOf[run.s] && orgWords.has(d.word(prev.e-1)) {
			return rng{prev.s, run.e}, i - 1
		}
	}
	return run, i
}
