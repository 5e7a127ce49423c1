package extract

import "testing"

// TestPassiveByAgent covers passive reports and stances with their agent:
// the agent speaks, the passive subject is the statement; "by" with a time
// frames nothing.
func TestPassiveByAgent(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{`The merger was confirmed by the bank on Friday.`, "The merger", "the bank"},
		{`The new figure was quickly disputed by farmers in the valley.`, "The new figure", "farmers"},
		{`Crowds gathered after the bombing, which was claimed by a rebel group.`, "which", "a rebel group"},
	})
	checkNoStatements(t, ex, []string{`If any judge should have been confirmed by now, it is Ruiz.`})
}
