package extract

import "testing"

// TestDashQuoteStart covers a back content whose quotation follows a dash:
// at inference the content is the quotation alone, unless the dash closes
// an aside.
func TestDashQuoteStart(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "Neither man liked the plan - “It is a mess,” Tom Hart said.", content: "It is a mess", mention: "Tom Hart"},
		{text: "She praised the mayor — “He listens to people,” Ann Lee said.", content: "He listens to people", mention: "Ann Lee"},
		{text: "She praised the mayor -- “He listens to people,” Ann Lee said.", content: "He listens to people", mention: "Ann Lee"},
		{text: "The view -- that he is weak -- “will not last,” Tom Hart said.", content: "The view -- that he is weak -- “will not last”", mention: "Tom Hart"},
		{text: "The plan is “a mess,” Tom Hart said.", content: "The plan is “a mess”", mention: "Tom Hart"},
	})
	d := newDoc("Neither man liked the plan - “It is a mess,” Tom Hart said.")
	d.training = true
	atts := d.findAttributions()
	if len(atts) == 0 {
		t.Errorf("no frame in training")
	}
	for _, a := range atts {
		if len(a.content) > 0 && d.isQuote(a.content[0].s) {
			t.Errorf("dash quotation start applied in training")
		}
	}
	d.release()
}
