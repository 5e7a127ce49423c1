package extract

import "testing"

// TestNegatedRespondTo covers "did not respond to X": the cue spans "respond
// to" and the object is the content, ending at a comma; an affirmative
// "responded to" frames nothing.
func TestNegatedRespondTo(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{`The club did not respond to a request for comment.`, "a request for comment", "The club"},
		{`The coach has not responded to the latest complaints, which grew louder.`, "the latest complaints", "The coach"},
	})
	checkNoStatements(t, ex, []string{`Shoppers responded to the sale in large numbers.`})
}
