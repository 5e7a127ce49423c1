package extract

import "testing"

// TestColonSubjectFrame covers a clause ending in a verb or an adverb before
// a colon and a quotation, whose subject colonClauseFrame misses.
// Rule-accepted at inference only.
func TestColonSubjectFrame(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "Before the video, the cleric, who died in 2011, is shown lecturing: “Muslims of the West, take heed.”", content: "Muslims of the West, take heed.", mention: "the cleric"},
		{text: "The campaign, in a Q&A on its website, worded it even more carefully: “Her practice was to email officials.”", content: "Her practice was to email officials.", mention: "The campaign"},
		{text: "Article 33 affirms: “No State shall expel a refugee.”", content: "No State shall expel a refugee.", mention: "Article 33"},
	})
	checkNoStatements(t, ex, []string{
		"The group, a super PAC, emailed a link with one sentence: “This is not okay.”",
	})
	d := newDoc("Article 33 affirms: “No State shall expel a refugee.”")
	d.training = true
	if got := d.findAttributions(); len(got) != 0 {
		t.Errorf("frame built in training: %d", len(got))
	}
	d.release()
}
