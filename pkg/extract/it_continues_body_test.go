package extract

import "testing"

// TestItContinuesBody: "It" right after a body's "it" statement is that
// body even with a place named in between; not after a person's
// statement.
func TestItContinuesBody(t *testing.T) {
	checkSpeakerNames(t, []speakerCase{
		{"Quillon Compute, a cloud company, runs two data centres. Quillon said in a statement that it remained committed to Dunmore. It said it would hire 50 technicians.", "hire 50 technicians", "Quillon Compute"},
		{"The Food Standards Agency said Quillon Foods had recalled 40,000 jars.\n\nQuillon said customers should return the jars to any store. It said the fault affected one factory.", "fault affected one factory", "Quillon Foods"},
		{"The Dunmore council met on Monday. Mayor Ann Price said that it remained committed to the plan. It said it would hire 50 technicians.", "hire 50 technicians", "unknown"},
	})
}
