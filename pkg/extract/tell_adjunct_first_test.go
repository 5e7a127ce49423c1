package extract

import "testing"

// TestTellAdjunctFirst covers "warned in his letter that": the phrase
// after a tell-class cue is an adjunct when "that" follows, and the
// clause is the content; without "that", or in training, no change.
func TestTellAdjunctFirst(t *testing.T) {
	ex := New(nil)
	checkStatementTexts(t, ex, []statementText{
		{"Banks\n\nJamie Dimon warned in his annual letter to shareholders that inflation could prove stickier.", "that inflation could prove stickier"},
		{"Talks\n\nThe minister warned in an interview that the deal would collapse.", "that the deal would collapse"},
	})
	cases := []struct {
		text string
		want bool
	}{
		{"Reed warned in a letter that costs rose.", true},
		{"Reed warned during the call that costs rose.", true},
		{"Reed warned in a letter, that costs rose.", false},
		{"Reed warned at the meeting that costs rose.", false},
		{"Reed warned in his own words about costs.", false},
		{"Reed said in a letter that costs rose.", false},
	}
	for _, c := range cases {
		d := newDoc(c.text)
		a := &attribution{cue: rng{1, 2}, class: cueInfoOf(d.word(1)).class}
		if got := d.tellAdjunctFirst(a, 2, len(d.toks)); got != c.want {
			t.Errorf("%q: tellAdjunctFirst = %v, want %v", c.text, got, c.want)
		}
		d.training = true
		if d.tellAdjunctFirst(a, 2, len(d.toks)) {
			t.Errorf("%q: fired in training", c.text)
		}
		d.release()
	}
}
