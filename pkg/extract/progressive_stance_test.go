package extract

import "testing"

// TestProgressiveStance covers "is thanking X", "is touting X": the object
// is the content, rule-accepted at inference; relative subjects, frames
// inside another statement, particles and training give no such frame.
func TestProgressiveStance(t *testing.T) {
	ex := withoutAccept()
	checkContents(t, ex, []contentCase{
		{text: "Vote Set.\n\nMore news.\n\nThe mayor is thanking volunteers for their work.", content: "volunteers for their work", mention: "The mayor"},
		{text: "Vote Set.\n\nMore news.\n\nLee is also congratulating his rivals, especially Kim and Roe.", content: "his rivals, especially Kim and Roe", mention: "Lee"},
		{text: "Vote Set.\n\nMore news.\n\nLee is touting a careful plan in other interviews.", content: "a careful plan", mention: "Lee"},
	})
	framed := func(text string, training bool) bool {
		d := newDoc(text)
		defer d.release()
		d.training = training
		for _, a := range d.findAttributions() {
			if a.cueText == "progressive stance" && len(a.content) > 0 {
				return true
			}
		}
		return false
	}
	for _, text := range []string{
		"Vote Set.\n\nMore news.\n\nDonors who are praising the plan gave more.",
		"Vote Set.\n\nMore news.\n\nLee said Kim was praising the plan.",
		"Vote Set.\n\nMore news.\n\nThe group is blasting out messages.",
	} {
		if framed(text, false) {
			t.Errorf("%q: progressive stance frame", text)
		}
	}
	if framed("Vote Set.\n\nMore news.\n\nThe mayor is thanking volunteers for their work.", true) {
		t.Errorf("frame built while training")
	}
}
