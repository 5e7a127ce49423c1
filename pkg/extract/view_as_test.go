package extract

import "testing"

// TestViewAs covers perception stances with an object and an "as" phrase:
// the object with its predicate is the content, rule-accepted at inference
// (viewAsCue); infinitives, passives, nouns, "saw", restrictive relatives
// and clauses after "as" frame nothing.
func TestViewAs(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "Many farmers see the new dam as a threat to their wells.", content: "the new dam as a threat to their wells", mention: "Many farmers"},
		{text: "The mayor views the budget as a test of her reforms, with an election near.", content: "the budget as a test of her reforms", mention: "The mayor"},
		{text: "Ortiz, who sees himself as a builder, left the party.", content: "himself as a builder", mention: "Ortiz, who"},
		{text: "Local unions regard the plant as their best partner.", content: "the plant as their best partner", mention: "Local unions"},
		{text: "The vote was close. Some view the new levy as a hidden tax.", content: "the new levy as a hidden tax", mention: "Some"},
		{text: "The vote was close. After the loss, rivals see an opening in the north.", content: "an opening in the north", mention: "rivals"},
		{text: "The vote was close. The firm said it sees no chance of a deal.", content: "it sees no chance of a deal", mention: "The firm"},
		{text: "The vote was close. Traders see a small chance that rates will fall.", content: "a small chance that rates will fall", mention: "Traders"},
	})
	checkNoStatements(t, ex, []string{
		"The clerk wants to see the forms as soon as possible.",
		"The plan was viewed as a bold step.",
		"Their views as members of the board differ.",
		"The guard saw the truck as they left the gate.",
		"The fund helps farmers who see the dam as a threat.",
	})
	d := newDoc("Many farmers see the new dam as a threat to their wells.")
	defer d.release()
	accepted := false
	for _, a := range d.findAttributions() {
		accepted = accepted || d.acceptedByRule(a) && d.viewAsFrame(a)
	}
	if !accepted {
		t.Errorf("perception stance not rule-accepted")
	}
}

// TestLabelAs covers "named/identified/framed/characterized X as Y", in
// the shape of the perception stances: not with a reflexive object, a
// time word before "as" or a passive.
func TestLabelAs(t *testing.T) {
	ex := withoutAccept()
	checkContents(t, ex, []contentCase{
		{text: "Vote Set.\n\nThe sheriff's office identified the driver as a local teacher.", content: "the driver as a local teacher", mention: "The sheriff's office"},
		{text: "Vote Set.\n\nLee framed the vote as a test of the party's values.", content: "the vote as a test of the party's values", mention: "Lee"},
		{text: "Vote Set.\n\nThe Herald quoted a campaign aide as saying the mayor would not run.", content: "a campaign aide as saying the mayor would not run", mention: "The Herald"},
	})
	checkNoStatements(t, ex, []string{
		"Vote Set.\n\nThe protesters identified themselves as members of the group.",
		"Vote Set.\n\nHe met Ruiz, who Lee named Wednesday as his running mate.",
		"Vote Set.\n\nRuiz was named as his running mate.",
	})
}
