package extract

import "testing"

// TestTimePhraseNoSpeaker: a time phrase between the subject and its verb,
// or opening the sentence of a participle, is not the speaker; the
// statements stay as found.
func TestTimePhraseNoSpeaker(t *testing.T) {
	checkSpeakerNames(t, []speakerCase{
		{"Tom Reed at the time said he had asked his lawyers.", "asked his lawyers", "Tom Reed"},
		{"Ann Lee's friends have in the past said she was tired.", "she was tired", "Ann Lee's friends"},
		{"Tom Reed in recent days has said the plan failed.", "plan failed", "Tom Reed"},
		{"Hours later, Tom Reed returned the compliment, telling Reuters that he liked him.", "he liked him", "Tom Reed"},
		{"The day before, at a rally in Texas, Tom Reed was just as blunt, claiming that the vote was rigged.", "vote was rigged", "Tom Reed"},
	})
	checkMentions(t, New(nil), []mentionCase{
		{"time phrase", "Headline\n\nTom Reed at the time said he had asked his lawyers.", "asked his lawyers", "Tom Reed"},
		{"time intro", "Headline\n\nHours later, Tom Reed returned the compliment, telling Reuters that he liked him.", "he liked him", "Tom Reed"},
		// no time phrase: the subject as found
		{"place phrase", "Headline\n\nThe mayor in Leeds said the plan failed.", "plan failed", "The mayor in Leeds"},
	})
	for _, c := range []struct {
		text string
		want int
	}{{"Hours later, Reed left.", 2}, {"The day before, Reed left.", 3}, {"Two weeks ago, Reed left.", 3}, {"The mayor, Reed, left.", -1}, {"Later, Reed left.", -1}} {
		d := newDocFor(c.text, false)
		if got := d.timeIntroEnd(0, len(d.toks)); got != c.want {
			t.Errorf("timeIntroEnd(%q) = %d, want %d", c.text, got, c.want)
		}
		d.release()
	}
}
