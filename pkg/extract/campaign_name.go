package extract

import "strings"

// A campaign is named in many forms: "Clinton campaign", "Clinton’s
// campaign", "Mrs. Clinton's campaign", "Presidential candidate Marco
// Rubio’s campaign"; each was a speaker of its own across articles. The
// refined pass names a person's campaign or team "<name> campaign" or
// "<name> team", without the possessive, honorifics or description (the
// written form stays an alias).

// campaignName returns name in that form, or name itself when it is no
// person's campaign or team.
func campaignName(name string) string {
	owner, ok := strings.CutSuffix(name, " campaign")
	noun := "campaign"
	if !ok {
		if owner, ok = strings.CutSuffix(name, " team"); !ok {
			return name
		}
		noun = "team"
	}
	owner = bareName(stripPossessive(strings.TrimSpace(owner))) // "Presidential candidate Marco Rubio"
	for w := range strings.FieldsSeq(owner) {
		if c := w[0]; c < 'A' || c > 'Z' {
			return name // "Brooklyn-based", "ones Trump", "Democratic nominee's"
		}
	}
	owner = stripHonorifics(owner) // "Mrs. Clinton"
	if owner == "" {
		return name
	}
	return owner + " " + noun
}
