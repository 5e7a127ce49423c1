package extract

import "testing"

// TestCampaignName: a person's campaign or team has one name whatever the
// possessive, honorific or description; other names stay.
func TestCampaignName(t *testing.T) {
	for in, want := range map[string]string{
		"Clinton’s campaign":                            "Clinton campaign",
		"Mrs. Clinton's campaign":                       "Clinton campaign",
		"Clinton campaign":                              "Clinton campaign",
		"Presidential candidate Marco Rubio’s campaign": "Marco Rubio campaign",
		"Rubio's team":                                  "Rubio team",
		"Brooklyn-based campaign team":                  "Brooklyn-based campaign team",
		"Democratic nominee's campaign":                 "Democratic nominee's campaign",
		"Russian Foreign Ministry":                      "Russian Foreign Ministry",
	} {
		if got := campaignName(in); got != want {
			t.Errorf("campaignName(%q) = %q, want %q", in, got, want)
		}
	}
}
