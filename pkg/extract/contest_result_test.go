package extract

import "testing"

// TestContestResult: claiming or conceding a race is no statement at
// inference; a claim of a clause stays. (An all-zero model with a low
// threshold keeps every other candidate.)
func TestContestResult(t *testing.T) {
	m := NewModel()
	m.Threshold, m.NonSpeechThreshold = 0.3, 0.3
	ex := NewWithModels(nil, nil, m)
	for _, text := range []string{
		"Ann Lee won the county vote on Tuesday, claiming her third victory of the month.",
		"Ann Lee is conceding the race in a call with her rival.",
		"Ann Lee took the district, claiming 41 percent of the vote.",
	} {
		checkNoStatementWith(t, ex.Extract(text), "victory of the month", "the race in a call", "41 percent of the vote")
	}
	find(t, ex.Extract("Ann Lee claimed the race was rigged from the start."), "the race was rigged")
	find(t, ex.Extract("Ann Lee claimed that her victory was the largest ever."), "her victory was the largest ever")
	find(t, ex.Extract("Ann Lee conceded that the plan had failed."), "the plan had failed")
}
