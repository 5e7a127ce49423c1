package extract

import (
	"slices"
	"testing"
)

// TestOfficeName: a titled person's office is named after the person
// without the title; other offices keep their names.
func TestOfficeName(t *testing.T) {
	for in, want := range map[string]string{
		"Israeli Prime Minister Benjamin Netanyahu's office": "Benjamin Netanyahu's office",
		"Sen. Marco Rubio's office":                          "Marco Rubio's office",
		"Congressman Trey Gowdy’s office":                    "Trey Gowdy’s office",
		"Netanyahu's office":                                 "Netanyahu's office",
		"the governor's office":                              "the governor's office",
		"Home Office":                                        "Home Office",
		"Prime Minister's office":                            "Prime Minister's office",
	} {
		if got := officeName(in); got != want {
			t.Errorf("officeName(%q) = %q, want %q", in, got, want)
		}
	}
	sp := find(t, withoutAccept().Extract("Israeli Prime Minister Benjamin Netanyahu's office said the talks had ended."), "the talks had ended").Speaker
	if sp.Name != "Benjamin Netanyahu's office" || slices.Contains(sp.Aliases, "Israeli Prime Minister Benjamin Netanyahu's office") {
		t.Errorf("speaker %q, aliases %q", sp.Name, sp.Aliases)
	}
}
