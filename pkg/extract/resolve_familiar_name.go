package extract

// "Luiz Inacio Lula da Silva ... Lula said": a Portuguese or Spanish name
// is often shortened to the word before its particles, not to its last
// word, which is all that fullName keys. A lone capitalised name that no
// earlier full name ends with is the person named before whose name has
// that word right before its particles ("da Silva"). Session 21,
// hand-written probes; refined pass only.

// nameBeforeParticles returns the full name of a person named before pos
// whose word before the name particles is w ("lula").
func (r *resolver) nameBeforeParticles(w string, pos int) (string, bool) {
	d := r.d
	for _, run := range r.persons {
		if run.s >= pos {
			break
		}
		core := d.stripRoles(run)
		for k := core.s; k < core.e-1; k++ {
			// from the first word too: "President Lula da Silva ... Lula"
			if d.particlesEnd(k+1) > k+1 && stripPossessive(d.word(k)) == w && d.toks[k].upper {
				return stripPossessive(r.textOf(core)), true
			}
		}
	}
	return "", false
}

// Spanish and Portuguese names end with two family names, the father's
// first: "Claudia Sheinbaum Pardo ... Sheinbaum said", "Gustavo Petro
// Urrego ... Mr Petro", "Pedro Sánchez Pérez-Castejón ... Sánchez". The
// surname table keys the last word only. A lone capitalised name that no
// earlier full name ends with is the person named before in three or four
// words, a listed given name first, whose next-to-last word it is ("Petro"
// is a given name too). Session 22, hand-written probes; refined pass
// only.

// nameByFirstSurname returns the full name of a person named before pos
// whose next-to-last word is w ("sheinbaum").
func (r *resolver) nameByFirstSurname(w string, pos int) (string, bool) {
	d := r.d
	for _, run := range r.persons {
		if run.s >= pos {
			break
		}
		core := d.stripRoles(run)
		if t := d.afterRoleWord(core); t.s > core.s {
			core = t
		}
		if n := core.e - core.s; n < 3 || n > 4 || firstNameGender(d.word(core.s)) == genderUnknown {
			continue
		}
		if k := core.e - 2; stripPossessive(d.word(k)) == w && d.toks[k].upper {
			return stripPossessive(r.textOf(core)), true
		}
	}
	return "", false
}
