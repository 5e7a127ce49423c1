package extract

import "strings"

// "Modi ji said", "Shah-ji told reporters": Indian English papers write
// the honorific "ji" after a name, where other papers write "Mr" before
// it, and the speaker was "Modi ji", a person of its own. A person named
// by one word and a lower-case "ji" (apart or after a hyphen) is that
// word: the full name the article gave for it, or the table's person, or
// the word alone ("Modi ji", lower-case head, was even anonymous). A capitalised "Ji" is left alone (a Chinese or Korean
// given name: "Wang Ji"). Refined pass (readerName). Session 26,
// hand-written probes.

// jiSuffix gives a speaker sp named "X ji" or "X-ji" the name of X.
func (r *resolver) jiSuffix(sp Speaker) Speaker {
	if sp.Members != nil || sp.Kind == SpeakerOrganization {
		return sp
	}
	base, ok := strings.CutSuffix(sp.Name, " ji")
	if !ok {
		base, ok = strings.CutSuffix(sp.Name, "-ji")
	}
	if !ok || base == "" || strings.ContainsAny(base, " -") {
		return sp
	}
	name := base
	if f, ok := r.fullName[strings.ToLower(base)]; ok {
		name = f
	}
	if t, ok := r.al.Resolve(name); ok && t.Kind == SpeakerPerson {
		return t
	}
	// the reader's form: "Home Minister Amit Shah" is Amit Shah (finalSpeaker)
	return r.finalSpeaker(Speaker{ID: r.id(name), Name: name, Kind: SpeakerPerson, Title: sp.Title, Aliases: append(sp.Aliases[:len(sp.Aliases):len(sp.Aliases)], sp.Name)})
}
