package extract

import "testing"

// TestHeadlineTell covers capitalised tell cues in title-case headlines:
// the addressee ends before a subject pronoun, a number, "Not To", or one
// word before a verb; a headline number does not break the title case.
func TestHeadlineTell(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{`Governor Tells Farm Workers They Will Get A Raise.`, "They Will Get A Raise", "Governor"},
		{`Mayor Assures Shop Owners 2017 Will Be A Better Year.`, "2017 Will Be A Better Year", "Mayor"},
		{`Coach Told A Young Player Not To Worry About The Loss.`, "Not To Worry About The Loss", "Coach"},
		{`Ruiz Tells Crowd Tax Cuts Are Coming Soon.`, "Tax Cuts Are Coming Soon", "Ruiz"},
	})
	checkNoStatements(t, ex, []string{`Senator Tells Story Of His Grandmother In Kansas.`})
}
