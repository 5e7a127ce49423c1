package extract

import "testing"

// TestPassiveStance covers passive stances of non-cue verbs with a "by"
// agent: the agent is the source, the subject with its reason the
// content; the active verb stays a body stance and "by" with a time
// frames nothing.
func TestPassiveStance(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "The vote was close. Mr. Lopez was rebuked by rivals for his plan to close the clinic.", content: "Mr. Lopez for his plan to close the clinic", mention: "rivals"},
		{text: "The vote was close. The proposals have been applauded by several economists.", content: "The proposals", mention: "several economists"},
		{text: "The vote was close. Ruiz has been attacked on the tax issue by his rival.", content: "Ruiz on the tax issue", mention: "his rival"},
		{text: "The vote was close. Mr. Lopez rebuked his rivals for their plan.", content: "his rivals for their plan", mention: "Mr. Lopez"},
		{text: "Vote Set.\n\nGinsburg is known for her candor on the bench and is admired by many.", content: "Ginsburg her candor on the bench", mention: ""},
		{text: "Vote Set.\n\nThe sheriff, who is best known for his raids, spoke first.", content: "who his raids", mention: ""},
	})
	checkNoStatements(t, ex, []string{
		"The vote was close. The forms must be stamped by Monday.",
		"The vote was close. The clinic was attacked by Monday.",
		"Vote Set.\n\nIt has been known for some time that the plan would fail.",
	})
}
