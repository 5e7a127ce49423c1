package extract

import "testing"

// TestPutItAdjunct: "put it" with an adverb, time or occasion before its
// comma or colon reports; "put it" placing a thing does not.
func TestPutItAdjunct(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{`As Okafor put it on Friday, the levy is dead.`, "the levy is dead", "Okafor"},
		{`Okafor put it bluntly: “The levy is dead.”`, "The levy is dead.", "Okafor"},
	})
	checkNoStatements(t, ex, []string{
		`She put it in the drawer, and left.`,
		`As he put it on the shelf, the phone rang.`,
	})
}
