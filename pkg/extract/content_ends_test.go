package extract

import "testing"

// TestCutFeaturesPredicate: a cut that leaves a clause content without its
// verb ("said that the delay | after the storm slowed sales") is told apart
// from one after a whole clause ("said the delay slowed sales | after the
// storm").
func TestCutFeaturesPredicate(t *testing.T) {
	fs := cutFeaturesAt(t, "The manager said that the delay after the storm slowed sales in the spring.", "the delay")
	if !hasFeature(fs, 240, "that", "nopred", "after") || !hasFeature(fs, 241, "say", "nopred") {
		t.Errorf("said that the delay | after: no no-predicate feature")
	}
	fs = cutFeaturesAt(t, "The manager said the delay slowed sales after the storm in the spring.", "slowed sales")
	if !hasFeature(fs, 240, "x", "pred", "after") || !hasFeature(fs, 241, "say", "pred") {
		t.Errorf("said the delay slowed sales | after: no predicate feature")
	}
	fs = cutFeaturesAt(t, "The manager said they expect more delays after the storm in the spring.", "more delays")
	if !hasFeature(fs, 241, "say", "pred") {
		t.Errorf("said they expect more delays | after: a verb after a pronoun subject is not a predicate")
	}
}

// TestClosedAsideIsNoCutPoint: a content does not end at a dash or a
// parenthesis that opens an aside closed inside it, nor inside the aside;
// an unclosed dash stays a cut point.
func TestClosedAsideIsNoCutPoint(t *testing.T) {
	for _, tc := range []struct{ text, suffix string }{
		{"The manager said that the delay — a week, at most — slowed sales in the spring.", "the delay"},
		{"The manager said that the delay — a week, at most — slowed sales in the spring.", "a week"},
		{"The manager said that the delay (a week, at most) slowed sales in the spring.", "the delay"},
	} {
		cands := NewWithModels(nil, nil, nil).Candidates(tc.text)
		if len(cands) != 1 {
			t.Fatalf("%q: got %d candidates, want 1", tc.text, len(cands))
		}
		if cutEndsAt(tc.text, cands[0], tc.suffix) {
			t.Errorf("%q: cut point after %q inside a closed aside", tc.text, tc.suffix)
		}
	}
	text := "The manager said the delay slowed sales — perhaps by a third over the spring."
	if !cutEndsAt(text, NewWithModels(nil, nil, nil).Candidates(text)[0], "slowed sales") {
		t.Errorf("%q: no cut point at the unclosed dash", text)
	}
}
