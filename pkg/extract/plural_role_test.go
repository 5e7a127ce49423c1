package extract

import "testing"

// TestPluralRole covers a plural role before "for" ("Lawyers for the
// family said"): the whole phrase is the speaker mention at inference, on
// either side of the cue; other plurals before "for" keep their reading.
func TestPluralRole(t *testing.T) {
	checkMentions(t, New(nil), []mentionCase{
		{"lawyers", "Lawyers for the family said they would file a lawsuit.", "they would file a lawsuit", "Lawyers for the family"},
		{"spokesmen", "Spokesmen for the airline said flights would resume.", "flights would resume", "Spokesmen for the airline"},
		{"doctors", "Doctors for the team said he would recover.", "he would recover", "Doctors for the team"},
		{"inverted", "\"We will appeal,\" said lawyers for the family.", "We will appeal", "lawyers for the family"},
		{"singular", "A lawyer for the family said they would appeal.", "they would appeal", "A lawyer for the family"},
	})
	d := newDoc("Lawyers for the family said it.")
	defer d.release()
	if !d.pluralRole(0) {
		t.Errorf("lawyers: no plural role")
	}
	for _, w := range []int{1, 3} { // "for", "family"
		if d.pluralRole(w) {
			t.Errorf("%q: a plural role", d.word(w))
		}
	}
	d.training = true
	if d.pluralRole(0) {
		t.Errorf("training: a plural role")
	}
}
