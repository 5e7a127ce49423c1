package extract

import "testing"

func TestPlaceRoleResolvesToPerson(t *testing.T) {
	wantSpeakers(t, []speakerCase{
		{"Mark Ruiz says the race has three candidates. The Ohio senator is predicting that he will win.",
			"he will win", "Mark Ruiz"},
		// the person of a prepositional phrase is no subject
		{"After praising Dana Cole, Mark Ruiz still opposes the bill. “I stand by my vote,” the Ohio senator told reporters.",
			"I stand by my vote", "Mark Ruiz"},
		{"Former Gov. Ann Marsh toured the plant. The former Kansas governor said that jobs would return.",
			"jobs would return", "Ann Marsh"},
		// a description is no office
		{"GOP presidential candidate Mark Ruiz met voters. The Ohio senator said taxes would fall.",
			"taxes would fall", "Mark Ruiz"},
		// nor a name
		{"Former Democratic candidate Mark Ruiz, who spoke on Monday, backed the plan. The Ohio senator said taxes would fall.",
			"taxes would fall", "Mark Ruiz"},
		// a second description after the office
		{"Sen. Mark Ruiz spoke first. “The vote will fail,” the Ohio senator and Republican presidential candidate said.",
			"The vote will fail", "Mark Ruiz"},
		// the place of a party tag, abbreviated
		{"Sen. Ted Cruz (R-Tex.) spoke first. The Texas senator said the vote would fail.", "vote would fail", "Ted Cruz"},
		{"Bernie Sanders, I-Vt., spoke first. The Vermont senator said the vote would fail.", "vote would fail", "Bernie Sanders"},
	})
}

func TestPlaceRoleNeedsEvidence(t *testing.T) {
	cases := []struct{ text, sub, notWant string }{
		// the article gives the person another office
		{"Gov. Tom Keller met farmers on Monday. The Iowa senator said prices would rise.", "prices would rise", "Tom Keller"},
		// or another place for it
		{"Iowa Sen. Laura Whitfield spoke first. The Texas senator said the vote would fail.", "vote would fail", "Laura Whitfield"},
		{"Sen. Ted Cruz (R-Texas) spoke first. The Florida senator said the vote would fail.", "vote would fail", "Ted Cruz"},
		// the person of a participle's object
		{"After praising Dana Cole, Mark Ruiz still opposes the bill. “I stand by my vote,” the Ohio senator told reporters.",
			"I stand by my vote", "Dana Cole"},
		// the gender disagrees
		{"Jane Roe spoke first. The Ohio congressman said the vote would fail.", "vote would fail", "Jane Roe"},
		// named too long before
		{"Mark Ruiz spoke in Dayton. Voters cheered. The crowd left early. Rain fell. The Ohio senator said taxes would fall.",
			"taxes would fall", "Mark Ruiz"},
		// no place: "the senator" is nominalPerson's
		{"Mark Ruiz spoke in Dayton. The Republican senator said taxes would fall.", "taxes would fall", "Mark Ruiz"},
	}
	for _, c := range cases {
		if got := speakerOf(t, c.text, c.sub); got == c.notWant {
			t.Errorf("%q: speaker %q", c.text, got)
		}
	}
}
