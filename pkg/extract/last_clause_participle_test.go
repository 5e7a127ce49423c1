package extract

import "testing"

// TestLastClauseOwner: a participle continues the clause right before it.
func TestLastClauseOwner(t *testing.T) {
	checkMentions(t, New(nil), []mentionCase{
		{"and clause", "Headline\n\nLast week, prosecutors charged the officer with murder and Mayor Kent fired his police chief, acknowledging that trust was lost.", "trust was lost", "Mayor Kent"},
		{"when clause", "Headline\n\nThe trouble came during a speech in Ohio, when Reed supporters interrupted her, shouting that she had lied.", "she had lied", "Reed supporters"},
		// near misses: names joined by "and", an "and" inside a that-clause
		{"joined names", "Headline\n\nAcme Corp. and the firm Beta Ltd. ended the deal, saying that the market had changed.", "the market had changed", "Acme Corp."},
	})
}
