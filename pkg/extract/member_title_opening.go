package extract

// "Council Member Paul Greer, who voted against the project, said ...
// "We held a hearing," Greer said": a local office written as a body's
// name and "Member" ("Council Member", "City Council Member", "Board
// Member") opened the capitalised run, which did not look like a
// person's, so scanNames recorded no person, the later surname found no
// full name and stayed a second person, "Greer". The capitalised words up
// to "Member" are the person's office (as afterRoleWord's are) when two
// or three capitalised words that look like a person's follow. Inference
// only (off in training); session 26 long articles.

// memberTitleOpening returns the name after a "... Member" opening of
// the run, or run.
func (r *resolver) memberTitleOpening(run rng) rng {
	d := r.d
	if d.training || run.e-run.s < 4 {
		return run
	}
	for k := run.s + 1; k <= run.s+3 && k < run.e-2; k++ {
		if t := d.tokAt(k); t.kind != tWord || !t.upper {
			return run
		}
		if w := d.word(k); w != "member" && w != "councilmember" {
			continue
		}
		name := rng{k + 1, run.e}
		if name.e-name.s > 3 || !r.looksPerson(name) || !r.personRun(name) {
			return run
		}
		for j := name.s; j < name.e; j++ {
			if t := d.tokAt(j); t.kind != tWord || !t.upper {
				return run
			}
		}
		return name
	}
	return run
}
