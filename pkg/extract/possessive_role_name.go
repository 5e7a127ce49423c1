package extract

import "strings"

// "The study's lead author Maya Patel, a professor at Yale, said", "the
// report's co-author Tom Reed": a possessive common noun and a lower-case
// role before a person's name (no comma). With an apposition after the
// name the rules kept the whole noun phrase as the speaker's name, and a
// document's noun ("study", "report": orgWords) made it an organisation:
// "study's lead author Maya Patel". nameInDescription reads only a
// capitalised description. In the refined pass (names only) such a
// speaker whose name is a lower-case possessive, one to four lower-case
// words and two name-case words is the person those two name, when the
// first is a known first name or the last lower-case word a person's role
// ("author", "coach": roleNouns, researchRoles; the first-name list is
// short), with the role as title when none was given.
// Session 25 probe.

// possessiveRoleName corrects the person or organisation speaker sp (see
// above).
func (r *resolver) possessiveRoleName(sp Speaker) Speaker {
	if sp.Kind != SpeakerPerson && sp.Kind != SpeakerOrganization || sp.Members != nil || strings.Count(sp.Name, " ") < 3 {
		return sp
	}
	var buf [8]string
	f, all := nameFields(buf[:], sp.Name)
	if !all || len(f) < 4 || len(f) > 7 {
		return sp
	}
	if p := f[0]; p[0] < 'a' || p[0] > 'z' || stripPossessive(p) == p {
		return sp // "study's"
	}
	for _, w := range f[1 : len(f)-2] {
		if w[0] < 'a' || w[0] > 'z' || stripPossessive(w) != w {
			return sp
		}
	}
	given, surname := f[len(f)-2], f[len(f)-1]
	if !nameWordShape(given) || !nameWordShape(surname) || stripPossessive(surname) != surname ||
		firstNameGender(r.lowerScratch(surname)) != genderUnknown {
		return sp
	}
	if role := f[len(f)-3]; firstNameGender(r.lowerScratch(given)) == genderUnknown && !roleNouns.has(role) && !researchRoles.has(role) {
		return sp // "the company's unit Acme Holdings": a known first name, or a person's role before the name
	}
	if ls := r.lowerScratch(surname); orgWords.has(ls) || nonPersonNames.has(ls) {
		return sp
	}
	n := given + " " + surname
	if t, ok := r.al.Resolve(n); ok && t.Kind == SpeakerPerson {
		return t
	}
	title := sp.Title
	if title == "" {
		title = strings.Join(f[1:len(f)-2], " ")
	}
	return Speaker{ID: r.id(n), Name: n, Kind: SpeakerPerson, Title: title, Aliases: append(sp.Aliases[:len(sp.Aliases):len(sp.Aliases)], sp.Name)}
}
