package extract

import "testing"

// TestRolePronoun: a he or she right after an unnamed office holder's
// statement is that office holder, unless a person is named in between or
// the role's gender says otherwise.
func TestRolePronoun(t *testing.T) {
	checkNamedSpeakers(t, withoutAccept(), []namedSpeaker{
		{"Talks resumed.\n\n“We will act,” the minister said. She added that the plan was working.", "plan was working", "minister", "", ""},
		{"Talks resumed.\n\n“We will act,” the spokesman said.\n\nHe added that the plan was working.", "plan was working", "spokesman", "", ""},
		// negatives: a person named in between, a role of the other gender
		{"Talks resumed.\n\n“We will act,” the minister said. Jane Smith disagreed. She added that the plan was failing.", "plan was failing", "Jane Smith", SpeakerPerson, ""},
		{"Talks resumed.\n\n“We will act,” the spokesman said. She added that the plan was working.", "plan was working", "unknown", "", ""},
	})
}
