package extract

import "strings"

// "the Clinton campaign" and "Hillary Clinton's campaign", "the Sanders
// campaign" and "Bernie Sanders' campaign": campaignName gives a person's
// campaign under the owner's name as written, so one campaign had two
// names ("Clinton campaign" 19 times and "Hillary Clinton campaign" 7
// times on the design docs), and "Hillary Clinton Campaign" a third. In
// the refined pass (names only) a campaign or team named by a surname is
// named by the person's full name that the article gives for it, as a
// lone "Clinton" is, and a capitalised "Campaign" after a person's full
// name is lower-cased ("Human Rights Campaign" stays: no first name).
// Session 23, train speaker names: 53 design names changed (about 35
// documents), 53 right, 0 wrong; before the honorific check "Mrs.
// Clinton's campaign" became Bill Clinton's (the article's first Clinton).

// campaignFullName corrects an organisation speaker sp (see above).
func (r *resolver) campaignFullName(sp Speaker) Speaker {
	if sp.Kind != SpeakerOrganization || sp.Members != nil {
		return sp
	}
	owner, noun, ok := "", "", false
	for _, n := range []string{" campaign", " Campaign", " team"} {
		if owner, ok = strings.CutSuffix(sp.Name, n); ok {
			noun = strings.ToLower(n)
			break
		}
	}
	if !ok {
		return sp
	}
	var fbuf, gbuf [4]string
	f, _ := nameFields(fbuf[:], owner) // a fourth word fails both cases below
	full := owner
	switch {
	case len(f) == 1 && nameWordShape(f[0]):
		n, known := r.fullName[strings.ToLower(f[0])]
		g, _ := nameFields(gbuf[:], n)
		if !known || len(g) < 2 || len(g) > 3 || g[len(g)-1] != f[0] || firstNameGender(strings.ToLower(g[0])) == genderUnknown {
			return sp
		}
		full = n
		for _, al := range sp.Aliases {
			// "Mrs. Clinton's campaign" is not Bill Clinton's
			if g := honorificGender(al); g != genderUnknown && g != firstNameGender(strings.ToLower(g0(full))) {
				return sp
			}
		}
	case len(f) >= 2 && len(f) <= 3 && firstNameGender(strings.ToLower(f[0])) != genderUnknown:
	default:
		return sp
	}
	full = PersonNameForm(full) // "Donald J. Trump"
	if t, ok := r.al.Resolve(full); ok && t.Kind == SpeakerPerson {
		full = t.Name // "Hillary Rodham Clinton"
	}
	n := full + noun
	if n == sp.Name {
		return sp
	}
	sp.Aliases = append(sp.Aliases[:len(sp.Aliases):len(sp.Aliases)], sp.Name)
	sp.ID, sp.Name = r.id(n), n
	return sp
}

// g0 returns the first word of name.
func g0(name string) string {
	w, _, _ := strings.Cut(name, " ")
	return w
}

// honorificGender reads the gender of a "Mr.", "Mrs.", "Ms." in name.
func honorificGender(name string) gender {
	for w := range strings.FieldsSeq(name) {
		switch strings.TrimSuffix(w, ".") {
		case "Mr":
			return genderMale
		case "Mrs", "Ms", "Miss":
			return genderFemale
		}
	}
	return genderUnknown
}
