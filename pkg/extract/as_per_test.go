package extract

import "testing"

// TestIndianEnglishSources: "as per X" reads as "according to X", and
// "averred" is a speech cue (session 22 probes).
func TestIndianEnglishSources(t *testing.T) {
	ex := New(nil)
	checkContents(t, ex, []contentCase{
		{text: "Talks resumed.\n\nAs per the statement, the project will be completed by March.", content: "the project will be completed by March", mention: "the statement"},
		{text: "Talks resumed.\n\nThe death toll rose to 40, as per officials.", content: "The death toll rose to 40", mention: "officials"},
		{text: "Talks resumed.\n\nAs per police, the accused was arrested on Monday.", content: "the accused was arrested on Monday", mention: "police"},
		{text: "Talks resumed.\n\nThe minister averred that the government would not back down.", content: "that the government would not back down", mention: "The minister"},
	})
	// near misses: rules and contracts are no sources; "per cent" no cue
	for _, text := range []string{
		"Talks resumed.\n\nAs per the rules, candidates must file by March.",
		"Talks resumed.\n\nHe was paid as per his contract.",
		"Talks resumed.\n\nPrices rose 5 per cent.",
	} {
		if qs := ex.Extract(text); len(qs) > 0 {
			t.Errorf("%q: got a statement %q", text, qs[0].Text)
		}
	}
}
