package extract

import "testing"

// TestAdverbInNP: an adverb before the adjective of a speaker's
// description does not end the speaker's noun phrase; elsewhere it does.
func TestAdverbInNP(t *testing.T) {
	ex := withoutAccept()
	checkContents(t, ex, []contentCase{
		{text: "\"Thank you,\" a visibly emotional Hill told the crowd.", content: "Thank you", mention: "a visibly emotional Hill"},
		{text: "\"We won,\" said a clearly delighted Tom Hill.", content: "We won", mention: "a clearly delighted Tom Hill"},
	})
	for _, c := range []struct {
		text string
		want bool
	}{
		{"said a clearly delighted Tom Hill", true},
		{"to an exceptionally welcoming scene", false},
		{"said a clearly said Tom Hill", false},
		{"said the clearly delighted Tom Hill", false},
	} {
		d := newDoc(c.text)
		if got := d.adverbInNP(2, len(d.toks)); got != c.want {
			t.Errorf("%q: adverbInNP %v, want %v", c.text, got, c.want)
		}
		d.release()
	}
}
