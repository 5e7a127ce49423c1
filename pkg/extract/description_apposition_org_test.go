package extract

import "testing"

// TestDescriptionAppositionOrg covers a lower-case description, a comma
// and an organisation's name as a subject ("The singer's label, Acme
// Records, said"): the organisation speaks, titled by the description; a
// person after the comma, or a name before it, is left to the other rules.
func TestDescriptionAppositionOrg(t *testing.T) {
	ex := New(nil)
	cases := []struct {
		text, name string
		kind       SpeakerKind
	}{
		{"Album delayed\n\nThe singer's label, Acme Records, said in a statement that the album had been delayed.", "Acme Records", SpeakerOrganization},
		{"Album delayed\n\n\"We will appeal,\" the team's owner, Acme Sports Group, said.", "Acme Sports Group", SpeakerOrganization},
		{"Album delayed\n\nThe group's founder, Tom Reed, said profits fell.", "Tom Reed", SpeakerPerson},
		{"Album delayed\n\nTom Reed, the founder of Acme Records, said profits fell.", "Tom Reed", SpeakerPerson},
	}
	for _, c := range cases {
		qs := ex.Extract(c.text)
		if len(qs) != 1 {
			t.Errorf("%q: %d statements", c.text, len(qs))
			continue
		}
		if sp := qs[0].Speaker; sp.Name != c.name || sp.Kind != c.kind {
			t.Errorf("%q: speaker %q (%s), want %q (%s)", c.text, sp.Name, sp.Kind, c.name, c.kind)
		}
	}
}
