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
		{"apposition kept", h + "Jane Doe, a teacher, said she was tired.", "she was tired", "Jane Doe, a teacher"},
		{"not an aside", h + "Jane Doe, a teacher too, said she was tired.", "she was tired", "Jane Doe, a teacher too"},
	})
}
