package extract

import "testing"

// TestQuestionedObject covers "questioned" with a noun-phrase object: the
// object (a list of them too) is the content, rule-accepted at inference;
// passives, persons asked about something and relative clauses without
// their object are no such frame.
func TestQuestionedObject(t *testing.T) {
	ex := withoutAccept()
	checkContents(t, ex, []contentCase{
		{text: "Vote Set.\n\nSenator Ann Lee questioned the mayor's honesty on Sunday.", content: "the mayor's honesty", mention: "Senator Ann Lee"},
		{text: "Vote Set.\n\nParty leaders have openly questioned his sincerity.", content: "his sincerity", mention: "Party leaders"},
		{text: "Vote Set.\n\nLee questioned Roe's tactics, his judgment and his record at every stop.", content: "Roe's tactics, his judgment and his record", mention: "Lee"},
		{text: "Vote Set.\n\nAnn Lee, a former mayor, questioned the plan's cost.", content: "the plan's cost", mention: "Ann Lee, a former mayor"},
	})
	framed := func(text string) bool {
		d := newDoc(text)
		defer d.release()
		for _, a := range d.findAttributions() {
			if a.cueText == "questioned" && a.ruleAccepted && len(a.content) > 0 {
				return true
			}
		}
		return false
	}
	for _, text := range []string{
		"Vote Set.\n\nThe mayor was questioned about the budget.",
		"Vote Set.\n\nThe host questioned Lee about the plan.",
		"Vote Set.\n\nSome files that Lee questioned are stored in the basement.",
		"Vote Set.\n\nLee said he questioned her judgment.",
		"Vote Set.\n\nThe police questioned him.",
	} {
		if framed(text) {
			t.Errorf("%q: questioned-object frame", text)
		}
	}
	d := newDoc("Vote Set.\n\nParty leaders have openly questioned his sincerity.")
	defer d.release()
	d.training = true
	for _, a := range d.findAttributions() {
		if a.cueText == "questioned" {
			t.Errorf("frame built while training")
		}
	}
}
