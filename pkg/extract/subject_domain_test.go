package extract

import "testing"

// TestSubjectDomain covers a website as a subject: the speaker is the
// whole site, forward and backward; a plain name is as before.
func TestSubjectDomain(t *testing.T) {
	ex := New(nil)
	checkSoleSpeakers(t, ex, []soleSpeaker{
		{"Local\n\nKSL.com reported that the driver was 17.", "KSL.com", "KSL.com", ""},
		{"Local\n\nStuff.co.nz reported that the driver was 17.", "Stuff.co.nz", "Stuff.co.nz", ""},
		{"Local\n\nFOX13Now.com reported that the school was closed.", "FOX13Now.com", "FOX13Now.com", ""},
		{"Local\n\nKSL reported that the driver was 17.", "KSL", "KSL", ""},
	})
}
