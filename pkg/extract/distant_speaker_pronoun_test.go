package extract

import "testing"

// TestDistantSpeakerPronoun: a she whose speaker last spoke four
// paragraphs back, with only a man between, is that speaker; "a woman"
// between leaves her unresolved.
func TestDistantSpeakerPronoun(t *testing.T) {
	checkSpeakerNames(t, []speakerCase{
		{"Finance Minister Clara Voss said the deficit would shrink.\n\nThe opposition leader, Peter Holm, called the plan reckless. He said taxes would rise.\n\n\"This budget is a fantasy,\" he said.\n\nHolm said his party would table amendments.\n\nShe said the figures had been checked by the central bank.", "checked by the central bank", "Clara Voss"},
		{"Finance Minister Clara Voss said the deficit would shrink.\n\nThe opposition leader, Peter Holm, called the plan reckless. He said taxes would rise.\n\nA woman in the public gallery was removed after shouting at him.\n\nHolm said his party would table amendments.\n\nShe said the figures had been checked by the central bank.", "checked by the central bank", "unknown"},
	})
}
