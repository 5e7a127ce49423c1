package extract

import "testing"

// TestDatelineOwner: a wire dateline's place is no speaker.
func TestDatelineOwner(t *testing.T) {
	checkMentions(t, New(nil), []mentionCase{
		{"dateline", "Headline\n\nNew York (AFP) – Vice President Ann Lee on Monday hit the campaign trail with Tom Reed for the first time, trashing his rival as unfit for office.", "his rival as unfit", "Vice President Ann Lee"},
		{"dateline, no day", "Headline\n\nLondon (Reuters) - Prime Minister Tom Reed has taken a swipe at his rival's stance on trade, saying that tariffs would hurt.", "tariffs would hurt", "Prime Minister Tom Reed"},
		// near miss: no dateline
		{"no dateline", "Headline\n\nNew York officials hit back on Monday, saying that the plan would fail.", "the plan would fail", "New York officials"},
	})
	checkSpeakerNames(t, []speakerCase{
		{"London (Reuters) - Prime Minister Tom Reed has taken a swipe at his rival's stance on trade, saying that tariffs would hurt.", "tariffs would hurt", "Tom Reed"},
	})
}
