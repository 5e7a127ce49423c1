package extract

import "testing"

// TestBodyInPlace covers a body followed by its place ("police in
// Houston", "the National Weather Service in Houston", "the U.S. embassy
// in Kyiv"): a statement before the cue is found, and the speaker is the
// body, not the place; a person's or agent's subject, or a place after a
// verb, is left alone, and in training npBack stops at the preposition.
func TestBodyInPlace(t *testing.T) {
	ex := New(nil)
	cases := []struct{ text, mention, name string }{
		{"Storm\n\nThe flooding was severe, police in Houston said.", "police in Houston", "police in Houston"},
		{"Storm\n\nThe flooding was severe, the National Weather Service in Houston said.", "the National Weather Service in Houston", "National Weather Service"},
		{"Storm\n\nThe National Weather Service in Houston said the flooding was severe.", "The National Weather Service in Houston", "National Weather Service"},
		{"Storm\n\nThe staff were safe, the U.S. embassy in Kyiv said.", "the U.S. embassy in Kyiv", "U.S. embassy in Kyiv"},
		{"Storm\n\nThe police department in Dayton said the officer was on leave.", "The police department in Dayton", "police department in Dayton"},
		{"Storm\n\nUNICEF in Gaza said the children were hungry.", "UNICEF in Gaza", "United Nations Children's Fund"},
		{"Storm\n\nA spokesman for the police in Houston said the road was shut.", "A spokesman for the police in Houston", "spokesman for the police in Houston"},
		{"Storm\n\nThe road was shut, the mayor said at City Hall.", "the mayor", "mayor"},
	}
	for _, c := range cases {
		q, ok := soleStatement(t, ex, c.text)
		if !ok {
			continue
		}
		m := mention(c.text, q)
		if m != c.mention || q.Speaker.Name != c.name {
			t.Errorf("%q: mention %q speaker %q, want %q and %q", c.text, m, q.Speaker.Name, c.mention, c.name)
		}
	}
	d := newDoc("The flooding was severe, police in Houston said. He said in Houston that it was severe.")
	for i := range d.toks {
		switch d.word(i) {
		case "police":
			if !d.bodyBeforePlace(i) {
				t.Errorf("bodyBeforePlace(police) = false")
			}
			d.training = true
			if d.bodyBeforePlace(i) {
				t.Errorf("bodyBeforePlace in training")
			}
			d.training = false
		case "said":
			if d.bodyBeforePlace(i) {
				t.Errorf("bodyBeforePlace(said) = true")
			}
		}
	}
}
