package extract

import "testing"

// TestEndBeforeComparison covers a forward content ended before a comparison
// added to a figure; at inference only.
func TestEndBeforeComparison(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "The firm reported a profit of $2.10 a share, well above the $1.90 that traders expected.", content: "a profit of $2.10 a share", mention: "The firm"},
		{text: "Lee said the club would give $5,000 to the fair, down sharply from last year.", content: "the club would give $5,000 to the fair", mention: "Lee"},
		{text: "Lee said 70 percent of members agree, up from 55 percent in the spring.", content: "70 percent of members agree", mention: "Lee"},
		{text: "The firm said it sold $3.4 billion in goods, up 31 percent from a year earlier.", content: "it sold $3.4 billion in goods", mention: "The firm"},
		// other words after the comma keep their clause
		{text: "Lee said 70 percent of members agree, versus 55 percent in the spring.", content: "70 percent of members agree, versus 55 percent in the spring", mention: "Lee"},
		{text: "Lee said the price went up from there.", content: "the price went up from there", mention: "Lee"},
		// inside the quotation the words are the speaker's
		{text: "Lee said the club “gave $5,000, down from last year.”", content: "the club “gave $5,000, down from last year.”", mention: "Lee"},
	})
	d := newDoc("Lee said the club would give $5,000 to the fair, down sharply from last year.")
	d.training = true
	for _, a := range d.findAttributions() {
		if fi := d.fwdRange(a); fi >= 0 && d.word(a.content[fi].e-1) != "year" {
			t.Errorf("content ended before the comparison in training")
		}
	}
	d.release()
}
