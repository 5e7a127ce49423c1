package extract

// "Analyst Sophie Klein of Harbor Securities said", "Legal scholar Adam
// Wexler of the University of Denver said": a person named before "of"
// and an organisation is the speaker, not the organisation. The org's
// name ("University of Denver", orgNameRun) was taken whole, and "Analyst
// Sophie Klein" was no person before "of" (personBeforeOf) because Sophie
// is no listed first name. The person is a capitalised run of two or three
// words right before "of" (or "of the"), after an expert's description
// ("Analyst", "Professor") or holding a known first name, with no body's
// word. Refined pass only (testdata/long 21, 28).

// expertDescriptors describe a person quoted for expertise before the name.
var expertDescriptors = set("analyst", "economist", "scholar", "professor", "researcher", "historian",
	"strategist", "scientist", "expert", "lawyer", "attorney", "consultant", "pollster", "fellow",
	"lecturer", "epidemiologist", "virologist", "meteorologist", "engineer", "adviser", "advisor")

// personOfOrg returns the person run before "of" and the org run that
// ends the subject, or noRange.
func (r *resolver) personOfOrg(subj, org rng) rng {
	d := r.d
	if org.ok() {
		org = d.orgAfterComma(subj, org) // described_person_of_org.go
	}
	if !org.ok() || org.s <= subj.s {
		return noRange
	}
	if o := d.orgNameRun(subj, org); o.ok() {
		org = o // "the University of Denver", not "Denver"
	}
	k := org.s
	if d.word(k-1) == "the" {
		k--
	}
	if d.word(k-1) != "of" {
		return noRange
	}
	e := k - 1
	s := e
	for s > subj.s && d.tokAt(s-1).kind == tWord && d.tokAt(s-1).upper {
		s--
	}
	expert := expertDescriptors.has(d.word(s-1)) || d.describedBefore(s) // "legal scholar Adam Wexler", "One pastor, Darran Whiting" (described_person_of_org.go)
	if e-s >= 3 && expertDescriptors.has(d.word(s)) || d.courtesyTitled(s, e) {
		s, expert = s+1, true // "Analyst Sophie Klein", "Dr. Nita Forouhi" (courtesy_person_of_org.go)
	}
	if n := e - s; n < 2 || n > 3 {
		return noRange
	}
	run := rng{s, e}
	for j := s; j < e; j++ {
		if w := stripPossessive(d.word(j)); orgWords.has(w) || orgSuffixes.has(w) || roleNouns.has(d.word(j)) {
			return noRange
		}
	}
	if !r.looksPerson(run) || !expert && !d.personBeforeOf(run) {
		return noRange
	}
	return run
}
