package extract

import "testing"

// TestCapsOrLinkQuote covers a quotation that no frame holds: a heading in
// capitals or a web address continues no statement at inference; a
// quotation in plain case still does.
func TestCapsOrLinkQuote(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	const said = "“We will win this state,” Ann Lee said on Monday.\n\n"
	for _, text := range []string{
		"Lee also announced the plan would begin in May.\n“VOTERS MAKE GOOD DECISIONS”\nThe race is close.",
		"Lee also announced the plan would begin in May. More at “http://video.example.com” today.",
	} {
		checkNoStatementWith(t, ex.Extract(text), "VOTERS", "http")
	}
	checkContents(t, ex, []contentCase{
		{text: said + "“We will win it by a lot.”", content: "We will win this state. We will win it by a lot.", mention: "Ann Lee"},
	})
	for _, training := range []bool{false, true} {
		d := newDoc("“VOTERS MAKE GOOD DECISIONS”")
		d.training = training
		if got := d.capsOrLinkQuote(d.quotes[0]); got == training {
			t.Errorf("training %v: capsOrLinkQuote %v", training, got)
		}
		d.release()
	}
}
