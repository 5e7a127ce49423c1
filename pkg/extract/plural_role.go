package extract

import "strings"

// Plural roles before "for": "Lawyers for the family said they would
// appeal" gave the speaker "the family", since the noun phrase scan
// (npFwd) goes on over "for" only after a role noun of the singular
// (roleNouns: "A lawyer for the family said"). Courts, business and
// disaster news quote such groups often ("Attorneys for the city",
// "Spokesmen for the airline", "Officials for the agency"). At inference
// the plural of a role noun continues the phrase too; in training the old
// reading stays, so the models do not move. Hand-written probes.

// pluralRole reports the plural of a role noun at k ("lawyers",
// "spokesmen"), at inference.
func (d *doc) pluralRole(k int) bool {
	w := d.word(k)
	if d.training || len(w) < 4 {
		return false
	}
	if strings.HasSuffix(w, "men") {
		return roleNouns.has(w[:len(w)-3] + "man") // "spokesmen", "chairmen"
	}
	if strings.HasSuffix(w, "s") {
		return roleNouns.has(w[:len(w)-1]) || pluralRoleOnly.has(w)
	}
	return false
}

// pluralRoleOnly are groups quoted in the plural that roleNouns lacks.
var pluralRoleOnly = set("doctors", "investigators", "researchers", "officers", "executives")
