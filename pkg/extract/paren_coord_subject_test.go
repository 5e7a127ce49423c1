package extract

import "testing"

// TestParenCoordinatedSubject: an organisation whose name joins two words
// by "and" keeps its whole name before its acronym in parentheses; a
// plain name before a parenthesis is unchanged.
func TestParenCoordinatedSubject(t *testing.T) {
	ex := New(nil)
	checkContents(t, ex, []contentCase{
		{"Biz.\n\nThe Food and Drug Administration (FDA) said the drug was safe.", "the drug was safe", "The Food and Drug Administration (FDA)"},
		{"Biz.\n\n\"It is safe,\" the Food and Drug Administration (FDA) said.", "It is safe", "the Food and Drug Administration (FDA)"},
		{"Biz.\n\nThe Federal Aviation Administration (FAA) said the plane was safe.", "the plane was safe", "The Federal Aviation Administration (FAA)"},
	})
	checkNamedSpeakers(t, ex, []namedSpeaker{
		{"Biz.\n\nThe Competition and Markets Authority (CMA) said the deal could lead to higher prices.", "higher prices", "Competition and Markets Authority", "", ""},
	})
}
