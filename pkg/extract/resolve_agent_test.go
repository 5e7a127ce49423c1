package extract

import "testing"

// TestAgentSpeaksForPerson: an unnamed spokesman, aide, adviser, lawyer or
// ally of a person is an anonymous speaker named by the role and the
// person, never the person; an agent of a body, or a named agent, keeps
// the speaker it had.
func TestAgentSpeaksForPerson(t *testing.T) {
	checkNamedSpeakers(t, withoutAccept(), []namedSpeaker{
		{"A spokeswoman for Mr. Trump said the deal was dead.", "deal was dead", "spokeswoman for Donald Trump", SpeakerAnonymous, ""},
		{"One longtime adviser to Bill Clinton said the deal was dead.", "deal was dead", "longtime adviser to Bill Clinton", SpeakerAnonymous, ""},
		{"Viktor Orban spoke on Monday. A spokesman for Orban later said the deal was dead.", "deal was dead", "spokesman for Viktor Orban", SpeakerAnonymous, ""},
		{"A close ally of Vladimir Putin said the deal was dead.", "deal was dead", "close ally of Vladimir Putin", SpeakerAnonymous, ""},
		{"Aides to Jane Doe said the deal was dead.", "deal was dead", "Aides to Jane Doe", SpeakerAnonymous, ""},
		{"A source close to Vladimir Putin said the deal was off.", "deal was off", "source close to Vladimir Putin", SpeakerAnonymous, ""},
		{"People close to Elon Musk said the deal was off.", "deal was off", "People close to Elon Musk", SpeakerAnonymous, ""},
		{"Lawyers representing Donald Trump said the case was baseless.", "case was baseless", "Lawyers representing Donald Trump", SpeakerAnonymous, ""},
		// negatives: a named agent, an agent of a body or of a group
		{"Brian Fallon, a spokesman for Mrs. Clinton, said the deal was dead.", "deal was dead", "Brian Fallon", SpeakerPerson, "spokesman for Mrs. Clinton"},
		{"A spokesman for the State Department said the deal was dead.", "deal was dead", "spokesman for the State Department", "", ""},
		{"The spokesman of the United States Department of State, Ned Price, said the deal was dead.", "deal was dead", "Ned Price", SpeakerPerson, "spokesman of the United States Department of State"},
		{"A lawyer for the family said the deal was dead.", "deal was dead", "lawyer for the family", "", ""},
		{"A spokeswoman for YouTube said the deal was dead.", "deal was dead", "YouTube", SpeakerOrganization, ""},
		{"Officials close to the investigation said the deal was off.", "deal was off", "Officials close to the investigation", "", ""},
		{"Jane Doe told a friend of the family that the deal was dead.", "deal was dead", "Jane Doe", SpeakerPerson, ""},
	})
}

// TestAnonymousNoAliases: an unnamed source takes no alias from its
// mention, which names someone else ("Orban" would make the gateway's
// "Orban" ambiguous between Viktor Orban and his spokesman).
func TestAnonymousNoAliases(t *testing.T) {
	ex := New(nil)
	for _, text := range []string{
		"Viktor Orban spoke on Monday. A spokesman for Orban later said the deal was dead.",
		"Analysts at Capital Economics said in a note that costs were rising.",
	} {
		for _, q := range ex.Extract(text) {
			if q.Speaker.Kind == SpeakerAnonymous && len(q.Speaker.Aliases) > 0 {
				t.Errorf("%q: anonymous %q has aliases %q", text, q.Speaker.Name, q.Speaker.Aliases)
			}
		}
	}
}

// TestDatelineNoBody: the place and agency of a dateline compete with no
// body "the company" means.
func TestDatelineNoBody(t *testing.T) {
	checkNamedSpeakers(t, withoutAccept(), []namedSpeaker{
		{"SAN FRANCISCO, Nov 26 (Reuters) - Acme Robotics said it would cut jobs.\n\nThe company said in a filing that the cuts would cost $90 million.", "cuts would cost", "Acme Robotics", SpeakerOrganization, ""},
		{"WASHINGTON (AP) — Acme Robotics said it would cut jobs.\n\nThe company said in a filing that the cuts would cost $90 million.", "cuts would cost", "Acme Robotics", SpeakerOrganization, ""},
	})
}
