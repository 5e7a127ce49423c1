package extract

import "testing"

// TestPrepositionNounCueNoStatement: a bare cue form after a preposition
// is a noun ("a broad base of support", "an erosion in support"); a
// participle or "in hopes that ..." stays a candidate.
func TestPrepositionNounCueNoStatement(t *testing.T) {
	ex := NewWithModels(nil, nil, nil) // rule candidates only
	checkNoStatements(t, ex, []string{
		"The mayor has a broad base of support that has carried her through two recalls.",
		"The governor has not recovered from the sharp erosion in support the party suffered last fall.",
	})
	find(t, ex.Extract("The senator took the unusual step of criticizing the agency."), "the agency")
}

// TestReducedRelativeCueNoStatement: an -ing cue that only modifies its
// noun ("delegates supporting the mayor declined to comment") reports
// nothing; "a statement saying ..." still does.
func TestReducedRelativeCueNoStatement(t *testing.T) {
	ex := NewWithModels(nil, nil, nil) // rule candidates only
	for _, q := range ex.Extract("Several delegates supporting the mayor declined to comment on the vote.") {
		if q.CueText == "support" {
			t.Errorf("a modifying participle kept as a statement: %+v", q)
		}
	}
	find(t, ex.Extract("The council released a statement saying the budget was balanced."), "the budget was balanced")
}

// TestWrittenDocumentNoStatement: "wrote the letter to ..." names what was
// written; "wrote a letter urging ..." and "wrote that ..." still report.
func TestWrittenDocumentNoStatement(t *testing.T) {
	ex := NewWithModels(nil, nil, nil) // rule candidates only
	checkNoStatements(t, ex, []string{
		"The mayor wrote the letter on Monday to the acting head of the agency.",
		"Late last year, the firm wrote a detailed, five-page letter to the school board.",
	})
	find(t, ex.Extract("The mayor wrote a letter urging the council to delay the vote."), "urging the council to delay the vote")
	find(t, ex.Extract("The mayor wrote that the council should delay the vote."), "the council should delay the vote")
}
