package extract

import "strings"

// "Hillary said", "Donald told the crowd": a person named by a known first
// name alone is the one person the article names in full with it
// ("Hillary Clinton"), when the word is no one's surname there and no
// other full name starts with it. Refined pass (finalSpeaker), names
// only. Session 23, train speaker names.

// firstNameOnly gives a one-word person speaker the full name it opens.
func (r *resolver) firstNameOnly(sp Speaker) Speaker {
	if sp.Kind != SpeakerPerson || strings.ContainsAny(sp.Name, " .") || sp.Members != nil || sp.Title != "" {
		return sp // "Mr John" is a family name (honorific_given_name.go)
	}
	first := strings.ToLower(sp.Name)
	if firstNameGender(first) == genderUnknown {
		return sp
	}
	if _, surname := r.fullName[first]; surname {
		return sp // "Wendy" may be someone's family name here
	}
	full := ""
	for _, f := range r.fullName {
		given, _, ok := strings.Cut(f, " ")
		if !ok || !strings.EqualFold(given, sp.Name) || f == full {
			continue
		}
		if full != "" {
			return sp // two people of that first name: no guess
		}
		full = f
	}
	if full == "" {
		return sp
	}
	if t, ok := r.al.Resolve(full); ok {
		return t
	}
	return Speaker{ID: r.id(full), Name: full, Kind: SpeakerPerson, Title: sp.Title, Aliases: append(sp.Aliases, sp.Name)}
}
