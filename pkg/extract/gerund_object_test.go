package extract

import "testing"

// TestGerundObject covers a speech verb whose object is what was said after
// a gerund preposition: the object is the content and the clause's subject
// speaks. A bare participle modifier and a that-less noun frame nothing.
func TestGerundObject(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{`The governor carried the primary by denouncing the new toll roads.`, "the new toll roads", "The governor"},
		{`The mayor has been the loudest voice in criticizing the school board.`, "the school board", "The mayor"},
		{`But while denouncing the tax breaks to union crowds, she has voted for them twice.`, "the tax breaks to union crowds", "she"},
		{`The senator hinted at his rival by mentioning the need for a new bridge.`, "the need for a new bridge", "The senator"},
	})
	checkNoStatements(t, ex, []string{
		`She gave a speech denouncing the new toll roads.`,
		`He was fined for criticizing the referee.`,
	})
}
