package extract

import "testing"

// TestCognition covers "they learned X", "he realized X", "voters
// understand X": the clause or noun phrase after the verb is the content,
// rule-accepted at inference; a pronoun object, a reported cognition, a
// time clause after its main clause and training give no such frame.
func TestCognition(t *testing.T) {
	framed := func(text string, training bool) string {
		return ruleFrameContent(text, "cognition", training)
	}
	for text, want := range map[string]string{
		"Vote Set.\n\nThe crowd cheered as they learned their candidate had won the state.":   "their candidate had won the state",
		"Vote Set.\n\nAt the moment Lee learned he had been dropped, he was in Iowa.":         "he had been dropped",
		"Vote Set.\n\nThen Lee noticed the emails went to a private account.":                 "the emails went to a private account",
		"Vote Set.\n\nShe learned her father had begun - but never finished - the paperwork.": "her father had begun - but never finished - the paperwork",
	} {
		if got := framed(text, false); got != want {
			t.Errorf("%q: content %q, want %q", text, got, want)
		}
	}
	for _, text := range []string{
		"Vote Set.\n\nCole learned that in 1990 after a long fight.",
		"Vote Set.\n\nLee said he realized the race would go on.",
		"Vote Set.\n\nLee sent them a note after she learned that the vote had failed.",
		"Vote Set.\n\nDid Lee realize the race would go on?",
	} {
		if got := framed(text, false); got != "" {
			t.Errorf("%q: cognition frame %q", text, got)
		}
	}
	if framed("Vote Set.\n\nLater he realized the race would go on for months.", true) != "" {
		t.Errorf("frame built while training")
	}
}
