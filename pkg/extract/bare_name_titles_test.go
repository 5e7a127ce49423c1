package extract

import "testing"

// TestBareNamePossessiveTitle: after a country's possessive, the title
// words before a one-word name go too ("Brazil's President Lula" ->
// "Lula", as "Brazilian President Lula"); a name of two words and names
// without a possessive as before.
func TestBareNamePossessiveTitle(t *testing.T) {
	for in, want := range map[string]string{
		"Brazil's President Lula":               "Lula",
		"Britain's Prime Minister Starmer":      "Starmer",
		"Egypt’s President Sisi":                "Sisi",
		"Britain's Prime Minister Keir Starmer": "Keir Starmer",
		"Brazil's Lula":                         "Brazil's Lula", // as before
		"Apple's Cook":                          "Apple's Cook",
		"President Lula":                        "President Lula",
	} {
		if got := bareName(in); got != want {
			t.Errorf("bareName(%q) = %q, want %q", in, got, want)
		}
	}
	ex := withoutAccept()
	for _, c := range [][3]string{
		{"Brazil's President Lula said the plan would work.", "the plan would work", "Lula"},
		{"Britain's Prime Minister Starmer said the plan would work.", "the plan would work", "Starmer"},
	} {
		if sp := find(t, ex.Extract(c[0]), c[1]).Speaker; sp.Name != c[2] {
			t.Errorf("%q: speaker %q, want %q", c[0], sp.Name, c[2])
		}
	}
}

// TestDescriptorInitials: a descriptor before dotted initials is no part
// of the name ("Author J.K. Rowling"); the forms of initials get one id.
func TestDescriptorInitials(t *testing.T) {
	ex := withoutAccept()
	for _, c := range [][3]string{
		{"Author J.K. Rowling said the book was done.", "the book was done", "jk-rowling"},
		{"Author J. K. Rowling said the book was done.", "the book was done", "jk-rowling"},
		{"Vice President J. D. Vance said the plan would work.", "the plan would work", "jd-vance"},
		{"Vice President JD Vance said the plan would work.", "the plan would work", "jd-vance"},
		// no initials: as before
		{"Author Rowling said the book was done.", "the book was done", "author-rowling"},
	} {
		if sp := find(t, ex.Extract(c[0]), c[1]).Speaker; sp.ID != c[2] {
			t.Errorf("%q: speaker %q (%s), want id %s", c[0], sp.Name, sp.ID, c[2])
		}
	}
	for w, want := range map[string]bool{"J.": true, "J.K.": true, "J.R.R.": true, "JK": false, "J": false, "Jo.": false, "U.S.": true} {
		if got := dottedInitials(w); got != want {
			t.Errorf("dottedInitials(%q) = %v", w, got)
		}
	}
}
