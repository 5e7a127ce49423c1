package extract

import "testing"

// TestSpeechRecallR6b covers sentence structures that left common speech
// cues without a candidate. The accept model is off: it was trained before
// these candidates existed.
func TestSpeechRecallR6b(t *testing.T) {
	cases := []mentionCase{
		{"according to before a clause with its own frame", `According to the county report, two inspectors asked the builder to stop work in May.`, "two inspectors asked the builder to stop work in May", "the county report"},
		{"according to before a clause with a speech frame", `But according to the local paper, the mayor said the bridge would reopen.`, "the mayor said the bridge would reopen", "the local paper"},
	}
	cut, _ := DefaultModels()
	ex := NewWithModels(nil, cut, nil)
	checkMentions(t, ex, cases)
}
