package extract

import "testing"

// TestPassiveAccused covers passive accusations: the subject and the
// charge are the content, the "by" agent the source; a charge before its
// verb frames nothing.
func TestPassiveAccused(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "The vote was close. Mr. Lopez is accused of taking bribes from a builder.", content: "Mr. Lopez of taking bribes from a builder", mention: ""},
		{text: "The vote was close. Mr. Lopez was accused by rivals of taking bribes.", content: "Mr. Lopez of taking bribes", mention: "rivals"},
		{text: "The vote was close. The firm, which was accused by regulators of fraud, settled.", content: "which of fraud", mention: "regulators"},
	})
	checkNoStatements(t, ex, []string{
		"The vote was close. These are the crimes he is accused of?",
	})
}
