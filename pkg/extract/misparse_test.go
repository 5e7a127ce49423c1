package extract

import "testing"

// TestMisparsedFrameNoStatement: a bare relative "that" as content, a cue
// word used as a noun after "the new" or "an old", and "called" naming a
// work or an outlet report nothing; a person or a group calling something
// still speaks.
func TestMisparsedFrameNoStatement(t *testing.T) {
	ex := NewWithModels(nil, nil, nil) // rule candidates only
	checkNoStatements(t, ex, []string{
		"The treaty is a deal that was rejected by large majorities in both chambers last year.",
		"There is an old quip on Wall Street that markets climb a wall of worry.",
		"One of his recent reads, “The Long Road,” shaped his views on the war.",
		"The talks were slowed by the new thinking that followed the election in the spring.",
		"A teacher in Ohio has set up a website called “Move To Ohio” for anyone who wants to leave.",
		"A blog, called the “Daily Note,” publishes three posts a day on the city council.",
	})
	find(t, ex.Extract("A spokesman for the mayor called the ruling “a disgrace.”"), "a disgrace")
	find(t, ex.Extract("A group of senators called the plan “reckless and costly.”"), "reckless and costly")
	find(t, ex.Extract("The mayor said that the budget would be balanced next year."), "the budget would be balanced")
}
