package extract

import "testing"

// TestObjectParticipleOwner: a participle right after the main verb's
// object speaks for the main verb's subject, not for the object.
func TestObjectParticipleOwner(t *testing.T) {
	checkMentions(t, New(nil), []mentionCase{
		{"addressee", "Headline\n\nThe senator emailed supporters saying the fight would go on.", "the fight would go on", "The senator"},
		{"pitch to voters", "Headline\n\nGov. Ann Lee is making a pitch to voters in Ohio saying the tax cut will pass.", "the tax cut will pass", "Gov. Ann Lee"},
		// near misses: the object speaks, or no single clause
		{"signs", "Headline\n\nThe protesters carried signs saying that the plant must close.", "the plant must close", "signs"},
		{"left voters", "Headline\n\nThe attacks have left most voters saying that the city is unsafe.", "the city is unsafe", "most voters"},
	})
	checkSpeakerNames(t, []speakerCase{
		{"Gov. Ann Lee is making a pitch to voters in Ohio saying the tax cut will pass.", "the tax cut will pass", "Ann Lee"},
	})
}
