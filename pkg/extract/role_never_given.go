package extract

import "strings"

// "Elon Musk told employees that the cuts were necessary. The minister
// said she would resign": continuedRolePerson gave a bare role nominal to
// the person of the statement before when nothing contradicted it, and
// nothing does when the article gives the person no role at all. A bare
// nominal ("the minister", "the first minister": no country or party
// before the head) goes on with the person only when the article has
// given the person something: a title or honorific ("Ms Sturgeon",
// "Gov. Chris Christie"), a role in an apposition or before the name
// ("Jane Roe, the minister,"), or an introduction before the statement,
// which then names the person by surname alone ("Christie said"), or the
// alias table knows the person as a public figure ("Hillary Clinton ...
// The former secretary of state"). A
// nominal with a country or party ("the Brazilian president", "the Labour
// leader") says whose office it is and keeps going on with the person.
// Refined pass only (names). Session 25 probe.

// roleNeverGiven reports that the bare role nominal np may not continue
// the statement h of person sp (see above).
func (r *resolver) roleNeverGiven(np rng, h *attribution, sp Speaker) bool {
	d := r.d
	for k := np.s; k < np.e; k++ {
		if d.toks[k].upper && d.word(k) != "the" {
			return false // "the Brazilian president", "the Labour leader"
		}
	}
	if sp.Title != "" {
		return false
	}
	if t, ok := r.al.Resolve(sp.Name); ok && t.Kind == SpeakerPerson {
		return false // a public figure of the alias table: "Hillary Clinton ... The former secretary of state"
	}
	for _, rm := range r.roles {
		if rm.title != "" && (rm.name == sp.Name || r.id(rm.name) == sp.ID) {
			return false
		}
	}
	if strings.Contains(sp.Name, " ") && !strings.Contains(r.textOf(h.subj), sp.Name) {
		return false // "Christie said": introduced before, by full name
	}
	return true
}
