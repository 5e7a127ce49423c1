package extract

import "testing"

// TestDeterminedState: "state" after a determiner or a possessive and
// before a noun modifies it, so the backward frame has its subject; "the
// state said" is still the state's statement.
func TestDeterminedState(t *testing.T) {
	checkSoleSpeakers(t, withoutAccept(), []soleSpeaker{
		{"Heat.\n\nCases rose, the state health department said.", "the state health department", "state health department", ""},
		{"Heat.\n\nTemperatures hit 46C in Seville, Spain's state weather agency AEMET said.", "Spain's state weather agency AEMET", "AEMET", ""},
		{"Fire.\n\nThe blaze was set on purpose, the state fire marshal said on Monday.", "the state fire marshal", "state fire marshal", ""},
		{"Heat.\n\nCases rose, the state said.", "the state", "state", ""},
	})
	// the verb after a plural subject stays a cue
	checkSoleSpeakers(t, withoutAccept(), []soleSpeaker{
		{"Heat.\n\nThe officials state that cases rose.", "The officials", "The officials", ""},
	})
}
