package extract

import "testing"

// TestMentionList covers a list in the object of a negated mention: kept
// whole, while a clause after the comma still ends the object.
func TestMentionList(t *testing.T) {
	checkContents(t, New(nil), []contentCase{
		{text: "The speech was long. Lee did not mention taxes, schools or jobs.", content: "taxes, schools or jobs", mention: "Lee"},
		{text: "The speech was long. Kim made no mention of God, religion or his faith.", content: "God, religion or his faith", mention: "Kim"},
		{text: "The speech was long. Lee did not mention her rival, and the crowd booed loudly.", content: "her rival", mention: "Lee"},
	})
	d := newDoc("Lee did not mention taxes, schools or jobs.")
	d.training = true
	for k := range d.toks {
		if d.mentionList(rng{4, len(d.toks) - 1}, k) >= 0 {
			t.Errorf("mentionList in training at %d", k)
		}
	}
}
