package extract

import "testing"

// TestDropSourceTags covers a bracketed source tag at the end of a
// content: dropped at inference, kept inside the content or a quotation.
func TestDropSourceTags(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "Ann Lee explains why the polls were off in the state. [Daily Times.]", content: "why the polls were off in the state.", mention: "Ann Lee"},
		{text: "Ann Lee explains why the state is “weird.” [Post]", content: "why the state is “weird.”", mention: "Ann Lee"},
		{text: "Lee said the vote [in March] would be close.", content: "the vote [in March] would be close", mention: "Lee"},
		{text: "Lee said the vote would be “close [in March].”", content: "the vote would be “close [in March].”", mention: "Lee"},
	})
	d := newDoc("Ann Lee explains why the polls were off in the state. [Daily Times.]")
	d.training = true
	for _, a := range d.findAttributions() {
		if len(a.content) > 0 && d.sourceTagStart(a.content[0].s, a.content[0].e) < 0 {
			t.Errorf("source tag dropped in training")
		}
	}
	d.release()
}
