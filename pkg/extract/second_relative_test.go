package extract

import "testing"

// TestSecondRelativeOwner: a subject with two relative clauses joined by
// "and" is the noun they modify; a relative clause on an object is not
// the subject's.
func TestSecondRelativeOwner(t *testing.T) {
	ex := New(nil)
	for _, c := range []struct{ text, content, mention string }{
		{"Local\n\nA woman who lives next door, and who asked not to be identified, said she heard shouting.", "she heard shouting", "A woman"},
		{"Local\n\nAnn Lee, who runs the shop and who has lived here for years, said the street was safe.", "the street was safe", "Ann Lee"},
		{"Local\n\nOne resident who lives by the river and who did not want to be named said the water rose fast.", "the water rose fast", "One resident"},
	} {
		q := find(t, ex.Extract(c.text), c.content)
		if q.SpeakerMention == nil || c.text[q.SpeakerMention.Start:q.SpeakerMention.End] != c.mention {
			t.Errorf("%q: mention %v, want %q", c.text, q.SpeakerMention, c.mention)
		}
	}
	// near miss: the relative clauses are on an object, not on the subject
	text := "Local\n\nHe knew people who lived there and who said it was bad."
	for _, q := range ex.Extract(text) {
		if q.SpeakerMention != nil && text[q.SpeakerMention.Start:q.SpeakerMention.End] == "people" {
			t.Errorf("%q: mention %q", text, "people")
		}
	}
}
