package extract

import "testing"

// TestAnonymityEnd: a forward content ends before "on (the) condition of
// anonymity" unless the phrase completes the content's own verb.
func TestAnonymityEnd(t *testing.T) {
	ex := withoutAccept()
	checkContents(t, ex, []contentCase{
		{text: "An aide confirmed the meeting on the condition of anonymity because he was not authorized to speak.", content: "the meeting", mention: "An aide"},
		{text: "Two officials confirmed the plans only on condition of anonymity.", content: "the plans", mention: "Two officials"},
	})
	for _, text := range []string{
		"The minister said the officials spoke only on condition of anonymity.",
		"The minister said the officials agreed on condition of anonymity.",
	} {
		qs := ex.Extract(text)
		find(t, qs, "condition of anonymity")
	}
}
