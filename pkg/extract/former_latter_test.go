package extract

import "testing"

func TestFormerLatter(t *testing.T) {
	checkNamedSpeakers(t, New(nil), []namedSpeaker{
		{"Debate.\n\nTom Cole and Ann Lee clashed on Thursday. The former said the plan was unrealistic, while the latter said it was overdue.",
			"the plan was unrealistic", "Tom Cole", SpeakerPerson, ""},
		{"Debate.\n\nTom Cole and Ann Lee clashed on Thursday. The former said the plan was unrealistic, while the latter said it was overdue.",
			"it was overdue", "Ann Lee", SpeakerPerson, ""},
	})
	// near miss: the two nearest names are not named together
	if got := speakerOf(t, "Debate.\n\nTom Cole met voters. Ann Lee stayed home. The former said the plan was unrealistic.", "the plan was unrealistic"); got == "Tom Cole" || got == "Ann Lee" {
		t.Errorf("the former: %q", got)
	}
}
