package extract

import "testing"

// TestInvertedApposition: the person named after an inverted role subject
// is the speaker, titled by the role; a name that is no person's, or a
// subject that is a name, stays.
func TestInvertedApposition(t *testing.T) {
	checkNamedSpeakers(t, New(DefaultAliases()), []namedSpeaker{
		{`"Prices are falling," said the company's chief executive, John J. Ferriola.`, "Prices are falling", "John Ferriola", SpeakerPerson, "company's chief executive"},
		{`"We are going," said a spokesman for the union, Mick Lynch, on Tuesday.`, "We are going", "Mick Lynch", SpeakerPerson, "spokesman for the union"},
		{`"We are going," said the agency's director, Homeland Security.`, "We are going", "agency's director", "", ""},
		{`"We are going," said the chairman, Smith.`, "We are going", "chairman", "", ""},
		{"According to an FBI summary of its review, Cheryl Mills, a top aide, sent the email.", "sent the email", "FBI summary of its review", "", ""},
	})
}
