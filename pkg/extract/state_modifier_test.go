package extract

import "testing"

// TestStateModifier: "state" before an institution's noun is a modifier of
// the addressee, not a verb; "states" and "state" before a clause stay cues.
func TestStateModifier(t *testing.T) {
	ex := New(DefaultAliases())
	for _, c := range []struct{ text, sub, mention string }{
		{"Zelensky told state television that Kyiv would hold.", "Kyiv would hold", "Zelensky"},
		{"Ana Ruiz told state lawmakers that the plan would work.", "the plan would work", "Ana Ruiz"},
		{"Chinese state media said the talks had failed.", "the talks had failed", "Chinese state media"},
		{"Iranian state TV said the talks had failed.", "the talks had failed", "Iranian state TV"},
		{"The report states that the plan failed.", "the plan failed", "The report"},
		{"Officials state that the plan failed.", "the plan failed", "Officials"},
	} {
		q := find(t, ex.Extract(c.text), c.sub)
		if m := mention(c.text, q); m != c.mention {
			t.Errorf("%q: mention %q, want %q", c.text, m, c.mention)
		}
	}
}

// TestStateTV: a broadcaster named "TV" after its description is the
// description ("Iranian state TV"), not "TV".
func TestStateTV(t *testing.T) {
	checkNamedSpeakers(t, New(DefaultAliases()), []namedSpeaker{
		{"Iranian state TV said the talks were over.", "the talks were over", "Iranian state TV", SpeakerOrganization, ""},
	})
}
