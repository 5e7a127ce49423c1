package extract

import "testing"

// TestPrefer covers preferences as body stances (prefer.go): the object is
// the content; after a relative subject it ends before the main verb; a
// question, a passive and the adjective frame nothing.
func TestPrefer(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	head := "Dam plan goes on.\n\n"
	checkContents(t, ex, []contentCase{
		{text: head + "Many voters prefer the smaller dam.", content: "the smaller dam", mention: "Many voters"},
		{text: head + "The mayor prefers a toll road to a new tax.", content: "a toll road to a new tax", mention: "The mayor"},
		{text: head + "As for his travel, the mayor prefers to fly private.", content: "to fly private", mention: "the mayor"},
		{text: head + "Most donors prefer not to register under the new law.", content: "not to register under the new law", mention: "Most donors"},
		{text: head + "Residents who preferred the old route outnumbered the rest.", content: "the old route", mention: "who"},
	})
	checkNoStatements(t, ex, []string{
		head + "Would the farmers prefer the smaller dam or the larger one?",
		head + "The smaller dam was preferred by most farmers.",
		head + "The radio is his preferred source of news.",
	})
}
