package extract

import "strings"

// "“It works,” the study's lead author, Professor Jane Smith, said", "the
// company's chief executive, Jane Smith of Acme, said", "the emir of
// Qatar, Sheikh Tamim bin Hamad Al Thani, said": a lower-case description
// before the comma, then the person with a title word before the name, the
// organisation after it or name particles inside it. The subject rules took the
// description for the name and the person for its title, so the speaker
// was "study's lead author, Professor Jane Smith", one speaker per
// sentence. In the refined pass the person speaks, titled by the
// description; a plain name ("the study's lead author, Dr Jane Smith")
// was read so already. Session 22, hand-written probes.

// descriptionAppositionName returns the person's name in a's title range
// when the name range is a lower-case description right before it, or
// noRange.
func (r *resolver) descriptionAppositionName(a *attribution) rng {
	d := r.d
	name, title := d.trimDet(a.name), a.title
	if !name.ok() || !title.ok() || title.s != a.name.e+1 || d.punct(a.name.e) != "," || d.tokAt(name.s).upper && (d.tokAt(name.e-1).upper || stripPossessive(d.word(name.s)) == d.word(name.s)) && !d.officePlaceDescription(name) {
		// "the study's lead author", "the emir of Qatar": lower case first;
		// "Japan's top government spokesman": a possessive, then lower case;
		// "The Prime Minister of Iraq": an office of a place (office_apposition.go)
		return noRange
	}
	s := title.s
	for s < title.e-2 && d.tokAt(s).upper && (honorifics[strings.TrimSuffix(d.word(s), ".")] || roleNouns.has(d.word(s))) {
		s++ // "Professor", "Dr", "Sheikh"
	}
	e, particles := s, false
	for e < title.e && e < s+6 {
		if d.tokAt(e).kind == tWord && d.toks[e].upper {
			e++
		} else if p := d.particlesEnd(e); p > e && p < title.e {
			e, particles = p, true // "Mohammed bin Salman", "Tamim bin Hamad Al Thani"
		} else if e > s && articleSurname(stripPossessive(d.word(e))) {
			e, particles = e+1, true // "Abu Mohammed al-Jolani" (name_parts.go)
		} else {
			break
		}
	}
	if e-s < 2 || e-s > 6 {
		return noRange
	}
	if e < title.e && !d.organisationAfter(e, title.e) {
		return noRange // only "of Acme", "at the Bank of England" after the name
	}
	run := rng{s, e}
	if t := d.afterRoleWord(run); t.s > run.s && t.e-t.s >= 2 && t.e-t.s <= 3 && r.looksPerson(t) {
		return t // "Chief Cabinet Secretary Yoshimasa Hayashi": the office tells a person
	}
	if !particles && !r.looksPerson(run) || firstNameGender(d.word(s)) == genderUnknown && !d.hasInitial(run) && !surnameFirst.has(d.word(s)) && !particles {
		return noRange
	}
	return run
}

// organisationAfter reports that the words from k to e are a preposition
// and an organisation's name: "of Acme", "at the Bank of England".
func (d *doc) organisationAfter(k, e int) bool {
	if w := d.word(k); w != "of" && w != "at" && w != "from" {
		return false
	}
	k++
	if d.word(k) == "the" {
		k++
	}
	if !d.tokAt(k).upper {
		return false
	}
	for ; k < e; k++ {
		if w := d.word(k); !d.tokAt(k).upper && w != "of" && w != "for" && w != "and" || w == "" {
			return false
		}
	}
	return true
}
