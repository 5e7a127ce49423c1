package extract

import "testing"

// TestMediumObjectOwner: the speaker of a participle after "VERB [det]
// MEDIUM" is the verb's subject, not the medium; a medium that is itself
// the subject, or no medium, is left alone.
func TestMediumObjectOwner(t *testing.T) {
	checkSpeakerNames(t, []speakerCase{
		{"His office put out a statement saying the plan had failed.", "plan had failed", "office"},
		{"Rubio's campaign sent out a press release saying Murphy owes voters an apology.", "owes voters", "Rubio campaign"},
		{"Minutes later, Ann Lee sent an email saying the vote was over.", "vote was over", "Ann Lee"},
		{"The Cruz campaign sent a fundraising email Wednesday saying that Trump was weak.", "Trump was weak", "Cruz campaign"},
		{"The report, saying the economy was weak, was ignored by the board.", "economy was weak", "report"},
	})
	checkMentions(t, New(nil), []mentionCase{
		{"writer", "Headline\n\nMinutes later, she sent an email saying the vote was over.", "vote was over", "she"},
		{"no medium", "Headline\n\nThe governor signed the bill, saying it would help.", "it would help", "The governor"},
		{"over an auxiliary", "Headline\n\nThe dean has published a letter strongly disputing that the school was at fault.", "the school was at fault", "The dean"},
	})
}
