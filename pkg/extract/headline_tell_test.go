package extract

import "testing"

// TestHeadlineTell covers capitalised tell cues in title-case headlines:
// the addressee ends before a subject pronoun, a number, "Not To", or one
// word before a verb; a headline number does not break the title case.
func TestHeadlineTell(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	for _, c := range []struct{ text, content, mention string }{
		{`Governor Tells Farm Workers They Will Get A Raise.`, "They Will Get A Raise", "Governor"},
		{`Mayor Assures Shop Owners 2017 Will Be A Better Year.`, "2017 Will Be A Better Year", "Mayor"},
		{`Coach Told A Young Player Not To Worry About The Loss.`, "Not To Worry About The Loss", "Coach"},
		{`Ruiz Tells Crowd Tax Cuts Are Coming Soon.`, "Tax Cuts Are Coming Soon", "Ruiz"},
	} {
		q := find(t, ex.Extract(c.text), c.content)
		if q.Text != c.content {
			t.Errorf("%q: content %q, want %q", c.text, q.Text, c.content)
		}
		if m := mention(c.text, q); m != c.mention {
			t.Errorf("%q: mention %q, want %q", c.text, m, c.mention)
		}
	}
	checkNoStatements(t, ex, []string{`Senator Tells Story Of His Grandmother In Kansas.`})
}
