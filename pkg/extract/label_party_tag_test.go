package extract

import "testing"

// TestLabelPartyTag: a transcript label with a party tag before its colon
// is its speaker's turn; a parenthesis that is no party tag is no label.
func TestLabelPartyTag(t *testing.T) {
	ex := New(nil)
	checkContents(t, ex, []contentCase{
		{"Hearing.\n\nSEN. JOHN KENNEDY (R-LA): The money is gone, and nobody can tell me where it went.", "The money is gone, and nobody can tell me where it went", "SEN. JOHN KENNEDY"},
		{"Hearing.\n\nRep. Jane Doe (D-Calif.): We will not stop asking until we get answers.", "We will not stop asking until we get answers", "Rep. Jane Doe"},
		{"Transcript.\n\nSANDERS (voice-over): We will win this election, and we will win it big.", "We will win this election, and we will win it big", "SANDERS"},
		{"Transcript.\n\nTAPPER (on camera): We will win this election, and we will win it big.", "We will win this election, and we will win it big", "TAPPER"},
	})
	checkNamedSpeakers(t, ex, []namedSpeaker{
		{"Hearing.\n\nSEN. JOHN KENNEDY (R-LA): The money is gone, and nobody can tell me where it went.", "The money is gone", "John Kennedy", SpeakerPerson, "Sen."},
	})
	for _, text := range []string{"Hearing.\n\nMr. Hill (CEO of Acme): We will not stop asking until we get answers.",
		"Hearing.\n\nMr. Hill (laughing): We will not stop asking until we get answers."} {
		for _, q := range ex.Extract(text) {
			if m := mention(text, q); m == "Mr. Hill" {
				t.Errorf("%q: a parenthesis that is no party tag made a label: %q", text, q.Text)
			}
		}
	}
}
