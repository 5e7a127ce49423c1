package extract

import "testing"

// TestMojibakeName covers a speaker's name with a C1 control character
// left by a double decoding: it is part of the word, not a punctuation
// mark that breaks the frame.
func TestMojibakeName(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	text := "\"We will win this fight,\" said Ana Pe\u00c3\u0083\u00c2os, a city council member."
	q := find(t, ex.Extract(text), "We will win")
	if m := mention(text, q); m != "Ana Pe\u00c3\u0083\u00c2os, a city council member" && m != "Ana Pe\u00c3\u0083\u00c2os" {
		t.Errorf("mention %q, want the name", m)
	}
}

// TestUndecodableName covers a name with a byte that was not UTF-8 (a
// Latin-1 "é"), raw or already replaced by U+FFFD: it stays one word, so
// the frame and the speaker survive.
func TestUndecodableName(t *testing.T) {
	ex := New(nil)
	for _, name := range []string{"Ren\uFFFD Dubois", "Ren\xe9 Dubois"} {
		text := "\"We will stay in the coalition,\" " + name + " said."
		q := find(t, ex.Extract(text), "We will stay")
		if m := mention(text, q); m != name {
			t.Errorf("%q: mention %q, want the name", text, m)
		}
	}
}
