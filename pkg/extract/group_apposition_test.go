package extract

import "testing"

// TestGroupApposition: a name called a group or a body by its apposition
// ("Manchester United, the league leaders,") opens no sentence as a person
// for a later pronoun; a person's apposition does.
func TestGroupApposition(t *testing.T) {
	checkNamedSpeakers(t, New(DefaultAliases()), []namedSpeaker{
		{"Derby.\n\n“We will act,” Tom Kane said. Manchester United, the league leaders, lost again. He said the plan would fail.", "the plan would fail", "Tom Kane", SpeakerPerson, ""},
		{"Derby.\n\n“We will act,” Tom Kane said. Blackburn Rovers, the defending champions, lost again. He said the side was tired.", "the side was tired", "Tom Kane", SpeakerPerson, ""},
		{"Derby.\n\n“We will act,” Tom Kane said. Harper Lee, the club, lost again. He said the plan would fail.", "the plan would fail", "Tom Kane", SpeakerPerson, ""},
		// a person's apposition: the new subject
		{"Derby.\n\n“We will act,” Tom Kane said. Ed Rendell, a former governor, was less sure. He said the plan would fail.", "the plan would fail", "Ed Rendell", SpeakerPerson, ""},
		{"Derby.\n\n“We will act,” Ann Kane said. Tom Reed, the defending champions' coach, lost again. He said the plan would fail.", "the plan would fail", "Tom Reed", SpeakerPerson, ""},
	})
}
