package extract

import "testing"

// TestEvidenceAuthor covers findings of a poll by several authors ("a poll
// from X/Y found", "a poll by X and Y shows"): a finding at inference,
// ending before a new clause after ", and".
func TestEvidenceAuthor(t *testing.T) {
	ex := withoutAccept()
	checkContents(t, ex, []contentCase{
		{text: "Vote Set.\n\nA new poll from ABC/Ipsos found most voters want a change, and Lee has been citing it.", content: "most voters want a change", mention: "Ipsos"},
		{text: "Vote Set.\n\nA poll released Sunday by The Times and Siena College shows the mayor holding his lead.", content: "the mayor holding his lead", mention: "A poll released Sunday by The Times and Siena College"},
	})
	checkNoStatements(t, ex, []string{
		"Vote Set.\n\nA friend of Lee and Ruiz found the keys in the car.",
	})
}
