package extract

import "testing"

// TestByTallyOpening covers "By <measure phrase>, <clause>" openings.
func TestByTallyOpening(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "The count went on. By the agency's tally, Lee now has 739 delegates to 465 for Smith.", content: "Lee now has 739 delegates to 465 for Smith", mention: "the agency's tally"},
		{text: "The plan is old. By some measures, the plan has worked well for the town.", content: "the plan has worked well for the town", mention: "some measures"},
		{text: "The vote is done. By her own argument, the delegates must follow the vote.", content: "the delegates must follow the vote", mention: "her own argument"},
	})
	checkNoStatements(t, ex, []string{
		"The town is far. By train, the trip takes an hour to the city.",
		"The town is far. By the end of the day, the crowd had gone home.",
		"The count went on. By the agency's tally, who is ahead?",
	})
	d := newDoc("The count went on. By the agency's tally, Lee now has 739 delegates to 465 for Smith.")
	d.training = true
	for _, a := range d.findAttributions() {
		if d.word(a.cue.s) == "by" {
			t.Errorf("training: no frame at the opening \"By\"")
		}
	}
	d.release()
}
