package extract

import "strings"

// "De Blasio said", "Le Pen said": a family name with a particle,
// capitalised where it opens a sentence, was a person's name of its own
// ("De Blasio" 8 times, "Bill de Blasio" 4 times on the design docs),
// since the article's full names are keyed by their last word only. In the
// refined pass (names only) a person speaker named by particles and a
// family name is the person the article names in full with a known first
// name before the particles ("Bill de Blasio"). Session 23, train speaker
// names: 8 design names changed (1 document), 8 right, 0 wrong; "Al" is a
// first name, no particle ("Al Franken" took the article's titled form).

// particleSurname corrects a person speaker sp (see above).
func (r *resolver) particleSurname(sp Speaker) Speaker {
	if sp.Kind != SpeakerPerson || sp.Members != nil {
		return sp
	}
	first, _, ok := strings.Cut(sp.Name, " ")
	if !ok || !nameParticles.has(r.lowerScratch(first)) {
		return sp
	}
	f := strings.Fields(sp.Name)
	if len(f) < 2 || len(f) > 3 {
		return sp
	}
	for _, w := range f[:len(f)-1] {
		if !nameParticles.has(strings.ToLower(w)) || firstNameGender(strings.ToLower(w)) != genderUnknown {
			return sp
		}
	}
	full := r.givenParticleName(f)
	if full == "" {
		return sp
	}
	if t, ok := r.al.Resolve(full); ok && t.Kind == SpeakerPerson {
		return t
	}
	return Speaker{ID: r.id(full), Name: full, Kind: SpeakerPerson, Title: sp.Title, Aliases: append(sp.Aliases[:len(sp.Aliases):len(sp.Aliases)], sp.Name)}
}

// givenParticleName returns the text's first "Given particles Surname"
// whose particles and surname are those of f, after a known first name
// ("Bill de Blasio" for "De Blasio"), or "" (two different ones: "").
func (r *resolver) givenParticleName(f []string) string {
	d := r.d
	n := len(f)
	full := ""
	for i := n; i < len(d.toks); i++ {
		ok := true
		for k := 0; k < n && ok; k++ {
			t := d.tokAt(i - n + 1 + k)
			ok = t.kind == tWord && strings.EqualFold(stripPossessive(t.lower), stripPossessive(f[k]))
		}
		g := d.tokAt(i - n)
		if !ok || g.kind != tWord || !g.upper || firstNameGender(g.lower) == genderUnknown {
			continue
		}
		name := stripPossessive(d.text[g.s:d.tokAt(i).e]) // as written, no copy
		if full != "" && full != name {
			return ""
		}
		full = name
	}
	return full
}
