package extract

import (
	"strings"
	"testing"
)

// TestWeakPresentStatement covers present-tense indirect statements that
// the accept model keeps only just above its threshold: dropped, while the
// same statement in the past tense, or one scored well above the threshold,
// is kept. (An all-zero model scores every candidate 0.5.)
func TestWeakPresentStatement(t *testing.T) {
	present := `The new survey suggests that voters are tired of the race.`
	past := `The senator suggested that voters were tired of the race.`
	near := NewModel()
	near.Threshold, near.NonSpeechThreshold = 0.45, 0.45
	ex := NewWithModels(nil, nil, near)
	for _, q := range ex.Extract(present) {
		if strings.Contains(q.Text, "voters are tired of the race") {
			t.Errorf("a present-tense statement near the threshold was kept: %q", q.Text)
		}
	}
	find(t, ex.Extract(past), "voters were tired of the race")
	clear := NewModel()
	clear.Threshold, clear.NonSpeechThreshold = 0.35, 0.35
	find(t, NewWithModels(nil, nil, clear).Extract(present), "voters are tired of the race")
}
