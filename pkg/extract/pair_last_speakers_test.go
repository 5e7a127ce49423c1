package extract

import "testing"

func TestPairLastSpeakers(t *testing.T) {
	checkNamedSpeakers(t, New(nil), []namedSpeaker{
		{"Talks.\n\n“We will win,” Tom Cole said. Mark Ruiz told reporters he would fight.\n\nBoth men said they would secure the border.",
			"they would secure the border", "Tom Cole and Mark Ruiz", SpeakerPerson, ""},
		{"Talks.\n\n“The meeting was productive,” Ann Lee said. Mark Ruiz was less upbeat. “We’ll see,” he said.\n\nThe pair said they would return next week.",
			"they would return next week", "Ann Lee and Mark Ruiz", SpeakerPerson, ""},
	})
	cases := []struct{ text, sub, notWant string }{
		// the noun's gender disagrees with one of them
		{"Talks.\n\n“We will win,” Ann Lee said. Mark Ruiz told reporters he would fight.\n\nBoth men said they would secure the border.",
			"they would secure the border", "Ann Lee and Mark Ruiz"},
		// a body spoke between: no pair of persons
		{"Talks.\n\nMark Ruiz said he would fight. “We will win,” Tom Cole said. The ministry said it would act.\n\nBoth men said they would secure the border.",
			"they would secure the border", "Mark Ruiz and Tom Cole"},
	}
	for _, c := range cases {
		if got := speakerOf(t, c.text, c.sub); got == c.notWant {
			t.Errorf("%q: speaker %q", c.text, got)
		}
	}
}
