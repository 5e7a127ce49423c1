package extract

import "testing"

// TestAdjunctPhraseOwner: "in particular", "in his speech" between a
// subject and its verb are no speaker; a coordinated verb takes the
// corrected mention of the verb it continues.
func TestAdjunctPhraseOwner(t *testing.T) {
	checkMentions(t, New(nil), []mentionCase{
		{"in particular", "Headline\n\nProgressives in particular say the party should have fought harder.", "the party should have fought harder", "Progressives"},
		{"over an auxiliary", "Headline\n\nForeign critics have in particular noted that the law is harsh.", "the law is harsh", "Foreign critics"},
		{"coordinated names", "Headline\n\nWhen the wall fell, Britain and France in particular feared that Germany would rise.", "Germany would rise", "Britain and France"},
		{"coordinated verb", "Headline\n\nTom Reed in his announcement speech called the tax unfair and promised to repeal it.", "to repeal it", "Tom Reed"},
		// near misses: a place, a participle
		{"a place", "Headline\n\nThe mayor in New York said the plan failed.", "the plan failed", "The mayor in New York"},
	})
	checkSpeakerNames(t, []speakerCase{
		{"Tom Reed in his announcement speech called the tax unfair and promised to repeal it.", "to repeal it", "Tom Reed"},
	})
}
