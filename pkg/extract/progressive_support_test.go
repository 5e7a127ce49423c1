package extract

import "testing"

func TestProgressiveSupport(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	head := "Race for mayor tightens.\n\n"
	checkContents(t, ex, []contentCase{
		{text: head + "Gov. Ed Hart is backing Jane Roe -- not her rival -- in the primary.", content: "Jane Roe", mention: "Gov. Ed Hart"},
		{text: head + "Former Mayor Lou Park is endorsing Jane Roe for the seat.", content: "Jane Roe for the seat", mention: "Former Mayor Lou Park"},
	})
	checkNoStatements(t, ex, []string{
		head + "Donors who are backing Jane Roe met on Monday.",
		head + "Ed Hart is backing away from the plan.",
	})
	// inside another report, the support is that report's content
	for _, q := range ex.Extract(head + "Ed Hart said on Monday that he was backing Jane Roe.") {
		if q.Text == "Jane Roe" {
			t.Errorf("unexpected support statement %q", q.Text)
		}
	}
}
