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

// TestDialogueDash: a paragraph opening with a dialogue dash before the
// words of a statement ended by its frame keeps the dash out of the content;
// a hyphen (a list item) and a dash inside the paragraph stay.
func TestDialogueDash(t *testing.T) {
	ex := New(nil)
	for _, c := range []struct{ text, sub, content string }{
		{"Talks resumed.\n\n— We will not go, said the minister.", "not go", "We will not go"},
		{"Talks resumed.\n\n– We will not go, the minister said.", "not go", "We will not go"},
		{"Talks resumed.\n\n- We will not go, the minister said.", "not go", "- We will not go"},
		{"Talks resumed.\n\nHe left. — We will not go, said the minister.", "not go", "— We will not go"},
	} {
		q := find(t, ex.Extract(c.text), c.sub)
		if got := c.text[q.Content[0].Start:q.Content[0].End]; got != c.content {
			t.Errorf("%q: content %q, want %q", c.text, got, c.content)
		}
	}
}
