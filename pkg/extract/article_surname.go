package extract

import "strings"

// A lone surname that the alias table knows only as the last word of one of
// its people ("Price": Ned Price, whose line lists no bare "Price") is the
// article's own person of that surname when the article named one in full
// before it and never names the table's person: "Dr. Hannah Price said ...
// Price said" had been the State Department's Ned Price, a wrong speaker on
// a doctors' strike. A surname the table lists as an alias ("Trump",
// "Putin", "Blinken") keeps the table's reading, as do articles that name
// the table's person in full. Refined pass only (TestArticleSurname,
// testdata/long).

// articleSurnamePerson resolves the one-word name at name (text nameText)
// of a's subject to the nearest earlier full name of the article with that
// surname, when the table's person of that surname comes only from the
// surname index; ok is false otherwise.
func (r *resolver) articleSurnamePerson(a *attribution, name rng, nameText string) (Speaker, bool) {
	// bySurnameOnly (memoised) first: most lone names are no table
	// surname, and the walk over the article's persons costs more
	if !r.al.bySurnameOnly(nameText) {
		return Speaker{}, false
	}
	table, ok := r.al.resolveShared(nameText)
	if !ok || table.Kind != SpeakerPerson || strings.Contains(r.d.text, table.Name) {
		return Speaker{}, false
	}
	full, found := r.nearestFullName(stripPossessive(r.d.word(name.s)), a.subj.s)
	if !found {
		return Speaker{}, false
	}
	if sp, ok := r.al.resolveShared(full); ok {
		if sp.ID == table.ID {
			return Speaker{}, false
		}
		return sp, true
	}
	return Speaker{ID: r.id(full), Name: full, Kind: SpeakerPerson}, true
}

// nearestFullName is the nearest person of two or more words before pos
// whose last word is surname, without its roles and honorifics.
func (r *resolver) nearestFullName(surname string, pos int) (string, bool) {
	d := r.d
	for i := len(r.persons) - 1; i >= 0; i-- {
		run := r.persons[i]
		if run.s >= pos {
			continue
		}
		core := d.stripRoles(run)
		if core.e-core.s < 2 || stripPossessive(d.word(core.e-1)) != surname {
			continue
		}
		return stripPossessive(r.textOf(core)), true
	}
	return "", false
}

// bySurnameOnly reports whether name is one word that the table resolves
// only through the surname index: no entry lists it as a name or alias.
// Memoised like lookup: names repeat across articles, and the check
// allocates.
func (a *Aliases) bySurnameOnly(name string) bool {
	if a == nil {
		return false
	}
	a.mu.RLock()
	only, hit := a.surnameOnly[name]
	a.mu.RUnlock()
	if hit {
		return only
	}
	only = a.bySurnameOnlySlow(name)
	a.mu.Lock()
	if a.surnameOnly == nil {
		a.surnameOnly = map[string]bool{}
	}
	if len(a.surnameOnly) < maxCache {
		a.surnameOnly[strings.Clone(name)] = only
	}
	a.mu.Unlock()
	return only
}

func (a *Aliases) bySurnameOnlySlow(name string) bool {
	if _, ok := a.byCaps[name]; ok {
		return false
	}
	w := normWords(stripHonorifics(name))
	if len(w) != 1 {
		return false
	}
	if _, ok := a.byKey[a.key(name)]; ok {
		return false
	}
	i, ok := a.bySurname[w[0]]
	return ok && i >= 0
}
