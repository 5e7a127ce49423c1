package extract

import "testing"

// TestStanceEchoed covers "echoed" as a body stance: the simple past after
// an agent subject with its object; not the present of a thing, not the
// perfect, not after a negated subject.
func TestStanceEchoed(t *testing.T) {
	checkContents(t, New(nil), []contentCase{
		{text: "Vote Set.\n\nSenator Lee echoed the criticism on Monday.", content: "the criticism", mention: "Senator Lee"},
		{text: "Vote Set.\n\nOther Republicans echoed those comments.", content: "those comments", mention: "Other Republicans"},
	})
	checkNoStatements(t, New(nil), []string{
		"Vote Set.\n\nBut neither he nor Lee echoed the tone of the debate.",
		"Vote Set.\n\nThe film's title echoes the fighting in the old city.",
		"Vote Set.\n\nSenator Lee has echoed the success of the mayor online.",
	})
}
