package extract

import "testing"

func TestAnonymousAntecedent(t *testing.T) {
	checkNamedSpeakers(t, New(nil), []namedSpeaker{
		{"Talks.\n\nA senior official, who spoke on condition of anonymity, said the deal was close. The official said talks would resume.",
			"talks would resume", "A senior official", SpeakerAnonymous, ""},
		{"Talks.\n\nA spokesman for Jane Marsh said the campaign had not been contacted. “We are confident,” the spokesman said.",
			"We are confident", "spokesman for Jane Marsh", SpeakerAnonymous, ""},
		{"Talks.\n\nA person close to the campaign said no decision had been made.\n\n“It is early,” the person said.",
			"It is early", "A person close to the campaign", SpeakerAnonymous, ""},
		// a plural head refers back to the group
		{"Deal.\n\nAcme is in talks to buy Zenith, according to people familiar with the matter. A deal could come next week, the people said.",
			"A deal could come", "people familiar with the matter", SpeakerAnonymous, ""},
	})
	cases := []struct{ text, sub, notWant string }{
		// a titled person of the role in between: the nominal may be his
		{"Talks.\n\nA spokesman for Jane Marsh said the campaign was calm. Tom Hale, a Marsh spokesman, said the vote was a stunt. “They are not serious,” the spokesman said.",
			"They are not serious", "spokesman for Jane Marsh"},
		// another of the noun named between, without a statement
		{"Talks.\n\nOne source said the email was sent. A second source confirmed it. “He started it,” the source said.",
			"He started it", "One source"},
		// a plural is no antecedent of the singular
		{"Talks.\n\nOfficials said the deal was close. The official said talks would resume.",
			"talks would resume", "Officials"},
	}
	for _, c := range cases {
		if got := speakerOf(t, c.text, c.sub); got == c.notWant {
			t.Errorf("%q: speaker %q", c.text, got)
		}
	}
}
