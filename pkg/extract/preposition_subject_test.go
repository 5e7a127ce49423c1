package extract

import "testing"

// TestPrepositionSubject covers a cue's noun after a preposition ("above
// estimates"): its frame goes at inference, so the main clause is nobody's
// statement; a real subject stays, and training keeps the frame.
func TestPrepositionSubject(t *testing.T) {
	ex := New(nil)
	for _, text := range []string{
		"Nvidia\n\nThe company forecast revenue of $28 billion for the second quarter, above estimates of $26.6 billion.",
		"Results\n\nThe bank reported a profit of $3 billion, below estimates of $3.4 billion.",
	} {
		for _, q := range ex.Extract(text) {
			if q.SpeakerMention != nil && q.IsSpeech {
				if m := text[q.SpeakerMention.Start:q.SpeakerMention.End]; m == "above" || m == "below" {
					t.Errorf("%q: statement of %q", text, m)
				}
			}
		}
	}
	checkSoleSpeakers(t, ex, []soleSpeaker{
		{"Results\n\nThe merger will save $2 billion a year, Reed said, above what analysts expected.", "Reed", "Reed", ""},
	})
	cases := []struct {
		text string
		want bool
	}{
		{"Sales rose, above estimates.", true},
		{"Sales rose, Above estimates.", false},
		{"Sales rose, analysts estimates.", false},
	}
	for _, c := range cases {
		d := newDoc(c.text)
		a := &attribution{subj: rng{3, 4}, cue: rng{4, 5}}
		if got := d.prepositionSubject(a); got != c.want {
			t.Errorf("%q: prepositionSubject = %v, want %v", c.text, got, c.want)
		}
		d.training = true
		if got := d.dropAtInference([]*attribution{a}, d.prepositionSubject); len(got) != 1 {
			t.Errorf("%q: dropped in training", c.text)
		}
		d.release()
	}
}
