package extract

import "testing"

// TestLabelCallCoordinated: two adjectives joined by "and" that end the
// clause are one label; "and" before a verb or a new clause still ends it.
func TestLabelCallCoordinated(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{`Okafor has called the levy reckless and wasteful.`, "the levy reckless and wasteful", "Okafor"},
		{`She has called the levy reckless and vowed to fight it.`, "the levy reckless", "She"},
	})
}
