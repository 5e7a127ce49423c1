package extract

import "testing"

// TestOrgWithoutArticle: "The New York Times" opening a sentence is the
// "New York Times" of mid-sentence mentions; a one-letter-case "the"
// inside a name and other kinds stay.
func TestOrgWithoutArticle(t *testing.T) {
	checkNamedSpeakers(t, withoutAccept(), []namedSpeaker{
		{"Headline\n\nThe Harbor Gazette reported that the mayor resigned.", "the mayor resigned", "Harbor Gazette", SpeakerOrganization, ""},
		{"Headline\n\nThe mayor quit, the Harbor Gazette reported.", "The mayor quit", "Harbor Gazette", SpeakerOrganization, ""},
		// near-miss: a person keeps every word
		{"Headline\n\nJane Smith said the mayor resigned.", "the mayor resigned", "Jane Smith", SpeakerPerson, ""},
	})
}

func TestNameWordShape(t *testing.T) {
	for w, want := range map[string]bool{"Purcell": true, "McCain": true, "O'Keefe": true, "Abu-Laban": true, "Purcell's": true,
		"AG": false, "PAC": false, "Oscar-winner": false, "x": false, "purcell": false} {
		if got := nameWordShape(w); got != want {
			t.Errorf("nameWordShape(%q) = %v, want %v", w, got, want)
		}
	}
}
