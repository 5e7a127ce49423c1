package extract

import "testing"

// TestSubjectHandle covers a subject that is the tail of a handle: the
// speaker is the whole handle; a handle's first word keeps its name.
func TestSubjectHandle(t *testing.T) {
	ex := New(nil)
	checkSoleSpeakers(t, ex, []soleSpeaker{
		{"Outage\n\nX user @nypost_fan replied that the story was fake.", "@nypost_fan", "@nypost_fan", ""},
		{"Outage\n\nA user named @kate_r wrote that the app had deleted her photos.", "@kate_r", "@kate_r", ""},
		{"Outage\n\n@SpaceX wrote that the booster had landed safely.", "SpaceX", "SpaceX", ""},
	})
}
