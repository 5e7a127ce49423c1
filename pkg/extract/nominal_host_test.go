package extract

import "testing"

// TestNominalHostOwner: a participle after a cue noun in the main verb's
// object speaks for the main verb's subject; a participle after a verb
// cue keeps its host.
func TestNominalHostOwner(t *testing.T) {
	checkSpeakerNames(t, []speakerCase{
		{"Tom Reed revised his withdrawal plans in October, saying that 500 troops would stay.", "500 troops", "Tom Reed"},
		{"Ann Lee sounded a rare note of regret, saying, \"I'm not sure I was right.\"", "not sure", "Ann Lee"},
		{"Ann Lee said the plan would fail, adding that taxes would rise.", "taxes would rise", "Ann Lee"},
	})
	checkMentions(t, New(nil), []mentionCase{
		{"cue noun", "Headline\n\nTom Reed revised his withdrawal plans in October, saying that 500 troops would stay.", "500 troops", "Tom Reed"},
		{"quantity of", "Headline\n\nTom Reed has repudiated decades of Republican support for free trade, calling for heavy tariffs on steel.", "heavy tariffs", "Tom Reed"},
	})
	if presentVerb("bus") || presentVerb("basis") || !presentVerb("echoes") {
		t.Error("presentVerb")
	}
}
