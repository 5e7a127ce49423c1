package extract

import "testing"

// TestPersonForm: a listed long form of a person's name, with or without a
// middle initial, is named by the short form; other names stay.
func TestPersonForm(t *testing.T) {
	checkNamedSpeakers(t, withoutAccept(), []namedSpeaker{
		{"Headline\n\n\"It was close,\" said Edward G. Rendell, a former governor.", "It was close", "Ed Rendell", SpeakerPerson, "former governor"},
		{"Headline\n\n\"It was close,\" said Edward Rendell, a former governor.", "It was close", "Ed Rendell", SpeakerPerson, "former governor"},
		{"Headline\n\n\"It was close,\" said Edward Randall, a former governor.", "It was close", "Edward Randall", SpeakerPerson, "former governor"},
	})
	if n := personForms["benjamin rhodes"]; n != "Ben Rhodes" {
		t.Errorf("personForms[benjamin rhodes] = %q", n)
	}
}
