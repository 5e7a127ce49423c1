package extract

import "testing"

// TestSubjunctiveRelativeOwner: a subject whose relative clause asks that
// the source not be named is the noun the clause modifies; a request with
// a finite clause or without "who" is left alone.
func TestSubjunctiveRelativeOwner(t *testing.T) {
	ex := New(nil)
	for _, c := range []struct{ text, content, mention string }{
		{"Local\n\nA mother of three who asked that her name not be used said she could not afford the new fees.", "she could not afford the new fees", "A mother of three"},
		{"Local\n\nA resident who requested that his name be withheld told the paper the water was brown.", "the water was brown", "A resident"},
		{"Local\n\nOne teacher who asked that she not be identified said the school was unsafe.", "the school was unsafe", "One teacher"},
	} {
		q := find(t, ex.Extract(c.text), c.content)
		if q.SpeakerMention == nil || c.text[q.SpeakerMention.Start:q.SpeakerMention.End] != c.mention {
			t.Errorf("%q: mention %v, want %q", c.text, q.SpeakerMention, c.mention)
		}
		if q.Speaker.Name == "unknown" || q.Speaker.Name == "" {
			t.Errorf("%q: speaker %q, want the noun phrase's", c.text, q.Speaker.Name) // the owner's own frame found no owner again
		}
	}
	for text, want := range map[string]bool{
		"A resident who asked that his name be withheld said it was bad.": true,
		"The council asked that the plan be delayed and said it was bad.": false, // no relative clause
		"A resident who asked that the mayor resign said it was bad.":     false, // no subjunctive "be"
	} {
		d := newDoc(text)
		fs := d.findAttributions()
		got := false
		for _, a := range fs {
			got = got || d.subjunctiveRelativeOwner(a).ok()
		}
		if got != want {
			t.Errorf("%q: owner found %v, want %v", text, got, want)
		}
	}
}
