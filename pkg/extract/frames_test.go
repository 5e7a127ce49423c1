package extract

import (
	"strings"
	"testing"
)

// TestFrameRecall covers frame and subject forms added for recall: each
// sentence must give a statement holding sub with the given mention.
func TestFrameRecall(t *testing.T) {
	cases := []mentionCase{
		{"coordinated after a quotation", `The judge called the filing "sloppy," but said the case would go ahead.`, "the case would go ahead", "The judge"},
		{"adverb between subject and verb", `Lopez however said the budget would balance next year.`, "the budget would balance next year", "Lopez"},
		{"title-case headline", "Mayor Rita Gomez Says The Bridge Will Reopen In May\n\nThe city council met on Monday.", "The Bridge Will Reopen", "Mayor Rita Gomez"},
		{"party label and apposition", `Rep. Ann Lowe (D-Md.), chair of the budget panel, said the deal would hold.`, "the deal would hold", "Rep. Ann Lowe (D-Md.), chair of the budget panel"},
		{"day before an apposition subject", `And on Monday, Tom Hart, head of the port authority, said the docks would reopen.`, "the docks would reopen", "Tom Hart, head of the port authority"},
		{"ratio subject", `Two in three said they would vote again.`, "they would vote again", "Two in three"},
		{"subject after an introductory clause", `Until the mill closed, most of them said they liked the work.`, "they liked the work", "most of them"},
		{"dash aside with commas", `Several pastors — including Baptists, Methodists, Catholics — said the vigil would go on.`, "the vigil would go on", "Several pastors — including Baptists, Methodists, Catholics"},
		{"participle aside", `Federal officials, speaking on condition of anonymity because they were not cleared to talk, said the probe was closed.`, "the probe was closed", "Federal officials"},
		{"intro before a long apposition", `On Friday, Ana Cruz, now 70 and retired in Tulsa, Okla., said the farm would be sold.`, "the farm would be sold", "Ana Cruz, now 70 and retired in Tulsa, Okla."},
		{"pointed to", `Harmon pointed to the drop in jobless claims.`, "the drop in jobless claims", "Harmon"},
		{"went on to say", `The mayor went on to say that the budget was balanced.`, "the budget was balanced", "The mayor"},
		{"continued to insist", `Lee continued to insist that the vote was rigged.`, "the vote was rigged", "Lee"},
		{"long according-to source", `According to early results of a survey conducted for local papers by a polling firm, most voters favor the levy.`, "most voters favor the levy", "early results of a survey conducted for local papers by a polling firm"},
		{"coordinated verb after an auxiliary", `Ruiz has voiced doubts but has said she will back the plan.`, "she will back the plan", "Ruiz"},
		{"that-clause opening with while", `Rabbi Ezra Stein, the head of the council, has said that while he respects the court, the ruling was wrong.`, "the ruling was wrong", "Rabbi Ezra Stein, the head of the council"},
		{"one-word opening of a medial frame", `Otherwise, she said, the towns will run out of water.`, "the towns will run out of water", "she"},
		{"participle after a quotation", `Mr. Lund told the hosts of ''Morning Call,'' adding that his brother would run.`, "his brother would run", "Mr. Lund"},
		{"participle after a preposition", `Vance answered the first question before adding that the plant would stay open.`, "the plant would stay open", "Vance"},
		{"noun-like verb form", `The Valley Gazette reports the mayor will run for a third term.`, "the mayor will run for a third term", "The Valley Gazette"},
	}
	ex := New(nil)
	checkMentions(t, ex, cases)
}

// TestNounLikeVerbNeedsClause: a noun-like cue form after a subject is only
// a frame when a clause with its own subject follows.
func TestNounLikeVerbNeedsClause(t *testing.T) {
	for _, s := range []string{
		"Harsh comments are earning the town a bad name.",
		"The army advanced as it claims more ground from the rebels.",
	} {
		for _, q := range New(nil).Extract(s) {
			if strings.Contains(q.CueText, "comment") || strings.Contains(q.CueText, "claim") {
				t.Errorf("%q: unexpected quote %+v", s, q)
			}
		}
	}
}
