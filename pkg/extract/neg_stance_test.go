package extract

import "testing"

// TestNegStance covers negated stances ("did not apologize for X") and
// standing stances ("has been critical of X"): the object is the content,
// rule-accepted at inference; "rule out", "endorse", restrictive
// relatives frame nothing, and a paper's report stays the paper's.
func TestNegStance(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "The vote was close. Mr. Lopez did not apologize for his remarks about the union.", content: "his remarks about the union", mention: "Mr. Lopez"},
		{text: "The vote was close. The mayor did not spell out her plan for the harbor.", content: "her plan for the harbor", mention: "The mayor"},
		{text: "The vote was close. Ms. Reyes did not blame the delay on the contractors.", content: "the delay on the contractors", mention: "Ms. Reyes"},
		{text: "The vote was close. The letter did not rebut her point, that the levy would fall on renters.", content: "her point, that the levy would fall on renters", mention: "The letter"},
		{text: "The vote was close. Farm groups have been critical of the new water rules.", content: "the new water rules", mention: "Farm groups"},
		{text: "The vote was close. Ortiz has been particularly outspoken on the bridge tolls as he tours the county.", content: "the bridge tolls", mention: "Ortiz"},
		{text: "The vote was close. The clerk has been critical of the plan, according to the paper.", content: "The clerk has been critical of the plan", mention: "the paper"},
		{text: "Vote Set.\n\nMr. Ortiz is eager to debate the mayor.", content: "to debate the mayor", mention: "Mr. Ortiz"},
		{text: "Vote Set.\n\nHer aides were more hesitant to reveal the plan, fearing leaks.", content: "to reveal the plan", mention: "Her aides"},
		{text: "The vote was close. Even local Democrats have been unsparing in their criticism of the governor.", content: "the governor", mention: "local Democrats"},
	})
	checkNoStatements(t, ex, []string{
		"The vote was close. The union did not endorse a candidate.",
		"The vote was close. The council did not rule out new taxes.",
		"Vote Set.\n\nNot all delegates, however, are eager to hear the speech.",
		"Vote Set.\n\nThe staff was reluctant to reveal the plan.",
		"The vote was close. She quoted a blogger who has been critical of the mayor.",
	})
	d := newDoc("The vote was close. Mr. Lopez did not apologize for his remarks.")
	defer d.release()
	accepted := false
	for _, a := range d.findAttributions() {
		accepted = accepted || d.acceptedByRule(a) && d.negStanceFrame(a)
	}
	if !accepted {
		t.Errorf("negated stance not rule-accepted")
	}
}
