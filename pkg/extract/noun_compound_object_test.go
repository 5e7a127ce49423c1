package extract

import "testing"

// TestNounishObjectEnd covers a stance object without a determiner that
// ends in a noun which is also a cue ("migration plan"): the object keeps
// it; before an infinitive or after a comma the word stays a verb.
func TestNounishObjectEnd(t *testing.T) {
	ex := New(nil)
	checkContents(t, ex, []contentCase{
		{text: "Sunak defends migration plan as Tory rebels circle", content: "migration plan", mention: "Sunak"},
		{text: "Mayor defends housing plan\n\nThe mayor spoke on Monday.", content: "housing plan", mention: "Mayor"},
		{text: "Lee defended his migration plan.", content: "his migration plan", mention: "Lee"},
		{text: "PM defends Rwanda plan", content: "Rwanda plan", mention: "PM"},
	})
	checkContents(t, ex, []contentCase{
		{text: "Sunak defends migration, plans to visit Rwanda", content: "migration", mention: "Sunak"},
		{text: "Lee defended Obama, plans to run", content: "Obama", mention: "Lee"},
	})
	d := newDocFor("Sunak defends migration plan as Tory rebels circle", true)
	defer d.release()
	if e := d.nounishObjectEnd(rng{2, 3}, 8); e != 3 {
		t.Errorf("training: object end %d, want 3", e)
	}
}
