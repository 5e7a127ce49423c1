package extract

import "testing"

// TestHyphenAdjective: a content opening with a hyphenated "-ing"
// adjective is kept; a gerund with a verb prefix is not read as one.
func TestHyphenAdjective(t *testing.T) {
	ex := New(nil)
	for _, c := range []struct{ text, content string }{
		{"Storm batters coast.\n\nThe agency warned of life-threatening storm surge along the coast.", "life-threatening storm surge along the coast"},
		{"Storm batters coast.\n\nOfficials warned of fast-moving fires.", "fast-moving fires"},
		{"Storm batters coast.\n\nThe forecaster warned of record-breaking heat.", "record-breaking heat"},
	} {
		if q := find(t, ex.Extract(c.text), c.content); q.Text != c.content {
			t.Errorf("%q: content %q, want %q", c.text, q.Text, c.content)
		}
	}
	for text, want := range map[string]bool{
		"The agency warned of life-threatening surge.": true,
		"The mayor was re-opening the border.":         false,
		"The mayor was self-isolating at home.":        false,
		"He called it a long-running feud.":            true,
		"It was life-threatening.":                     false,
	} {
		d := newDoc(text)
		got := false
		for j := range d.toks {
			got = got || d.hyphenAdjective(j)
		}
		if got != want {
			t.Errorf("%q: hyphenated adjective %v, want %v", text, got, want)
		}
	}
}
