package extract

import "testing"

// TestSeemedAdjective covers "seemed certain to X" and "it seems likely
// that X": the adjective and its complement are the content,
// rule-accepted at inference; an adjective alone, a participle, a fronted
// relative and training give no such frame.
func TestSeemedAdjective(t *testing.T) {
	framed := func(text string, training bool) string {
		return ruleFrameContent(text, "seemed adjective", training)
	}
	for text, want := range map[string]string{
		"Vote Set.\n\nBefore the vote, Ms. Lee seemed certain to leave.":                  "certain to leave",
		"Vote Set.\n\nAs for Cole, he seems content that the deal happened on his watch.": "content that the deal happened on his watch",
	} {
		if got := framed(text, false); got != want {
			t.Errorf("%q: content %q, want %q", text, got, want)
		}
	}
	for _, text := range []string{
		"Vote Set.\n\nMs. Lee seemed tired.",
		"Vote Set.\n\nThe ads seemed intended to hurt him.",
		"Vote Set.\n\nThey dropped the jokes that only Lee seems capable of telling.",
		"Vote Set.\n\nDoes Lee seem ready to run?",
	} {
		if got := framed(text, false); got != "" {
			t.Errorf("%q: apparent state frame %q", text, got)
		}
	}
	if framed("Vote Set.\n\nBefore the vote, Ms. Lee seemed certain to leave.", true) != "" {
		t.Errorf("frame built while training")
	}
}
