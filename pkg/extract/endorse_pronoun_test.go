package extract

import "testing"

// TestEndorsePronounObject covers "endorsed her/him" after a name that
// opens its clause; not after a subordinator nor in a relative clause.
func TestEndorsePronounObject(t *testing.T) {
	checkContents(t, New(nil), []contentCase{
		{text: "Vote Set.\n\nPresident Ann Ruiz endorsed her on Monday.", content: "her", mention: "President Ann Ruiz"},
	})
	checkNoStatements(t, New(nil), []string{
		"Vote Set.\n\nThe money came after Lee endorsed him in an email.",
		"Vote Set.\n\nLater Tom Lee, who endorsed him last week, left.",
		"Vote Set.\n\nThe union endorsed her last summer.",
	})
}
