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
		// a platform named in between is no person (data/nonpersons.txt)
		{"Talks resumed.\n\nThe minister wrote in a LinkedIn post that the firm would grow. He said the plan was sound.", "plan was sound", "minister", "", ""},
		{"Talks resumed.\n\n“We will act,” the minister said on Telegram. She added that the plan was working.", "plan was working", "minister", "", ""},
	})
}

// TestAgentPronoun: a he or she right after an agent's statement ("A
// spokesman for Erdogan said") is the agent, not the principal named in
// its subject; a statement of the principal in between takes it.
func TestAgentPronoun(t *testing.T) {
	checkSpeakerNames(t, []speakerCase{
		{"A spokesman for Prime Minister Keir Starmer said the plan would go ahead. He added that the party was united.", "the party was united", "spokesman for Keir Starmer"},
		{"A spokesperson for Prime Minister Keir Starmer said he would not resign. She added that the party was united.", "the party was united", "spokesperson for Keir Starmer"},
		{"A spokesman for Erdogan said the talks were useful. He added that Ankara would mediate.", "Ankara would mediate", "spokesman for Recep Tayyip Erdogan"},
		// negatives
		{"A spokesman for Erdogan said the talks were useful. Erdogan later said he would mediate. He added that Ankara was ready.", "Ankara was ready", "Recep Tayyip Erdogan"},
		{"A spokesman for Erdogan said the talks were useful. Jane Smith disagreed. She added that Ankara was wrong.", "Ankara was wrong", "Jane Smith"},
	})
}
