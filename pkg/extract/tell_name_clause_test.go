package extract

import "testing"

// TestTellNameClause covers a tell cue whose named addressee runs into the
// clause's capitalised subject; an addressee before a pronoun or a
// determiner keeps its reading.
func TestTellNameClause(t *testing.T) {
	ex := New(nil)
	checkContents(t, ex, []contentCase{
		{text: "Xi tells Biden Taiwan is a red line", content: "Taiwan is a red line", mention: "Xi"},
		{text: "Lee told Congress Iran was a threat.", content: "Iran was a threat", mention: "Lee"},
		{text: "Lee told Joe Biden Taiwan was off limits.", content: "Taiwan was off limits", mention: "Lee"},
		{text: "Lee told Fox News the plan would work.", content: "the plan would work", mention: "Lee"},
		{text: "Lee told CNN he would run.", content: "he would run", mention: "Lee"},
	})
	d := newDocFor("Lee told Congress Iran was a threat.", true)
	defer d.release()
	a := d.frameAt(0, 1, nil)
	if a == nil {
		t.Fatal("no frame at told")
	}
	if k := d.tellNameClauseStart(a, d.npFwd(2, d.sents[0].e), d.sents[0].e); k >= 0 {
		t.Errorf("split in training at %d", k)
	}
}
