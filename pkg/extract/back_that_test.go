package extract

import "testing"

func TestBackRetort(t *testing.T) {
	ex := New(nil)
	for _, c := range []struct{ text, speaker, content string }{
		{"Talks.\n\nThune shot back that Democrats had walked away from the table.", "Thune", "Democrats had walked away from the table"},
		{"Talks.\n\nThe minister hit back that the claims were baseless.", "minister", "the claims were baseless"},
		{"Talks.\n\nThe company fired back that the lawsuit had no merit.", "company", "the lawsuit had no merit"},
		{"Talks.\n\nLee snapped back that nobody had asked him.", "Lee", "nobody had asked him"},
	} {
		if !probeFound(c.text, ex.Extract(c.text), c.speaker, c.content) {
			t.Errorf("%q: want %s saying %q; got %+v", c.text, c.speaker, c.content, ex.Extract(c.text))
		}
	}
	for _, text := range []string{
		"Talks.\n\nLee hit back that night with a lawsuit.",     // a time, no clause
		"Talks.\n\nThe shot back that way missed the goal.",     // a noun
		"Talks.\n\nThe ball was hit back that far by the wind.", // a passive
		"Talks.\n\nLee hit back at the critics.",                // no that-clause
	} {
		for _, q := range ex.Extract(text) {
			if q.IsSpeech {
				t.Errorf("%q: unexpected statement %q", text, q.Text)
			}
		}
	}
}
