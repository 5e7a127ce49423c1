package extract

import "testing"

// TestAttemptFrames covers a speech verb in the infinitive of an attempt:
// the subject of "tried", "struggled", "was pressed" speaks; a stance in
// the infinitive and a plan frame nothing of their own.
func TestAttemptFrames(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{`The coach has tried to explain his decision to bench the captain.`, "his decision to bench the captain", "The coach"},
		{`The minister struggled to demonstrate that the new budget was fair.`, "that the new budget was fair", "The minister"},
		{`Ms. Ruiz was pressed to explain the delay.`, "the delay", "Ms. Ruiz"},
	})
	checkNoStatements(t, ex, []string{
		`The owners tried to defend the old stadium.`,
		`The club wants to announce a new coach.`,
	})
}
