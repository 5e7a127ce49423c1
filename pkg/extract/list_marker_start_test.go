package extract

import "testing"

// TestListMarkerStart: a quotation opening a list item keeps the marker
// out of its content; a dash inside a paragraph is left to the other rules.
func TestListMarkerStart(t *testing.T) {
	ex := New(nil)
	for _, text := range []string{
		"Reactions came fast.\n\n- “We will act,” the minister said.",
		"Reactions came fast.\n\n• “We will act,” the minister said.",
		"Reactions came fast.\n\n* “We will act,” the minister said.\n* “It is over,” she said.",
		"Reactions came fast.\n\n— “We will act,” the minister said.",
	} {
		q := find(t, ex.Extract(text), "We will act")
		if got := text[q.Content[0].Start:q.Content[0].End]; got != "“We will act,”" {
			t.Errorf("%q: content %q, want the quotation alone", text, got)
		}
	}
	// negative: a word after the marker, no quotation
	text := "Reactions came fast.\n\n- The minister said the plan was working."
	q := find(t, ex.Extract(text), "the plan was working")
	if got := text[q.Content[0].Start:q.Content[0].End]; got != "the plan was working" {
		t.Errorf("content %q", got)
	}
}
