package extract

import "testing"

// TestCapsLabelSpeaker: a transcript's capital label names its speaker in
// the usual case when the article never names the person in full; a name
// given before, a role label and a Q/A turn keep their speakers.
func TestCapsLabelSpeaker(t *testing.T) {
	ex := New(nil)
	checkNamedSpeakers(t, ex, []namedSpeaker{
		{"Debate transcript.\n\nSANDERS: We will win this election, and we will win it big.", "We will win", "Sanders", SpeakerPerson, ""},
		{"Debate transcript.\n\nVAN HOLLEN: The bill is a disgrace to this chamber.", "The bill is a disgrace", "Van Hollen", SpeakerPerson, ""},
		{"Debate transcript.\n\nMCCAIN: The bill is a disgrace to this chamber.", "The bill is a disgrace", "McCain", "", ""},
		{"Debate transcript.\n\nO'ROURKE: The bill is a disgrace to this chamber.", "The bill is a disgrace", "O'Rourke", SpeakerPerson, ""},
		{"Debate transcript.\n\nOCASIO-CORTEZ: The bill is a disgrace to this chamber.", "The bill is a disgrace", "Ocasio-Cortez", SpeakerPerson, ""},
		{"Press briefing.\n\nMS. JEAN-PIERRE: Good afternoon, everybody, and welcome to the briefing.", "Good afternoon", "Jean-Pierre", SpeakerPerson, "Ms."},
		{"Debate transcript.\n\nSEN. SANDERS: We will win this election, and we will win it big.", "We will win", "Sanders", SpeakerPerson, "Sen."},
		// near misses: named in full before, a role, a label not in capitals
		{"Debate transcript.\n\nSen. Bernie Sanders spoke first.\n\nSANDERS: We will win this election, and we will win it big.", "We will win", "Bernie Sanders", SpeakerPerson, "Sen."},
		{"Debate transcript.\n\nMODERATOR: The bill is a disgrace to this chamber.", "The bill is a disgrace", "moderator", "", ""},
		{"Debate transcript.\n\nUNIDENTIFIED MALE: The bill is a disgrace to this chamber.", "The bill is a disgrace", "unidentified male", "", ""},
	})
}

func TestNameCase(t *testing.T) {
	for in, want := range map[string]string{"SANDERS": "Sanders", "MCCAIN": "McCain", "MCA": "Mca", "O'ROURKE": "O'Rourke", "OCASIO-CORTEZ": "Ocasio-Cortez", "DE": "De"} {
		if got := nameCase(in); got != want {
			t.Errorf("nameCase(%q) = %q, want %q", in, got, want)
		}
	}
}
