package extract

import "strings"

// "the Italian", "the Brazilian", "the 22-year-old Pole" in sports and
// foreign copy take up a person just named ("Marchetti said she had a
// shoulder injury. “It is not an excuse,” the Italian said."), while the
// alias table read the adjective as its country, an organisation called
// "Italian". A definite subject of "the", an optional age, and one
// singular nationality word (a country adjective ending in -an, -i or
// -ese is left out: "the Chinese" are a people) is the latest person
// speaker of the same paragraph or the one before; one that takes up no
// person is an unnamed person of that nationality (demonymUnnamed).
// Refined pass only; testdata/long.

// demonymNominal returns the person a definite nationality subject takes
// up; ok is false when a's subject is no such nominal or no person spoke.
func (r *resolver) demonymNominal(a *attribution) (Speaker, bool) {
	d := r.d
	if _, ok := r.demonymSubject(a); !ok {
		return Speaker{}, false
	}
	para := d.toks[a.subj.s].para
	for i := len(r.history) - 1; i >= 0; i-- {
		h := r.history[i]
		if d.sents[h.sent].para < para-1 {
			break
		}
		if h.speaker.Kind == SpeakerPerson && len(h.speaker.Members) <= 1 {
			return h.speaker, true
		}
	}
	return Speaker{}, false
}

// demonymUnnamed: a nationality nominal that takes up no person is an
// unnamed person of that nationality, not the country's organisation the
// alias table reads in the adjective ("Juventus won. “It was a great
// night,” the Italian said."). Refined pass (readerName).
func (r *resolver) demonymUnnamed(a *attribution, sp Speaker) Speaker {
	if sp.Kind != SpeakerOrganization {
		return sp
	}
	t, ok := r.demonymSubject(a)
	if !ok {
		return sp
	}
	name := r.d.text[t.s:t.e]
	return Speaker{ID: r.id(name), Name: name, Kind: SpeakerUnknown}
}

// demonymSubject returns the nationality word of a's subject when it is
// "the", an optional age, and one singular nationality word of a country
// of the table.
func (r *resolver) demonymSubject(a *attribution) (token, bool) {
	d := r.d
	subj := a.subj
	if !subj.ok() || d.word(subj.s) != "the" || subj.e-subj.s < 2 || subj.e-subj.s > 3 {
		return token{}, false
	}
	if subj.e-subj.s == 3 && !strings.HasSuffix(d.word(subj.s+1), "-old") {
		return token{}, false // "the 22-year-old Italian"
	}
	t := d.tokAt(subj.e - 1)
	if t.kind != tWord || !t.upper || !singularDemonym(t.lower) {
		return token{}, false
	}
	if _, ok := r.al.countryOf(t.lower); !ok {
		return token{}, false
	}
	return t, true
}

// singularDemonym: a nationality adjective that names one person after
// "the" ("Italian", "Israeli"), not a people ("Chinese", "French").
func singularDemonym(w string) bool {
	return strings.HasSuffix(w, "an") || strings.HasSuffix(w, "i")
}
