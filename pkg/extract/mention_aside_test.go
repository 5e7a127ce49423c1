package extract

import "testing"

// TestAsideMention: a discourse aside after the subject is no part of the
// speaker mention; an apposition is.
func TestAsideMention(t *testing.T) {
	const h = "Headline\n\n"
	checkMentions(t, withoutAccept(), []mentionCase{
		{"for her part", h + "The mayor, for her part, said the plan was sound.", "the plan was sound", "The mayor"},
		{"in turn", h + "Trump, in turn, said the bill was dead.", "the bill was dead", "Trump"},
		{"meanwhile", h + "Sanders, meanwhile, told reporters he would stay.", "he would stay", "Sanders"},
		{"by contrast", h + "Senator Ted Cruz, by contrast, wrote that the deal was bad.", "the deal was bad", "Senator Ted Cruz"},
		{"relative clause", h + "Viktor Orban, who had threatened a veto, said he had won guarantees.", "he had won guarantees", "Viktor Orban"},
		{"participle clause", h + "Italian officials, speaking on condition of anonymity, said Rome had pushed for it.", "Rome had pushed for it", "Italian officials"},
		{"aside then relative clause", h + "Sanders, meanwhile, who has no such endorsements, said he would fight on.", "he would fight on", "Sanders"},
		{"statement in the relative clause", h + "The lawyer, who said the plan was checked, left early.", "the plan was checked", "The lawyer, who"},
		{"object relative", h + "Leaders agreed to tighten controls, a deal German Chancellor Olaf Scholz called \"a historic step\".", "a historic step", "German Chancellor Olaf Scholz"},
		{"role kept", h + "His spokesman Zoltan Kovacs wrote that Budapest would not accept it.", "Budapest would not accept it", "His spokesman Zoltan Kovacs"},
		{"partitive kept", h + "A majority of Senate Democrats said the bill should pass.", "the bill should pass", "A majority of Senate Democrats"},
		{"apposition kept", h + "Jane Doe, a teacher, said she was tired.", "she was tired", "Jane Doe, a teacher"},
		{"not an aside", h + "Jane Doe, a teacher too, said she was tired.", "she was tired", "Jane Doe, a teacher too"},
	})
}
