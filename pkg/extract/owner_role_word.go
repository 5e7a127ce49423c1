package extract

import "strings"

// A possessive word of a title names whose the office is, not the office:
// "the president's chief of staff" is no president, "the minister's
// spokesman" no minister. rolesMatch read every word of a title, so "The
// electoral court's president, Justice Clara Nogueira, said" went to the
// chief of staff named before ("The president's chief of staff, Otavio
// Mendes") as "the president". testdata/long, TestOwnerRoleWord.

// ownerRoleWord reports whether a title word is a possessive ("president's",
// "minister’s"), whose role is not the title holder's.
func ownerRoleWord(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s'")
}
