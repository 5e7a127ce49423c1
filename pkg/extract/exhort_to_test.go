package extract

import "testing"

// TestExhortTo covers "encouraged/challenged X to Y": the addressee and
// what it is pressed to do are the content, rule-accepted at inference;
// passives, a subject "it", an object without an infinitive, frames after
// another frame and training give no such frame.
func TestExhortTo(t *testing.T) {
	ex := withoutAccept()
	checkContents(t, ex, []contentCase{
		{text: "Vote Set.\n\nThe mayor encouraged residents to stay home during the storm.", content: "residents to stay home during the storm", mention: "The mayor"},
		{text: "Vote Set.\n\nThe senator has challenged her rival to debate him in Ohio.", content: "her rival to debate him in Ohio", mention: "The senator"},
		{text: "Vote Set.\n\nWhen Coach Lee encouraged his players to speak out, the league fined them.", content: "his players to speak out", mention: "Coach Lee"},
	})
	framed := func(text string, training bool) bool {
		return ruleFrameContent(text, "exhort", training) != ""
	}
	for _, text := range []string{
		"Vote Set.\n\nThe students were encouraged to apply early.",
		"Vote Set.\n\nThe tax was high. It encouraged people to drive less.",
		"Vote Set.\n\nLow rates have encouraged borrowing.",
		"Vote Set.\n\nThe paper reported that the mayor encouraged residents to stay home.",
	} {
		if framed(text, false) {
			t.Errorf("%q: exhortation frame", text)
		}
	}
	if framed("Vote Set.\n\nThe mayor encouraged residents to stay home.", true) {
		t.Errorf("frame built while training")
	}
}
