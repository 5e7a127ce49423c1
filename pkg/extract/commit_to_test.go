package extract

import "testing"

// TestCommitInfinitive covers a commitment verb with a short infinitive
// that ends the sentence or a clause: the infinitive is the content (it
// was taken for an adjunct and the frame had none). Nouns, addressees and
// relative subjects frame nothing.
func TestCommitInfinitive(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{`The mayor vowed to fix the roads.`, "to fix the roads", "The mayor"},
		{`She threatened to quit.`, "to quit", "She"},
		{`Lee promised to cut fees, but the board balked.`, "to cut fees", "Lee"},
	})
	checkNoStatements(t, ex, []string{
		`Her pledge to stay neutral surprised us.`,
		`What promised to be a calm week turned wild.`,
	})
}

// TestCommitInfinitiveRuleAccepted checks that the repaired frame is
// built at inference only, with the rule's confidence: the models train on
// the same candidates with or without the rule.
func TestCommitInfinitiveRuleAccepted(t *testing.T) {
	text := `The mayor vowed to fix the roads.`
	for _, c := range New(nil).Candidates(text) {
		if got := text[c.Quote.Content[0].Start:c.Quote.Content[0].End]; got == "to fix the roads" {
			t.Errorf("training candidate %q: the frame must be built at inference only", got)
		}
	}
	qs := New(nil).Extract(text)
	if len(qs) != 1 || qs[0].Confidence != commitInfinitiveConf {
		t.Fatalf("want one rule-accepted statement with confidence %v, got %+v", commitInfinitiveConf, qs)
	}
}

// TestThreatInfinitive covers "threatened to" in body text after an agent
// subject; forecasts, relative "that" subjects and prosecutors' steps
// frame nothing.
func TestThreatInfinitive(t *testing.T) {
	ex := New(nil)
	checkContents(t, ex, []contentCase{
		{"Vote Set.\n\nThe mayor threatened to close the roads.", "to close the roads", "The mayor"},
		{"Vote Set.\n\nLee backed the plan, while Ruiz has threatened to tear it up.", "to tear it up", "Ruiz"},
	})
	checkNoStatements(t, ex, []string{
		"Vote Set.\n\nThe storm threatened to close the roads.",
		"Vote Set.\n\nIt was a case that had threatened to cripple the unions.",
		"Vote Set.\n\nProsecutors initially threatened to charge him.",
	})
}
