package extract

import "testing"

// TestFirmSuffix: a name ending in a firm's word is an organisation
// ("Vantis Dynamics", "Bramley Homes"), unless it opens with a known first
// name ("Amy Homes").
func TestFirmSuffix(t *testing.T) {
	ex := New(nil)
	for _, c := range []struct {
		text string
		kind SpeakerKind
	}{
		{"Rockets\n\nVantis Dynamics said the engine test had gone well.", SpeakerOrganization},
		{"Housing\n\nBramley Homes said rents would rise next year.", SpeakerOrganization},
		{"Books\n\nThe novelist Amy Homes said the book was finished.", SpeakerPerson},
	} {
		qs := ex.Extract(c.text)
		if len(qs) != 1 || qs[0].Speaker.Kind != c.kind {
			t.Errorf("%q: got %v, want one statement of a %s", c.text, qs, c.kind)
		}
	}
}
