package extract

import "testing"

// TestCoordinatedNounSubject covers a content whose subject is two noun
// phrases joined by "and": the frame after "and" stays inside the content
// of the earlier cue.
func TestCoordinatedNounSubject(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: `The forecaster said the wind and heavy rain will last until Sunday.`, content: "the wind and heavy rain will last until Sunday", mention: "The forecaster"},
		{text: `She said her staff and outside auditors believe the budget is sound.`, content: "her staff and outside auditors believe the budget is sound", mention: "She"},
		{text: `He argued that both he and the governor promised to cut taxes.`, content: "that both he and the governor promised to cut taxes", mention: "He"},
	})
}

// TestSubjectEndsAtIrregularPast covers the subject of a participle frame
// after an action with an irregular past tense: the verb is not part of
// the speaker's mention.
func TestSubjectEndsAtIrregularPast(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: `The senator drew a sharp contrast, saying that the costs were real.`, content: "that the costs were real", mention: "The senator"},
		{text: `Mayor Ann Lee went further, saying the plan had failed.`, content: "the plan had failed", mention: "Mayor Ann Lee"},
		{text: `After the vote, Mayor Ann Lee left the room, saying the plan had failed.`, content: "the plan had failed", mention: "Mayor Ann Lee"},
	})
}
