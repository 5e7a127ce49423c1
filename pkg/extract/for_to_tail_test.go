package extract

import "testing"

// TestForToTail: the second part of a statement interrupted by its cue
// may be "for NP to VERB"; not a time, a verb or a plural after "for".
func TestForToTail(t *testing.T) {
	ex := New(nil)
	checkContents(t, ex, []contentCase{
		{text: "Talks\n\nIt makes sense, strategists said, for Democrats to act now.", content: "It makes sense for Democrats to act now", mention: "strategists"},
		{text: "Talks\n\nIt was a mistake, Lee said, for his party to focus on taxes.", content: "It was a mistake for his party to focus on taxes", mention: "Lee"},
	})
	for _, text := range []string{
		"Talks\n\nThe plan, Lee said, for years was to wait.",
		"Talks\n\nIt was a mistake, Lee said, for the first time to reporters.",
		"Talks\n\nIt was a mistake, Lee said, for his sake and his family's.",
	} {
		for _, q := range ex.Extract(text) {
			if len(q.Content) > 1 {
				t.Errorf("%q: the words after the cue taken: %q", text, q.Text)
			}
		}
	}
}
