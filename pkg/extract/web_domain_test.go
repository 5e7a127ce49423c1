package extract

import "testing"

// TestMayHoldWebDomain: the pre-test holds for every domain joinWebDomains
// joins, and not for text with none.
func TestMayHoldWebDomain(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"He founded fivethirtyeight.com in 2008.", true},
		{"according to Factcheck.ORG, the claim", true},
		{"the site PowerOutage.us said", true},
		{"The U.S. said. It was late.", false},
		{"Sen. Lee said. No more.", false},
		{"see example.information now", false},
	} {
		if got := mayHoldWebDomain(c.text); got != c.want {
			t.Errorf("mayHoldWebDomain(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
