package extract

import "testing"

// TestClosingMarksAfterWords: a “ after a word closes the quotation, in
// German-style quotes and as a typo for ”; a “ before a word still opens.
func TestClosingMarksAfterWords(t *testing.T) {
	ex := withoutAccept()
	for _, c := range []struct{ text, sub, content string }{
		{"„We will not go“, he said. „Until it is done,“ he added.", "not go", "„We will not go“"},
		{"„We will not go“, he said. „Until it is done,“ he added.", "Until", "„Until it is done,“"},
		{"The agency ordered an “expedited review“ of the pipes. “We will win,” she said.", "We will win", "“We will win,”"},
		{"“We will win,” she said.", "We will win", "“We will win,”"},
		{"Talks resumed.\n\n„We will act,“ the minister said.", "We will act", "„We will act,“"},
		{"Talks resumed.\n\nThe minister said,“We will act.” Then she left.", "We will act", "“We will act.”"},
	} {
		q := find(t, ex.Extract(c.text), c.sub)
		if got := c.text[q.Content[0].Start:q.Content[len(q.Content)-1].End]; got != c.content {
			t.Errorf("%q: content %q, want %q", c.text, got, c.content)
		}
	}
}
