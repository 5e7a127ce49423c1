package extract

import "testing"

// TestProgressiveStance covers "is thanking X", "is touting X" and the
// intentions "is looking for X", "is considering X", "is seeking X": the object
// is the content, rule-accepted at inference; relative subjects, frames
// inside another statement, particles and training give no such frame.
func TestProgressiveStance(t *testing.T) {
	ex := withoutAccept()
	checkContents(t, ex, []contentCase{
		{text: "Vote Set.\n\nMore news.\n\nThe mayor is thanking volunteers for their work.", content: "volunteers for their work", mention: "The mayor"},
		{text: "Vote Set.\n\nMore news.\n\nLee is also congratulating his rivals, especially Kim and Roe.", content: "his rivals, especially Kim and Roe", mention: "Lee"},
		{text: "Vote Set.\n\nMore news.\n\nLee is touting a careful plan in other interviews.", content: "a careful plan", mention: "Lee"},
	})
	checkContents(t, ex, []contentCase{
		{text: "Vote Set.\n\nMore news.\n\nThe mayor is looking for a quick deal after the strike.", content: "a quick deal", mention: "The mayor"},
		{text: "Vote Set.\n\nMore news.\n\nWhile Lee is counting on his base to win, Kim waits.", content: "his base to win", mention: "Lee"},
		{text: "Vote Set.\n\nMore news.\n\nThe board is also considering whether to sell the plant.", content: "whether to sell the plant", mention: "The board"},
		{text: "Vote Set.\n\nMore news.\n\nThe county is considering raising taxes.", content: "raising taxes", mention: "The county"},
		{text: "Vote Set.\n\nMore news.\n\nThe city is seeking millions of dollars from the state.", content: "millions of dollars from the state", mention: "The city"},
		{text: "Vote Set.\n\nMore news.\n\nSince then, he is seeking to win the state.", content: "to win the state", mention: "he"},
		{text: "Vote Set.\n\nMore news.\n\nThe group is contemplating playing in a larger number of races.", content: "playing in a larger number of races", mention: "The group"},
		{text: "Vote Set.\n\nMore news.\n\nKim is mulling a run for mayor.", content: "a run for mayor", mention: "Kim"},
		{text: "Vote Set.\n\nMore news.\n\nFlorida officials are expecting a large turnout.", content: "a large turnout", mention: "Florida officials"},
		{text: "Vote Set.\n\nMore news.\n\nLee is offering to help the city.", content: "to help the city", mention: "Lee"},
		{text: "Vote Set.\n\nMore news.\n\nTrump is looking forward to a general election fight.", content: "a general election fight", mention: "Trump"},
		{text: "Vote Set.\n\nMore news.\n\nThe party is campaigning against the new tax law.", content: "the new tax law", mention: "The party"},
		{text: "Vote Set.\n\nMore news.\n\nThe governor is currently pushing for a higher wage.", content: "a higher wage", mention: "The governor"},
		{text: "Vote Set.\n\nMore news.\n\nMr. Lee has been seeking donations from small donors.", content: "donations from small donors", mention: "Mr. Lee"},
		{text: "Vote Set.\n\nMore news.\n\nShe was hoping for a large turnout.", content: "a large turnout", mention: "She"},
		{text: "Vote Set.\n\nMore news.\n\nNone of the rivals is pushing for a new tax.", content: "a new tax", mention: "None of the rivals"},
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
		"Vote Set.\n\nMore news.\n\nHe met the man he is seeking to succeed.",
		"Vote Set.\n\nMore news.\n\nIt was calm when voters are looking for change.",
		"Vote Set.\n\nMore news.\n\nThe firm is considering a sale, according to two people.",
		"Vote Set.\n\nMore news.\n\nLee is looking at the plan.",
		"Vote Set.\n\nMore news.\n\nLee is pushing back on the plan.",
		"Vote Set.\n\nMore news.\n\nThe team is expecting to win.",
		"Vote Set.\n\nMore news.\n\nThe mayor has been praising the plan.",
		"Vote Set.\n\nMore news.\n\nDonors who are counting on the plan gave more.",
	} {
		if framed(text, false) {
			t.Errorf("%q: progressive stance frame", text)
		}
	}
	if framed("Vote Set.\n\nMore news.\n\nThe mayor is thanking volunteers for their work.", true) {
		t.Errorf("frame built while training")
	}
}
