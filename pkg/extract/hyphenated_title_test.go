package extract

import "testing"

// TestHyphenatedTitle: an office "-in-charge" or "-in-chief" before a name
// is a title, whatever its first word; a later surname is the full name.
func TestHyphenatedTitle(t *testing.T) {
	for w, want := range map[string]bool{"secretary-general": true, "investigator-in-charge": true, "editor-in-chief": true, "self-made": false, "in-charge": false} {
		if got := hyphenatedTitle(w); got != want {
			t.Errorf("hyphenatedTitle(%q) = %v, want %v", w, got, want)
		}
	}
	checkNamedSpeakers(t, withoutAccept(), []namedSpeaker{
		{"Crash probe\n\nInvestigator-in-charge Dana Whitfield arrived on Monday. Whitfield said the recorders had been found.", "the recorders had been found", "Dana Whitfield", SpeakerPerson, "Investigator-in-charge"},
	})
}
