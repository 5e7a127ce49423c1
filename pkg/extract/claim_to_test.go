package extract

import "testing"

// TestClaimInfinitive covers "claim to" with an infinitive: the infinitive
// is the claimed statement; the nouns "laid claim to" and "claim to fame"
// frame nothing.
func TestClaimInfinitive(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{`Several voters claimed to be undecided.`, "to be undecided", "Several voters"},
		{`Two senators claim to oppose the merger.`, "to oppose the merger", "Two senators"},
	})
	checkNoStatements(t, ex, []string{
		`The duke laid claim to the throne.`,
		`His only claim to fame is a hit song.`,
	})
}
