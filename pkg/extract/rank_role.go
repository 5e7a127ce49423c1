package extract

import "strings"

// Ranks and legal roles that news copy takes up as "the ROLE": "Col.
// Robert Hayes said ... “…,” the colonel said", "His lawyer, Catherine
// Doyle, told jurors ... the defense lawyer said", "Deputy District
// Attorney Paul Nakamura said ... the prosecutor said". The nominal had
// gone to nobody ("colonel", "prosecutor"): the rank's abbreviation was no
// role, "lawyer" no role head, and the "deputy" of the title asked the
// nominal for "deputy" though the nominal's office is no word of the
// title (a deputy prime minister is no "prime minister", but a deputy
// district attorney is a prosecutor). Refined pass only, as nominalPerson
// is (resolve_nominal.go; testdata/long 17, 26). "defense" in "the
// defense lawyer" is no portfolio the title must hold.

// rankRole maps a rank's abbreviation or a lawyer's title to its role.
func rankRole(w string) string {
	switch w {
	case "col":
		return "colonel"
	case "capt":
		return "captain"
	case "lt":
		return "lieutenant"
	case "sgt":
		return "sergeant"
	case "solicitor", "barrister", "counsel":
		return "lawyer"
	}
	return w
}

// rankOfHead reports whether the title's rank words bear on a nominal of
// this head: only when the title holds the head itself ("Deputy Prime
// Minister" for "the prime minister", not "Deputy District Attorney" for
// "the prosecutor").
func rankOfHead(title, head string) bool {
	want := canonRole(head)
	for w := range strings.FieldsSeq(strings.ToLower(title)) {
		if canonRole(strings.Trim(w, ",")) == want {
			return true
		}
	}
	return false
}

// defenseLawyer: "the defense lawyer" is a lawyer whose title names no
// defense ("His lawyer, Catherine Doyle"), though no prosecutor ("U.S.
// Attorney Rachel Moreno"): "defense" is no portfolio here.
func defenseLawyer(w, head, title string) bool {
	if w != "defense" && w != "defence" {
		return false
	}
	switch canonRole(head) {
	case "lawyer", "attorney":
		return !prosecutorTitle(title) && !strings.Contains(strings.ToLower(title), "attorney general")
	}
	return false
}
