package extract

import "testing"

// TestInvertedApposition: the person named after an inverted role subject
// is the speaker, titled by the role; a name that is no person's, or a
// subject that is a name, stays. A description by another's name ("Jones'
// former coach") is no name; a first name alone names a relation only.
func TestInvertedApposition(t *testing.T) {
	checkNamedSpeakers(t, New(DefaultAliases()), []namedSpeaker{
		{`"Prices are falling," said the company's chief executive, John J. Ferriola.`, "Prices are falling", "John Ferriola", SpeakerPerson, "company's chief executive"},
		{`"We are going," said a spokesman for the union, Mick Lynch, on Tuesday.`, "We are going", "Mick Lynch", SpeakerPerson, "spokesman for the union"},
		{`"We are going," said the agency's director, Homeland Security.`, "We are going", "agency's director", "", ""},
		{`"We are going," said the chairman, Smith.`, "We are going", "chairman", "", ""},
		{`"He's the best player I've ever coached," said Jones' former coach, Ray Hill.`, "the best player", "Ray Hill", SpeakerPerson, "Jones' former coach"},
		{`"We've been lucky," said Jones’s wife, Sarah.`, "We've been lucky", "Sarah", SpeakerPerson, "Jones’s wife"},
		{`"We've been lucky," said his wife, Sarah, who was also hurt.`, "We've been lucky", "Sarah", SpeakerPerson, "wife"},
		{`"We've been lucky," said his wife, Paris.`, "We've been lucky", "wife", "", ""},
		{`"We've been lucky," said the coach, Sarah.`, "We've been lucky", "coach", "", ""},
		{`"We've been lucky," said Jones, Sarah.`, "We've been lucky", "Jones", "", ""},
		{`"We won," said Chelsea's manager, Mauricio Pochettino.`, "We won", "Mauricio Pochettino", SpeakerPerson, "Chelsea's manager"},
		{`"We won," said Chelsea's ground, Stamford Bridge.`, "We won", "Chelsea's ground", "", ""},
		{`"Children need more sleep," said the principal, Mr Brown.`, "need more sleep", "Brown", SpeakerPerson, "principal"},
		{`"Children need more sleep," said the principal, Mrs. Jane Brown, at the meeting.`, "need more sleep", "Jane Brown", SpeakerPerson, "principal"},
		{`"Children need more sleep," said the principal, Mr.`, "need more sleep", "principal", "", ""},
		{"According to an FBI summary of its review, Cheryl Mills, a top aide, sent the email.", "sent the email", "FBI summary of its review", "", ""},
	})
}
