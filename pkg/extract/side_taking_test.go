package extract

import "testing"

func TestSideTaking(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	head := "Council weighs the budget.\n\n"
	checkContents(t, ex, []contentCase{
		{text: head + "Mayor Ann Lee came out against the transit levy on Monday.", content: "the transit levy", mention: "Mayor Ann Lee"},
		{text: head + "Senator Jo Kim has come out in support of Ortiz.", content: "Ortiz", mention: "Senator Jo Kim"},
		{text: head + "Rep. Tom Hart spoke out sharply against the new zoning rules.", content: "the new zoning rules", mention: "Rep. Tom Hart"},
		{text: head + "In the end, Lee sided with the farmers.", content: "the farmers", mention: "Lee"},
	})
	checkNoStatements(t, ex, []string{
		head + "The judge sided with them on the fees.",
		head + "He saw both sides with fresh eyes.",
		head + "Lee has not come out against the levy.",
	})
}
