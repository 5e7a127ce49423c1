package extract

import "strings"

// "The New York Times reported" and "according to the New York Times":
// the article of a body's name was kept where it is capitalised (a
// sentence's start, or a house style's "The New York Times" mid-sentence),
// so one body had two names ("The
// New York Times" 4 times and "New York Times" 10 times on the design docs,
// "The Associated Press" and "Associated Press", "The Obama
// administration"). In the refined pass (names only) an organisation's
// name loses a leading "The" before a capitalised word, and is then the
// alias table's name for it when it has one. Session 23, train speaker
// names: 17 design names changed (15 documents): 16 right (one name for the
// body), 0 wrong, 1 neutral ("The Post's Dana Milbank", a person, still).

// orgWithoutArticle corrects an organisation speaker sp (see above).
func (r *resolver) orgWithoutArticle(sp Speaker) Speaker {
	if sp.Kind != SpeakerOrganization || sp.Members != nil {
		return sp
	}
	rest, ok := strings.CutPrefix(sp.Name, "The ")
	if !ok || rest == "" || rest[0] < 'A' || rest[0] > 'Z' {
		return sp
	}
	if t, ok := r.al.Resolve(rest); ok {
		return t
	}
	sp.Aliases = append(sp.Aliases[:len(sp.Aliases):len(sp.Aliases)], sp.Name)
	sp.ID, sp.Name = r.id(rest), rest
	return sp
}
