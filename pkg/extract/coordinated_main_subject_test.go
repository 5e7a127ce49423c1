package extract

import "testing"

// TestCoordinatedMainOwner: a verb coordinated with the main verb speaks
// for the sentence's subject, not for the subject of a clause in the
// main verb's object; the statements stay as found.
func TestCoordinatedMainOwner(t *testing.T) {
	checkMentions(t, New(nil), []mentionCase{
		{"whether clause", "Headline\n\nThe judge put off deciding whether the group could question the mayor but said the group could come back later.", "could come back later", "The judge"},
		{"gerund subject", "Headline\n\nSome senators complained about Ann Lee vowing to fight on and said that they were tired.", "they were tired", "Some senators"},
		{"participle", "Headline\n\nThe retired surgeon has given no details about how he planned to change course, saying only that he was ready.", "he was ready", "The retired surgeon"},
		{"then", "Headline\n\nTom Reed offered the man a job as Secretary of State, then says he will welcome advice.", "welcome advice", "Tom Reed"},
		// near misses: the verb continues the clause it follows
		{"while clause", "Headline\n\nThe mayor smiled while Tom Reed argued that taxes were high and said he would resign.", "he would resign", "Tom Reed"},
		{"cue before", "Headline\n\nThe mayor said Tom Reed lied and said he would resign.", "he would resign", "The mayor"},
	})
	checkSpeakerNames(t, []speakerCase{
		{"The judge, Ann Lee, put off deciding whether the group could question the mayor but said the group could come back later.", "could come back later", "Ann Lee"},
		{"Tom Reed offered the man a job as Secretary of State, then says he will welcome advice.", "welcome advice", "Tom Reed"},
	})
}
