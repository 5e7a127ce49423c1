package extract

import (
	"strings"
	"testing"
)

// TestPullQuote: a paragraph-filling quotation repeating earlier quoted
// words is a pull quote, no continuation of the last speaker; new words in
// such a paragraph still continue, and a signed pull quote keeps its
// signature.
func TestPullQuote(t *testing.T) {
	ex := New(nil)
	text := "Bridge to reopen\n\n\"We owe it to the town,\" Mayor Jo Hill said.\n\nCouncillor Tom Reed disagreed. \"The money is not there,\" Reed said.\n\n\"We owe it to the town.\"\n\nWork began in March."
	for _, q := range ex.Extract(text) {
		if strings.Contains(probeSpeaker(text, q), "Reed") && strings.Contains(probeContent(text, q), "owe it") {
			t.Errorf("pull quote given to Reed: %q", probeContent(text, q))
		}
	}
	if !probeFound(text, ex.Extract(text), "Jo Hill", "We owe it to the town") {
		t.Errorf("Hill lost the first statement")
	}
	// new words continue the last speaker
	text = "Bridge to reopen\n\n\"We owe it to the town,\" Mayor Jo Hill said.\n\nCouncillor Tom Reed disagreed. \"The money is not there,\" Reed said.\n\n\"The town cannot pay for it this year.\"\n\nWork began in March."
	if !probeFound(text, ex.Extract(text), "Reed", "cannot pay") {
		t.Errorf("continuation lost: %v", ex.Extract(text))
	}
	// a signed pull quote keeps its signature
	text = "Bridge to reopen\n\n\"We owe it to the town,\" Mayor Jo Hill said.\n\nCouncillor Tom Reed disagreed. \"The money is not there,\" Reed said.\n\n\"We owe it to the town.\" — Mayor Jo Hill"
	if !probeFound(text, ex.Extract(text), "Jo Hill", "=\"We owe it to the town.\"") {
		var got []string
		for _, q := range ex.Extract(text) {
			got = append(got, probeSpeaker(text, q)+": "+probeContent(text, q))
		}
		t.Errorf("signed pull quote: %q", got)
	}
}
