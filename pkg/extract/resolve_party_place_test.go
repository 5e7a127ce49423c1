package extract

import "testing"

func TestPartyPlaceResolvesToPerson(t *testing.T) {
	wantSpeakers(t, []speakerCase{
		{"Sen. Mark Ruiz said he would call a vote. The Ohio Republican said Democrats would have to go on record.",
			"Democrats would have to", "Mark Ruiz"},
		{"“The meeting was productive,” Jane Marsh said. The California Democrat said she hoped for a deal.",
			"she hoped for a deal", "Jane Marsh"},
		{"Speaker Tom Hale says the world is watching. The former Wisconsin Republican said allies were rattled.",
			"allies were rattled", "Tom Hale"},
		// a possessor is no subject: the person after it is
		{"Sen. Mark Ruiz of Ohio spoke. In a sign of how Mr. Dole's rivals tread gingerly, Mr. Ruiz declined to attack. The Ohio Republican said only that Dole was wrong.",
			"Dole was wrong", "Mark Ruiz"},
	})
}

func TestPartyPlaceNeedsEvidence(t *testing.T) {
	cases := []struct{ text, sub, notWant string }{
		// no place: every candidate of a primary is "the Democrat"
		{"Jane Marsh spoke in Dayton. The Democrat said taxes would fall.", "taxes would fall", "Jane Marsh"},
		// the article gives the person another place
		{"Sen. Mark Ruiz (R-Texas) spoke first. The Ohio Republican said the vote would fail.", "vote would fail", "Mark Ruiz"},
		{"Iowa Sen. Laura Whitfield spoke first. The Texas Democrat said the vote would fail.", "vote would fail", "Laura Whitfield"},
		// a party's body, not a person
		{"Mark Ruiz spoke in Dayton. The Ohio Republican Party said taxes would fall.", "taxes would fall", "Mark Ruiz"},
	}
	for _, c := range cases {
		if got := speakerOf(t, c.text, c.sub); got == c.notWant {
			t.Errorf("%q: speaker %q", c.text, got)
		}
	}
}
