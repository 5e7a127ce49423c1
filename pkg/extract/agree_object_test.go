package extract

import "testing"

// TestAgreedObject: "agree" with a noun phrase for its object makes a deal
// and says nothing; with a clause, "that" or "to" it is kept.
func TestAgreedObject(t *testing.T) {
	ex := New(nil)
	for _, text := range []string{
		"EU leaders agree migration deal after all-night talks\n\nThe talks ended at dawn.",
		"Talks end\n\nMinisters agreed a ceasefire on Friday.",
		"Talks end\n\nThe unions have agreed terms with the company.",
	} {
		for _, q := range ex.Extract(text) {
			if q.Cue != nil && (text[q.Cue.Start:q.Cue.End] == "agree" || text[q.Cue.Start:q.Cue.End] == "agreed") {
				t.Errorf("%q: statement %q", text, q.Text)
			}
		}
	}
	checkMentions(t, ex, []mentionCase{
		{"clause", "Talks end\n\nExperts agreed the plan was sound.", "the plan was sound", "Experts"},
		{"that", "Talks end\n\nShe agreed that the plan was sound.", "that the plan was sound", "She"},
	})
}
