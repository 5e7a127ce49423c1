package extract

import "strings"

// A public prosecutor's office is written as an attorney's ("U.S. Attorney
// Rachel Moreno", "District Attorney Alvin Bragg", "the state's attorney")
// and taken up as "the prosecutor": rolesMatch compared the words alone,
// so "the prosecutor said" after a U.S. attorney's statement had no
// antecedent. An attorney of the state (U.S., district, state's, county,
// Crown) holds the prosecutor's role; a defence attorney
// ("his attorney") does not. testdata/long, TestProsecutorRole.

// prosecutorTitle reports whether title names a public prosecutor's office.
func prosecutorTitle(title string) bool {
	t := strings.ToLower(title)
	if !strings.Contains(t, "attorney") || strings.Contains(t, "defense") || strings.Contains(t, "defence") {
		return false
	}
	for _, office := range []string{"u.s. attorney", "us attorney", "united states attorney", "district attorney",
		"state's attorney", "state attorney", "county attorney", "crown attorney"} {
		if strings.Contains(t, office) {
			return true
		}
	}
	return false
}
