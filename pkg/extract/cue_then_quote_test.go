package extract

import "testing"

// TestQuoteAfterBareCue covers a speech frame that is its whole sentence
// and takes the quotation of the next sentence. Rule-accepted at inference
// only.
func TestQuoteAfterBareCue(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "Ann Lee said it was late. Tom Hart agreed. “Republicans are running out of time.”", content: "Republicans are running out of time.", mention: "Tom Hart"},
		{text: "Then Tom Hart agreed. “Republicans are running out of time.”", content: "Republicans are running out of time.", mention: "Tom Hart"},
	})
	checkNoStatements(t, ex, []string{
		"Tom Hart did not agree. “Republicans are running out of time.”",
		"Tom Hart agreed. “Yes.”",
		"It was a blog post. “Republicans are running out of time.”",
	})
	d := newDoc("Tom Hart agreed. “Republicans are running out of time.”")
	d.training = true
	if got := d.findAttributions(); len(got) != 0 {
		t.Errorf("frame built in training: %d", len(got))
	}
	d.release()
}
