package extract

import "testing"

// TestEndBeforeThisStory covers a forward content ended before "for this
// story"; at inference only.
func TestEndBeforeThisStory(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "Lee declined to comment for this story.", content: "to comment", mention: "Lee"},
		{text: "Lee said she could not talk for this article on Monday.", content: "she could not talk", mention: "Lee"},
		// another noun, or inside a quotation: the content stays
		{text: "Lee said she would vote for this plan.", content: "she would vote for this plan", mention: "Lee"},
		{text: "Lee said she “wrote nothing for this story.”", content: "she “wrote nothing for this story.”", mention: "Lee"},
	})
	d := newDoc("Lee said she could not talk for this article.")
	d.training = true
	for _, a := range d.findAttributions() {
		if fi := d.fwdRange(a); fi >= 0 && d.word(a.content[fi].e-1) != "article" {
			t.Errorf("content ended before the story phrase in training")
		}
	}
	d.release()
}
