package extract

import "testing"

// TestNegatedRespondTo covers "did not respond to X": the cue spans "respond
// to" and the object is the content, ending at a comma; an affirmative
// "responded to" frames nothing.
func TestNegatedRespondTo(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	for _, c := range []struct{ text, content, mention string }{
		{`The club did not respond to a request for comment.`, "a request for comment", "The club"},
		{`The coach has not responded to the latest complaints, which grew louder.`, "the latest complaints", "The coach"},
	} {
		q := find(t, ex.Extract(c.text), c.content)
		if q.Text != c.content {
			t.Errorf("%q: content %q, want %q", c.text, q.Text, c.content)
		}
		if m := mention(c.text, q); m != c.mention {
			t.Errorf("%q: mention %q, want %q", c.text, m, c.mention)
		}
	}
	checkNoStatements(t, ex, []string{`Shoppers responded to the sale in large numbers.`})
}
