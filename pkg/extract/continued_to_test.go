package extract

import "testing"

// TestContinuedToObject covers "continued to V" with an object: the cue
// spans the verb (and its preposition) and the object is the statement;
// without an object, or in the present, nothing is framed.
func TestContinuedToObject(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{`The coach continued to dismiss the rumors about his health.`, "the rumors about his health", "The coach"},
		{`The union has continued to push for a shorter work week.`, "a shorter work week", "The union"},
	})
	checkNoStatements(t, ex, []string{
		`The river continued to rise overnight.`,
		`The team continues to trail the leaders by two points.`,
	})
}
