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

// TestMisparsedContentNoStatement: a content that only says when or how
// ("as the Herald reported a few days later"), a date as the subject of a
// list entry ("— Announced April 12, 2015") and a content that is itself
// only a subject and a reporting verb report nothing; "The Herald reported
// that ..." still does.
func TestMisparsedContentNoStatement(t *testing.T) {
	ex := NewWithModels(nil, nil, nil) // rule candidates only
	checkNoStatements(t, ex, []string{
		"The council fought over the budget for weeks, as the Herald reported a few days later.",
		"We will bring this message to towns that have never heard it, and that respond favorably every time.",
		"Declared Candidates.\n\n1.\n\nof.\n\n23.\n\nSen. Jane Roe (D-Maine) — Announced April 12, 2015\nRoe dropped out of the race May 3, 2016.",
		"The mayor met donors behind closed doors last spring.  The Ledger reported, according to people in the room, the mayor tried to calm them.",
	})
	find(t, ex.Extract("The Herald reported that the mayor tried to calm donors."), "the mayor tried to calm donors")
	find(t, ex.Extract("The mayor denied the charges on Monday."), "the charges")
}

// TestNamingParticipleSpeaker: a firm calling a ruling something still
// speaks; only a name after "called" makes the phrase a naming.
func TestNamingParticipleSpeaker(t *testing.T) {
	ex := NewWithModels(nil, nil, nil) // rule candidates only
	find(t, ex.Extract("A drug company called the new rule “unfair and costly” on Monday."), "unfair and costly")
}

// TestBareFrameWhObject: "what the report said" as an object is a
// content, not a bare frame.
func TestBareFrameWhObject(t *testing.T) {
	ex := NewWithModels(nil, nil, nil) // rule candidates only
	find(t, ex.Extract("The senator disputed what the report said."), "what the report said")
	find(t, ex.Extract("He denied what the paper reported."), "what the paper reported")
}
