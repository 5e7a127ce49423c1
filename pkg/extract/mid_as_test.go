package extract

import (
	"strings"
	"testing"
)

// TestMidAs: an "as X put it" frame between commas inside a clause reports
// the clause around it when the part after it is two words; a head of one
// word, a head with a quotation, or a longer tail keep the old reading.
func TestMidAs(t *testing.T) {
	ex := withoutAccept()
	for _, c := range []struct{ text, sub, content string }{
		{"Talks resumed.\n\nThe talks were, as one diplomat put it, going nowhere.", "going nowhere", "The talks were | going nowhere"},
		{"Talks resumed.\n\nThe talks were, as one diplomat said, going nowhere.", "going nowhere", "The talks were | going nowhere"},
		{"Talks resumed.\n\nAnd the plan was, as Smith noted, badly flawed.", "badly flawed", "the plan was | badly flawed"},
		{"Talks resumed.\n\nThe talks, as one diplomat put it, were going nowhere.", "going nowhere", "were going nowhere"},
	} {
		q := find(t, ex.Extract(c.text), c.sub)
		var parts []string
		for _, sp := range q.Content {
			parts = append(parts, c.text[sp.Start:sp.End])
		}
		if got := strings.Join(parts, " | "); got != c.content {
			t.Errorf("%q: content %q, want %q", c.text, got, c.content)
		}
	}
	for _, text := range []string{
		"Talks resumed.\n\nQuickly, as one diplomat said, it ended.",
		"Talks resumed.\n\n\"Stop\" was, as one diplomat said, the word.",
	} {
		for _, q := range ex.Extract(text) {
			if strings.Contains(q.Text, "ended") || strings.Contains(q.Text, "Stop") {
				t.Errorf("%q: unexpected statement %q", text, q.Text)
			}
		}
	}
}
