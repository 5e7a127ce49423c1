package extract

import "testing"

// TestToOpinionOpening covers "To X, <clause>" openings: a name or an
// object pronoun before the comma gives that person's view.
func TestToOpinionOpening(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "The firm moved on. To Frank, the party cares about class only when it costs nothing.", content: "the party cares about class only when it costs nothing", mention: "Frank"},
		{text: "The ads ran all week. To them, it signals a new phase of the campaign.", content: "it signals a new phase of the campaign", mention: "them"},
		{text: "The rallies grew. To Sexton, who has studied the rallies, the event marked a turning point.", content: "the event marked a turning point", mention: "Sexton"},
	})
	checkNoStatements(t, ex, []string{
		"The plan failed. To be sure, the mayor tried to save it.",
		"The plan failed. To her supporters, there may be a logic at work.",
		"The plan failed. To White House officials, it was a show of respect.",
		"The plan failed. To date, the mayor has spent little on it.",
		"The plan failed. To Frank, why does it matter?",
	})
	d := newDoc("The firm moved on. To Frank, the party cares about class only when it costs nothing.")
	d.training = true
	for _, a := range d.findAttributions() {
		if d.word(a.cue.s) == "to" {
			t.Errorf("training: no frame at the opening \"To\"")
		}
	}
	d.release()
}
