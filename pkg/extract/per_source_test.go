package extract

import "testing"

// TestPerSource: a sentence-opening "Per X," gives X's statement, as
// "According to X," does; "per" inside a sentence or before a Latin or
// measure word gives none.
func TestPerSource(t *testing.T) {
	ex := New(nil)
	for _, c := range []struct{ text, speaker, content string }{
		{"Talks resumed.\n\nPer a statement from the club, the player will miss six weeks.", "statement from the club", "the player will miss six weeks"},
		{"Talks resumed.\n\nPer ESPN's Adrian Wojnarowski, the Lakers agreed to a four-year deal.", "Adrian Wojnarowski", "the Lakers agreed to a four-year deal"},
		{"Talks resumed.\n\nPer the lawsuit, the company hid the defect for years.", "lawsuit", "the company hid the defect for years"},
	} {
		q := find(t, ex.Extract(c.text), c.content)
		if q.Speaker.Name != c.speaker || q.Text != c.content || q.Confidence != perSourceConf {
			t.Errorf("%q: %s: %q (%.2f), want %s: %q (%.2f)", c.text, q.Speaker.Name, q.Text, q.Confidence, c.speaker, c.content, perSourceConf)
		}
	}
	for _, text := range []string{
		"Talks resumed.\n\nPer capita, the state spends more than any other.",
		"Talks resumed.\n\nThe fee is $5 per person for the whole season.",
		"Talks resumed.\n\nPer usual, the meeting ran late.",
		"Talks resumed.\n\nPer the rules, candidates must file by March.",
	} {
		if qs := ex.Extract(text); len(qs) != 0 {
			t.Errorf("%q: %d statements, want none (%q)", text, len(qs), qs[0].Text)
		}
	}
}
