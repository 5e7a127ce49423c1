package extract

import "testing"

// TestAdjunctThatSubject: a coordinated subject of a that-clause after a
// cue and an adjunct stays inside the content; a new clause after a comma
// and "and" is a statement of its own.
func TestAdjunctThatSubject(t *testing.T) {
	ex := New(nil)
	checkStatementTexts(t, ex, []statementText{
		{"Talks\n\nThe Elysee said in a statement that Macron and Scholz had agreed on the next steps.", "that Macron and Scholz had agreed on the next steps"},
		{"Talks\n\nThe ministry said on Monday that Lee and Park had agreed on a deal.", "that Lee and Park had agreed on a deal"},
		{"Merger\n\nThe company wrote in a filing that Apex and its partner had agreed to delay the merger.", "that Apex and its partner had agreed to delay the merger"},
		{"Talks\n\nLee said in an interview that Park was wrong, and Kim argued that the plan would fail.", "that the plan would fail"},
	})
	checkOffInTraining(t, "Talks\n\nThe ministry said in a statement that Lee and Park had agreed on a deal.", "cueBeforeAdjunct", (*doc).cueBeforeAdjunct)
}
