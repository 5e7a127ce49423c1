package extract

import "testing"

// TestOpinionOpening covers "In <possessive> view|mind|opinion, <clause>"
// openings.
func TestOpinionOpening(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "The aides met. In their view, Democrats could win several states.", content: "Democrats could win several states", mention: "their"},
		{text: "The aides met. In Lee's mind, his record is a strength.", content: "his record is a strength", mention: "Lee's"},
		{text: "The aides met. In my personal opinion, the plan will fail.", content: "the plan will fail", mention: "my"},
	})
	checkNoStatements(t, ex, []string{
		"The aides met. In other words, the plan will fail.",
		"The aides met. In this view, the plan will fail.",
		"The aides met. In his view of the town, it was fine.",
		"The aides met. In their view, why does it matter?",
	})
	// The possessive names the speaker, not the viewpoint noun.
	checkNamedSpeakers(t, withoutAccept(), []namedSpeaker{
		{"Headline\n\nJohn Smith spoke on Monday. In his view, the Senate should start over.", "the Senate should start over", "John Smith", SpeakerPerson, ""},
	})
	d := newDoc("The aides met. In their view, Democrats could win several states.")
	d.training = true
	for _, a := range d.findAttributions() {
		if d.word(a.cue.s-2) == "in" {
			t.Errorf("training: no frame at the opening \"In\"")
		}
	}
	d.release()
}
