package extract

// A lone surname with an honorific of a gender ("Mr. Clinton", "Mrs.
// Clinton") is a person of that gender: "Mr. Clinton" had become the alias
// table's only Clinton, Hillary Clinton, even after "Bill Clinton said".
// In the refined pass, when the table's person of that surname has the
// other gender, the mention goes to the nearest earlier person of the
// article with that surname and the honorific's gender, else to the bare
// surname. Without an honorific the table's reading stands: articles name
// relatives before the famous person of a surname ("his father, Fred
// Trump"), so the article's first or nearest person of the surname is no
// better guess. A couple named together ("Bill and Hillary Clinton") gives
// the lone given name before "and" the family name after it (session 23
// probes; no train prediction changes).

// honorificSurname resolves the one-word name of a's subject when its
// honorific's gender disagrees with the table's person of that surname;
// ok is false otherwise.
func (r *resolver) honorificSurname(a *attribution, name rng, nameText string) (Speaker, bool) {
	g := r.runGender(name)
	if g == genderUnknown {
		return Speaker{}, false
	}
	sp, ok := r.al.resolveShared(nameText)
	if !ok || sp.Kind != SpeakerPerson || g.agrees(nameGender(sp.Name, sp.Title)) {
		return Speaker{}, false
	}
	if full, found := r.nearestSurnamePerson(name, a.subj.s, g); found {
		if t, ok := r.al.resolveShared(full); ok {
			return t, true
		}
		return Speaker{ID: r.id(full), Name: full, Kind: SpeakerPerson}, true
	}
	return Speaker{ID: r.id(nameText), Name: nameText, Kind: SpeakerPerson}, true
}

// nearestSurnamePerson returns the full name of the nearest person before
// pos the article named with the surname of the one-word name whose gender
// is g; ok is false when there is none.
func (r *resolver) nearestSurnamePerson(name rng, pos int, g gender) (string, bool) {
	d := r.d
	surname := stripPossessive(d.word(name.s))
	for i := len(r.persons) - 1; i >= 0; i-- {
		run := r.persons[i]
		if run.s >= pos {
			continue
		}
		core := d.stripRoles(run)
		if core.e-core.s == 2 && stripPossessive(d.word(core.e-1)) == surname && d.word(core.s-1) == "and" {
			// "Bill and Hillary Clinton": a lone given name before "and"
			// shares the family name of the full name after it
			if t, prev := d.tokAt(core.s-2), d.tokAt(core.s-3); t.kind == tWord && t.upper && !(prev.kind == tWord && prev.upper && d.sentOf[core.s-3] == d.sentOf[core.s]) {
				if firstNameGender(t.lower) == g {
					return d.text[t.s:t.e] + " " + stripPossessive(r.textOf(rng{core.e - 1, core.e})), true
				}
			}
		}
		if core.e-core.s < 2 || stripPossessive(d.word(core.e-1)) != surname || r.runGender(run) != g {
			continue
		}
		return stripPossessive(r.textOf(core)), true
	}
	return "", false
}
