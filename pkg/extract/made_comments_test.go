package extract

import "testing"

// TestMadeComments covers the topic of comments or remarks someone made:
// it is the statement. A possessive "her comments on X" and a comment made
// inside a quotation frame nothing of their own.
func TestMadeComments(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{`The governor has made several sharp remarks about the new pipeline.`, "the new pipeline", "The governor"},
		{`The mayor made no comment on the verdict.`, "the verdict", "The mayor"},
	})
	checkNoStatements(t, ex, []string{
		`Her comments on the budget drew little notice.`,
	})
}
