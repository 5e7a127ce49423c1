package extract

// "The hearing was adjourned when the defendant's lawyer, Ann Lee, said
// ...", "... after the court's registrar, Ann Lee, said ...": a lower-case
// description, a comma and a person's name, as the subject of a clause
// inside the sentence. clauseSubject finds the subject but names it with
// the noun phrase before the comma, so the name was the description and
// the speaker "defendant's lawyer, Ann Lee", of unknown kind; at the
// sentence's start the subject rules split the apposition and the person
// speaks. In the refined pass the person speaks here too, titled by the
// description: a capitalised run of two to four words ending the subject
// that looksPerson accepts and the alias table does not know as a body.
// Session 24, hand-written court probes; names only. Train names: see the
// commit.

// descriptionAppositionPerson returns the person's name ending a's
// subject after a lower-case description and a comma, or noRange; title
// is the description.
func (r *resolver) descriptionAppositionPerson(a *attribution) (run, title rng) {
	d := r.d
	subj, c := d.descriptionComma(a) // description_apposition_org.go
	if c < 0 {
		return noRange, noRange
	}
	for k := subj.s; k < c; k++ {
		if w := d.word(k); (w == "and" || w == "or") && !d.officePairAnd(k) {
			return noRange, noRange // "The company and the minister, Ann Lee": two speakers (resolve_joint.go)
		}
	}
	if a.name.ok() && a.name.s >= c {
		return noRange, noRange // the subject rules found the name already
	}
	s := d.describedNameStart(c+1, subj.e) // "the Danish actress Signe Holm" (described_apposition_name.go)
	for s < subj.e-2 && (honorifics[stripPossessive(d.word(s))] || roleNouns.has(d.word(s))) && d.tokAt(s).upper {
		s++ // "Professor", "Dr"
	}
	e := d.capitalRunEnd(s, subj.e)
	if e != subj.e && !d.relativeAfterName(e, subj.e) || e-s < 2 || e-s > 4 || !r.looksPerson(rng{s, e}) {
		return noRange, noRange
	}
	if r.al != nil {
		if sp, ok := r.al.Resolve(r.textOf(rng{s, e})); ok && sp.Kind != SpeakerPerson {
			return noRange, noRange // "its parent, Acme Holdings": a body the table knows
		}
	}
	return rng{s, e}, rng{subj.s, c}
}
