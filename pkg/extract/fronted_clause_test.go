package extract

import "testing"

// TestEndFrontedClause covers a content ended at the comma that closes a
// sentence-initial subordinate clause; at inference only.
func TestEndFrontedClause(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "As Lee announces that he is ready for the fight, he is set to release a series of orders.", content: "that he is ready for the fight", mention: "Lee"},
		{text: "Just when we thought the deals had been slowed by new rules, we got the biggest deal in history.", content: "the deals had been slowed by new rules", mention: "we"},
		// no subordinator: the cut model's business
		{text: "Lee announced that the bill, which he wrote, is ready.", content: "that the bill, which he wrote, is ready", mention: "Lee"},
		// a quotation after the comma is the content's own
		{text: "As Lee had written years earlier, “We could not have an industry without him.”", content: "years earlier, “We could not have an industry without him.”", mention: "Lee"},
	})
	d := newDoc("As Lee announces that he is ready for the fight, he is set to release a series of orders.")
	d.training = true
	for _, a := range d.findAttributions() {
		if len(a.content) == 1 && d.word(a.content[0].s) == "that" && d.punct(a.content[0].e) == "," {
			t.Errorf("content ended at the clause's comma in training")
		}
	}
	d.release()
}
