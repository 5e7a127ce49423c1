package extract

import (
	"strings"
	"testing"
)

// TestTranscriptFeatures: a statement in an interview answer ("A: I think
// ...") or after a capitalised speaker label ("MORALES: ...") carries the
// transcript feature; one in a plain paragraph does not.
func TestTranscriptFeatures(t *testing.T) {
	for _, tc := range []struct{ text, content, label string }{
		{"Q: What comes next for the mayor?\nA: I think the budget will pass by June.", "the budget will pass", "qa"},
		{"The panel took questions.\nMORALES: We said the budget will pass by June.", "the budget will pass", "name"},
		{"The panel took questions.\nMorales said the budget will pass by June.", "the budget will pass", ""},
	} {
		found := false
		for _, c := range NewWithModels(nil, nil, nil).Candidates(tc.text) {
			if !strings.Contains(c.Quote.Text, tc.content) {
				continue
			}
			found = true
			has := false
			for _, l := range []string{"qa", "name"} {
				for _, s := range []string{"pron", "name", "none", "CAP", "det", "carried"} {
					if hasFeature(c.Features, 275, l, s) {
						has = has || l == tc.label
						if l != tc.label {
							t.Errorf("%q: transcript feature %s, want %q", tc.text, l, tc.label)
						}
					}
				}
			}
			if tc.label != "" && !has {
				t.Errorf("%q: no %s transcript feature", tc.text, tc.label)
			}
		}
		if !found {
			t.Errorf("%q: no statement holding %q", tc.text, tc.content)
		}
	}
}
