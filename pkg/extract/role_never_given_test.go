package extract

import "testing"

// TestRoleNeverGiven: a bare role nominal does not go on with a person
// the article names in full with no title, role or earlier introduction;
// it does with a title, an apposition's role, a public figure of the
// table, a surname after an introduction, or a nominal with a country.
func TestRoleNeverGiven(t *testing.T) {
	checkNamedSpeakers(t, withoutAccept(), []namedSpeaker{
		{"Cuts\n\nElon Musk told employees that the cuts were necessary. The minister said she would resign.", "she would resign", "minister", "", ""},
		{"Talks\n\nTom Reed told staff that the merger was off. The minister said the talks would go on.", "talks would go on", "minister", "", ""},
		{"Talks\n\nAnna Berg told reporters the deal was fair. The prime minister said talks would continue.", "talks would continue", "prime minister", "", ""},
		// the person was given something
		{"Talks\n\nJane Roe, the health minister, said the hospitals were full. The minister added that more beds would open.", "more beds would open", "Jane Roe", SpeakerPerson, "health minister"},
		{"Talks\n\nGov. Ann Lee said the budget was balanced. The governor added that taxes would not rise.", "taxes would not rise", "Ann Lee", SpeakerPerson, "Gov."},
		{"Talks\n\nAnna Berg told reporters the deal was fair. The Swedish prime minister said talks would continue.", "talks would continue", "Anna Berg", SpeakerPerson, ""},
		{"Talks\n\nAnna Berg spoke on Monday.\n\nBerg told reporters the deal was fair. The prime minister said talks would continue.", "talks would continue", "Anna Berg", SpeakerPerson, ""},
		{"Wage plan\n\nHillary Clinton has proposed a $12 floor. The former secretary of state told reporters that her plan was realistic.", "her plan was realistic", "Hillary Clinton", SpeakerPerson, ""},
	})
}
