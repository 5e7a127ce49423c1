package extract

import "testing"

// TestSayFallbackSubject covers finite "say"/"said" before a clause whose
// long subject no other rule reads: the clause is the statement and the
// subject runs from the start of its clause. Hypothetical "could say" and
// a verb without a clause frame nothing.
func TestSayFallbackSubject(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{`Most farmers backed the plan, but majorities in all four say they want more water.`, "they want more water", "majorities in all four"},
		{`The town officials whose budgets have been slashed say the real damage came from the storm.`, "the real damage came from the storm", "The town officials whose budgets have been slashed"},
		{`Several nurses interviewed at the clinic last week, including Ms. Ruiz, said they had no time for breaks.`, "they had no time for breaks", "Several nurses interviewed at the clinic last week, including Ms. Ruiz"},
		{`Mayor Jo Lee (a former teacher so shy she once hid from reporters) says she was never afraid of the job.`, "she was never afraid of the job", "Mayor Jo Lee"},
		{`Another aide familiar with the mayor's plans said, "She will run again."`, "She will run again.", "Another aide familiar with the mayor's plans"},
		{`Fans waved signs that said, "Bring back the coach."`, "Bring back the coach.", "that"},
		{`A survey of local shop owners, paid for by the chamber, predicted that sales would fall again.`, "that sales would fall again", "A survey of local shop owners, paid for by the chamber"},
	})
	checkNoStatements(t, ex, []string{
		`By some measures one could say the river is cleaner now.`,
		`The mayor came back and said little at the meeting.`,
		`Several states that border the river have closed their parks.`,
		`That said, "the rest is history," as the old line goes.`,
	})
}
