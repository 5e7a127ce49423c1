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
