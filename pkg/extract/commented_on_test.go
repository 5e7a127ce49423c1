package extract

import "testing"

// TestCommentedOn covers the verb "comment on X": the topic is the
// statement and the subject speaks; the noun "comments on X" frames nothing.
func TestCommentedOn(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{`The governor also commented on the new tax plan.`, "the new tax plan", "The governor"},
		{`The bank has not commented on the reason for the delay.`, "the reason for the delay", "The bank"},
		{`Neither club would comment on those rumors.`, "those rumors", "club"},
	})
	checkNoStatements(t, ex, []string{`His comments on the budget surprised the council.`})
}
